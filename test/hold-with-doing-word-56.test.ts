import { describe, expect, it } from "vitest";
import { cardHeld } from "../src/conversation/card-hold.js";
import { heldWithReason } from "../src/conversation/hold-reason.js";
import { toSimplified } from "../src/domain/normalize.js";

/**
 * dlg56: a card held with a wait said by a verb of doing (先莫整、先别弄、先不忙) and why — a question to ask first, someone's
 * word that the figure is off, measuring again (d55-d01, d56-d05, b109-d15 were read as 我的填报 or unclear).
 */
describe("a wait said with 整/弄/忙 and its reason holds the card", () => {
  for (const said of [
    "先莫整 我再问问镇上到底来了好多户",
    "先别整 我再问问嘎查到底来了几户",
    "先不忙 合作社说尺子量得不准 再量一回",
    "莫忙撒，村上說數對不上，我再去問一下",
    "先别弄 我问下会计到底发了几袋",
    "不急 厂里讲称有问题 重新称一下",
  ])
    it(`「${said}」 holds`, () => {
      expect(heldWithReason(toSimplified(said))).toBe(true);
      expect(cardHeld(toSimplified(said))).toEqual({ kind: "answer", answer: "no" });
    });
  for (const said of [
    "先莫整 改成二十六户",
    "先别弄了 撤了吧",
    "我再问问镇上到底来了好多户",
    "合作社说尺子量得不准",
  ])
    it(`「${said}」 is not only a hold`, () => {
      expect(heldWithReason(said)).toBe(false);
    });
});
