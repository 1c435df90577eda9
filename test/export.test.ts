import { describe, expect, it } from "vitest";
import { csvCell, materialsCsv } from "../src/export/write-csv.js";
import { parseCsv } from "../src/import/parse-csv.js";
import { buildDocx, mm } from "../src/export/write-docx.js";
import { readZipText } from "./fixtures/drafting/read-zip.js";
import { sampleUpdates, sampleVersion, testOrg, upd } from "./fixtures/drafting/make-material.js";

describe("docx export (GB/T 9704-2012)", async () => {
  const buf = await buildDocx(
    sampleVersion(),
    { year: 2025 },
    { signature: { unit: "示例县科学技术局", date: "2025年12月20日" } },
  );
  const documentXml = readZipText(buf, "word/document.xml");
  const stylesXml = readZipText(buf, "word/styles.xml");

  it("is A4 with the standard margins", () => {
    const sectPr = /<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(documentXml)?.[0] ?? "";
    expect(sectPr).toMatch(/<w:pgSz[^>]*w:w="11906"[^>]*w:h="16838"/);
    const margin = /<w:pgMar[^>]*\/>/.exec(sectPr)?.[0] ?? "";
    expect(margin).toContain(`w:top="${mm(37)}"`);
    expect(margin).toContain(`w:bottom="${mm(35)}"`);
    expect(margin).toContain(`w:left="${mm(28)}"`);
    expect(margin).toContain(`w:right="${mm(26)}"`);
    expect([mm(37), mm(35), mm(28), mm(26)]).toEqual([2098, 1984, 1587, 1474]);
  });

  it("names the standard fonts and sizes", () => {
    expect(stylesXml).toContain('w:eastAsia="方正小标宋简体"');
    expect(stylesXml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(stylesXml).toContain('w:eastAsia="黑体"');
    expect(stylesXml).toContain('w:eastAsia="楷体_GB2312"');
    // Body 16 pt with a fixed 28.9 pt line and a two-character first-line indent.
    const body = /<w:style[^>]*w:styleId="GwBody"[\s\S]*?<\/w:style>/.exec(stylesXml)?.[0] ?? "";
    expect(body).toMatch(/<w:sz w:val="32"\/>/);
    expect(body).toMatch(/<w:spacing[^>]*w:line="579"[^>]*w:lineRule="exact"/);
    expect(body).toMatch(/<w:ind[^>]*w:firstLine="640"/);
    const title = /<w:style[^>]*w:styleId="GwTitle"[\s\S]*?<\/w:style>/.exec(stylesXml)?.[0] ?? "";
    expect(title).toMatch(/<w:sz w:val="44"\/>/);
    expect(title).toMatch(/<w:jc w:val="center"\/>/);
  });

  it("lays the body on a 28 characters × 22 lines grid", () => {
    const grid = /<w:docGrid[^>]*\/>/.exec(documentXml)?.[0] ?? "";
    expect(grid).toContain('w:type="linesAndChars"');
    const linePitch = Number(/w:linePitch="(-?\d+)"/.exec(grid)?.[1]);
    const charSpace = Number(/w:charSpace="(-?\d+)"/.exec(grid)?.[1]);
    // Type area: 210 − 28 − 26 mm wide, 297 − 37 − 35 mm high (in twips, 1/20 pt).
    const width = 11906 - mm(28) - mm(26);
    const height = 16838 - mm(37) - mm(35);
    // Character pitch = 16 pt default size + charSpace/4096 pt: 28 fit, 29 do not.
    const pitch = 16 + charSpace / 4096;
    expect(Math.floor(width / 20 / pitch)).toBe(28);
    expect(Math.floor(height / linePitch)).toBe(22);
    expect(stylesXml).toMatch(/<w:docDefaults>[\s\S]*<w:sz w:val="32"\/>/);
  });

  it("tags East Asian text as zh-CN", () => {
    expect(stylesXml).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="zh-CN" w:eastAsia="zh-CN"\/>/);
    const body = /<w:style[^>]*w:styleId="GwBody"[\s\S]*?<\/w:style>/.exec(stylesXml)?.[0] ?? "";
    expect(body).toContain('w:eastAsia="zh-CN"');
  });

  it("breaks the title between words, never inside 「2026年」", () => {
    const title = /<w:p>(?:(?!<\/w:p>)[\s\S])*?GwTitle[\s\S]*?<\/w:p>/.exec(documentXml)?.[0] ?? "";
    const lines = title
      .split("<w:br/>")
      .map((part) => [...part.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""))
      .filter(Boolean);
    expect(lines).toEqual(["示例县科学技术局", "2025年工作总结和2026年工作计划"]);
  });

  it("has 「— 1 —」 page numbers in 4号 宋体", () => {
    for (const name of ["word/footer1.xml", "word/footer2.xml"]) {
      const footer = readZipText(buf, name);
      expect(footer).toContain("— ");
      expect(footer).toContain(" —");
      expect(footer).toMatch(/PAGE/);
    }
    expect(documentXml).toMatch(/<w:footerReference w:type="default"/);
    expect(documentXml).toMatch(/<w:footerReference w:type="even"/);
    expect(readZipText(buf, "word/settings.xml")).toContain("<w:evenAndOddHeaders/>");
    const pn = /<w:style[^>]*w:styleId="GwPageNumber"[\s\S]*?<\/w:style>/.exec(stylesXml)?.[0] ?? "";
    expect(pn).toContain('w:eastAsia="宋体"');
    expect(pn).toMatch(/<w:sz w:val="28"\/>/);
  });

  it("holds the text, labelled 离线草稿, without source ids", () => {
    expect(documentXml).toContain("离线草稿");
    expect(documentXml).toContain("一、2025年工作开展情况");
    expect(documentXml).toContain("1.4亿元");
    expect(documentXml).toContain("2025年12月20日");
    expect(documentXml).not.toContain("u-rd-1");
  });
});

