import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Lead55's console trial: 李明 filed an update for 何婷 (she was told 「已计入总结：…3家」), then corrected it to 4家 —
 * 何婷 still believed the summary held 3家. The colleague told of a 代报 hears of its change too, and the filer's reply
 * says truly whether that message went. A 代报 draft confirmed through the edit preview tells the colleague as a
 * confirm does.
 */
const { open } = appPerTest();
const NOW = "2026-12-09T10:00:00+08:00";

describe("the filer changes a 代报 the colleague was told of", () => {
  it("the colleague hears the new text, and the reply says so", async () => {
    const t = await open({ now: NOW });
    await t.sayText("li-rd", "帮何婷报一下 她今天去市里开会了 高企这块本月新增认定3家");
    await t.sayText("li-rd", "确认");
    expect(t.sent.filter((s) => s.personId === "he-gq")).toHaveLength(1);
    await t.sayText("li-rd", "刚才帮何婷报的那条 数字错了 是4家");
    const reply = await t.sayText("li-rd", "确认");
    const [u] = await t.app.services.store.listUpdates({ author: "li-rd" });
    expect(u?.originalText).toContain("4家");
    expect(reply).toContain("已保存修改");
    expect(reply).toContain("已通知何婷");
    const told = t.sent.filter((s) => s.personId === "he-gq").map((s) => s.reply.text ?? "");
    expect(told).toHaveLength(2);
    expect(told[1]).toContain("4家");
    expect(told[1]).toContain("李明");
  });

  it("an edit given up tells the colleague nothing more", async () => {
    const t = await open({ now: NOW });
    await t.sayText("li-rd", "帮何婷报一下 她今天去市里开会了 高企这块本月新增认定3家");
    await t.sayText("li-rd", "确认");
    await t.sayText("li-rd", "刚才帮何婷报的那条 数字错了 是4家");
    await t.sayText("li-rd", "放弃修改 1");
    expect(t.sent.filter((s) => s.personId === "he-gq")).toHaveLength(1);
  });

  it("a 代报 draft confirmed through its edit preview tells the colleague once", async () => {
    const t = await open({ now: NOW });
    await t.sayText("li-rd", "帮何婷报一下 她今天去市里开会了 高企这块本月新增认定3家");
    await t.sayText("li-rd", "3家改成4家");
    const reply = await t.sayText("li-rd", "确认");
    const [u] = await t.app.services.store.listUpdates({ author: "li-rd" });
    expect(u?.status).toBe("confirmed");
    expect(u?.originalText).toContain("4家");
    expect(reply).toContain("已通知何婷");
    const told = t.sent.filter((s) => s.personId === "he-gq").map((s) => s.reply.text ?? "");
    expect(told).toHaveLength(1);
    expect(told[0]).toContain("4家");
    expect(told[0]).toContain("已计入总结");
  });
});
