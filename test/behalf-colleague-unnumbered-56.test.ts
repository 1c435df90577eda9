import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Round 56 console trial: 孙磊 is told 李明 filed an update for him, and answers the notice the way people do —
 * 「65人不对 是56人」, no number. He has no update of his own, so he was told 「您还没有可以修改或撤回的填报」 and the
 * wrong figure stayed. With nothing of his own to correct, what was filed for him is what he means: the change is
 * previewed (nothing saved until he confirms), saved on 确认 with the filer told; 「那条撤了吧」 withdraws it, the filer
 * told. Two 代报 the value fits are asked about; his own update, when he has one, still comes first.
 */
const { open } = appPerTest();
const NOW = "2026-12-09T10:00:00+08:00";

async function filed() {
  const t = await open({ now: NOW });
  await t.sayText("li-rd", "帮孙磊报一下 他下乡了 这周在柳河乡指导了4个合作社 培训农户65人");
  await t.sayText("li-rd", "确认");
  const [u] = await t.app.services.store.listUpdates({ author: "li-rd" });
  return { t, u: u! };
}

describe("the colleague corrects a 代报 without its number", () => {
  it.each([
    "65人不对 是56人",
    "培训农户写错了 应该是56人",
    "人数报错了 是56人",
  ])("「%s」 previews the change on the 代报, 确认 saves it and tells the filer", async (said) => {
    const { t, u } = await filed();
    const preview = await t.sayText("sun-tp", said);
    expect(preview).toContain("56人");
    expect(preview).not.toContain("没有可以修改");
    expect((await t.app.services.store.getUpdate(u.id))?.originalText).toContain("65人");
    const before = t.sent.filter((s) => s.personId === "li-rd").length;
    const saved = await t.sayText("sun-tp", "确认");
    expect(saved).toContain("已保存修改");
    const after = await t.app.services.store.getUpdate(u.id);
    expect(after?.figures.map((f) => f.raw)).toContain("56人");
    expect(after?.status).toBe("confirmed");
    expect(t.sent.filter((s) => s.personId === "li-rd").length).toBeGreaterThan(before);
  });

  it.each([
    "那条撤了吧 我这周没去柳河乡",
    "那条撤了吧",
    "撤回",
  ])("「%s」 offers to withdraw the 代报; yes withdraws it and tells the filer", async (said) => {
    const { t, u } = await filed();
    const offer = await t.sayText("sun-tp", said);
    expect(offer).toContain("要撤回代您填的 #1 吗");
    expect((await t.app.services.store.getUpdate(u.id))?.status).toBe("confirmed");
    const done = await t.sayText("sun-tp", "是的");
    expect((await t.app.services.store.getUpdate(u.id))?.status).toBe("withdrawn");
    expect(done).toContain("已通知李明");
  });

  it("his own update comes first", async () => {
    const { t, u } = await filed();
    await t.sayText("sun-tp", "周二到东坝乡培训农户40人");
    await t.sayText("sun-tp", "确认");
    await t.sayText("sun-tp", "40人不对 是45人");
    await t.sayText("sun-tp", "确认");
    const own = (await t.app.services.store.listUpdates({ author: "sun-tp" }))[0]!;
    expect(own.figures.map((f) => f.raw)).toContain("45人");
    expect((await t.app.services.store.getUpdate(u.id))?.figures.map((f) => f.raw)).toContain("65人");
  });
});
