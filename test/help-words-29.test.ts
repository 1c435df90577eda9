import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Round twenty-eight taught the rules 甚/么斯 (帮助), 通通确认/一满确认 (全部确认) and 后个/外天 (请假 days); the help text
 * and the README's command table now name them too (docs/understanding.md 第二十九轮 cmd29), and what they name works.
 */
describe("help and README name round twenty-eight's words", () => {
  const { open } = appPerTest();
  const readme = readFileSync(path.resolve(import.meta.dirname, "../README.md"), "utf8");

  it.each([
    "你能干甚",
    "这个能搞么斯",
    "通通确认",
    "一满确认",
    "后个请一天假",
    "外天",
  ])("帮助 and README say 「%s」", async (word) => {
    const t = await open({ now: "2026-12-01T10:00:00+08:00" });
    expect(await t.sayText("陈静", "帮助")).toContain(word);
    expect(readme).toContain(word);
  });

  it("「后个请一天假」 as the help says registers the day after tomorrow", async () => {
    const t = await open({ now: "2026-12-01T10:00:00+08:00" });
    expect(await t.sayText("陈静", "后个请一天假")).toMatch(/12月3日|12-03/);
  });
});
