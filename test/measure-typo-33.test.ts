import { describe, expect, it } from "vitest";
import { units } from "./helpers/extract-shapes.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 「发资料300分」: 分 typed for 份 (same sound) after printed matter handed out — 资料、宣传册、手册、问卷、传单、折页 are
 * counted in 份, never scored in 分. Read as 份 (the figure, the card, the draft), and the card says it read so,
 * so the author sees the change. Scores stay 分 (考核得了94分、问卷平均92分、满分100分). Round thirty-three's console trial.
 */
const { open } = appPerTest();

describe("分 typed for 份 after printed matter (round thirty-three)", () => {
  it.each([
    ["周末在集市发宣传资料300分", "300份=300份"],
    ["发放防诈骗手册1200多分", "1200多份=1200份"],
    ["入户发调查问卷共86分 收回80分", "86份=86份"],
    ["印了两百分折页 都发完了", "两百份=200份"],
    ["宣传单发出去450分左右", "450份左右=450份"],
  ])("%s → 份", (text, want) => {
    expect(units(text)).toContain(want);
  });

  it.each([
    ["县里年度考核我们科得了94分", "94分=94分"],
    ["群众满意度问卷平均92分", "92分=92分"],
    ["科普知识竞赛满分100分 平均分76分", "76分=76分"],
  ])("%s: a score stays 分", (text, want) => {
    expect(units(text)).toContain(want);
  });

  it("the card shows 份 and says it was read so; the stored words are the author's", async () => {
    const t = await open({ now: "2026-12-03T15:00:00+08:00" });
    const rs = await t.say("chen-kp", "今天在农贸市场摆摊宣传 发资料300分 来咨询的有60多人");
    const card = rs.map((r) => [r.text, ...(r.card?.blocks ?? [])].join("\n")).join("\n");
    expect(card).toMatch(/300份/);
    expect(card).not.toMatch(/资料300分(?!.*按)/);
    expect(card).toMatch(/「300分」按「300份」/);
    const [u] = await t.app.services.store.listUpdates({ author: "chen-kp" });
    expect(u!.originalText).toContain("300分");
  });
});
