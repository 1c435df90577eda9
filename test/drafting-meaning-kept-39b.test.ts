import { describe, expect, it } from "vitest";
import { unitMismatches } from "../src/drafting/check-units.js";
import { cleanChat } from "../src/drafting/clean-chat.js";
import { DraftPartSchema } from "../src/drafting/draft-model.js";
import { makeUpdate } from "./helpers/make-update.js";

/**
 * Review39b: three of trial39's drafting rewrites read past what they were for and changed what a line says.
 * - 15个农户 → 农户15户 (household-count.ts) also took a household noun that only qualifies what is counted:
 *   15名农户代表 are fifteen people, 30个贫困户子女 thirty children, 5个农户专业合作社 five cooperatives.
 * - 弄了/搞了 + an area → 种植 (verb-by-object.ts) also took work done on land, which nothing plants:
 *   土地流转、统防统治、飞防、复耕、改造 are carried out (完成), not sown.
 * - 送了 + material → 发放 also took material sent up to an office or a leader (给县委办送了调研资料): that is
 *   报送, as 报给/交给 an office above already is (whole-phrases.ts); handing out to those served stays 发放.
 */
describe("a household noun that qualifies what is counted keeps the count where it was", () => {
  it.each([
    ["组织了15名农户代表座谈", /15[名个]农户代表/],
    ["资助了30个贫困户子女上学", /30[名个]贫困户子女/],
    ["新成立了5个农户专业合作社", /5个农户专业合作社/],
  ])("「%s」 keeps the count before its noun", (said, kept) => {
    const out = cleanChat(said, "2026-11-20");
    expect(out).toMatch(kept);
    expect(out).not.toMatch(/户\d+户/);
  });

  it("households counted alone are still written in 户", () => {
    expect(cleanChat("走访了30个脱贫户", "2026-11-20")).toBe("走访脱贫户30户");
  });

  it("the 定稿 check takes no 户 key for a count of representatives", () => {
    const part = DraftPartSchema.parse({
      key: "section:envoy",
      kind: "section",
      heading: "派专家，助振兴",
      origin: "offline",
      items: [{ title: "", text: "组织农户15户代表座谈。" }],
    });
    const u = makeUpdate({ normalizedText: "组织了15个农户代表座谈" });
    expect(unitMismatches([part], [u])).toEqual([expect.stringContaining("「15户」")]);
  });
});

describe("弄了/搞了 + an area of work done on land is carried out, not planted", () => {
  it.each([
    ["搞了200亩土地流转", "完成200亩土地流转"],
    ["弄了500亩病虫害统防统治", "完成500亩病虫害统防统治"],
    ["整了100亩撂荒地复耕", "完成100亩撂荒地复耕"],
    ["搞了80亩高标准农田改造", "完成80亩高标准农田改造"],
  ])("「%s」 → 「%s」", (said, want) => {
    expect(cleanChat(said, "2026-11-20")).toBe(want);
  });

  it.each([
    ["在柳河乡弄了50亩羊肚菌", "在柳河乡种植50亩羊肚菌"],
    ["在石门村弄了30亩育苗基地", "在石门村建设30亩育苗基地"],
  ])("a crop or a base keeps its verb: 「%s」 → 「%s」", (said, want) => {
    expect(cleanChat(said, "2026-11-20")).toBe(want);
  });
});

describe("material sent to an office or a leader above is 报送, not 发放", () => {
  it.each([
    ["给县委办送了调研资料", "向县委办报送调研资料"],
    ["给市局送了汇报资料", "向市局报送汇报资料"],
    ["给局领导送了科普资料样本", "向局领导报送科普资料样本"],
  ])("「%s」 → 「%s」", (said, want) => {
    expect(cleanChat(said, "2026-11-20")).toBe(want);
  });

  it("handed to those served it stays 发放", () => {
    expect(cleanChat("给群众送了科普资料500份", "2026-11-20")).toContain("发放科普资料500份");
  });
});
