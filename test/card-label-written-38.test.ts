import { describe, expect, it } from "vitest";
import { cardFigure, understoodBlocks } from "../src/conversation/render-update.js";
import { findFigures } from "../src/domain/figures.js";
import { readFileSync } from "node:fs";
import { parseOrg } from "../src/domain/org.js";

/**
 * Card38 (console, round thirty-eight): staff 陈静 sent 「今年科普宣传月发了资料2000多份，去了柳河乡3个村，高企申报过了5家」
 * and the confirm card listed 「科普宣传月发了资料 2000多份」「去了柳河乡 3个村」「高企申报过了 5家」 — the spoken verb with 了
 * and the short name, where the draft writes 发放、赴、高新技术企业. The card's labels are written as the draft writes
 * them; the figure and the counted thing never change, and the stored label stays as said.
 */
const labels = (text: string, date?: string) => findFigures(text).map((f) => cardFigure(f.figure, date));

describe("a card label with its spoken verb written", () => {
  it.each([
    [
      "今年科普宣传月发了资料2000多份，去了柳河乡3个村，高企申报过了5家",
      ["科普宣传月发放资料 2000多份", "赴柳河乡 3个村", "高新技术企业申报通过 5家"],
    ],
    [
      "上半年办了科普讲座6场，开了座谈会3次，走访了企业12家",
      ["举办科普讲座 6场", "召开座谈会 3次", "走访企业 12家"],
    ],
    ["印了宣传册800份，培训了农民200多人", ["印制宣传册 800份", "培训农民 200多人"]],
  ])("「%s」", (text, want) => {
    const got = labels(text, "2026-06-01");
    for (const w of want) expect(got).toContain(w);
    expect(got.join("|")).not.toMatch(/[发办开去访印训]了/u);
  });

  it("keeps every figure and what it counts as said", () => {
    const text = "发了资料八十来份，去了3个村，走访了企业12家";
    const figures = findFigures(text).map((f) => f.figure);
    const got = labels(text, "2026-06-01");
    expect(got).toHaveLength(figures.length);
    expect(got).toContain("发放资料 80余份");
    for (const [i, f] of figures.entries()) if (f.counted) expect(got[i]).toContain(f.counted);
  });

  it("says a count helped where it stands, after 帮助 as after 帮", () => {
    const got = labels("帮2家企业对接了高校专家", "2026-06-01");
    expect(got[0]).toMatch(/^帮助2家企业对接/u);
    expect(got[0]).not.toMatch(/ 2家企业$/u);
    // Read where the count was said: the papers prepared (弄了…材料), as the draft writes the sentence.
    expect(labels("帮2家企业弄了高企认定申报材料", "2026-06-01")).toEqual([
      "帮助2家企业准备高新技术企业认定申报材料",
    ]);
  });

  it("never runs a digit ending the label into its figure", () => {
    const f = { raw: "850万元", value: 8500000, unit: "元", context: "那条少写了个0" };
    expect(cardFigure(f as Parameters<typeof cardFigure>[0], "2026-06-01")).toContain("个0 850万元");
  });

  it("leaves the stored figure's label as said", () => {
    const f = findFigures("发了资料2000多份")[0]?.figure;
    if (!f) throw new Error("no figure read");
    const before = f.context;
    cardFigure(f, "2026-06-01");
    expect(f.context).toBe(before);
  });

  it("writes the update's figures on its card through understoodBlocks", () => {
    const org = parseOrg(JSON.parse(readFileSync("data/org.example.json", "utf8")));
    const text = "今年科普宣传月发了资料2000多份，去了柳河乡3个村";
    const blocks = understoodBlocks(org, {
      section: org.sections[0]?.id ?? "",
      items: [{ text }],
      figures: findFigures(text).map((f) => f.figure),
      problems: [],
      plans: [],
      date: "2026-06-01",
    } as unknown as Parameters<typeof understoodBlocks>[1]);
    const data = blocks.find((b) => b.startsWith("**数据**")) ?? "";
    expect(data).toContain("科普宣传月发放资料 2000多份");
    expect(data).toContain("赴柳河乡 3个村");
  });
});
