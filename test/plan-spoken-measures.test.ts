import { describe, expect, it } from "vitest";
import { planSentence } from "../src/drafting/offline-plan.js";

/**
 * A plan dictated the way staff talk (「明年想申请点资金更新一下，大概要个40万」) is written as a measure in
 * the offline plan: no 点/一下 of chat, the estimate as 约需…万元, the verb before its object
 * (「把机房改造」 → 改造机房), and no 打算/想 of chat at its head — found in console trials.
 */
const DAY = "2026-12-03";
const CHAT =
  /一下|申请点|争取点|购置点|大概|估计|差不多|要个|打算|想着|^想|^准备|把[\u4e00-\u9fff]{1,8}(?:改造|维修|完善)$/u;

describe("plan measures said in chat", () => {
  const cases: Array<[string, RegExp]> = [
    ["明年想申请点资金更新一下，大概要个40万", /^申请资金更新，约需40万元$/u],
    ["打算争取点经费把机房改造一下 估计得要个二十来万", /^争取经费改造机房，约需20余万元$/u],
    ["下一步准备把制度完善一下", /^完善制度$/u],
    ["明年把老化的仪器维修一下", /^维修老化的仪器$/u],
    ["计划购置点设备，差不多需要15万块", /^计划购置设备，约需15万元$/u],
    ["准备跟财政沟通一下 争取点补助", /^跟财政沟通，争取补助$/u],
  ];
  for (const [said, written] of cases)
    it(`writes 「${said}」 as a measure`, () => {
      const t = planSentence(said, DAY);
      expect(t).toMatch(written);
      expect(t).not.toMatch(CHAT);
    });

  it("keeps what is not chat: 试点/网点, a count after 约需 that is not money, 准备工作", () => {
    expect(planSentence("明年申请试点2个", DAY)).toContain("试点");
    expect(planSentence("明年新增服务网点5个", DAY)).toContain("网点");
    expect(planSentence("大概要个3万人次参加", DAY)).not.toContain("万元");
    expect(planSentence("准备工作要提前做", DAY)).toContain("准备工作");
  });
});
