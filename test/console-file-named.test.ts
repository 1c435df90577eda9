import { describe, expect, it } from "vitest";
import { renderForConsole } from "../src/transports/console/render-text.js";

/**
 * An export in the console: the reply names the file as Feishu would send it (「…工作计划.docx」) while the console
 * writes it to the export directory as draft.docx — the line printed said only the path, so the name promised was
 * nowhere (trial32). Both are printed now.
 */
describe("console: an exported file", () => {
  it("is printed by the name the reply gives it and by where it was saved", () => {
    const out = renderForConsole({
      text: "已导出 Word 文件：示例县科学技术局2026年工作总结.docx",
      file: { path: "/tmp/x/exports/2026-v1/draft.docx", name: "示例县科学技术局2026年工作总结.docx" },
    });
    expect(out).toContain("📎 文件：示例县科学技术局2026年工作总结.docx");
    expect(out).toContain("/tmp/x/exports/2026-v1/draft.docx");
  });
});
