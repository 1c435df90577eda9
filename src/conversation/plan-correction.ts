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

/** Before the old figure: 不是, or the slip named (写成、打成、填成: 「培训是120人 我打成102了」). */
const WRITTEN_AS = /不是|(?:错|误)?(?:写|打|填|报|记|弄|录)成/;
/** `from` (at `at` in the update's text) becomes `to`. */
export interface Change {
  from: string;
  to: string;
  at: number;
  /** The unit words the new figure took from the old one, said without them (元 of 一千三百万元). */
  unit?: string;
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
export function planCorrection(
  old: string,
  said: string,
  /** Positions in `old` of figures an open edit just changed: the one meant when it is among several. */
  prefer: readonly number[] = [],
): CorrectionPlan {
  const plan = planOf(old, said);
  if (plan.kind !== "which") return plan;
  const preferred = plan.options.filter((o) => prefer.includes(o.at));
  return preferred.length === 1 ? { kind: "substitute", ...preferred[0]! } : plan;
}

function planOf(old: string, said: string): CorrectionPlan {
  const figs = findFigures(said).filter((f) => f.figure.unit !== "");
  if (figs.length === 0)
    return (
      bareNumberChange(old, said) ??
      unitlessChange(old, said) ??
      literalChange(old, said) ?? { kind: "no-value" }
    );
  const inOld = findFigures(old);
  // The new figure written as the update writes that figure: 「八场」 for 6场 becomes 8场, and
  // 「1800人」 for 1500名 keeps 名; the unit left unsaid is the old one's (一千三百万 → 一千三百万元).
  const raw = (f: (typeof figs)[number], g?: (typeof inOld)[number]) =>
    g
      ? inheritUnit(restyle(said.slice(f.start, f.end), f.figure, g.figure), old.slice(g.start, g.end))
      : { text: said.slice(f.start, f.end), unit: "" };
  const change = (g: (typeof inOld)[number], to: { text: string; unit: string }): Change => ({
    from: old.slice(g.start, g.end),
    to: to.text,
    at: g.start,
    ...(to.unit ? { unit: to.unit } : {}),
  });
  if (figs.length >= 2) {
    // The figure after 不是 (or 写成、打成: 「企业是五家 我写成四家了」) is the old one; else the one
    // before 改成 is.
    const neg = said.search(WRITTEN_AS);
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
        return { kind: "which", value: raw(to).text, options: same.map((g) => change(g, raw(to, g))) };
      return { kind: "not-found", value: raw(to).text };
    }
  }
  const value = figs.at(-1)!;
  const exact = inOld.filter((g) => g.figure.unit === value.figure.unit);
  // 「是1800人」 for 「1500名群众」: a count of people is one count, whichever word it uses.
  const candidates =
    exact.length > 0 ? exact : inOld.filter((g) => sameUnit(g.figure.unit, value.figure.unit));
  if (candidates.length === 0) return { kind: "not-found", value: raw(value).text };
  const differing = candidates.filter((g) => g.figure.value !== value.figure.value);
  if (differing.length === 0) return { kind: "not-found", value: raw(value).text };
  const chosen =
    differing.length === 1
      ? differing
      : byLabel(old, `${said.slice(0, value.start)} ${said.slice(value.end)}`, differing);
  if (chosen.length === 1) return { kind: "substitute", ...change(chosen[0]!, raw(value, chosen[0])) };
  return {
    kind: "which",
    value: raw(value).text,
    options: differing.map((g) => change(g, raw(value, g))),
  };
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

/** What follows a figure's number: 万元 of 一千二百五十万元, 多人 of 六十多人, % of 12%, 亿元 of 2.3亿元. */
function unitWords(raw: string): string {
  return /[^0-9.零〇一二两三四五六七八九十百千]*$/.exec(raw)?.[0] ?? "";
}

/**
 * The new figure with the unit words it left unsaid taken from the old one: 「一千三百万」 for
 * 「一千二百五十万元」 is 「一千三百万元」, 「2.5」 for 「2.3亿元」 is 「2.5亿元」, 「15」 for 「12%」 is
 * 「15%」, 「七十多」 for 「六十多人」 is 「七十多人」. A unit said (「1.3亿元」) stays as said.
 */
export function inheritUnit(typed: string, oldRaw: string): { text: string; unit: string } {
  const said = unitWords(typed);
  const had = unitWords(oldRaw);
  const tail = (() => {
    if (had.startsWith(said)) return had.slice(said.length);
    // 「七十多」 for 「六十人」: an approximation said, the unit left unsaid.
    const approx = /^[多余来几]+/;
    const bare = had.replace(approx, "");
    const saidBare = said.replace(approx, "");
    return bare.startsWith(saidBare) ? bare.slice(saidBare.length) : "";
  })();
  return { text: `${typed}${tail}`, unit: tail };
}

/** A number said without a unit at the end of a correction: 改成2.5、应该是三百万、是1200吧. */
const UNITLESS =
  /(?:是|为|成|到|有)\s*(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?)([万亿]?)([多余来]?)(?:[了吧啊呀哈嘛哦呢]|[。.！!～~，,\s])*$/;

/** The correction ends with a number said without its unit (改成2.5、应该是三百万). */
export function endsWithUnitless(said: string): boolean {
  return UNITLESS.test(said);
}

/** Words of a correction that say which kind of figure it means, by unit. */
const UNIT_HINTS: ReadonlyArray<[RegExp, RegExp]> = [
  [/人数|人次|听众|观众|学生|群众|人员|参训|参会|参加|来了/, /人|名|位/],
  [/金额|资金|投入|成交|经费|收入|投资|补助|奖补|钱|款/, /元/],
  [/增长|增幅|下降|降幅|比例|占比|比重|率|百分/, /%|百分点/],
];

/**
 * 「研发投入改成2.5」「人数应该是1200」「资金应该是三百万」: a new number with no unit of its own, for
 * the figure its words name (by the kind of figure the words mean, then by the update's words
 * before it) — with that figure's unit. Several left: which.
 */
function unitlessChange(old: string, said: string): CorrectionPlan | undefined {
  const m = UNITLESS.exec(said);
  if (!m) return undefined;
  const typed = `${m[1]}${m[2]}${m[3]}`;
  const label = said.slice(0, m.index);
  const inOld = findFigures(old);
  const hinted = UNIT_HINTS.filter(([words]) => words.test(label)).map(([, unit]) => unit);
  const byUnit = inOld.filter((g) => hinted.some((u) => u.test(g.figure.unit)));
  const candidates = (byUnit.length > 0 ? byUnit : inOld).filter(
    (g) => old.slice(g.start, g.end) !== inheritUnit(typed, old.slice(g.start, g.end)).text,
  );
  if (candidates.length === 0) return undefined;
  const change = (g: (typeof inOld)[number]): Change => {
    const to = inheritUnit(typed, old.slice(g.start, g.end));
    return {
      from: old.slice(g.start, g.end),
      to: to.text,
      at: g.start,
      ...(to.unit ? { unit: to.unit } : {}),
    };
  };
  const chosen = candidates.length === 1 ? candidates : byLabel(old, label, candidates);
  if (chosen.length === 1) return { kind: "substitute", ...change(chosen[0]!) };
  return { kind: "which", value: typed, options: candidates.map(change) };
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
