import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Round twenty-six's console trial (and cmd26's note): 李明, who reports only for 科技项目, sent 「第一条其实是高企的 帮我挪过去」
 * and was asked for the new text of #1 (修改) — his next message, a question, was then taken as that text. A move to a
 * section of the roster he does not report for is 科室 all the same, answered honestly: the roster decides, #1 unchanged.
 */
const { open } = appPerTest();

describe("an update moved to a section one does not report for", () => {
  it.each([
    "第一条其实是高企的 帮我挪过去",
    "第1条放错科室了 应该是人才那块的",
    "1号那条归到党建口吧",
  ])("「%s」 says the roster decides and changes nothing", async (said) => {
    const t = await open({ now: "2026-12-03T10:00:00+08:00" });
    await t.say("li-rd", "今年组织企业申报省级项目12项，获批5项");
    await t.say("li-rd", "确认");
    const out = await t.sayText("li-rd", said);
    expect(out).toContain("不是您可以填报的科室");
    expect(out).toContain("科室由名册决定");
    expect(out).not.toContain("修改内容");
    const [u] = await t.app.services.store.listUpdates({ author: "li-rd" });
    expect(u?.section).toBe("rd");
    expect(u?.normalizedText).not.toContain("挪");
    // Nothing waits for edit text: the next message is read on its own.
    expect(await t.sayText("li-rd", "谢谢")).not.toContain("修改预览");
  });

  it("a move to one's own section still moves it", async () => {
    const t = await open({ now: "2026-12-03T10:00:00+08:00" });
    await t.say("he-gq", "今年帮11家企业申报高企，通过了9家");
    await t.say("he-gq", "高企");
    await t.say("he-gq", "确认");
    await t.say("he-gq", "第一条其实是项目的 帮我挪过去");
    const [u] = await t.app.services.store.listUpdates({ author: "he-gq" });
    expect(u?.section).toBe("rd");
  });
});

/**
 * The same trial: while #1's new text was asked for, 「今年派了多少特派员下乡」 (a question) became the text of an edit
 * preview. A question word inside a message with no figure is asked, not the new text; the edit still waits.
 */
describe("a question while an edit's new text is asked for", () => {
  it.each(["今年派了多少特派员下乡", "检查组明天几点到"])("「%s」 is no new text", async (said) => {
    const t = await open({ now: "2026-12-03T10:00:00+08:00" });
    await t.say("li-rd", "今年组织企业申报省级项目12项，获批5项");
    await t.say("li-rd", "确认");
    await t.say("li-rd", "修改 1");
    const out = await t.sayText("li-rd", said);
    expect(out).not.toContain("修改预览");
    expect(out).toContain("这个问题我答不了");
    expect(out).toContain("请发送修改内容");
    expect(await t.sayText("li-rd", "获批是6项")).toContain("只把「5项」改成「6项」");
  });
});
