import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseOrg } from "../src/domain/org.js";
import { draftOffline } from "../src/drafting/draft-offline.js";
import { groupMaterial } from "../src/drafting/gather-material.js";
import { planSentence } from "../src/drafting/offline-plan.js";
import { troubledThing } from "../src/drafting/plan-counted-object.js";
import { importRows } from "../src/import/import-updates.js";
import { memoryStore } from "./fixtures/drafting/memory-store.js";

/**
 * Trial38, class 2: a plan that renews or buys 「一批」「一台」 and stops at the measure word (「展厅有些设备老化了 明年想申请
 * 更换一批」) was printed 「申请更换一批。」 in the leader's plan. The thing is the one the message's problem says is worn,
 * broken or short; money and people are not counted by 台 or 批, and a plan with no such problem stays as said.
 */
const org = parseOrg(JSON.parse(readFileSync(new URL("../data/org.example.json", import.meta.url), "utf8")));

describe("a plan counting things takes the thing from its message's problem", () => {
  it.each([
    ["展厅有些设备老化了 明年想申请更换一批", "明年想申请更换一批", "申请更换一批展厅设备"],
    ["农技服务车老化得很，经常趴窝，明年想申请更新一台", "明年想申请更新一台", "申请更新一台农技服务车"],
    ["实验室的检测仪器比较陈旧，明年准备购置两套", "明年准备购置两套", "购置2套实验室检测仪器"],
    ["乡镇科普e站的显示屏坏了好几块，下一步打算换掉几块", "下一步打算换掉几块", "换掉几块乡镇科普e站显示屏"],
    ["现在用的无人机不够用，明年再买两架", "明年再买两架", "买2架无人机"],
  ])("「%s」: 「%s」 → 「%s」", (message, plan, want) => {
    expect(planSentence(plan, "2026-10-02", message)).toBe(want);
  });

  it.each([
    // Money, people and room are not counted by 批 or 台: the plan stays (and the reviewer still sees it).
    ["科室经费不足，明年争取增配一批", "明年争取增配一批", "争取增配一批"],
    ["人手紧缺，明年想补充几个", "明年想补充几个", "补充几个"],
    // No problem names a thing: nothing guessed.
    ["今年更新了展板20块，明年再更换一批", "明年再更换一批", "更换一批"],
    // The plan already names its thing.
    ["展厅设备老化，明年申请更换一批设备", "明年申请更换一批设备", "申请更换一批设备"],
  ])("「%s」: 「%s」 stays 「%s」", (message, plan, want) => {
    expect(planSentence(plan, "2026-10-02", message)).toBe(want);
  });

  it.each([
    ["展厅有些设备老化了", "展厅设备"],
    ["我们的农技服务车老化得很", "农技服务车"],
    ["经费比较紧张", undefined],
    ["老化", undefined],
  ])("troubledThing(「%s」) = %s", (message, want) => {
    expect(troubledThing(message)).toBe(want);
  });

  it("the leader's plan names the things, and counts the problems answered", async () => {
    const store = memoryStore();
    const rows: Array<[string, string, string]> = [
      ["chen-kp", "popsci", "科技馆全年接待参观群众2.6万人次，，展厅有些设备老化了 明年想申请更换一批"],
      ["sun-tp", "envoy", "农技服务车老化得很，经常趴窝，明年想申请更新一台"],
    ];
    await importRows(
      store,
      org,
      rows.map(([author, section, text], i) => ({ row: i + 1, author, section, date: "2026-10-02", text })),
      new Date("2026-12-05T00:00:00Z"),
    );
    const plan = draftOffline(org, groupMaterial(org, { year: 2026 }, store.updates)).parts.find(
      (p) => p.key === "plan",
    );
    const text = plan?.items.map((i) => i.text).join("") ?? "";
    expect(text).toContain("申请更换一批展厅设备。");
    expect(text).toContain("申请更新一台农技服务车。");
    expect(text).not.toMatch(/[一两\d][批台]。/u);
    expect(plan?.unanswered ?? []).toEqual([]);
  });
});
