import { describe, expect, it } from "vitest";
import { yesWithReservation } from "../src/conversation/yes-with-reservation.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * A yes with a check still to make on the card just shown (「好的 等会还要核一下」「行 我再对一下数」) is not a
 * confirmation: the draft stays unconfirmed and the reply says so — it used to be confirmed as a plain yes, putting
 * unchecked words into the summary (dlg28: i28c first sight, five of five, 湖北宜昌 speech; dlg26 had left it).
 */
describe("a yes with a reservation on the card", () => {
  const { open } = appPerTest();

  it.each([
    "好的 等会还要核一下",
    "行 我再对一下数",
    "好 不过人数我还要跟村里对一哈",
    "要得 等哈我再核一遍数",
    "可以 就是金额还要跟财务对一下",
    "好的撒 晚上我再过一遍",
    "嗯 对的 但是我还要问问企业",
    // 西宁 (i28d): 一挂 for 一下, 俩 closing the answer word (行俩: 行了).
    "嗯呐 不过数我再对一挂",
    "行俩 我问一下科长再说",
  ])("「%s」 keeps the draft unconfirmed and says so", async (said) => {
    const t = await open({ now: "2026-12-04T16:00:00+08:00" });
    await t.sayText("陈静", "上午在城东社区搞了场防溺水宣传 来了50几个人");
    const reply = await t.sayText("陈静", said);
    expect(reply).toContain("先不确认");
    const [u] = await t.app.services.store.listUpdates({ author: "chen-kp" });
    expect(u!.status).toBe("draft");
    // Checked, a bare 确认 confirms it.
    expect(await t.sayText("陈静", "确认")).toContain("已确认保存（#1");
  });

  it.each([
    "好的 核过了 冇得问题",
    "要得 数我对过哒 存起",
    "好的 就这样 晚上还要加班弄材料",
    "行 下午还要去开会",
  ])("「%s」 (checked already, or busy with other things) is still the yes", (said) => {
    expect(yesWithReservation(said)).toBe(false);
  });

  it("a reservation with a figure or a fix in it is not this reading", () => {
    expect(yesWithReservation("好的 不过人数是60人")).toBe(false);
    expect(yesWithReservation("好的 不过地点不对 我再改改")).toBe(false);
  });
});
