import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from "docx";
import { fixPunctuation } from "../drafting/check-gongwen.js";
import type { Period } from "../domain/period.js";
import type { DraftVersion } from "../drafting/draft-model.js";
import { type Block, type LayoutOptions, layoutDraft } from "./layout-draft.js";
import { xmlSafeDeep } from "../domain/safe-text.js";
import { titleLines } from "./break-title.js";

/**
 * The draft as a Word file following GB/T 9704-2012 (党政机关公文格式):
 * A4; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; title 2号 (22 pt) 方正小标宋简体
 * centred; body 3号 (16 pt) 仿宋_GB2312, first-line indent of two characters, fixed line
 * spacing 28.9 pt (22 lines a page); 一、 in 黑体, （一） in 楷体_GB2312; page numbers 「— 1 —」
 * in 4号 (14 pt) 宋体 in the footer, odd pages right and even pages left.
 *
 * Fonts are named by their standard names; Latin letters and digits use Times New Roman. Word
 * and WPS substitute a missing 方正小标宋简体 / 仿宋_GB2312 / 楷体_GB2312 with 宋体 / 仿宋 / 楷体
 * (WPS maps the _GB2312 names itself) — docs/drafting.md tells the office which fonts to install.
 */

/** Millimetres to twentieths of a point (twips). */
export const mm = (v: number): number => Math.round((v * 1440) / 25.4);

export const PAGE = {
  width: 11906, // 210 mm
  height: 16838, // 297 mm
  margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
} as const;

export const FONTS = {
  title: "方正小标宋简体",
  body: "仿宋_GB2312",
  h1: "黑体",
  h2: "楷体_GB2312",
  pageNumber: "宋体",
  latin: "Times New Roman",
} as const;

const BODY_SIZE = 32; // half-points: 16 pt = 3号

/**
 * The document grid of GB/T 9704: 28 characters × 22 lines in the type area. Word lays East Asian
 * text on the grid: the character pitch is the default font size plus charSpace (in 1/4096 pt),
 * the line pitch is linePitch (twips). Computed from the page, so a margin change keeps 28 × 22.
 */
export const CHARS_PER_LINE = 28;
export const LINES_PER_PAGE = 22;
const TYPE_WIDTH_PT = (PAGE.width - PAGE.margin.left - PAGE.margin.right) / 20;
const TYPE_HEIGHT_TWIPS = PAGE.height - PAGE.margin.top - PAGE.margin.bottom;
export const GRID = {
  type: DocumentGridType.LINES_AND_CHARS,
  linePitch: Math.floor(TYPE_HEIGHT_TWIPS / LINES_PER_PAGE),
  charSpace: Math.floor((TYPE_WIDTH_PT / CHARS_PER_LINE - BODY_SIZE / 2) * 4096),
};
/** Fixed line spacing equal to the grid's line pitch (≈ 28.9 pt). */
const LINE = GRID.linePitch;
/** Characters of the 2号 title that fit on one line of the type area. */
const TITLE_CHARS = Math.floor(TYPE_WIDTH_PT / 22);
/** Chinese (mainland) for East Asian text, so no reader falls back to Japanese glyphs. */
const LANGUAGE = { value: "zh-CN", eastAsia: "zh-CN" };
const TITLE_SIZE = 44; // 22 pt = 2号
const PAGE_NUMBER_SIZE = 28; // 14 pt = 4号

const font = (eastAsia: string) => ({
  eastAsia,
  ascii: FONTS.latin,
  hAnsi: FONTS.latin,
  hint: "eastAsia" as const,
});

