import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

/**
 * Words that look like plan marks but name a thing: 科技计划项目 is a programme, 节前安全生产检查 a
 * kind of inspection. Said of work done, they stay work done; the same marks used as marks stay plans.
 */
const org = parseOrg(JSON.parse(readFileSync(new URL("../data/org.example.json", import.meta.url), "utf8")));
const kinds = (text: string) => {
  const ex = extractUpdate(text, org, { today: "2026-11-30" });
  return { done: ex.items.length, plans: ex.plans.length };
};

describe("names that hold plan words", () => {
  it.each([
    "组织申报省级科技计划项目14项，获批6项",
    "本周开展节前安全生产检查2次，发现隐患3处已整改",
    "配合市局做好节前市场保供稳价检查3次",
  ])("「%s」 is work done", (text) => {
    expect(kinds(text)).toEqual({ done: 1, plans: 0 });
  });

  it.each([
    "明年计划新建示范基地3个",
    "年底前完成项目验收8项",
    "春节前完成慰问",
  ])("「%s」 is a plan", (text) => {
    expect(kinds(text)).toEqual({ done: 0, plans: 1 });
  });
});
