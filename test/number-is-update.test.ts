import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 「2号确认一下」 with several drafts waiting (reported by a user, round twenty): the number said is the
 * update's number wherever it is said — #2, not the 2nd draft in the list. Only an ordinal counted in 个
 * (第二个) or said to the bot's own list in words (第二条, to 「确认哪一条？」) is a place among them.
 */
const { open } = appPerTest();

describe("a number said with 确认 while several drafts wait", () => {
  it("is the update's own number, not a place in the list", async () => {
    const t = await open({ now: "2026-12-02T10:00:00+08:00" });
    await t.say("li-rd", "组织研发费用加计扣除政策培训，参训企业40家");
    await t.say("li-rd", "确认");
    await t.say("li-rd", "走访规上企业5家，摸排研发投入情况");
    await t.say("li-rd", "确认");
    await t.say("li-rd", "帮3家企业申报省重点研发项目");
    await t.say("li-rd", "完成研发投入统计报表审核12份");
    await t.say("li-rd", "召开项目验收会2场");
    const reply = await t.sayText("li-rd", "2号确认一下");
    expect(reply).toMatch(/#2 已经确认过了/);
    expect(reply).not.toMatch(/已确认保存（#4/);
    const four = await t.sayText("li-rd", "4号确认一下");
    expect(four).toMatch(/已确认保存（#4/);
  });
});
