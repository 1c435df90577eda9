import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

/**
 * 「报告 今天上午参加了市里的培训」 (console trial, round 29) was stored with 「报告」 at the head of its item, as
 * if it were part of the work: 报告/汇报 (to the leader) or 报个进度 opening a message and set off by a space,
 * colon or comma is the sender announcing a report. A report as a thing (可研报告 已编制完成) stays.
 */
const org = parseOrg(JSON.parse(readFileSync(new URL("../data/org.example.json", import.meta.url), "utf8")));
const items = (t: string) => extractUpdate(t, org, { today: "2026-12-04" }).items.map((i) => i.text);

describe("a report announced at the head of the message", () => {
  it.each([
    ["报告 今天上午参加了市里的培训", "今天上午参加了市里的培训"],
    ["报告：今天上午参加了市里的培训", "今天上午参加了市里的培训"],
    ["报告领导，本周完成3家企业走访", "本周完成3家企业走访"],
    ["汇报局长 本周完成3家企业走访", "本周完成3家企业走访"],
    ["报个进度 本周完成3家企业走访", "本周完成3家企业走访"],
  ])("「%s」 → 「%s」", (text, item) => {
    expect(items(text)).toEqual([item]);
  });

  it("a report as a thing is kept", () => {
    expect(items("可研报告 已编制完成")).toEqual(["可研报告 已编制完成"]);
    expect(items("报告编制完成了")).toEqual(["报告编制完成了"]);
  });
});
