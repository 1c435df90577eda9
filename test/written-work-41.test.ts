import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";
import type { DraftPart } from "../src/drafting/draft-model.js";
import { DraftVersionSchema } from "../src/drafting/draft-model.js";
import { WHY_NOT_SHORTENED } from "../src/drafting/manner-instruction.js";
import { applySteps, readInstruction } from "../src/drafting/offline-instruction.js";
import { oneRoughWordAcross } from "../src/drafting/written-amounts.js";

/**
 * Trial41, a 局长's offline draft read as a 公文 writer reads it: 「入库评价了42家」 kept its 了, 「政策宣讲开展3场」 put the
 * verb after what was held, 「上了4次党课」 stayed spoken, 120多人 in one section stood beside 2000余人 in another, and the
 * reason for not shortening was written twice in the code.
 */
const w = (s: string) => cleanChat(s, "2026-12-05");

describe("a verb's perfective 了 before a count goes, for verbs the list did not have", () => {
  it.each([
    ["科技型中小企业入库评价了42家", "科技型中小企业入库评价42家"],
    ["评审了12个项目", "评审12个项目"],
    ["全年督导了30家企业", "全年督导30家企业"],
    ["帮扶了15户", "帮扶15户"],
    ["孵化了8家企业", "孵化8家企业"],
  ])("「%s」 → 「%s」", (said, want) => {
    expect(w(said)).toBe(want);
  });
  it.each(["了解了企业需求", "调研了解到的情况"])("「%s」 keeps 了解", (said) => {
    expect(w(said)).toContain("了解");
  });
});

describe("an event counted after its verb: 开展政策宣讲3场", () => {
  it.each([
    ["政策宣讲开展3场", "开展政策宣讲3场"],
    ["防汛演练组织了2次", "组织防汛演练2次"],
    ["义诊举办5场", "举办义诊5场"],
    ["企业来了人，政策宣讲开展了3场", "开展政策宣讲3场"],
  ])("「%s」 → 「%s」", (said, want) => {
    expect(w(said)).toContain(want);
  });
  it.each([
    ["全局培训开展3场", "全局培训开展3场"], // the unit before the event is its subject: left as said
    ["各乡镇宣讲举办12场", "各乡镇宣讲举办12场"],
    ["培训班举办3期", "培训班举办3期"], // 班 is not in the list of events held
    ["开展政策宣讲3场", "开展政策宣讲3场"],
    ["今年开展3场", "开展3场"],
  ])("「%s」 not moved", (said, want) => {
    expect(w(said)).toBe(want);
  });
});

describe("上了N次党课 is 讲授党课N次", () => {
  it("the count after the lesson", () => {
    expect(w("上了4次党课")).toBe("讲授党课4次");
    expect(w("书记上两次党课")).toBe("书记讲授党课2次");
  });
  it("上了 before anything else is not touched", () => {
    expect(w("上了4次党课")).not.toContain("上了");
    expect(w("项目上了3个")).not.toContain("讲授");
  });
});

const part = (key: string, paragraphs: string[], items: string[] = []): DraftPart =>
  ({
    key,
    kind: "section",
    heading: "",
    paragraphs,
    items: items.map((text) => ({ title: "", text, sourceIds: [] })),
    status: "draft",
    origin: "offline",
    unverified: [],
    setAside: [],
    sourceIds: [],
    inputHash: "",
  }) as DraftPart;

describe("one word for 'and more' across the draft", () => {
  it("a 余 in one part makes 多 in the others 余, values kept", () => {
    const parts = [
      part("a", ["企业120多人参加"]),
      part("b", [], ["2000余人参加"]),
      part("c", [], ["300多人次参加"]),
    ];
    const out = oneRoughWordAcross(parts);
    expect(out.map((p) => [...p.paragraphs, ...p.items.map((i) => i.text)].join())).toEqual([
      "企业120余人参加",
      "2000余人参加",
      "300余人次参加",
    ]);
  });
  it("a draft with 多 alone stays as said, and a locked part is never changed", () => {
    const onlyMore = [part("a", ["120多人"]), part("b", ["300多人次"])];
    expect(oneRoughWordAcross(onlyMore)).toEqual(onlyMore);
    const locked = part("a", ["120多人"]);
    const out = oneRoughWordAcross([locked, part("b", ["2000余人"])], new Set([locked]));
    expect(out[0]?.paragraphs).toEqual(["120多人"]);
  });
  it("多 that is no figure's 'and more' is left (多家企业、更多)", () => {
    const out = oneRoughWordAcross([part("a", ["多家企业参加，吸纳更多群众"]), part("b", ["2000余人"])]);
    expect(out[0]?.paragraphs).toEqual(["多家企业参加，吸纳更多群众"]);
  });
});

describe("the reason for not shortening is said in one place", () => {
  const v = DraftVersionSchema.parse({
    version: 1,
    createdAt: "2026-12-05T00:00:00Z",
    createdBy: "zhou-ju",
    note: "生成",
    title: "示例县科学技术局2026年工作总结",
    offline: true,
    parts: [
      {
        key: "problems",
        kind: "problems",
        heading: "存在的问题",
        origin: "offline",
        paragraphs: ["一是覆盖不足。"],
        items: [],
      },
    ],
  });
  it.each(["压缩一下", "别写那么长"])("「%s」 is answered with the same reason", (said) => {
    const out = applySteps(v, v.parts, readInstruction(said, v, v.parts[0]));
    expect(out.notDone.join("")).toContain(WHY_NOT_SHORTENED);
  });
});

describe("帮助了 and 花了 with a hedge before the figure (the console draft: 帮助了300余户、花了约50万元)", () => {
  it("drops 了 and writes 投入, the hedge and figure kept", () => {
    expect(w("帮助了300余户种中药材")).toBe("帮助300余户种中药材");
    expect(w("花了约50万块")).toBe("投入约50万元");
    expect(w("花了将近3万")).toContain("投入将近3万");
  });
  it("花了 before time is not money spent", () => {
    expect(w("花了两天时间整理")).not.toContain("投入");
  });
});

describe("an event held said with 办了/搞了 before its count is written verb first too", () => {
  it.each([
    ["农技讲座办了三场", "举办农技讲座3场"],
    ["农技讲座搞了3场", "举办农技讲座3场"],
  ])("「%s」 → 「%s」", (said, want) => {
    expect(w(said)).toBe(want);
  });
  it("办了 before a count of cases is not moved or held", () => {
    expect(w("专利转让办了2件")).not.toContain("举办");
  });
});
