import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Reply } from "../src/conversation/types.js";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { makeTestApp, type TestApp } from "./helpers/test-app.js";
import { cleanTmpDirs } from "./helpers/tmp-dir.js";

/**
 * leader41b: a figure the draft writes with another unit than reported (「带动农户120个」 written 「120人」) was named by
 * 定稿 and 数字核一下 but not counted in the review card's 「待核实 N 处」 nor listed by 待核实. The card, its part line,
 * 待核实 and 定稿 now give one count.
 */
let t: TestApp;
const api = () => t.app.services.features.drafting as DraftingApi;
const cardOf = (rs: Reply[]) => rs.find((r) => r.card?.blocks.some((b) => b.includes("待核实")))?.card;
const countIn = (line: string) => Number(/待核实 (\d+) 处/.exec(line)?.[1] ?? "0");

beforeAll(async () => {
  t = await makeTestApp({ now: "2026-06-22T10:00:00+08:00" });
  await t.say("li-rd", "组织高企申报培训4场，新认定高新技术企业9家");
  await t.say("li-rd", "确认");
  await t.say("sun-tp", "新建科技示范基地3个，培训农民200人次，争取项目资金50万");
  await t.say("sun-tp", "确认");
  await t.say("zhou-ju", "生成总结 上半年");
  await api().whenIdle();
});

/** The card after 查看草稿, the 待核实 list, and the count the card gives. */
async function reviewed() {
  const card = cardOf(await t.say("zhou-ju", "查看草稿 上半年"));
  const total = card?.blocks.find((b) => b.startsWith("共 ")) ?? "";
  const partLines = card?.blocks.find((b) => b.startsWith("开头｜")) ?? "";
  const listed = (await t.say("zhou-ju", "待核实 上半年")).map((r) => r.text).join("\n");
  return { total, partLines, listed };
}
afterAll(async () => {
  await t.app.close();
  cleanTmpDirs();
});

describe("a unit written differently from the report, counted on the card", () => {
  it("as reported (200人次 kept): no unit line, and the card counts none", async () => {
    const { total, listed } = await reviewed();
    expect(listed).not.toContain("单位不一致");
    expect(countIn(total)).toBe(listed.split("\n").filter((l) => l.startsWith("〔待核实〕")).length);
  });

  it("the leader's own text writes 200人: the card's total, the part line, 待核实 and 定稿 give the same line", async () => {
    await t.say("zhou-ju", "（四）改成：新建科技示范基地3个，培训农民200人，争取项目资金50万元。");
    await api().whenIdle();
    const { total, partLines, listed } = await reviewed();
    const unitLines = listed.split("\n").filter((l) => l.includes("单位不一致"));
    expect(unitLines).toHaveLength(1);
    expect(unitLines[0]).toContain("200人次");
    const allListed = listed.split("\n").filter((l) => l.startsWith("〔待核实〕")).length;
    expect(countIn(total)).toBe(allListed);
    expect(countIn(total)).toBeGreaterThan(0);
    const perPart = partLines.split("\n").reduce((n, l) => n + countIn(l), 0);
    expect(perPart).toBe(countIn(total));
    expect(partLines).toMatch(/（四）[^\n]*待核实 1 处/);
    const approval = (await t.say("zhou-ju", "定稿 上半年")).map((r) => r.text).join("\n");
    expect(approval).toContain(unitLines[0]!.replace(/^〔待核实〕/u, ""));
  });
});
