import { describe, expect, it } from "vitest";
import { DraftVersionSchema } from "../src/drafting/draft-model.js";
import { applySteps, readInstruction } from "../src/drafting/offline-instruction.js";

/**
 * draft46 (console trial): a leader in review said 「把科普那段删掉」; the rewrite of （三） got 「删掉」 and answered that the
 * offline rewrite can only 「去掉某个说法…」, as if it had been asked to remove a phrase and had found none. Asked to take
 * a whole part out, the reply says what is true: a rewrite changes a part's words and never takes the part out of the
 * document; a phrase named is still removed.
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
        { title: "", text: "科普大篷车深入26个村。", sourceIds: ["u1"] },
        { title: "", text: "农民夜校举办9期。", sourceIds: ["u2"] },
      ],
    },
  ],
});
const run = (said: string) => applySteps(v, v.parts, readInstruction(said, v, v.parts[0]));

describe("a whole part asked away", () => {
  it.each([
    "删掉",
    "这段删掉",
    "整段不要了",
    "把这部分删了吧",
    "全部删除",
    "那块去掉",
    "整个删掉",
  ])("「%s」 is told a rewrite does not take a part out, and nothing changes", (said) => {
    const out = run(said);
    expect(out.done).toEqual([]);
    expect(out.notDone.join("")).toContain("不能把整个部分从稿子里删掉");
    expect(out.parts[0]?.items).toHaveLength(2);
  });

  it.each([
    ["农民夜校删掉", "农民夜校"],
    ["把大篷车去掉", "大篷车"],
    ["去掉深入", "深入"],
  ])("「%s」 names a phrase, which goes as before", (said, gone) => {
    const out = run(said);
    expect(out.notDone.join("")).not.toContain("整个部分");
    expect(out.parts[0]?.items.map((i) => i.text).join("")).not.toContain(gone);
  });
});
