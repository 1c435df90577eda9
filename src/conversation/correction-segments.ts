import { findFigures } from "../domain/figure-scan.js";
import { figuresChanged } from "./edit-update.js";
import { type Change, endsWithUnitless } from "./plan-correction.js";

/**
 * A correction said in several pieces (「明白纸是80份 不是60，讲座是180人」) cut into its changes, and
 * the changes an open edit already made (to undo one: 「还是6项」). Pure.
 */

/** The text with each change made (changes at distinct places of it). */
export function applyChanges(text: string, changes: readonly Change[]): string {
  let out = text;
  for (const c of [...changes].sort((a, b) => b.at - a.at))
    out = `${out.slice(0, c.at)}${c.to}${out.slice(c.at + c.from.length)}`;
  return out;
}

/**
 * The correction cut into its changes: each piece ends with a clause that says a number, and the
 * clauses before it (是资金写错了) say which figure it is for.
 */
export function segmentsOf(said: string): string[] {
  const out: string[] = [];
  let words: string[] = [];
  for (const clause of said.split(/[，,。；;！!\s]+/).filter((c) => c !== "")) {
    // 「明白纸是80份 不是60」: the old value said after the new one belongs to it, no change of its own.
    const oldOnly = OLD_VALUE_ONLY.test(clause) || oldFigureOnly(clause);
    if (words.length === 0 && out.length > 0 && oldOnly) {
      out[out.length - 1] = `${out.at(-1)} ${clause}`;
      continue;
    }
    words.push(clause);
    // 「不是20来家 是23家」: the old value said first, unit and all, waits for the new one after it.
    if (oldOnly) continue;
    if (findFigures(clause).some((f) => f.figure.unit !== "") || endsWithUnitless(clause)) {
      out.push(words.join(" "));
      words = [];
    }
  }
  if (words.length > 0 && out.length > 0) out[out.length - 1] = `${out.at(-1)} ${words.join(" ")}`;
  return out.length > 0 ? out : [said];
}

/** 不是60、写成60了、打成六十了: only the old value named, with no unit of its own. */
const OLD_VALUE_ONLY =
  /^(?:而)?(?:不是|(?:错|误)?(?:写|打|填|报|记|弄|录)成)\s*[\d一二两三四五六七八九十百千万.]+(?:了|吧|啊|呀|哈|的)*$/;

/** 不是20来家、写成12家了: only the old value named, with its unit, and nothing else in the clause. */
function oldFigureOnly(clause: string): boolean {
  const lead = OLD_VALUE_LEAD.exec(clause);
  if (!lead) return false;
  const rest = clause.slice(lead[0].length);
  const figs = findFigures(rest).filter((f) => f.figure.unit !== "");
  return (
    figs.length === 1 && figs[0]!.start === 0 && /^(?:了|吧|啊|呀|哈|的)*$/u.test(rest.slice(figs[0]!.end))
  );
}
const OLD_VALUE_LEAD = /^(?:而)?(?:不是|(?:错|误)?(?:写|打|填|报|记|弄|录)成)\s*/u;

/** A figure the open edit changed: where it is in the edited text, and what it was. */
interface OpenChange {
  at: number;
  now: string;
  was: string;
}

/** The figures an open edit changed (when it changed figures only). */
export function openChanges(original: string, edited: string): OpenChange[] {
  const a = findFigures(original);
  const b = findFigures(edited);
  if (a.length !== b.length || !figuresChanged(original, edited)) return [];
  return b
    .map((g, i) => ({
      at: g.start,
      now: edited.slice(g.start, g.end),
      was: original.slice(a[i]!.start, a[i]!.end),
    }))
    .filter((c) => c.now !== c.was);
}

/** 「还是6项」 with the open edit's 6项 → 7项: that change undone. */
export function revertOf(segment: string, opened: readonly OpenChange[]): Change | undefined {
  const said = findFigures(segment).filter((f) => f.figure.unit !== "");
  if (said.length !== 1) return undefined;
  const f = said[0]!.figure;
  const back = opened.filter((c) => {
    const was = findFigures(c.was)[0]?.figure;
    return was !== undefined && was.value === f.value && was.unit === f.unit;
  });
  if (back.length !== 1) return undefined;
  return { from: back[0]!.now, to: back[0]!.was, at: back[0]!.at };
}
