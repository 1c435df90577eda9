import { describe, expect, it } from "vitest";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * dlg54's leftover (d54-d02, d55-d02): the reason first, then 撤回 and a number typed at the end — 「整错了 那是上礼拜的事
 * 撤回 1」 — read as unclear (or as a loose 修改 after 搞错了). Now it is 撤回 N, the reason only said. Sentences written for
 * the test (呼伦贝尔 东北话).
 */
const t = appPerFile({ now: "2026-12-16T10:00:00+08:00" });
const { heard } = rulesReading(t);

describe("the reason first, then 撤回 N", () => {
  it.each([
    ["整错了 那是上礼拜的事 撤回 1", "撤回 1"],
    ["搞错了 撤回 2", "撤回 2"],
    ["那个培训挪到开春了 撤回 #3", "撤回 3"],
    ["嘎哈呢这是 重复发了 撤回 4吧", "撤回 4"],
  ])("%s", (text, want) => {
    expect(heard("sun-tp", text, { awaiting: "nothing" })).toBe(want);
  });

  it.each([
    "户数写成30了 撤回 1",
    "别撤 1号留着",
    "先不改了 确认 1 别撤回 2",
  ])("%s is no 撤回 of that number", (text) => {
    expect(heard("sun-tp", text, { awaiting: "nothing" })).not.toBe("撤回 1");
  });
});
