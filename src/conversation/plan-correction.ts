import { commonLength } from "../domain/common-length.js";
import { findFigures } from "../domain/figure-scan.js";

/**
 * How a correction said in words changes an update's text (correction-request.ts finds the request
 * and the update; this finds the figure): the figure named, or the one of the unit said, or the one
 * whose words the correction repeats — never a guess between several (it asks). Pure.
 */

/** A correction: a mistake named, a new value said, or a change asked for. */
export const CORRECT =
  /写错|填错|搞错|弄错|打错|报错|错了|有误|有错|不对|不准|应该是|应该为|应是|应为|改成|改为|换成|改一下|改下|更正|修改|(?<!整)改(?![造革进善建制良装扩版])|少写|多写|漏写|漏了|实际是|实际上是|其实是|不是|是\s*\d/;
/** `from` (at `at` in the update's text) becomes `to`. */
export interface Change {
  from: string;
  to: string;
  at: number;
}

/** How a correction with a value changes the update's text. */
export type CorrectionPlan =
  | ({ kind: "substitute" } & Change)
  /** Several figures could be meant: one option each. */
  | { kind: "which"; value: string; options: Change[] }
  /** A value was said, but no figure of the update has its unit (or it already says so). */
  | { kind: "not-found"; value: string }
  /** No value said: the new text is asked for. */
  | { kind: "no-value" };

const CHANGE_TO = /改成|改为|换成|变成|应为|应该是|应是/;

/**
 * 「3家改成4家」「不是12个村，是10个村」「是12人次不是21人次」: the old figure named and the new one;
 * 「应该是650人」「下乡服务是15个村」: the one figure of the update with the same unit (by the words
 * before it when several share the unit). Never a guess between figures: several → which.
 */
export function planCorrection(old: string, said: string): CorrectionPlan {
  const figs = findFigures(said).filter((f) => f.figure.unit !== "");
  if (figs.length === 0)
    return literalChange(old, said) ?? bareNumberChange(old, said) ?? { kind: "no-value" };
  const inOld = findFigures(old);
  // The new figure written as the update writes that figure: 「八场」 for 6场 becomes 8场, and
  // 「1800人」 for 1500名 keeps 名.
  const raw = (f: (typeof figs)[number], g?: (typeof inOld)[number]) =>
    g ? restyle(said.slice(f.start, f.end), f.figure, g.figure) : said.slice(f.start, f.end);
  const change = (g: (typeof inOld)[number], to: string): Change => ({
    from: old.slice(g.start, g.end),
    to,
    at: g.start,
  });
  if (figs.length >= 2) {
    // The figure after 不是 is the old one; else the one before 改成 is.
    const neg = said.indexOf("不是");
    const turn = CHANGE_TO.exec(said);
    let from: (typeof figs)[number] | undefined;
    let to: (typeof figs)[number] | undefined;
    if (neg >= 0) {
      from = figs.find((f) => f.start > neg);
      to = figs.find((f) => f !== from);
    } else if (turn) {
      from = figs.filter((f) => f.end <= turn.index).at(-1);
      to = figs.find((f) => f.start >= turn.index + turn[0].length);
    }
    if (from && to) {
      const same = inOld.filter(
        (g) => g.figure.value === from.figure.value && sameUnit(g.figure.unit, from.figure.unit),
      );
      if (same.length === 1) return { kind: "substitute", ...change(same[0]!, raw(to, same[0])) };
      if (same.length > 1)
        return { kind: "which", value: raw(to), options: same.map((g) => change(g, raw(to, g))) };
      return { kind: "not-found", value: raw(to) };
    }
  }
  const value = figs.at(-1)!;
  const exact = inOld.filter((g) => g.figure.unit === value.figure.unit);
  // 「是1800人」 for 「1500名群众」: a count of people is one count, whichever word it uses.
  const candidates =
    exact.length > 0 ? exact : inOld.filter((g) => sameUnit(g.figure.unit, value.figure.unit));
  if (candidates.length === 0) return { kind: "not-found", value: raw(value) };
  const differing = candidates.filter((g) => g.figure.value !== value.figure.value);
  if (differing.length === 0) return { kind: "not-found", value: raw(value) };
  const chosen =
    differing.length === 1
      ? differing
      : byLabel(old, `${said.slice(0, value.start)} ${said.slice(value.end)}`, differing);
  if (chosen.length === 1) return { kind: "substitute", ...change(chosen[0]!, raw(value, chosen[0])) };
  return { kind: "which", value: raw(value), options: differing.map((g) => change(g, raw(value, g))) };
}

