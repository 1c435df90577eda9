/** Small helpers shared by the benchmarks: timing, percentiles, formatting, the result table. */

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export interface Summary {
  n: number;
  p50: number;
  p99: number;
  mean: number;
  min: number;
  max: number;
}

export function summarize(samples: readonly number[]): Summary {
  const s = [...samples].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / Math.max(1, s.length);
  return {
    n: s.length,
    p50: percentile(s, 50),
    p99: percentile(s, 99),
    mean,
    min: s[0] ?? Number.NaN,
    max: s[s.length - 1] ?? Number.NaN,
  };
}

export function ms(v: number): string {
  if (!Number.isFinite(v)) return "—";
  if (v >= 100) return `${v.toFixed(0)} ms`;
  if (v >= 10) return `${v.toFixed(1)} ms`;
  return `${v.toFixed(2)} ms`;
}

export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function ratio(a: number, b: number): string {
  if (!Number.isFinite(a) || !Number.isFinite(b) || b === 0) return "—";
  return `×${(a / b).toFixed(a / b >= 10 ? 0 : 1)}`;
}

/** One line of the printed table: a figure beside the baseline measured in the same run. */
export interface Row {
  bench: string;
  figure: string;
  value: string;
  baseline: string;
  ratio: string;
  note?: string;
}

export function printTable(rows: readonly Row[]): string {
  const head: Row = {
    bench: "bench",
    figure: "figure",
    value: "value",
    baseline: "baseline",
    ratio: "ratio",
    note: "note",
  };
  const all = [head, ...rows];
  const cols: Array<keyof Row> = ["bench", "figure", "value", "baseline", "ratio", "note"];
  const width = (k: keyof Row) => Math.max(...all.map((r) => displayWidth(r[k] ?? "")));
  const widths = cols.map(width);
  const line = (r: Row) =>
    cols
      .map((k, i) => pad(r[k] ?? "", k === "note" ? 0 : widths[i]!))
      .join("  ")
      .trimEnd();
  const sep = widths.map((w, i) => "-".repeat(cols[i] === "note" ? Math.min(w, 40) : w)).join("  ");
  return [line(head), sep, ...rows.map(line)].join("\n");
}

/** Terminal columns of a string: CJK and fullwidth characters take two. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch,
      )
        ? 2
        : 1;
  return w;
}

function pad(s: string, w: number): string {
  return s + " ".repeat(Math.max(0, w - displayWidth(s)));
}

/** Runs `fn` `count` times, one after another, returning each duration in ms. */
export async function timeEach(count: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const t = performance.now();
    await fn(i);
    out.push(performance.now() - t);
  }
  return out;
}

/** A row of a time figure beside its same-run baseline (both in ms), with their ratio. */
export function msRow(
  bench: string,
  figure: string,
  value: number,
  base: number,
  baseLabel: string,
  note?: string,
): Row {
  return {
    bench,
    figure,
    value: ms(value),
    baseline: `${ms(base)} ${baseLabel}`,
    ratio: ratio(value, base),
    note,
  };
}