describe("CSV export of the material", () => {
  it("starts with a BOM, has the columns, quotes commas, quotes and newlines", () => {
    const org = testOrg();
    const tricky = upd({
      section: "rd",
      author: "li-rd",
      date: "2025-04-01",
      normalizedText: '完成"揭榜挂帅"项目申报，共3项\n另有1项在审',
    });
    const csv = materialsCsv([sampleUpdates()[1]!, tricky], org);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe("填报人,科室,日期,内容,数据");
    expect(lines[1]).toBe(
      "孙悦,科普宣传与培训,2025-05-22,举办科技活动周，1500名群众参与，发放科普资料1.2万余份。,1500名；1.2万余份",
    );
    expect(csv).toContain('"完成""揭榜挂帅""项目申报，共3项\n另有1项在审"');
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("defuses cells Excel would run as formulas", () => {
    expect(csvCell("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(csvCell("a,b")).toBe('"a,b"');
  });

  it("guards every formula start: = + - @ tab CR, their full-width forms, and after leading spaces", () => {
    const starts = ["=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠", " =", "\u3000+"];
    for (const s of starts) {
      const value = `${s}2+3+cmd|' /C calc'!A0`;
      const [row] = parseCsv(materialsCsvOf(value).slice(1)).slice(1);
      expect(row?.cells[3], JSON.stringify(s)).toBe(`'${value}`);
    }
    // Harmless starts are left alone, and a guarded cell still round-trips through a CSV reader.
    for (const v of ["2025年", "科技活动周", "（一）", "'quoted", "a-b", "1+1"]) {
      const [row] = parseCsv(materialsCsvOf(v).slice(1)).slice(1);
      expect(row?.cells[3]).toBe(v);
    }
    expect(materialsCsvOf("x").charCodeAt(0)).toBe(0xfeff);
  });
});

/** The CSV of one update whose text is `text`. */
function materialsCsvOf(text: string): string {
  return materialsCsv(
    [upd({ section: "rd", author: "li-rd", date: "2025-04-01", normalizedText: text })],
    testOrg(),
  );
}

describe("docx title breaks and punctuation", () => {
  it("never leaves 年 at the start of a line", async () => {
    const { titleLines } = await import("../src/export/break-title.js");
    for (const t of [
      "示例县科学技术局2025年工作总结和2026年工作计划",
      "中共示例县委科技工作委员会办公室2025年上半年工作总结和下半年工作计划",
      "示例市示例区科学技术和工业信息化局2025年工作总结和2026年工作计划",
    ]) {
      const lines = titleLines(t, 20);
      expect(lines.join("")).toBe(t);
      for (const l of lines) expect(l).not.toMatch(/^[年月日]|\d$/u);
      for (const l of lines) expect([...l].length).toBeLessThanOrEqual(20 + 2);
    }
    expect(titleLines("短标题", 20)).toEqual(["短标题"]);
  });

  it("prints Chinese quotes and full-width punctuation", async () => {
    const v = sampleVersion();
    const section = v.parts.find((p) => p.kind === "section" && p.items.length > 0)!;
    section.items[0]!.text = '开展"科技活动周",发放资料1.2万份;成效良好。';
    const xml = readZipText(await buildDocx(v, { year: 2025 }), "word/document.xml");
    expect(xml).toContain("开展“科技活动周”，发放资料1.2万份；成效良好。");
  });
});
