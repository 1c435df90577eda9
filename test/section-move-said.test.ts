import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * An update moved to another section said in dialect or with the sections contrasted: the one said not to be it
 * (不是/唔系 高企、填到高企去咧) is never taken, the other is. 「那条是项目滴 不是高企滴」 was asked what it meant and
 * 「刚那个填到高企去咧 其实是项目的」 moved the update to 高企 (i22x's first sight).
 */
const { open } = appPerTest();

describe("moving an update, said any way", () => {
  it.each([
    ["那条是项目滴 不是高企滴", "rd"],
    ["刚那个填到高企去咧 其实是项目的", "rd"],
    ["嗰条唔系高企嘅 系项目嘅 帮我转过去", "rd"],
    ["第1条是项目上的事 帮我挪过克", "rd"],
    // Moved with 搬到/转到/归到, the update by a number in words (i26b-021, cmd26).
    ["一号那条搬到项目那边去", "rd"],
    ["1号那条转到项目那块", "rd"],
  ])("「%s」 files 何婷's update under %s", async (said, section) => {
    const t = await open({ now: "2026-11-20T10:00:00+08:00" });
    await t.say("he-gq", "帮3家企业做了高企认定辅导");
    await t.say("he-gq", "高企");
    await t.say("he-gq", "确认");
    const [before] = await t.app.services.store.listUpdates({ author: "he-gq" });
    expect(before?.section).toBe("hitech");
    await t.say("he-gq", said);
    const after = await t.app.services.store.listUpdates({ author: "he-gq" });
    expect(after).toHaveLength(1);
    expect(after[0]?.section).toBe(section);
  });

  it("a figure beside it is a correction, not a move: 「刚那条是高企的 改成4家」 keeps the section", async () => {
    const t = await open({ now: "2026-11-20T10:00:00+08:00" });
    await t.say("he-gq", "帮3家企业做了高企认定辅导");
    await t.say("he-gq", "高企");
    await t.say("he-gq", "确认");
    await t.say("he-gq", "刚那条是项目的 改成4家");
    const [u] = await t.app.services.store.listUpdates({ author: "he-gq" });
    expect(u?.section).toBe("hitech");
  });

  it.each([
    "上一条说的专利是发明专利 不是实用新型",
    "刚报的那条人才公寓的事 其实是去年的数 我再核一下",
  ])("a section's word inside a thing (「%s」) moves nothing", async (said) => {
    const t = await open({ now: "2026-11-20T10:00:00+08:00" });
    await t.say("zhao-zh", "帮企业办理知识产权质押融资1笔");
    await t.say("zhao-zh", "成果转化");
    await t.say("zhao-zh", "确认");
    await t.say("zhao-zh", said);
    const [u] = await t.app.services.store.listUpdates({ author: "zhao-zh" });
    expect(u?.section).toBe("transfer");
  });
});
