import { describe, expect, it } from "vitest";
import { DraftVersionSchema } from "../src/drafting/draft-model.js";
import { applySteps, readInstruction } from "../src/drafting/offline-instruction.js";

/**
 * A reviewer's words about a phrase or a figure of an offline draft (trial 6, class F: 「开头别提展板了」
 * got 「开头里没有「展板了」这几个字」, 「展板30元是什么鬼」 got a generic 「做不到」). Own phrasings,
 * written before the fix: first sight 0/9 right, after 9/9.
 */
const v = DraftVersionSchema.parse({
  version: 3,
  createdAt: "2026-12-01T00:00:00Z",
  createdBy: "zhoujg",
  note: "生成",
  title: "示例县科学技术局2026年工作总结",
  offline: true,
  parts: [
    {
      key: "opening",
      kind: "opening",
      origin: "offline",
      paragraphs: [
        "2026年，我局取得了积极成效。全年，服务合作社18家，展板30元，办结率100%。好消息是入库38家。现将2026年工作总结如下：",
      ],
    },
    {
      key: "section:kp",
      kind: "section",
      sectionId: "kp",
      sectionName: "科普宣传与培训",
      heading: "重科普，强培训",
      origin: "offline",
      items: [
        {
          title: "",
          text: "在城关广场开展科技活动周启动仪式，约1800人参加，发放资料1.2万余份，展板30元。",
          sourceIds: ["u1"],
        },
        { title: "", text: "当天俺们走访3个村子，约八十来号人参加。", sourceIds: ["u2"] },
        { title: "", text: "登记技术合同12份，成交额1860万元。", sourceIds: ["u3"] },
      ],
    },
  ],
});
const label = (id: string) => ({ u1: "陈静#1", u2: "孙磊#1", u3: "赵丽#1" })[id] ?? id;
const run = (said: string) => applySteps(v, v.parts, readInstruction(said, v), label);
const text = (parts: ReturnType<typeof run>["parts"], only?: string) =>
  parts
    .filter((p) => !only || p.key === only)
    .flatMap((p) => [...p.paragraphs, ...p.items.map((i) => i.text)])
    .join("\n");

describe("a phrase to remove, said with its particles", () => {
  for (const [said, gone, kept, only] of [
    ["开头别提展板了", "展板", "办结率100%", "opening"],
    ["（一）不要写当天了吧", "当天", "走访3个村子", undefined],
    ["把启动仪式的删了", "启动仪式", "约1800人参加", undefined],
    ["别写俺们了", "俺们", "走访3个村子", undefined],
    ["开头不要提好消息啊", "好消息", "入库38家", undefined],
  ] as const)
    it(said, () => {
      const r = run(said);
      expect(r.notDone).toEqual([]);
      expect(r.done.join("")).toContain(`去掉「${gone}」`);
      expect(text(r.parts, only)).not.toContain(gone);
      expect(text(r.parts, only)).toContain(kept);
      // No clause is left as a bare figure (「，30元，」).
      expect(text(r.parts, only)).not.toMatch(/[，。]30元/u);
    });
});

it("a phrase the draft does not have is named without its particles", () => {
  expect(run("（一）别提展销会了").notDone).toEqual([expect.stringContaining("没有「展销会」这几个字")]);
});

describe("a figure of the draft questioned", () => {
  for (const [said, figure, where, source] of [
    ["展板30元是什么鬼", "展板30元", "（一）第1条", "陈静#1"],
    ["1860万这个数对吗", "1860万", "（一）第3条", "赵丽#1"],
    ["（一）的1.2万余份哪来的？", "1.2万余份", "（一）第1条", "陈静#1"],
    ["八十来号人是啥", "八十来号人", "（一）第2条", "孙磊#1"],
  ] as const)
    it(said, () => {
      const r = run(said);
      expect(r.done).toEqual([]);
      expect(r.notDone).toHaveLength(1);
      const answer = r.notDone[0] as string;
      expect(answer).toContain(`「${figure}」在`);
      expect(answer).toContain(where);
      expect(answer).toContain(`来自填报${source}`);
      expect(answer).toContain("改写");
      expect(answer).not.toContain("只能做去掉某个说法");
    });
});
