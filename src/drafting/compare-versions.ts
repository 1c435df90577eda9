import { type ChangeObject, diffWords } from "diff";
import type { Draft, DraftPart } from "./draft-model.js";
import { partName } from "./resolve-part.js";

/**
 * 对比 v2 v3: for each part whose text changed, the changed lines with the insertions and
 * deletions marked inside them (［+新增］［-删除］), by words (Intl.Segmenter cuts Chinese into
 * words for jsdiff); unchanged stretches inside a line are shortened to their ends.
 */
const segmenter = new Intl.Segmenter("zh", { granularity: "word" });
/** Unchanged text longer than this inside a changed line keeps only its ends. */
const CONTEXT = 14;

export const DIFF_LEGEND = "（［+…］为新增，［-…］为删除）";

function partLines(p: DraftPart | undefined): string {
  if (!p) return "";
  return [
    p.heading,
    ...p.paragraphs,
    ...p.items.map((i, n) => `${n + 1}.${i.title ? `${i.title}。` : ""}${i.text}`),
  ]
    .filter(Boolean)
    .join("\n");
}

function shorten(s: string, first: boolean, last: boolean): string {
  const chars = [...s];
  if (chars.length <= CONTEXT * 2) return s;
  const head = first ? "" : chars.slice(0, CONTEXT).join("");
  const tail = last ? "" : chars.slice(-CONTEXT).join("");
  return `${head}…${tail}`;
}

/** The changed lines of a part, marks inside them. */
export function markedChanges(before: string, after: string): string[] {
  const changes: ChangeObject<string>[] = diffWords(before, after, { intlSegmenter: segmenter });
  // Rebuild line by line: each change may span line breaks.
  const lines: Array<{ text: string; changed: boolean }> = [{ text: "", changed: false }];
  const pieces: Array<{ s: string; kind: "same" | "add" | "del" }> = [];
  for (const c of changes) pieces.push({ s: c.value, kind: c.added ? "add" : c.removed ? "del" : "same" });
  for (const [i, piece] of pieces.entries()) {
    const segs = piece.s.split("\n");
    segs.forEach((seg, k) => {
      if (k > 0) lines.push({ text: "", changed: false });
      const line = lines[lines.length - 1] as { text: string; changed: boolean };
      if (seg === "") return;
      if (piece.kind === "same") {
        const first = line.text === "";
        const last = k < segs.length - 1 || i === pieces.length - 1;
        line.text += shorten(seg, first, last);
      } else {
        line.text += piece.kind === "add" ? `［+${seg}］` : `［-${seg}］`;
        line.changed = true;
      }
    });
  }
  return lines.filter((l) => l.changed).map((l) => l.text);
}

/** Part-by-part comparison of two versions of a draft. */
export function compareVersions(d: Draft, a: number, b: number): string {
  const va = d.versions.find((v) => v.version === a);
  const vb = d.versions.find((v) => v.version === b);
  if (!va || !vb)
    return `没有 v${!va ? a : b}。现有版本：${d.versions.map((v) => `v${v.version}`).join("、")}`;
  const keys = [...new Set([...va.parts.map((p) => p.key), ...vb.parts.map((p) => p.key)])];
  const out = [`对比 v${a}（${va.note}）→ v${b}（${vb.note}）${DIFF_LEGEND}`];
  let same = 0;
  for (const k of keys) {
    const pa = va.parts.find((p) => p.key === k);
    const pb = vb.parts.find((p) => p.key === k);
    const ta = partLines(pa);
    const tb = partLines(pb);
    if (ta === tb) {
      same += 1;
      continue;
    }
    const name = pb ? partName(vb, pb) : pa ? partName(va, pa) : k;
    const what = !pa ? "（新增部分）" : !pb ? "（已删除）" : "";
    out.push(`\n■ ${name}${what}`, ...markedChanges(ta, tb).map((l) => `  ${l}`));
  }
  out.push(same === keys.length ? "\n两个版本的文字完全相同。" : `\n其余 ${same} 个部分未改动。`);
  return out.join("\n");
}
