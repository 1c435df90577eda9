import { readFileSync } from "node:fs";
import { Document, Packer, Paragraph, TextRun } from "docx";
import { describe, expect, it } from "vitest";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { BIDI_CONTROLS, isXmlSafe } from "../src/domain/safe-text.js";
import { buildDocx } from "../src/export/write-docx.js";
import { sampleVersion } from "./fixtures/drafting/make-material.js";
import { readZipText } from "./fixtures/drafting/read-zip.js";
import { checkXml } from "./helpers/check-xml.js";
import { makeTestApp } from "./helpers/test-app.js";
import { useTmpDirs } from "./helpers/tmp-dir.js";

/**
 * Text that can reach a document is made safe for it (issue 9, case 4): a staff message holding
 * U+FFFF made word/document.xml invalid and Word refused the file.
 */
useTmpDirs();

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i)).join("");

/** Every class of code point a message can carry, by name. */
const CLASSES: Record<string, string> = {
  "C0 controls (all 32, tab/LF/CR included)": range(0x00, 0x1f),
  "DEL and C1 controls": range(0x7f, 0x9f),
  "bidi controls incl. U+061C": "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
  "zero-width and BOM": "\u200b\u200c\u200d\u2060\ufeff",
  "line and paragraph separators": "\u2028\u2029",
  "noncharacters U+FFFE U+FFFF U+FDD0": "\ufffe\uffff\ufdd0",
  "lone high surrogate": "\ud800",
  "lone low surrogate": "\udc00",
  "surrogates in the wrong order": "\udc00\ud800",
  "private use U+E000 and U+FFFD": "\ue000\ufffd",
  "astral: emoji, CJK ext. B, U+10FFFF": "😀𠀀\u{10ffff}",
  "XML specials": `&<>"'&amp;&#xFFFF;]]>`,
  "full-width and CJK punctuation": "１５００名，“科普”【活动】",
};

describe("the XML check itself", () => {
  it("accepts what the docx library writes and rejects each kind of malformation", async () => {
    const ok = readZipText(await buildDocx(sampleVersion(), { year: 2025 }), "word/document.xml");
    expect(checkXml(ok)).toEqual([]);
    const bad: Record<string, string> = {
      "U+FFFF": "<a>x\uffffy</a>",
      "C0 control": "<a>x\u0001y</a>",
      "lone surrogate": "<a>\ud800</a>",
      "bare &": "<a>a & b</a>",
      "reference to a forbidden char": "<a>&#xFFFF;</a>",
      mismatched: "<a><b></a></b>",
      unclosed: "<a><b></b>",
      "two roots": "<a/><b/>",
      "unquoted attribute": "<a x=1/>",
      "duplicate attribute": '<a x="1" x="2"/>',
      "< in attribute": '<a x="<"/>',
    };
    for (const [what, xml] of Object.entries(bad)) expect(checkXml(xml), what).not.toEqual([]);
  });

  it("the failure is real: the docx library writes U+FFFF and controls straight into document.xml", async () => {
    const doc = new Document({
      sections: [{ children: [new Paragraph({ children: [new TextRun("举办\uffff活动\u0001")] })] }],
    });
    const xml = readZipText(await Packer.toBuffer(doc), "word/document.xml");
    expect(checkXml(xml).join("\n")).toMatch(/U\+ffff/);
  });
});

describe("every code-point class: intake → store → Word export → XML parse", () => {
  it("stores nothing XML forbids nor any bidi control, and the exported document.xml is well formed", async () => {
    const t = await makeTestApp({ now: "2025-12-10T10:00:00+08:00" });
    const api = t.app.services.features.drafting as DraftingApi;
    try {
      const store = t.app.services.store;
      for (const [name, chars] of Object.entries(CLASSES)) {
        const replies = await t.sayText(
          "chen-kp",
          `举办科技活动周${chars}宣传，1500名群众参与，发放资料1.2万份`,
        );
        expect(replies, name).toContain("请确认填报内容");
        await t.say("chen-kp", "确认");
      }
      const stored = await store.listUpdates({ author: "chen-kp" });
      expect(stored).toHaveLength(Object.keys(CLASSES).length);
      for (const u of stored) {
        for (const s of [u.originalText, u.normalizedText, ...u.items.map((i) => i.text)]) {
          expect(isXmlSafe(s), JSON.stringify(s)).toBe(true);
          expect(s, JSON.stringify(s)).not.toMatch(BIDI_CONTROLS);
        }
        expect(u.status).toBe("confirmed");
      }
      // Legitimate characters survive intake.
      const all = stored.map((u) => u.originalText).join("\n");
      for (const kept of ["😀", "𠀀", "\u{10ffff}", "\ue000", "&", "<", "１５００名", "\t"])
        expect(all, JSON.stringify(kept)).toContain(kept);

      await t.say("zhou-ju", "生成总结 2025");
      await api.whenIdle();
      const [docx] = (await t.say("zhou-ju", "导出 docx 2025")).filter((r) => r.file);
      const xml = readZipText(readFileSync(docx!.file!.path), "word/document.xml");
      expect(checkXml(xml)).toEqual([]);
      expect(xml).toContain("1500");
    } finally {
      await api.whenIdle();
      await t.app.close();
    }
  });

  it("the export strips what intake never saw (old data, imports, model output)", async () => {
    const v = sampleVersion();
    const poisoned = {
      ...v,
      title: `${v.title}\uffff`,
      parts: v.parts.map((p) => ({
        ...p,
        heading: `${p.heading}\u0007`,
        paragraphs: p.paragraphs.map((x) => `${x}\ufffe\ud800`),
        items: p.items.map((i) => ({ ...i, text: `${i.text}\u0000\u001b` })),
      })),
    };
    const xml = readZipText(await buildDocx(poisoned, { year: 2025 }), "word/document.xml");
    expect(checkXml(xml)).toEqual([]);
    expect(poisoned.title).toContain("\uffff");
  });
});
