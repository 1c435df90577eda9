import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Round forty-five (lead, console): 李明 said 「上次报的科技馆那个 人次其实是1300」 with 科技馆 in one of his two updates.
 * The words looked for were 「上次报的科技馆」 whole, found in no update, so he was asked which one. When it was sent
 * (上次报的、之前填的、前几天发的) only says it is an earlier update; the thing it is about names it.
 */
const { open } = appPerTest();

async function twoUpdates() {
  const t = await open({ now: "2026-11-16T10:00:00+08:00" });
  await t.say("li-rd", "今年帮企业申报高企9家，通过认定6家");
  await t.say("li-rd", "确认 1");
  await t.say("li-rd", "科技馆接待参观学生1200多人次");
  await t.say("li-rd", "确认 2");
  return t;
}

describe("an earlier update named by when it was sent and what it is about", () => {
  it.each([
    ["上次报的科技馆那个 人次其实是1300", "#2", "1300人次"],
    ["之前填的科技馆那条人次不对，应该是1300", "#2", "1300人次"],
    ["我前几天发的高企那条 认定的是7家", "#1", "7家"],
    ["上回报的高企那个 通过认定应该是七家", "#1", "七家"],
  ])("「%s」 previews the edit of %s", async (said, seq, to) => {
    const t = await twoUpdates();
    const reply = await t.sayText("li-rd", said);
    expect(reply).toContain(`修改预览（${seq}）`);
    expect(reply).toContain(to);
  });

  it("a thing in no update is still asked about", async () => {
    const t = await twoUpdates();
    const reply = await t.sayText("li-rd", "上次报的科普大集那个 其实是5场");
    expect(reply).not.toContain("修改预览");
    expect(reply).toContain("是哪一条");
  });
});
