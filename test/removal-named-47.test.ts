import { describe, expect, it } from "vitest";
import { DraftVersionSchema } from "../src/drafting/draft-model.js";
import { readInstruction } from "../src/drafting/offline-instruction.js";

/**
 * lead47 (reading the round's diff): the review reader took 「科普画廊那条也不要了吧」 as the phrase 「科普画廊那条也」 and
 * 「去掉稻田养鱼那段」 as 「稻田养鱼那段」 — neither stands in the draft, so the leader was told it was not there. 也 before the
 * verb and 那段 after the thing are no part of what is named.
 */
const v = DraftVersionSchema.parse({
  version: 1,
  createdAt: "2026-12-05T00:00:00Z",
  createdBy: "zhou-ju",
  note: "生成",
  title: "示例县科学技术局2026年工作总结",
  offline: true,
  parts: [{ key: "opening", kind: "opening", origin: "offline", heading: "", items: [], paragraphs: ["x"] }],
});
const named = (said: string) =>
  readInstruction(said, v).flatMap(({ step }) => (step.kind === "remove" ? [step.phrase] : []));

describe("what a removal names", () => {
  it.each([
    ["科普画廊那条也不要了吧", "科普画廊"],
    ["把科普画廊那条也删掉", "科普画廊"],
    ["去掉稻田养鱼那段", "稻田养鱼"],
    ["稻田养鱼那段不要了", "稻田养鱼"],
    ["把科普画廊那句删掉", "科普画廊"],
    ["删掉科普画廊", "科普画廊"],
  ])("「%s」 → 「%s」", (said, phrase) => expect(named(said)).toEqual([phrase]));
  it("a whole part said with 段 and nothing named is still no phrase", () =>
    expect(named("这段不要了")).toEqual([]));
});
