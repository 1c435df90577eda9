import { UNITS } from "./figure-units.js";

/**
 * A table pasted from Excel whose units stand only in its header (「项目 数量（次） 涉及人数（人）」, then rows
 * 「走访慰问部队 4 120」): each bare number in a row is one cell, in the unit of its column's header
 * (test/corpus/README.md, fig48). The cells are read apart — 「4 120」 is two cells, not 4120 typed with a
 * thousands space — and a 「待补」 cell is no figure (its row stays in the message, so what is missing shows).
 */
export interface TableCell {
  start: number;
  end: number;
  unit: string;
}

const UNIT_WORD = new RegExp(`^(?:万元|亿元|千元|%|${UNITS.join("|")})$`);
const HEADER_UNIT = /[（(]([^（）()\s]{1,4})[）)]$/;
const CELL = /^[\d０-９]+(?:[.．][\d０-９]+)?$/;

interface Token {
  text: string;
  start: number;
}

function tokens(line: string, at: number): Token[] {
  return [...line.matchAll(/[^ \u3000\t]+/g)].map((m) => ({ text: m[0], start: at + m.index }));
}

/** The cells of every header-led table in `t` that have a unit from their column's header. */
export function tableCells(t: string): TableCell[] {
  const lines: { text: string; start: number }[] = [];
  let at = 0;
  for (const text of t.split("\n")) {
    lines.push({ text, start: at });
    at += text.length + 1;
  }
  const cells: TableCell[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = tokens(lines[i]!.text, lines[i]!.start);
    if (head.length < 2) continue;
    const units = head.map((h) => {
      const unit = HEADER_UNIT.exec(h.text)?.[1];
      return unit && UNIT_WORD.test(unit) ? unit : undefined;
    });
    if (units.filter(Boolean).length === 0) continue;
    // The rows under it: as many cells as the header has columns; the table ends at the first line that is not one.
    let j = i + 1;
    for (; j < lines.length; j++) {
      const row = tokens(lines[j]!.text, lines[j]!.start);
      if (row.length !== head.length) break;
      row.forEach((cell, k) => {
        const unit = units[k];
        if (k > 0 && unit && CELL.test(cell.text))
          cells.push({ start: cell.start, end: cell.start + cell.text.length, unit });
      });
    }
    i = j - 1;
  }
  return cells;
}
