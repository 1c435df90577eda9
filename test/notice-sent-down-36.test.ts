import { describe, expect, it } from "vitest";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * A notice or paper sent down from above with its task said after it (要/得, or 话 the Cantonese 说) is a task
 * received, never one's own work done (blind78, i36a: docs/understanding.md 第三十六轮 intent36) — nothing stored.
 * A notice the sender's own bureau sent, with what came of it, stays a report.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { read } = rulesReading(t);

describe("a notice sent down from above, its task after it", () => {
  it.each([
    "市科协又发通知 要报科普日嘅总结",
    "区厅刚发咗份文 话月底前要交成果登记表",
    "局里发了个通知 下礼拜得交党建台账",
  ])("「%s」 is not stored", (text) => {
    expect(read("wang-ban", text).kind).not.toBe("report");
  });
  it("our own bureau's notice with its outcome is a report", () => {
    expect(read("wang-ban", "我局发了通知 要求各乡镇10号前报统计表 已收回11份").kind).toBe("report");
  });
});
