import { commonLength } from "../domain/common-length.js";
import { canonicalFigure, extractFigures, figureKey, findFigures } from "../domain/figures.js";
import type { Figure, Update } from "../domain/update.js";
import type { DocumentCheck, Finding } from "./check-before-approval.js";
import { piecesOf } from "./check-gongwen.js";
import { type Draft, type DraftPart, latestVersion } from "./draft-model.js";
import type { DraftingService } from "./draft-service.js";
import { plainNumerals } from "./polish-prose.js";
import { writtenAmounts } from "./written-amounts.js";

/**
 * A figure of the draft whose number staff reported with another unit for the same thing (trial 6:
 * the report said 「展板30块」, the draft 「展板30元」): the 定稿 check names it with the figure as
 * reported, whoever wrote the draft. Only the same value counting the same thing (a shared stretch of
 * the words before it) is compared, so 30人 and 30家 of two different works are not confused.
 */
export function unitMismatches(parts: readonly DraftPart[], updates: readonly Update[]): string[] {
  return mismatchesIn(parts, reportedFigures(updates));
}

/** The reports' figures once for all the parts checked: each by its canonical value, in the reports' order. */
interface Reported {
  keys: Set<string>;
  byValue: Map<number, Figure[]>;
}

/**
 * A report text's figures and those of its written form (written-amounts.ts), by the text itself: an edited report
 * is another text, so nothing read here goes stale. The review card reads the period's reports after every command
 * (card42: 2,000 reports took 12 s a card, the same texts read again for each part); bounded, emptied when full.
 */
const TEXT_FIGURES = new Map<string, { said: Figure[]; written: Figure[] }>();
const TEXT_FIGURES_MAX = 20_000;

function figuresOfText(text: string): { said: Figure[]; written: Figure[] } {
  let got = TEXT_FIGURES.get(text);
  if (!got) {
    if (TEXT_FIGURES.size >= TEXT_FIGURES_MAX) TEXT_FIGURES.clear();
    got = { said: extractFigures(text), written: extractFigures(writtenAmounts(text)) };
    TEXT_FIGURES.set(text, got);
  }
  return got;
}

function reportedFigures(updates: readonly Update[]): Reported {
  const keys = new Set<string>();
  const byValue = new Map<number, Figure[]>();
  for (const u of updates) {
    const text = figuresOfText(u.normalizedText);
    for (const k of [...u.figures, ...u.items.flatMap((i) => i.figures), ...text.said]) {
      keys.add(figureKey(k));
      if (k.unit === "") continue;
      const value = canonicalFigure(k).value;
      const list = byValue.get(value);
      if (list) list.push(k);
      else byValue.set(value, [k]);
    }
    // A unit the drafter's own rewrite gives a reported count is the same count: 立项2个 → 立项2项 and 15个农户 → 农户15户
    // (written-amounts.ts, which writes households through household-count.ts).
    for (const k of text.written) keys.add(figureKey(k));
  }
  // 趟、回 and 次 count the same times: the drafter writes 两回 as 2次 (colloquial-work.ts) — never a unit to check
  // (round forty-six lead: 「讲了两回无人机飞防」 drafted 「讲解2次」 was listed 待核实 as a unit written differently).
  for (const k of [...keys]) keys.add(k.replace(/\|(?:趟|回)$/u, "|次"));
  return { keys, byValue };
}

function mismatchesIn(parts: readonly DraftPart[], reported: Reported): string[] {
  const out: string[] = [];
  for (const p of piecesOf(parts)) {
    const text = plainNumerals(p.text);
    for (const f of findFigures(text)) {
      if (!f.figure.unit || reported.keys.has(figureKey(f.figure))) continue;
      const said = reported.byValue
        .get(canonicalFigure(f.figure).value)
        ?.find((k) => commonLength(k.context.replace(/\s/gu, ""), f.figure.context.replace(/\s/gu, "")) >= 2);
      if (!said) continue;
      const line = `${p.place}「${text.slice(f.start, f.end)}」，填报原文是「${said.raw}」，单位不一致，请核对`;
      if (!out.includes(line)) out.push(line);
    }
  }
  return out;
}

/** unitMismatches as a 定稿 check over the draft's own material. */
export function unitCheck(updates: readonly Update[]): DocumentCheck {
  return (v): Finding[] => unitMismatches(v.parts, updates).map((text) => ({ kind: "待核实", text }));
}

/**
 * unitMismatches of each part, placed as in the whole draft (the other parts emptied, so sections keep their numbers):
 * what the review card counts and 待核实 lists — the same lines 定稿 finds (leader41b: the card said 「待核实 0 处」 while
 * 定稿 and 数字核一下 named a unit written differently from the report).
 */
export function unitMismatchesByPart(
  parts: readonly DraftPart[],
  updates: readonly Update[],
): Map<DraftPart, string[]> {
  const out = new Map<DraftPart, string[]>();
  const reported = reportedFigures(updates);
  parts.forEach((p, i) => {
    const only = parts.map((q, j) =>
      j === i ? q : { ...q, heading: "", paragraphs: [], items: [], closing: undefined },
    );
    const lines = mismatchesIn(only, reported);
    if (lines.length > 0) out.set(p, lines);
  });
  return out;
}

/** The unit mismatches of a draft's latest version against its period's material; none when the material is not to be had. */
export async function unitNotes(
  service: Pick<DraftingService, "material">,
  d: Draft,
): Promise<Map<DraftPart, string[]> | undefined> {
  const material = await service.material(d.period).catch(() => undefined);
  return material ? unitMismatchesByPart(latestVersion(d).parts, material.all) : undefined;
}
