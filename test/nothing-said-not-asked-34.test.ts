import { describe, expect, it } from "vitest";
import { judgeWork } from "../src/conversation/work-content.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 「今天没啥事」 was answered 「这个问题我答不了」: 啥/什么 after 没/冇 says there is nothing, and asks nothing. The reply
 * must not call it a question. 「有没有什么要报的」 (没有 as the A-not-A of 有) still asks. Phrasings other than the trial's.
 */
const { open } = appPerTest();

describe("没啥、没什么 is no question (round thirty-four)", () => {
  it.each([
    "这两天没什么活",
    "下午没啥安排",
    "最近冇啥好报的",
  ])("「%s」 is not answered as a question", async (said) => {
    const t = await open({ now: "2026-12-04T16:40:00+08:00" });
    expect(await t.sayText("chen-kp", said)).not.toContain("这个问题");
  });

  it.each(["有没有什么要报的", "这周报点啥"])("「%s」 still asks", (said) => {
    expect(judgeWork(said, said, true)).toBe("question");
  });
});
