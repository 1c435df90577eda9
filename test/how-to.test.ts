import { afterEach, describe, expect, it } from "vitest";
import { makeTestApp, type TestApp } from "./helpers/test-app.js";
import { cleanTmpDirs } from "./helpers/tmp-dir.js";

/**
 * A how-to question about one feature gets that feature's commands (or, for a leader's feature
 * asked by staff, what it is and what they do instead) — never the generic line, never edit text.
 */
let t: TestApp | undefined;
afterEach(async () => {
  await t?.app.close();
  t = undefined;
  cleanTmpDirs();
});

describe("how-to questions", () => {
  it.each([
    ["怎么删除一条", "撤回 编号"],
    ["咋恢复啊", "恢复 编号"],
    ["能改成别的科室吗？", "科室 名称"],
    ["请假怎么弄", "请假"],
  ])("「%s」 is answered about that feature", async (q, expected) => {
    t = await makeTestApp({ now: "2025-12-10T10:00:00+08:00" });
    const text = await t.sayText("li-rd", q);
    expect(text).toContain(expected);
    expect(text).not.toContain("【命令】");
    expect(await t.app.services.store.listUpdates({ author: "li-rd" })).toHaveLength(0);
  });

  it("staff asking how to export are told it is the leaders' feature; a leader gets the command", async () => {
    t = await makeTestApp({ now: "2025-12-10T10:00:00+08:00" });
    expect(await t.sayText("li-rd", "怎么导出")).toContain("局领导");
    expect(await t.sayText("zhou-ju", "怎么导出")).toMatch(/导出.*docx|导出 /u);
  });

  it("while the bot waits for an edit's new text, a how-to question is no edit and the edit still waits", async () => {
    t = await makeTestApp({ now: "2025-12-10T10:00:00+08:00" });
    await t.say("li-rd", "本周走访县内规上企业8家");
    await t.say("li-rd", "确认");
    await t.say("li-rd", "修改 1");
    const text = await t.sayText("li-rd", "怎么导出");
    expect(text).toContain("修改还在等您发送新内容");
    const [preview] = await t.say("li-rd", "本周走访县内规上企业9家");
    expect(JSON.stringify(preview)).toContain("9家");
    const [u] = await t.app.services.store.listUpdates({ author: "li-rd" });
    expect(u?.originalText).toContain("8家");
  });

  it("a request that says which update is acted on, not explained", async () => {
    t = await makeTestApp({ now: "2025-12-10T10:00:00+08:00" });
    await t.say("li-rd", "本周走访县内规上企业8家");
    await t.say("li-rd", "确认");
    // The only update is offered (要撤回 #1 吗？); nothing is withdrawn until the yes.
    expect(await t.sayText("li-rd", "可以帮我撤回吗")).toContain("要撤回 #1 吗");
    expect((await t.app.services.store.findBySeq("li-rd", 1))?.status).toBe("confirmed");
  });
});
