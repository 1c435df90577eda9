import { describe, expect, it } from "vitest";
import { DraftVersionSchema } from "../src/drafting/draft-model.js";
import { applySteps, readInstruction } from "../src/drafting/offline-instruction.js";

/**
 * Trial36, found on the console: the leader sent 「（三）把科普画廊那条放到前面」 and the offline rewrite answered 「没有做到…：
 * 离线草稿…只能做…把某项工作放到前面…」 — refusing the very thing it says it can do. The instruction reached the
 * offline reader without its 把 (「科普画廊那条放到前面」), and moving or removing was read only after 把/将. Spoken Chinese
 * leaves 把 off anyway (「科普画廊那条放前面」「一季度那几个字去掉」): the thing named first, then 放前面 / 去掉, is the same step.
 */
const v = DraftVersionSchema.parse({
  version: 1,
  createdAt: "2026-12-05T00:00:00Z",
  createdBy: "zhou-ju",
  note: "生成",
  title: "示例县科学技术局2026年工作总结",
  offline: true,
  parts: [
    {
      key: "section:popsci",
      kind: "section",
      sectionId: "popsci",
      sectionName: "科普宣传与培训",
      heading: "重科普，强培训",
      origin: "offline",
      items: [
        { title: "", text: "一季度在城关镇广场举办科普集市，2000多名群众参加。", sourceIds: ["u1"] },
        { title: "", text: "石门村等3个村的科普画廊建成，已投入使用。", sourceIds: ["u2"] },
      ],
    },
  ],
});
const texts = (parts: typeof v.parts) => parts[0]?.items.map((i) => i.text) ?? [];

describe("an instruction without 把", () => {
  it.each([
    "科普画廊那条放到前面",
    "科普画廊那条放前面",
    "把科普画廊那条放到前面",
    "科普画廊的内容排到最前面",
  ])("「%s」 moves the item to the front", (said) => {
    const out = applySteps(v, v.parts, readInstruction(said, v, v.parts[0]));
    expect(out.notDone).toEqual([]);
    expect(texts(out.parts)[0]).toContain("科普画廊");
  });

  it.each(["一季度去掉", "一季度这几个字删掉", "把一季度去掉"])("「%s」 removes the phrase", (said) => {
    const out = applySteps(v, v.parts, readInstruction(said, v, v.parts[0]));
    expect(out.notDone).toEqual([]);
    expect(texts(out.parts).join("")).not.toContain("一季度");
  });

  it("what it cannot do is still told: 写得生动些", () => {
    const out = applySteps(v, v.parts, readInstruction("写得生动些", v, v.parts[0]));
    expect(out.notDone.join("")).toContain("写得生动些");
  });
});