/** Units that count the same thing in different words. */
const UNIT_CLASSES: ReadonlyArray<ReadonlySet<string>> = [new Set(["人", "名", "位"])];

function sameUnit(a: string, b: string): boolean {
  return a === b || UNIT_CLASSES.some((c) => c.has(a) && c.has(b));
}

type Fig = ReturnType<typeof findFigures>[number]["figure"];

/**
 * A new figure as the user typed it (「十五家」「一万五千份」 stay so in the update: the stored text is
 * theirs, and the draft writes 15家 and 1.5万份 as 公文 does), in the old one's unit word when both
 * count the same (「1800人」 for 「1500名」 is 「1800名」).
 */
function restyle(typed: string, fig: Fig, old: Fig): string {
  const unit = fig.unit === old.unit || !sameUnit(fig.unit, old.unit) ? fig.unit : old.unit;
  if (unit === fig.unit || !typed.endsWith(fig.unit)) return typed;
  return `${typed.slice(0, typed.lastIndexOf(fig.unit))}${unit}`;
}

/** Among figures of one unit, those whose preceding words share the most (≥ 2 characters) with the label said. */
function byLabel<F extends { start: number; end: number }>(old: string, label: string, figs: F[]): F[] {
  const words = label.replace(CORRECT, " ").replace(/[^\u4e00-\u9fff]+/g, " ");
  // A figure's own words: its clause, from the previous figure or punctuation to the next one
  // (「走访企业6家，帮3家企业…」: 走访 belongs to 6家 only).
  const score = (f: F) => {
    const before =
      old
        .slice(Math.max(0, f.start - 12), f.start)
        .split(CLAUSE_EDGE)
        .at(-1) ?? "";
    const after = old.slice(f.end, f.end + 12).split(CLAUSE_EDGE)[0] ?? "";
    return commonLength(before, words) + commonLength(after, words);
  };
  const best = Math.max(...figs.map(score));
  return best >= 2 ? figs.filter((f) => score(f) === best) : figs;
}

/** Where a figure's own words end: punctuation, a line break or another number. */
const CLAUSE_EDGE = /[，,。；;：:、！!？?\n]|[0-9０-９]+(?:\.[0-9]+)?[^\u4e00-\u9fff]?/;

/**
 * 「人数不是200，是230」: numbers said without their unit — the old one found once in the update as a
 * number of its own (not inside a longer one), replaced by the new one.
 */
function bareNumberChange(old: string, said: string): CorrectionPlan | undefined {
  const m = /不是\s*(\d+(?:\.\d+)?)\s*[，,、\s]?\s*(?:而|应该|应)?是\s*(\d+(?:\.\d+)?)(?![\d.])/.exec(said);
  if (!m) return undefined;
  const [, from = "", to = ""] = m;
  const at = [...old.matchAll(/\d+(?:\.\d+)?/g)].filter((x) => x[0] === from);
  if (at.length !== 1 || from === to) return undefined;
  return { kind: "substitute", from, to, at: at[0]!.index };
}

/** 「把县实验小学改成县第二实验小学」: words of the update named and replaced (found once in it). */
function literalChange(old: string, said: string): CorrectionPlan | undefined {
  const m =
    /(?:^|[\s，,的把将])[「“"]?([^\s，,「」“”"]{2,20}?)[」”"]?\s*(?:改成|改为|换成)\s*[「“"]?([^\s，,「」“”"]{1,30}?)[」”"]?(?:吧|了|啊|呀|哈|谢谢)*[。.！!]?$/.exec(
      said,
    );
  if (!m) return undefined;
  const [, from = "", to = ""] = m;
  if (old.indexOf(from) < 0 || old.indexOf(from) !== old.lastIndexOf(from) || from === to) return undefined;
  return { kind: "substitute", from, to, at: old.indexOf(from) };
}

/**
 * The change widened to the left until its first occurrence in `old` is the one meant and no
 * digit runs into it (「3家」 inside 「13家」), so the edit preview's substitution changes that one.
 */
export function widen(old: string, c: Change): { from: string; to: string } {
  const end = c.at + c.from.length;
  let s = c.at;
  while (s > 0 && (old.indexOf(old.slice(s, end)) !== s || /[\d.]/.test(old[s - 1]!))) s--;
  return { from: old.slice(s, end), to: `${old.slice(s, c.at)}${c.to}` };
}
