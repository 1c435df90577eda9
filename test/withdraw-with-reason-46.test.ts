import { describe, expect, it } from "vitest";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * While a draft's card waits, taking it back said with why (漏了内容、落了点内容、数报错了) and 收返/收回/撤回来 (粤、冀北),
 * a resend after it (重新发、重发) — withdraws the draft shown (drop-shown.ts). Lines written for the test (粤西, 冀北,
 * plain Mandarin, Traditional); docs 第四十六轮 dlg46.
 */
const t = appPerFile({ now: "2026-12-02T10:00:00+08:00" });
const { heard } = rulesReading(t);
const onCard = (text: string) => heard("li-rd", text, { awaiting: "confirm", pendingDrafts: 1 });

describe("taken back with why, on a card: the draft shown is withdrawn", () => {
  it.each([
    "漏咗内容 收返重新发",
    "数报错咗 收返先",
    "數報錯咗 收返先",
    "落了点内容 撤回来重发",
    "写漏了 撤了重发",
    "内容写少了 撤了我重新发",
    "漏了一句 先撤了",
    "收回来吧",
    "收返",
  ])("%s", (text) => {
    expect(onCard(text)).toMatch(/^\/ref 撤回 shown/);
  });
  it.each([
    "把撤了的那条弄回来",
    "撤了的那条找回来",
    "这条先别撤 我再看看",
  ])("not a withdrawal: %s", (text) => {
    expect(onCard(text)).not.toMatch(/撤回 shown/);
  });
});
