import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { renderForConsole } from "../src/transports/console/render-text.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * An export names its file (「…工作计划（离线草稿）.docx」); the console printed that name beside a path ending in
 * draft.docx — a file of another name (round thirty-three's leftover). The file on disk now carries the name the
 * reply gives, and the console prints the real file once.
 */
const { open } = appPerTest();

describe("an exported file is saved under the name it is sent by (round thirty-four)", () => {
  it.each(["导出 docx", "导出 md", "导出 csv"])("「%s」", async (said) => {
    const t = await open({ now: "2026-11-20T10:00:00+08:00" });
    await t.say("chen-kp", "这个月科普讲座办了12场 受众3000人次");
    await t.say("chen-kp", "确认");
    await t.say("zhou-ju", "生成总结");
    await (t.app.services.features.drafting as DraftingApi).whenIdle();
    const replies = await t.say("zhou-ju", said);
    const sent = replies.find((r) => r.file)?.file;
    expect(sent).toBeDefined();
    expect(path.basename(sent?.path ?? "")).toBe(sent?.name);
    expect(existsSync(sent?.path ?? "")).toBe(true);
    const printed = replies.map(renderForConsole).join("\n");
    expect(printed).toContain(sent?.path);
    expect(printed).not.toMatch(/draft\.(?:docx|md)|materials\.csv/);
  });
});
