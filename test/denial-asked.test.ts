import { describe, expect, it } from "vitest";
import type { Reply } from "../src/conversation/types.js";
import { askedClauses } from "../src/conversation/clause-answer.js";
import { yesBesideTalk, yesThenTalk } from "../src/conversation/yes-beside-talk.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * A denial of a problem typed as a question (「没差错吧？今天跑了一天 累得不行」「这数没毛病吧？我今儿脑子有点懵」
 * 「改的没毛病吧？」) asks whether the card is right: no yes, wherever the question stands among the clauses —
 * answerTo and yes-beside-talk.ts read the same asked clauses (round twenty-three left the guard in answerTo only).
 * With nothing else that answers the bot asks in one line and the draft stays; a yes beside it still answers.
 */
const apps = appPerTest();
const open = () => apps.open({ now: "2026-12-03T16:00:00+08:00" });
const all = (replies: Reply[]) => replies.map((r) => r.text).join("\n");

describe("a denial asked is no yes", () => {
  it("marks which clause was asked", () => {
    expect(askedClauses("没差错吧？今天跑了一天 累得不行")).toEqual([
      { text: "没差错", asked: true },
      { text: "今天跑了一天", asked: false },
      { text: "累得不行", asked: false },
    ]);
  });

  it("yes-beside-talk reads no yes in it", () => {
    expect(yesBesideTalk("没差错吧？今天跑了一天 累得不行")).toBe(false);
    expect(yesThenTalk("没差错吧？今天跑了一天 累得不行")).toBe(false);
    expect(yesBesideTalk("没差错 今天跑了一天 累得不行")).toBe(true);
  });

  for (const said of [
    "没差错吧？今天跑了一天 累得不行",
    "这数没毛病吧？我今儿脑子有点懵",
    "这个没麻达吧？",
    // i24d: what is asked about before the denial (人数没差吧？).
    "人数没差吧？我眼神不好",
  ])
    it(`「${said}」 on a card confirms nothing`, async () => {
      const t = await open();
      await t.say("li-rd", "审了4个项目的中期报告");
      expect(all(await t.say("li-rd", said))).not.toContain("已确认保存");
      const [u] = await t.app.services.store.listUpdates({ author: "li-rd" });
      expect(u!.status).toBe("draft");
      expect(all(await t.say("li-rd", "没毛病 存上"))).toContain("已确认保存");
    });
});

describe("the draft named and confirmed while its card waits", () => {
  for (const said of ["刚才那个草稿帮我确认一下", "这个草稿给确认了吧"])
    it(`「${said}」 confirms the one draft on the card`, async () => {
      const t = await open();
      await t.say("li-rd", "跟财政局对了对今年项目经费的拨付进度");
      expect(all(await t.say("li-rd", said))).toContain("已确认保存（#1");
    });
});

describe("an edit preview asked about", () => {
  it("「这么改没毛病吧？」 applies nothing; 「中 改吧」 then does", async () => {
    const t = await open();
    await t.say("chen-kp", "这礼拜办了2场科普讲座 听众300人");
    await t.say("chen-kp", "讲座是3场 听众是350人");
    expect(all(await t.say("chen-kp", "这么改没毛病吧？"))).not.toContain("已保存修改");
    const [u] = await t.app.services.store.listUpdates({ author: "chen-kp" });
    expect(u!.normalizedText).toContain("300");
    expect(all(await t.say("chen-kp", "中 改吧"))).toContain("已保存修改");
  });
});
