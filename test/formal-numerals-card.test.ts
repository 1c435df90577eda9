import { describe, expect, it } from "vitest";
import { extractFigures, unmatchedFigures } from "../src/domain/figures.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Money written in formal numerals (伍佰万元, 叁拾伍万元, 壹仟贰佰份) is a figure on the card, the
 * way the draft already reads it (500万元): the raw as written, the value the same, so a draft's
 * 500万元 is grounded by it and 600万元 is not (trial 4, conversations 07 and 31).
 */
const { open } = appPerTest();

describe("formal numerals on the card", () => {
  it("lists them under 数据, raw as written", async () => {
    const t = await open({ now: "2026-12-01T10:00:00+08:00" });
    const card = await t.sayText(
      "zhao-zh",
      "今年帮企业争取专利资助资金叁拾伍万元，技术合同登记伍佰万元，发放宣传册壹仟贰佰份",
    );
    expect(card).toMatch(/数据（3 个）/);
    for (const raw of ["叁拾伍万元", "伍佰万元", "壹仟贰佰份"]) expect(card).toContain(raw);
    const [u] = await t.app.services.store.listUpdates({ author: "zhao-zh" });
    expect(u?.figures.map((f) => [f.raw, f.value, f.unit])).toEqual([
      ["叁拾伍万元", 350000, "元"],
      ["伍佰万元", 5000000, "元"],
      ["壹仟贰佰份", 1200, "份"],
    ]);
  });

  it("grounds the draft's Arabic form exactly, and nothing else", () => {
    const allowed = extractFigures("争取上级资金伍佰万元，专利资助叁拾伍万元");
    expect(unmatchedFigures("争取上级资金500万元，专利资助35万元。", allowed)).toEqual([]);
    expect(unmatchedFigures("争取上级资金600万元。", allowed).map((f) => f.figure.raw)).toEqual(["600万元"]);
  });

  it("leaves words that only look like numerals alone", () => {
    expect(extractFigures("陆续开展了活动，伍老师也参加了")).toEqual([]);
    expect(extractFigures("会后收拾了会场")).toEqual([]);
  });
});
