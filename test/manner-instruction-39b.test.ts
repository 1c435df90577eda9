import { describe, expect, it } from "vitest";
import { DraftVersionSchema } from "../src/drafting/draft-model.js";
import { applySteps, readInstruction } from "../src/drafting/offline-instruction.js";

/**
 * Trial39b, on the console: the leader sent 「存在问题那块别写那么虚」 and the offline rewrite answered that the problems
 * held no 「那么虚」 — it read a way of writing as a phrase to delete. After 别写/不要写 a degree word and a word of manner
 * (虚、空、笼统、长、啰嗦) say how the passage reads; the reply must say what the offline drafter cannot do and why.
 */
const v = DraftVersionSchema.parse({
  version: 1,
  createdAt: "2026-12-05T00:00:00Z",
  createdBy: "zhou-ju",
  note: "生成",
  title: "示例县农业农村局2026年工作总结",
  offline: true,
  parts: [
    {
      key: "problems",
      kind: "problems",
      heading: "存在的问题",
      origin: "offline",
      paragraphs: ["一是冷库建设滞后，合作社意见较大；二是农机手培训覆盖面不够。"],
      items: [],
    },
  ],
});

describe("an instruction about the manner of a passage", () => {
  it.each([
    "别写那么虚",
    "不要写得那么空",
    "别写得太笼统了",
    "别那么虚吧",
  ])("「%s」 is told as not done for want of material, never as a missing phrase", (said) => {
    const out = applySteps(v, v.parts, readInstruction(said, v, v.parts[0]));
    expect(out.done).toEqual([]);
    const told = out.notDone.join("");
    expect(told).toContain(said);
    expect(told).not.toContain("这几个字");
    expect(told).toContain("补充填报");
  });

  it.each([
    "别写那么长",
    "不要写得这么啰嗦",
  ])("「%s」 is told as a shortening the drafter leaves to a person", (said) => {
    const out = applySteps(v, v.parts, readInstruction(said, v, v.parts[0]));
    const told = out.notDone.join("");
    expect(told).not.toContain("这几个字");
    expect(told).toContain("没有压缩");
  });

  it("a phrase after 别写 is still taken out: 「别写合作社意见较大」", () => {
    const out = applySteps(v, v.parts, readInstruction("别写合作社意见较大", v, v.parts[0]));
    expect(out.notDone).toEqual([]);
    expect(out.parts[0]?.paragraphs.join("")).not.toContain("合作社意见较大");
  });
});
