import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * A leader asks for the year's material as a table before anything is drafted (「把今年的材料导出个表格」): the
 * material table is the confirmed updates themselves, so it is exported without a draft. It answered 「还没有2026年
 * 草稿」 (round twenty-one's notes). A Word or Markdown file still needs a draft.
 */
const { open } = appPerTest();
const text = (rs: Array<{ text: string }>) => rs.map((r) => r.text).join("\n");

describe("the material table with no draft yet", () => {
  it.each([
    "把今年的材料导出个表格",
    "导出 csv",
    "导出材料表",
  ])("「%s」 sends the confirmed updates as CSV and says no draft was needed", async (said) => {
    const t = await open({ now: "2026-11-20T10:00:00+08:00" });
    await t.say("chen-kp", "这个月科普讲座办了23场 受众6000人次");
    await t.say("chen-kp", "确认");
    await t.say("li-rd", "申报省级项目3个");
    const replies = await t.say("zhou-ju", said);
    const out = text(replies);
    expect(out).toContain("填报材料表（1 条");
    expect(out).not.toContain("还没有2026年草稿。发送");
    const file = replies.find((r) => "file" in r && r.file) as
      | { file?: { path: string; name: string } }
      | undefined;
    expect(file?.file?.name).toMatch(/\.csv$/);
    const csv = await readFile(file?.file?.path as string, "utf8");
    expect(csv).toContain("科普讲座办了23场");
    // 李明's update is a draft, not confirmed: it is no material.
    expect(csv).not.toContain("省级项目");
  });

  it("with nothing confirmed, says the table would be empty and sends no file", async () => {
    const t = await open({ now: "2026-11-20T10:00:00+08:00" });
    const replies = await t.say("zhou-ju", "把今年的材料导出个表格");
    expect(text(replies)).toMatch(/还没有.*已确认的填报/);
    expect(replies.some((r) => "file" in r && r.file)).toBe(false);
  });

  it("a Word file still needs a draft", async () => {
    const t = await open({ now: "2026-11-20T10:00:00+08:00" });
    await t.say("chen-kp", "这个月科普讲座办了23场 受众6000人次");
    await t.say("chen-kp", "确认");
    const replies = await t.say("zhou-ju", "导出 docx");
    expect(text(replies)).toContain("还没有");
    expect(replies.some((r) => "file" in r && r.file)).toBe(false);
  });
});
