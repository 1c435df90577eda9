import { describe, expect, it } from "vitest";
import { type TalkModel, talkFlip } from "../src/conversation/talk-odds.js";

/**
 * Round forty-six (lead): after model46's retraining the talk model leant 「^语音」 toward an ask, and s32's placeholder
 * turns 「[语音]」「[文件] 12月主题党日活动记录.docx」 were read as a vague pointer. A placeholder for content the bot cannot
 * read is answered as such (the bot reads text only), never turned into 「您说的是哪件事？」.
 */
const leaning: TalkModel = { prior: 40, weights: {} };
const talk = { kind: "smalltalk", topic: "other" } as const;

describe("a placeholder is never turned over by the talk model", () => {
  it.each([["[语音]"], ["[文件] 12月主题党日活动记录.docx"], ["【语音】"], ["[图片]"]])("%s", (said) => {
    expect(talkFlip(talk, said, false, leaning).kind).toBe("smalltalk");
  });
  it("a line of text under the same model is still turned over", () => {
    expect(talkFlip(talk, "这个事回头再议", false, leaning).kind).toBe("unclear");
  });
});
