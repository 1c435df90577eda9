import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Lead53's console trial: the colleague, reading 「#1 …（陈静代填）」 in 我的填报, types a command with that number and was
 * told only 「没有找到您的第 1 条填报」. Now the 代报 under the number is named, with what to do, and nothing changes.
 * dlg54: a correction (修改) by that number is the colleague's to make — its edit opens, naming the 代报.
 */
const { open } = appPerTest();

async function filedForSun() {
  const t = await open({ now: "2026-12-09T10:00:00+08:00" });
  await t.sayText("chen-kp", "孙磊下乡去了 我帮他报一下：这周在三个村搞了葡萄修剪培训，来了六十多户");
  await t.sayText("chen-kp", "确认");
  const [u] = await t.app.services.store.listUpdates({ author: "chen-kp" });
  return { t, u: u! };
}

describe("the colleague uses the filer's number of a 代报", () => {
  // Lead55: withdrawing it is the colleague's too now (behalf-colleague-withdraws-55.test.ts); a command that is not
  // theirs to give on it (确认 — the filer confirmed it) still names the 代报 and changes nothing.
  it.each(["确认 1"])("「%s」 names the 代报 and changes nothing", async (said) => {
    const { t, u } = await filedForSun();
    expect(u.seq).toBe(1);
    const reply = await t.sayText("sun-tp", said);
    expect(reply).toContain("陈静代您填的");
    expect(reply).toContain("这次没有改动任何填报");
    const after = await t.app.services.store.getUpdate(u.id);
    expect(after?.status).toBe("confirmed");
    expect(after?.originalText).toBe(u.originalText);
  });

  // dlg54: a correction by the colleague's own numbering is theirs to make (the filer is told once it is saved,
  // dlg54-turns.test.ts): 「改一下1 …」 shows its preview, 「修改 1」 asks the new text — each naming the 代报, nothing changed yet.
  it.each([
    "改一下1 农户是65户",
    "修改 1",
  ])("「%s」 opens the edit of the 代报, naming it, nothing changed yet", async (said) => {
    const { t, u } = await filedForSun();
    const reply = await t.sayText("sun-tp", said);
    expect(reply).toContain("陈静代您填的");
    const after = await t.app.services.store.getUpdate(u.id);
    expect(after?.status).toBe("confirmed");
    expect(after?.originalText).toBe(u.originalText);
  });

  it("someone with no 代报 under the number still hears there is none", async () => {
    const { t } = await filedForSun();
    expect(await t.sayText("li-rd", "撤回 1")).toContain("没有找到您的第 1 条填报");
  });

  it("the colleague's own update of that number is still the one meant", async () => {
    const { t } = await filedForSun();
    await t.sayText("sun-tp", "今天去了两个合作社看大棚 问题是电不稳");
    await t.sayText("sun-tp", "确认");
    const reply = await t.sayText("sun-tp", "撤回 1");
    expect(reply).toContain("已撤回 #1");
    expect(reply).not.toContain("代您填");
  });

  it("「查看 1」 shows the 代报, marked, with no buttons acting on it", async () => {
    const { t } = await filedForSun();
    const [reply] = await t.say("sun-tp", "查看 1");
    expect(reply?.card?.title).toContain("陈静代填");
    expect(reply?.text).toContain("葡萄修剪培训");
    expect(reply?.card?.buttons ?? []).toHaveLength(0);
  });
});