const STYLES = {
  paragraphStyles: [
    {
      id: "GwBody",
      name: "公文正文",
      basedOn: "Normal",
      run: { font: font(FONTS.body), size: BODY_SIZE, language: LANGUAGE },
      paragraph: {
        spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        indent: { firstLine: 640 },
        alignment: AlignmentType.JUSTIFIED,
      },
    },
    {
      id: "GwTitle",
      name: "公文标题",
      basedOn: "Normal",
      run: { font: font(FONTS.title), size: TITLE_SIZE, language: LANGUAGE },
      paragraph: {
        spacing: { line: 700, lineRule: LineRuleType.EXACT, before: 0, after: LINE },
        alignment: AlignmentType.CENTER,
      },
    },
    {
      id: "GwH1",
      name: "公文一级标题",
      basedOn: "GwBody",
      run: { font: font(FONTS.h1), size: BODY_SIZE },
    },
    {
      id: "GwH2",
      name: "公文二级标题",
      basedOn: "GwBody",
      run: { font: font(FONTS.h2), size: BODY_SIZE },
    },
    {
      id: "GwPageNumber",
      name: "公文页码",
      basedOn: "Normal",
      run: { font: font(FONTS.pageNumber), size: PAGE_NUMBER_SIZE },
      paragraph: { alignment: AlignmentType.CENTER },
    },
  ],
  default: { document: { run: { font: font(FONTS.body), size: BODY_SIZE, language: LANGUAGE } } },
};

function paragraphFor(block: Block): Paragraph {
  // Chinese quotes and full-width punctuation in the printed text (the 公文 check lists them too).
  const b = { ...block, text: fixPunctuation(block.text), lead: block.lead && fixPunctuation(block.lead) };
  switch (b.kind) {
    case "title":
      return new Paragraph({
        style: "GwTitle",
        children: titleLines(b.text, TITLE_CHARS).map(
          (line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 }),
        ),
      });
    case "subtitle":
      return new Paragraph({
        style: "GwBody",
        alignment: AlignmentType.CENTER,
        indent: { firstLine: 0 },
        children: [new TextRun({ text: b.text, font: font(FONTS.h2) })],
      });
    case "h1":
      return new Paragraph({ style: "GwH1", children: [new TextRun(b.text)] });
    case "h2":
      return new Paragraph({ style: "GwH2", children: [new TextRun(b.text)] });
    case "item":
      return new Paragraph({
        style: "GwBody",
        children: [
          new TextRun({ text: b.lead ?? "", bold: /\d+\.[^。]+。/.test(b.lead ?? "") }),
          new TextRun(b.text),
        ],
      });
    case "signature":
      return new Paragraph({
        style: "GwBody",
        alignment: AlignmentType.RIGHT,
        indent: { firstLine: 0, right: 1280 },
        children: [new TextRun(b.text)],
      });
    default:
      return new Paragraph({ style: "GwBody", children: [new TextRun(b.text)] });
  }
}

/**
 * 「— 1 —」 in the footer: GB/T 9704 puts odd page numbers at the right and even ones at the
 * left, each one character in from the margin.
 */
function pageNumberFooter(side: "odd" | "even"): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: "GwPageNumber",
        alignment: side === "odd" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === "odd" ? { right: 280 } : { left: 280 },
        children: [new TextRun("— "), new TextRun({ children: [PageNumber.CURRENT] }), new TextRun(" —")],
      }),
    ],
  });
}

/** Build the .docx bytes of a version (export mode unless `opts.review`). */
export async function buildDocx(v: DraftVersion, period: Period, opts: LayoutOptions = {}): Promise<Buffer> {
  // One character XML 1.0 forbids (from old data, an import or a model) would make Word refuse the file.
  const blocks = layoutDraft(xmlSafeDeep(v), period, opts);
  // A blank line between the signature block and the body, as in printed documents.
  const children: Paragraph[] = [];
  for (const b of blocks) {
    if (
      b.kind === "signature" &&
      children.length > 0 &&
      blocks[blocks.indexOf(b) - 1]?.kind !== "signature"
    ) {
      children.push(new Paragraph({ style: "GwBody", children: [] }));
    }
    children.push(paragraphFor(b));
  }
  const doc = new Document({
    creator: "总结助手",
    title: v.title,
    styles: STYLES,
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...PAGE.margin, header: mm(15), footer: mm(20) },
          },
          grid: GRID,
        },
        footers: { default: pageNumberFooter("odd"), even: pageNumberFooter("even") },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
