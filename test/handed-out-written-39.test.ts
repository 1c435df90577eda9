import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";

/**
 * Trial39, console: 「送了技术手册200多本」「送了政策汇编300本」 reached the leader's draft (and its opening) as said.
 * 送了 + printed material or farm supplies handed to those we serve is 发放 in a 公文; gifts on a visit of care
 * (慰问品、慰问金) are 送去. Anything else sent (送了3批样品) is left as said.
 */
describe("送了 + what is handed out is written 发放 (gifts of care 送去)", () => {
  it.each([
    ["下半年下村送了技术手册200多本", "下半年下村发放技术手册200多本"],
    ["跑了三个园区，送了政策汇编300本", "走访3个园区，发放政策汇编300本"],
    ["赶集那天送了科普资料1500份", "赶集那天发放科普资料1500份"],
    ["给种植户送去了有机肥20吨", "为种植户发放有机肥20吨"],
    ["春节前给困难党员送了慰问金", "春节前给困难党员送去慰问金"],
  ])("「%s」 → 「%s」", (said, want) => {
    expect(cleanChat(said, "2026-11-20")).toBe(want);
  });

  it.each([["送了3批样品去检测"], ["把报表送了过去"]])("「%s」 keeps its 送", (said) => {
    expect(cleanChat(said, "2026-11-20")).toContain("送");
    expect(cleanChat(said, "2026-11-20")).not.toContain("发放");
  });
});
