import { describe, expect, it } from "vitest";
import { galleryDraftInReview } from "./helpers/draft-in-review.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * review55: 「导出pdf」 typed as a command got the Word file with 「已导出 Word 文件」 and no word that the PDF asked for
 * was not made (the command's own format words read pdf as docx); said in everyday words (「给我个pdf吧」) it did say so.
 * The typed command now says it too and still sends the Word file.
 */
const { open } = appPerTest();

describe("a PDF asked for with the typed command", () => {
  it.each([
    "导出pdf",
    "导出 PDF",
    "导出pdf版",
    "导出 pdf 2025",
  ])("「%s」 says no PDF and sends Word", async (said) => {
    const app = await galleryDraftInReview(open);
    const replies = await app.say("zhou-ju", said);
    const text = replies.map((r) => r.text).join("\n");
    expect(text).toContain("暂不能直接导出 PDF");
    expect(text).toContain("另存为 PDF");
    expect(replies.find((r) => r.file)?.file?.name).toMatch(/\.docx$/);
  });

  it("「导出word」 says nothing of PDF", async () => {
    const app = await galleryDraftInReview(open);
    expect(await app.sayText("zhou-ju", "导出word")).not.toContain("PDF");
  });
});
