import { DumpDigest, type GroupDigest, groupLabel, sortGroups } from "../store/dump-format.js";
import type { Store } from "../store/types.js";

/** Counts and checksums of everything `store` holds (keys live at `now`). */
export async function digestStore(store: Store, now: Date): Promise<Map<string, GroupDigest>> {
  const digest = new DumpDigest();
  for await (const r of store.exportAll({ now })) digest.addRecord(r);
  return digest.finish();
}

export interface CompareRow {
  group: string;
  label: string;
  expected: GroupDigest | undefined;
  actual: GroupDigest | undefined;
  same: boolean;
}

/** One row per group found on either side, in export order. */
export function compareDigests(
  expected: Map<string, GroupDigest>,
  actual: Map<string, GroupDigest>,
): CompareRow[] {
  return sortGroups([...expected.keys(), ...actual.keys()]).map((group) => {
    const e = expected.get(group);
    const a = actual.get(group);
    return {
      group,
      label: groupLabel(group),
      expected: e,
      actual: a,
      same: e?.checksum === a?.checksum && e?.count === a?.count,
    };
  });
}

/** Columns of a terminal table; CJK characters count two columns wide. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.codePointAt(0)! >= 0x2e80 ? 2 : 1;
  return w;
}

export function formatTable(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ""))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c + " ".repeat(widths[i]! - width(c))))
      .join("  ")
      .trimEnd();
  return [line(head), ...rows.map(line)].join("\n");
}

const short = (d: GroupDigest | undefined) => (d ? d.checksum.slice(0, 12) : "—");

/** The table printed after an import or copy: per group, both counts, both checksums, the verdict. */
export function formatComparison(rows: CompareRow[], sourceName: string, targetName: string): string {
  if (rows.length === 0) return "（两边都没有任何记录）";
  return formatTable(
    ["类别", `${sourceName}条数`, `${targetName}条数`, `${sourceName}校验和`, `${targetName}校验和`, "结果"],
    rows.map((r) => [
      r.label,
      String(r.expected?.count ?? 0),
      String(r.actual?.count ?? 0),
      short(r.expected),
      short(r.actual),
      r.same ? "一致" : "不一致",
    ]),
  );
}

/** The table printed after an export: per group, its count and checksum. */
export function formatDigest(digest: Map<string, GroupDigest>): string {
  if (digest.size === 0) return "（没有任何记录）";
  return formatTable(
    ["类别", "条数", "校验和（sha256 前 12 位）"],
    [...digest].map(([g, d]) => [groupLabel(g), String(d.count), short(d)]),
  );
}
