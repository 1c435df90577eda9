import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * dlg55's question, decided by the lead: the colleague a 代报 was filed for may withdraw it by the number their 「我的填报」
 * shows, as dlg54 let them correct it — it is their own work. The filer, whose number and record it is, is told; the
 * reply says truly whether that went; 「恢复 1」 by the colleague brings it back. Their own update of that number still
 * comes first.
 */
const { open } = appPerTest();
const NOW = "2026-12-09T10:00:00+08:00";

async function filed() {
  const t = await open({ now: NOW });
  await t.sayText("chen-kp", "孙磊下乡去了 我帮他报一下：这周在三个村搞了葡萄修剪培训，来了六十多户");
  await t.sayText("chen-kp", "确认");
  const [u] = await t.app.services.store.listUpdates({ author: "chen-kp" });
  return { t, u: u! };
}

describe("the colleague withdraws a 代报 by their own numbering", () => {
  it.each([
    "撤回 1",
    "搞错了 那是上礼拜的事 撤回 1",
    "1号那条删了吧",
  ])("「%s」 withdraws it and tells the filer", async (said) => {
    const { t, u } = await filed();
    const before = t.sent.filter((s) => s.personId === "chen-kp").length;
    const reply = await t.sayText("sun-tp", said);
    const after = await t.app.services.store.getUpdate(u.id);
    expect(after?.status).toBe("withdrawn");
    expect(reply).toContain("已撤回 #1");
    expect(reply).toContain("已通知陈静");
    const told = t.sent.filter((s) => s.personId === "chen-kp").slice(before);
    expect(told).toHaveLength(1);
    expect(told[0]?.reply.text).toContain("孙磊把您替他/她填的 #1 撤回了");
  });

  it("「恢复 1」 by the colleague brings it back, confirmed", async () => {
    const { t, u } = await filed();
    await t.sayText("sun-tp", "撤回 1");
    const reply = await t.sayText("sun-tp", "恢复 1");
    expect(reply).toContain("已恢复 #1");
    expect(reply).toContain("已通知陈静：这条恢复了");
    expect((await t.app.services.store.getUpdate(u.id))?.status).toBe("confirmed");
    const told = t.sent.filter((s) => s.personId === "chen-kp").map((s) => s.reply.text ?? "");
    expect(told.at(-1)).toContain("孙磊把您替他/她填的 #1 恢复了");
  });

  it("the filer's own withdraw and restore of a told 代报 reach the colleague both times", async () => {
    const { t } = await filed();
    const before = t.sent.filter((s) => s.personId === "sun-tp").length;
    await t.sayText("chen-kp", "撤回 1");
    expect(await t.sayText("chen-kp", "恢复 1")).toContain("已通知孙磊：这条恢复了");
    const told = t.sent
      .filter((s) => s.personId === "sun-tp")
      .slice(before)
      .map((s) => s.reply.text ?? "");
    expect(told).toHaveLength(2);
    expect(told[1]).toContain("恢复了，重新计入总结");
  });

  it("the colleague's notice and 我的填报 say the colleague may fix or withdraw it", async () => {
    const { t } = await filed();
    const notice = t.sent.find((s) => s.personId === "sun-tp")?.reply.text ?? "";
    expect(notice).toContain("不该报可以发「撤回 1」");
    expect(await t.sayText("sun-tp", "我的填报")).not.toContain("要撤回请告诉代填人");
  });

  it("someone it was not filed for still cannot touch it", async () => {
    const { t, u } = await filed();
    expect(await t.sayText("li-rd", "撤回 1")).toContain("没有找到您的第 1 条填报");
    expect((await t.app.services.store.getUpdate(u.id))?.status).toBe("confirmed");
  });
});
