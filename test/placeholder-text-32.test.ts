import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * A chat copied or forwarded with its pictures and files in it arrives as text holding only placeholders:
 * 「[文件] 台账.xlsx」「【图片】」. Only the placeholder came, never the thing: it is answered as a picture or a file
 * is (the bot reads text only), nothing is stored, and what waits stays as it was (round thirty-two, s32-d13:
 * 「[文件] 12月主题党日活动记录.docx」 had become an update). Phrasings other than the dialogues'.
 */
const { open } = appPerTest();

describe("placeholders of what is not text", () => {
  const cases: Array<[string, RegExp]> = [
    ["[文件]科普活动签到表.pdf", /文件/],
    ["【附件】 2026年研发投入统计.xlsx", /文件/],
    ["[图片][图片][图片]", /图片/],
    ["[截图]", /图片/],
    ["[语音]", /语音/],
    ["[Image]", /图片/],
  ];
  for (const [said, what] of cases)
    it(`「${said}」 is answered as non-text and stores nothing`, async () => {
      const t = await open();
      const reply = await t.sayText("chen-kp", said);
      expect(reply).toMatch(what);
      expect(reply).toMatch(/没有保存/);
      expect(await t.app.services.store.listUpdates({ author: "chen-kp" })).toHaveLength(0);
    });

  it("a report that mentions a picture is still a report", async () => {
    const t = await open();
    expect(await t.sayText("chen-kp", "[图片] 今天在三中办了科普讲座 学生来了240人")).toMatch(/请确认/);
  });

  it("a card waiting stays waiting after a placeholder", async () => {
    const t = await open();
    await t.sayText("xu-dj", "组织党员学习全会精神 到了26人");
    await t.sayText("xu-dj", "[文件]学习记录.docx");
    expect(await t.sayText("xu-dj", "确认")).toMatch(/已确认保存（#1/);
    expect(await t.app.services.store.listUpdates({ author: "xu-dj" })).toHaveLength(1);
  });
});
