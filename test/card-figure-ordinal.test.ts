import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 「第二个数不对」 said while a card waits names the card's second figure, not update #2 (console
 * trial, round sixteen: it answered 「没有找到您的第 2 条填报」). With the new value it is an edit of the
 * card's update; without one it asks what is wrong; never another update's number.
 */
const REPORT = "今个上午到城南社区搞了场防诈骗宣传，发了传单三百来份，来了80多个老年人";

describe("a card's figure named by its place", () => {
  const { open } = appPerTest();

  it("「第二个数不对 是90多个」 edits the figure on the card's update", async () => {
    const t = await open({ now: "2026-12-01T10:00:00+08:00" });
    await t.sayText("陈静", REPORT);
    const reply = await t.sayText("陈静", "第二个数不对 是90多个");
    expect(reply).not.toContain("没有找到");
    expect(reply).toContain("修改预览（#1）");
    expect(reply).toContain("来了90多个老年人");
  });

  it("「第一个数字改成350份」 and 「第2个数据错了，应该是90多个」 likewise", async () => {
    const t = await open({ now: "2026-12-01T10:00:00+08:00" });
    await t.sayText("陈静", REPORT);
    expect(await t.sayText("陈静", "第一个数字改成350份")).toContain("发了传单350份");
    await t.sayText("陈静", "放弃修改 1");
    expect(await t.sayText("陈静", "第2个数据错了，应该是90多个")).toContain("来了90多个老年人");
  });

  it("without a new value it asks, and changes nothing", async () => {
    const t = await open({ now: "2026-12-01T10:00:00+08:00" });
    await t.sayText("陈静", REPORT);
    for (const said of ["第二个数不对", "第二个数字写错了"]) {
      const reply = await t.sayText("陈静", said);
      expect(reply).not.toContain("没有找到");
      expect(reply).not.toContain("已保存");
    }
    expect(await t.sayText("陈静", "查看 1")).toContain("来了80多个老年人");
  });

  it("「第二条写错了」 still names update #2", async () => {
    const t = await open({ now: "2026-12-01T10:00:00+08:00" });
    await t.sayText("陈静", REPORT);
    expect(await t.sayText("陈静", "第二条写错了")).toContain("没有找到您的第 2 条填报");
  });
});
