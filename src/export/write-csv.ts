import type { Org } from "../domain/org.js";
import { sectionName } from "../domain/org.js";
import type { Update } from "../domain/update.js";

/**
 * The period's material as CSV for the office's own records: UTF-8 with a byte-order mark so
 * Excel opens it as Unicode, CRLF line ends, RFC 4180 quoting. Cells that Excel would run as
 * a formula (starting with = + @) are prefixed with ' .
 */
export const CSV_HEADER = ["填报人", "科室", "日期", "内容", "数据"] as const;

export function csvCell(value: string): string {
  let v = value.replace(/\r\n?/g, "\n");
  if (/^[=+@]/.test(v)) v = `'${v}`;
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function csvRow(cells: string[]): string {
  return cells.map(csvCell).join(",");
}

/** CSV text (BOM included) of the given updates, in the order given. */
export function materialsCsv(updates: Update[], org: Org): string {
  const name = (id: string) => org.people.find((p) => p.id === id)?.name ?? id;
  const rows = [csvRow([...CSV_HEADER])];
  for (const u of updates) {
    const figures = [...new Set([...u.figures, ...u.items.flatMap((i) => i.figures)].map((f) => f.raw))];
    rows.push(
      csvRow([
        name(u.author),
        sectionName(org, u.section),
        u.date,
        u.normalizedText || u.originalText,
        figures.join("；"),
      ]),
    );
  }
  return `\uFEFF${rows.join("\r\n")}\r\n`;
}
