import { describe, expect, it } from "vitest";
import { withoutLeadAside } from "../src/conversation/lead-aside.js";
import { intentText } from "../src/conversation/intent-lexicon.js";
import { dropSpokenFrames } from "../src/drafting/spoken-frames.js";

/**
 * One lexicon of calling and excusing the interruption (domain/calling.ts), read by the conversation
 * (a call in front of a request or report is read past) and by the drafter (the call is no part of
 * the work). Own phrasings: at first sight the two disagreed on 在没？/在嘛/有人在吗/打扰下 (each side
 * knew some), and 在不/在没 must stay words of the work where no pause follows (在不同乡镇).
 */
const REPORT = "今天上午组织科普讲座2场";

describe("a call before the message", () => {
  it.each([
    "在吗",
    "在嘛",
    "在不在",
    "在没？",
    "在不？",
    "有人在吗",
    "打扰一下",
    "打扰了",
    "打扰下",
  ])("「%s」 is read past by the conversation and dropped by the drafter", (call) => {
    const said = `${call}，${REPORT}`;
    expect(withoutLeadAside(intentText(said).norm)).toBe(REPORT);
    expect(dropSpokenFrames(said)).toBe(REPORT);
  });

  it.each([
    "在不同乡镇开展科普宣传5场",
    "在没有专项经费的情况下完成培训3期",
  ])("「%s」 keeps its words: no pause, no call", (said) => {
    expect(withoutLeadAside(intentText(said).norm)).toBeUndefined();
    expect(dropSpokenFrames(said)).toBe(said);
  });
});
