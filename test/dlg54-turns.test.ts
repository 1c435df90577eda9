import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Round fifty-four (dlg54): classes of dialogue turns, own sentences (恩施-flavoured 普通话). Each failed before its
 * change on 6281b9d2.
 */
const { open } = appPerTest();
const NOW = "2026-12-09T10:00:00+08:00";

describe("代报 said with where the colleague went, the 恩施 way (克/下 for 去, 一哈)", () => {
  for (const text of [
    "孙磊克恩施城里了 我帮他报一哈：他昨天在盛家坝乡给茶农讲了硒茶采摘 来了三十户",
    "孙磊下州里了 我替他报 他礼拜一在宣恩县椒园镇教了二十几户种魔芋",
  ]) {
    it(text, async () => {
      const t = await open({ now: NOW });
      await t.sayText("chen-kp", text);
      const [u] = await t.app.services.store.listUpdates({ author: "chen-kp" });
      expect(u?.reportedFor).toBe("sun-tp");
      expect(u?.originalText.startsWith("他")).toBe(true);
    });
  }
});

describe("a held draft, the checked figure, then 「确认」 typed (the preview says 「核对好了再回复「确认」保存」)", () => {
  it("确认 stores the change and confirms, and says both", async () => {
    const t = await open({ now: NOW });
    await t.sayText("sun-tp", "今天在沙地乡给烟农讲了烟叶烘烤 来了二十几户");
    await t.sayText("sun-tp", "莫慌存 我再问哈到底几户");
    await t.sayText("sun-tp", "问清楚了 是27户");
    const reply = await t.sayText("sun-tp", "确认");
    const [u] = await t.app.services.store.listUpdates({ author: "sun-tp" });
    expect(u?.status).toBe("confirmed");
    expect(u?.originalText).toContain("27户");
    expect(reply).toContain("并确认");
  });
  it("「对」 to the same preview still only puts the change in (five blind writers)", async () => {
    const t = await open({ now: NOW });
    await t.sayText("sun-tp", "今天在沙地乡给烟农讲了烟叶烘烤 来了二十几户");
    await t.sayText("sun-tp", "莫慌存 我再问哈到底几户");
    await t.sayText("sun-tp", "问清楚了 是27户");
    await t.sayText("sun-tp", "对");
    const [u] = await t.app.services.store.listUpdates({ author: "sun-tp" });
    expect(u?.status).toBe("draft");
    expect(u?.originalText).toContain("27户");
  });
});

describe("a card held with its reason: 先缓缓, or the counting still going on (着呢)", () => {
  for (const text of ["先缓缓 协议还冇签", "先别存 合作社会计还一箱一箱数着呢", "缓两天 公司的章还没盖"]) {
    it(text, async () => {
      const t = await open({ now: NOW });
      await t.sayText("sun-tp", "今天在三岔乡给菜农发了高山蔬菜种子 一百二十袋");
      const reply = await t.sayText("sun-tp", text);
      const [u] = await t.app.services.store.listUpdates({ author: "sun-tp" });
      expect(u?.status).toBe("draft");
      expect(reply).toContain("先不确认");
    });
  }
});

describe("the colleague a 代报 was filed for corrects it by their own numbering, and the filer is told", () => {
  async function filed() {
    const t = await open({ now: NOW });
    await t.sayText("chen-kp", "孙磊出差了 我帮他报一哈：他昨天在龙凤镇教了三十户种高山蔬菜");
    await t.sayText("chen-kp", "要得 存");
    return t;
  }
  it("「改一下1 …」 then 「确认」 changes the 代报, and 陈静 hears of it", async () => {
    const t = await filed();
    await t.sayText("sun-tp", "我的填报");
    const preview = await t.sayText("sun-tp", "改一下1 不是三十户 是三十八户");
    expect(preview).toContain("陈静代您填的");
    expect(preview).not.toContain("没有改动任何填报");
    const reply = await t.sayText("sun-tp", "确认");
    const [u] = await t.app.services.store.listUpdates({ author: "chen-kp" });
    expect(u?.originalText).toContain("三十八户");
    expect(u?.status).toBe("confirmed");
    expect(reply).toContain("已通知陈静");
    const told = t.sent.filter((s) => s.personId === "chen-kp").map((s) => s.reply.text);
    expect(told.some((x) => x.includes("三十八户"))).toBe(true);
  });
  it("「取消」 leaves it as it was, and tells nobody", async () => {
    const t = await filed();
    await t.sayText("sun-tp", "改一下1 不是三十户 是三十八户");
    await t.sayText("sun-tp", "取消");
    const [u] = await t.app.services.store.listUpdates({ author: "chen-kp" });
    expect(u?.originalText).toContain("三十户");
    expect(t.sent.filter((s) => s.personId === "chen-kp")).toHaveLength(0);
  });
});
