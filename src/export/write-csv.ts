import { stringify } from "csv-stringify/sync";
import type { Org } from "../domain/org.js";
import { sectionName } from "../domain/org.js";
import type { Update } from "../domain/update.js";

/**
 * The period's material as CSV for the office's own records, written by csv-stringify: UTF-8
 * with a byte-order mark so Excel opens it as Unicode, CRLF line ends, RFC 4180 quoting.
 *
 * Formula guard: a cell Excel or WPS would run as a formula gets a leading ' — one starting
 * with = + - @ (ASCII or full-width ＝＋－＠), tab or CR (csv-stringify's `escape_formulas`),
 * and also one where such a character follows leading white space (some spreadsheet programs
 * trim it first). Staff write the text, so a cell like `-2+3+cmd|' /C calc'!A0` is expected.
 */
export const CSV_HEADER = ["填报人", "科室", "日期", "内容", "数据"] as const;

/** Leading white space (ASCII or ideographic) before a formula character. */
const SPACED_FORMULA = /^[ \u3000\u00a0]+[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

const OPTIONS = {
  bom: false,
  record_delimiter: "windows",
  // With a record delimiter given, csv-stringify quotes only fields holding "\r\n" itself; a
  // lone LF or CR inside a cell must be quoted too or a reader splits the record.
  quoted_match: /[\r\n]/,
  escape_formulas: true,
  cast: { string: (v: string) => (SPACED_FORMULA.test(v) ? `'${v}` : v) },
} as const;

/** One CSV line (no record delimiter) for the given cells, quoted and guarded. */
export function csvRow(cells: string[]): string {
  return stringify([cells], OPTIONS).replace(/\r\n$/, "");
}

/** One cell as it appears in the file. */
export function csvCell(value: string): string {
  return csvRow([value]);
}

/** CSV text (BOM included) of the given updates, in the order given. */
export function materialsCsv(updates: Update[], org: Org): string {
  const name = (id: string) => org.people.find((p) => p.id === id)?.name ?? id;
  const rows: string[][] = [[...CSV_HEADER]];
  for (const u of updates) {
    const figures = [...new Set([...u.figures, ...u.items.flatMap((i) => i.figures)].map((f) => f.raw))];
    rows.push([
      name(u.author),
      sectionName(org, u.section),
      u.date,
      u.normalizedText || u.originalText,
      figures.join("；"),
    ]);
  }
  return `\uFEFF${stringify(rows, OPTIONS)}`;
}
