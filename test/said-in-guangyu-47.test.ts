import { describe, expect, it } from "vitest";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * Classes missed by blind100 (光峪县, 川东北巴中), i47a (关中宝鸡) and the lead's list, read by the rules alone (no learned
 * guess): docs/understanding.md 第四十七轮 intent47. The lines are written for the test, in several regions' words, plain
 * Mandarin and Traditional characters, not taken from the corpus; each class has lines where it must not fire.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { read } = rulesReading(t);

describe("a message that is only a placeholder is unclear, not small talk (test/corpus/README.md)", () => {
  it.each([
    "[语音]",
    "[语音]  ",
    "【语音】",
    "[图片]",
    "[图片][图片]",
    "[文件] 全年科普活动台账.xlsx",
    "[视频]",
    "[表情]",
    "[voice]",
  ])("%s", (text) => {
    expect(read("chen-kp", text).kind).toBe("unclear");
  });
  it.each([
    "[图片] 今天在石头河水库给学生讲水生态 来了六十多个",
    "【图片】科技特派员在果园里教修剪 现场来了三十来户",
  ])("a placeholder with work and a figure after it stays a report: %s", (text) => {
    expect(read("sun-tp", text).kind).toBe("report");
  });
});
