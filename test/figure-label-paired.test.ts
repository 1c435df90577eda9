import { describe, expect, it } from "vitest";
import { describeFigure } from "../src/conversation/render-update.js";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

/**
 * Seen in `npm run demo`: 「选派78名科技特派员结对帮扶78个村」 showed 「· 选派 78名科技特派员结」 and 「· 对帮扶 78个村」 —
 * the noun after 78名 was cut at the 对 of 结对, as if it were the preposition. Sentences written for this test.
 */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const shown = (text: string) =>
  extractUpdate(text, org, { today: "2026-12-02" }).figures.map((f) => describeFigure(f));

describe("对 inside a word (结对、配对、核对) is not the preposition", () => {
  it.each([
    ["选派78名科技特派员结对帮扶78个村", ["选派 78名科技特派员", "结对帮扶 78个村"]],
    ["组织3名专家配对指导12户", ["组织 3名专家", "配对指导 12户"]],
  ])("「%s」", (said, labels) => {
    expect(shown(said)).toEqual(labels);
  });

  it("still ends the noun at the preposition 对", () => {
    const [f] = extractUpdate("3名专家对企业开展指导", org, { today: "2026-12-02" }).figures;
    expect(f?.counted).toBe("专家");
  });
});

/** Tried in the console: 「…果树修剪培训 来了四十几个果农」 showed 「· 来了 四十几个果农」. */
describe("people counted with 个 who came", () => {
  it("are labelled as those who took part, like 人/名", () => {
    expect(shown("果树修剪培训来了四十几个果农")).toEqual(["果树修剪培训参加人数 四十几个果农"]);
    // A space for a comma: the event before it still names the turnout (round 31, fig31b).
    expect(shown("果树修剪培训 来了四十几个果农")).toEqual(["果树修剪培训参加人数 四十几个果农"]);
  });

  it("but places that came into the count stay as said", () => {
    expect(shown("来了5个村")).toEqual(["来了 5个村"]);
  });
});

/**
 * Seen in the console: 「上周的科普大集来了大概六百人」 showed 「· 的科普大集来了大概 六百人」 — the time word went
 * and left its 的, and the estimate word stayed in the label; 「今天下午去…走访了3家」 kept 下午. Sentences
 * written for this test, not corpus lines.
 */
describe("a label after the time word it started with", () => {
  it.each([
    ["上周的科普大集来了大概六百人", /^科普大集/u],
    ["上个月的农机培训办了大约5期", /^农机培训/u],
    ["今年的高企申报报了差不多12家", /^高企申报/u],
  ])("「%s」 starts with the thing, not 的", (said, start) => {
    const [label] = shown(said);
    expect(label).toMatch(start);
    expect(label).not.toMatch(/(?:大概|大约|差不多) /u);
  });

  it("drops a part of the day said with the day", () => {
    const [label] = shown("今天下午去城关镇走访了3家科技型企业");
    expect(label).not.toMatch(/下午/u);
    expect(label).toMatch(/走访/u);
  });

  it("keeps a 的 that is part of the thing, and a time word that compares", () => {
    expect(shown("的确良厂房改造了3间")[0]).toMatch(/^的确良/u);
    expect(shown("比去年多了12家")[0]).toMatch(/去年/u);
  });
});
