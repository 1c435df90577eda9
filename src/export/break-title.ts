/**
 * Where a long 2号 title breaks. GB/T 9704 wants the title's lines broken between words, never
 * inside one (「…2026 / 年工作计划」 is the classic fault). Candidate breaks, best first: after the
 * issuing unit (before the year), before 「和」 joining 总结 and 计划, before 「关于」, after 「的」.
 * Among the candidates that make every line fit, the one whose longest line is shortest wins.
 */
const width = (s: string) => [...s].reduce((w, c) => w + (/[\x20-\x7e]/u.test(c) ? 0.5 : 1), 0);

function candidates(title: string): number[] {
  const at: number[] = [];
  const push = (i: number) => {
    if (i > 0 && i < title.length && !at.includes(i)) at.push(i);
  };
  const year = /\d{4}年/u.exec(title);
  if (year) push(year.index);
  for (const m of title.matchAll(/和(?=[\d下上本明])|关于/gu)) push(m.index);
  for (const m of title.matchAll(/的/gu)) push(m.index + 1);
  return at;
}

/** A safe cut near `max` when no candidate fits: never inside a number or before 年/月/日. */
function forcedCut(line: string, max: number): number {
  let i = 0;
  let w = 0;
  for (const c of line) {
    if (w + width(c) > max) break;
    w += width(c);
    i += c.length;
  }
  while (i > 1 && (/\d/u.test(line[i - 1] ?? "") || /^[\d年月日%]/u.test(line.slice(i)))) i--;
  return i > 1 ? i : Math.max(1, i);
}

/** The title as lines of at most `max` full-width characters. */
export function titleLines(title: string, max: number): string[] {
  if (width(title) <= max) return [title];
  let best: { lines: string[]; longest: number } | undefined;
  for (const i of candidates(title)) {
    const lines = [title.slice(0, i), title.slice(i)];
    const longest = Math.max(...lines.map(width));
    if (width(lines[0] as string) > max) continue;
    const rest = longest > max ? titleLines(lines[1] as string, max) : [lines[1] as string];
    const all = [lines[0] as string, ...rest];
    const l = Math.max(...all.map(width));
    if (
      l <= max &&
      (!best || all.length < best.lines.length || (all.length === best.lines.length && l < best.longest))
    )
      best = { lines: all, longest: l };
  }
  if (best) return best.lines;
  const cut = forcedCut(title, max);
  return [title.slice(0, cut), ...titleLines(title.slice(cut), max)];
}
