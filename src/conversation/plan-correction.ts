import { commonLength } from "../domain/common-length.js";
import { findFigures } from "../domain/figure-scan.js";
import { bareNumberChange, oldNumberAbsent } from "./bare-number-change.js";
import { literalChange } from "./literal-correction.js";
import { estimateSettled } from "./estimate-edited.js";
import { whenChange } from "./when-correction.js";

/**
 * How a correction said in words changes an update's text (correction-request.ts finds the request
 * and the update; this finds the figure): the figure named, or the one of the unit said, or the one
 * whose words the correction repeats — never a guess between several (it asks). Pure.
 */

/** A correction: a mistake named, a new value said, or a change asked for. */
export const CORRECT =
  /(?:写|填|报|算|记|录|数|打)(?:少|多)了|算错|记错|数错|写错|填错|搞错|弄错|打错|报错|错了|是错的|有误|有错|不对|不准|应该是|应该为|应是|应为|改成|改为|换成|改一下|改下|更正|修改|(?<!整)改(?![造革进善建制良装扩版])|少写|多写|漏写|漏了|实际是|实际上是|实际\s*\d|其实是|不是|是\s*\d/;

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
  /**
   * A value was said, but no figure of the update has its unit (or it already says so); `what` is the
   * kind of figure the words named (人数、金额) when the update has none of that kind.
   */
  | { kind: "not-found"; value: string; what?: string }
  /** No value said: the new text is asked for. */
  | { kind: "no-value" };

/** 不是150、写成150了: the old figure said bare, its unit left to the new one's. */
export const OLD_UNITLESS =
  /(?:不是|(?:错|误)?(?:写|打|填|报|记|弄|录)成)\s*(\d+(?:\.\d+)?)(?=$|[\s了吧啊呀哈的，,。！!？?～~])/;
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
  // 「改成上周五去的」: the day said again (when-correction.ts); 「是六百五十人」 for 「大概六百人」: the estimate word goes too.
  const plan = whenChange(old, said) ?? estimateSettled(old, said, planOf(old, said));
  if (plan.kind !== "which") return plan;
  const preferred = plan.options.filter((o) => prefer.includes(o.at));
  return preferred.length === 1 ? { kind: "substitute", ...preferred[0]! } : plan;
}

function planOf(old: string, said: string): CorrectionPlan {
  const figs = findFigures(said).filter((f) => f.figure.unit !== "");
  if (figs.length === 0)
    return (
      bareNumberChange(old, said) ??
      // 「不是1200是1300」 on an update with no 1200: never another figure of it changed instead.
      oldNumberAbsent(old, said, unitlessValue) ??
      unitlessChange(old, said) ??
      literalChange(old, said) ??
      roughCountChange(old, said) ??
      // 「写错了 是1680万」 on an update with no figure that number can stand for: said so.
      (unitlessValue(said) ? { kind: "not-found", value: unitlessValue(said)!.typed } : { kind: "no-value" })
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
      const valued = inOld.filter((g) => g.figure.value === from.figure.value);
      const unitSame = valued.filter((g) => sameUnit(g.figure.unit, from.figure.unit));
      // 「是二十六个 不是二十个」 for 「来了二十个财务」 (read as 20人): the old figure as the update writes it, or counted near.
      const same =
        unitSame.length > 0
          ? unitSame
          : valued.filter(
              (g) =>
                old.slice(g.start, g.end) === said.slice(from.start, from.end) ||
                nearUnit(said, from, old, g),
            );
      if (same.length === 1) return { kind: "substitute", ...change(same[0]!, raw(to, same[0])) };
      if (same.length > 1)
        return { kind: "which", value: raw(to).text, options: same.map((g) => change(g, raw(to, g))) };
      return { kind: "not-found", value: raw(to).text };
    }
  }
  // 「人数是20个 还有两个后来来的」: the figure given as the value (是20个) is the new one, not a count
  // said after it to explain it.
  const given = figs.filter((f) => /是\s*$/.test(said.slice(0, f.start)));
  const value = given.length === 1 ? given[0]! : figs.at(-1)!;
  // 「讲座是180人 不是150」: the old figure named without its unit is that one — or, not in this
  // update, none (never another figure of the unit).
  const named = figs.length === 1 ? OLD_UNITLESS.exec(said) : null;
  if (named) {
    const same = inOld.filter((g) => g.figure.value === Number(named[1]));
    if (same.length === 1) return { kind: "substitute", ...change(same[0]!, raw(value, same[0])) };
    if (same.length === 0) return { kind: "not-found", value: raw(value).text };
  }
  const exact = inOld.filter((g) => g.figure.unit === value.figure.unit);
  // 「是1800人」 for 「1500名群众」: a count of people is one count, whichever word it uses.
  const alike = inOld.filter((g) => sameUnit(g.figure.unit, value.figure.unit));
  // Last, a figure counted in a near word: 「350人次」 for 「三百多人」, 「15个企业」 for 「企业12家」.
  const candidates =
    exact.length > 0 ? exact : alike.length > 0 ? alike : inOld.filter((g) => nearUnit(said, value, old, g));
  if (candidates.length === 0) {
    const what = kindNamed(said.slice(0, value.start));
    return { kind: "not-found", value: raw(value).text, ...(what ? { what } : {}) };
  }
  const differing = candidates.filter((g) => g.figure.value !== value.figure.value);
  if (differing.length === 0) return { kind: "not-found", value: raw(value).text };
  const labelled =
    differing.length === 1
      ? differing
      : byLabel(old, `${said.slice(0, value.start)} ${said.slice(value.end)}`, differing);
  const chosen = labelled.length > 1 ? closest(value.figure.value, labelled) : labelled;
  if (chosen.length === 1) {
    const g = chosen[0]!;
    // A count of the same thing in another measure word keeps the update's word (15个企业 → 15家).
    const to = countedAlike(value.figure.unit, g.figure.unit)
      ? {
          text: `${said.slice(value.start, value.end).slice(0, -value.figure.unit.length)}${g.figure.unit}`,
          unit: "",
        }
      : raw(value, g);
    return { kind: "substitute", ...change(g, to) };
  }
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

/** People counted once or as attendances: near enough for a correction that names no other figure. */
const PEOPLE = new Set(["人", "名", "位", "人次", "名次"]);
/** Measure words that count things: which one is used depends on the thing (企业 家/个, 学校 所/个). */
const COUNTERS = new Set([
  "个",
  "家",
  "所",
  "项",
  "户",
  "处",
  "座",
  "间",
  "件",
  "台",
  "套",
  "条",
  "支",
  "只",
]);

function countedAlike(a: string, b: string): boolean {
  return a !== b && COUNTERS.has(a) && COUNTERS.has(b);
}

/**
 * A figure of the update near the unit said: people in another word (人次 for 人), or things in
 * another measure word when the thing named after the new figure (15个企业) stands beside the old
 * one in the update (帮扶企业12家).
 */
function nearUnit(
  said: string,
  f: { start: number; end: number; figure: { unit: string } },
  old: string,
  g: { start: number; end: number; figure: { unit: string; counted?: string } },
): boolean {
  const a = f.figure.unit;
  const b = g.figure.unit;
  if (PEOPLE.has(a) && PEOPLE.has(b)) return true;
  // 「是九十来人」 for 「来了八十来口人」: people counted with 口 (口人), as many speak.
  if (PEOPLE.has(a) && peopleByKou(g.figure)) return true;
  // 「是27个」 for 「到了25个人」: people counted with 个, the 人 left unsaid.
  if (a === "个" && PEOPLE.has(b) && /个/.test(old.slice(g.start, g.end))) return true;
  // 「人数是45个」 for 「40人」: the count named is of people, 个 its measure word.
  // 「来的人是90个」: the people named just before.
  if (
    a === "个" &&
    PEOPLE.has(b) &&
    /人数|人员|人头|人(?:是|有|一共|总共|共)\s*$/.test(said.slice(Math.max(0, f.start - 8), f.start))
  )
    return true;
  if (!countedAlike(a, b)) return false;
  // Only the thing named after the measure word counts (「获批是6个」 for 获批5项 names none: not guessed).
  const thing = /^[\u4e00-\u9fff]{2}/.exec(said.slice(f.end))?.[0];
  if (!thing) return false;
  const around = `${old.slice(Math.max(0, g.start - 12), g.start)} ${old.slice(g.end, g.end + 12)}`;
  return around.includes(thing);
}

type Fig = ReturnType<typeof findFigures>[number]["figure"];

/** People counted with 口 (「八十来口人」「五口人」): the figure reads 口, the thing counted 人. */
function peopleByKou(f: { unit: string; counted?: string }): boolean {
  return f.unit === "口" && f.counted === "人";
}

/**
 * A new figure as the user typed it (「十五家」「一万五千份」 stay so in the update: the stored text is
 * theirs, and the draft writes 15家 and 1.5万份 as 公文 does), in the old one's unit word when both
 * count the same (「1800人」 for 「1500名」 is 「1800名」).
 */
function restyle(typed: string, fig: Fig, old: Fig): string {
  // 「45个」 for 「40人」 (people counted with 个): in the update's word, 「45人」.
  const people =
    (fig.unit === "个" && PEOPLE.has(old.unit) && !old.raw.includes("个")) ||
    // 「九十来人」 for 「八十来口人」: in the update's word, 「九十来口」 (its 人 stays in the text).
    (PEOPLE.has(fig.unit) && peopleByKou(old));
  const unit = !people && (fig.unit === old.unit || !sameUnit(fig.unit, old.unit)) ? fig.unit : old.unit;
  // 「90个人」「(来的人有)90个」 for 「80人」: the update's word, 「90人」 (the 个 was the speaker's).
  if (PEOPLE.has(old.unit) && PEOPLE.has(fig.unit) && !old.raw.includes("个")) {
    const said = typed.endsWith(`个${fig.unit}`) ? `个${fig.unit}` : typed.endsWith("个") ? "个" : "";
    if (said) return `${typed.slice(0, -said.length)}${old.unit}`;
  }
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
  // 「是2300」 for 「二千多人」: a number said exactly is exact — the old one's 多/余/来 is not carried over.
  const exact =
    /^[多余来几]/.test(tail) && !/[多余来几]/.test(typed) ? tail.replace(/^[多余来几]+/, "") : tail;
  return { text: `${typed}${exact}`, unit: exact };
}

/** A number said without a unit at the end of a correction: 改成2.5、应该是三百万、是1200吧. */
const UNITLESS =
  /(?:是|为|成|到|有)\s*(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?)([万亿]?)([多余来]?)(?:[了吧啊呀哈嘛哦呢]|[。.！!～~，,\s])*$/;

/**
 * A number closing a correction on its own after a pause (「打错了，1680万」「数字弄错了哈 1680」): the
 * same new value, said without 是.
 */
const TRAILING_NUMBER =
  /(?:^|[\s，,：:])()(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?)([万亿]?)([多余来]?)(?:[了吧啊呀哈嘛哦呢]|[。.！!～~，,\s])*$/;

/** After the value, the slip named (我看错行了、记岔了、手滑了): a reason, no value. */
const SLIP_AFTER =
  /[\s，,。]+(?:我|刚才|刚刚|之前)?(?:(?:看|记|写|打|算|弄|搞|输|填|报|数|抄)(?:错|岔|混|串|漏)了?(?:行|位|一位|数|地方)?|手滑|眼花|没看清)了?(?:[了吧啊呀哈嘛哦呢]|[。.！!～~，,\s])*$/;

/** The number said without its unit at the end of a correction, and where its words start. */
function unitlessValue(said: string): { typed: string; index: number } | undefined {
  // 「是三百五十万 我看错行了」: the slip named after the value closes nothing of its own.
  const told = said.replace(SLIP_AFTER, "");
  const m = UNITLESS.exec(told) ?? TRAILING_NUMBER.exec(told);
  if (!m) return undefined;
  return { typed: `${m[1]}${m[2]}${m[3]}`, index: m.index };
}

/** The correction ends with a number said without its unit (改成2.5、应该是三百万、打错了，1680万). */
export function endsWithUnitless(said: string): boolean {
  return unitlessValue(said) !== undefined;
}

/**
 * A number said with its scale but no unit (「1680万」) stands for a figure with that scale
 * (1860万元、三百万人次) or for money (18600000元); one said bare (「1680」) for any figure.
 */
function scaleFits(typed: string, oldRaw: string, oldUnit: string): boolean {
  const said = unitWords(typed).replace(/^[多余来]+/, "");
  if (said === "") return true;
  const had = unitWords(oldRaw).replace(/^[多余来]+/, "");
  return had.startsWith(said) || oldUnit === "元";
}

/** The new figure (as written in full) is within ten times the old value either way. */
function sameSize(newRaw: string, oldValue: number): boolean {
  const v = findFigures(newRaw)[0]?.figure.value;
  if (v === undefined || oldValue === 0) return false;
  const r = v / oldValue;
  return r >= 0.1 && r <= 10;
}

/** The kind of figure a correction names in so many words (人数、金额、比例), when it names one. */
const KIND_NAMED =
  /人数|人次|金额|资金|经费|投入|成交额|收入|投资|补助|比例|占比|增幅|户数|家数|场次|次数|个数|件数|份数/;
function kindNamed(label: string): string | undefined {
  return KIND_NAMED.exec(label)?.[0];
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
  const m = unitlessValue(said);
  if (!m) return undefined;
  const { typed } = m;
  const label = said.slice(0, m.index);
  // Only figures the number can stand for: 「1680万」 is no count of 家 and no percentage.
  const inOld = findFigures(old).filter((g) => scaleFits(typed, old.slice(g.start, g.end), g.figure.unit));
  const hinted = UNIT_HINTS.filter(([words]) => words.test(label)).map(([, unit]) => unit);
  const byUnit = inOld.filter((g) => hinted.some((u) => u.test(g.figure.unit)));
  // 「人数写错了 应该是1300」 on 「走访3家企业」: the update has no count of people — never another figure.
  // (A count of people may be in 个: 来了30个学生 — that one may still be meant.)
  const what = kindNamed(label);
  const mayBe = inOld.filter((g) => hinted.some((u) => u.test(g.figure.unit)) || g.figure.unit === "个");
  if (hinted.length > 0 && mayBe.length === 0 && what) return { kind: "not-found", value: typed, what };
  const changed = (byUnit.length > 0 ? byUnit : inOld).filter(
    (g) => old.slice(g.start, g.end) !== inheritUnit(typed, old.slice(g.start, g.end)).text,
  );
  // Of several, those of the new number's size (a slip of a digit, not a figure ten times off).
  const near = changed.filter((g) =>
    sameSize(inheritUnit(typed, old.slice(g.start, g.end)).text, g.figure.value),
  );
  const candidates = near.length > 0 ? near : changed;
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

/**
 * Among figures of one unit, the one the new value is a slip of: within 30% of it, when every other
 * is three times off or more (「46家」 for 45家 beside 8家). Otherwise all of them (asked).
 */
function closest<F extends { figure: { value: number } }>(value: number, figs: F[]): F[] {
  const off = (f: F) =>
    f.figure.value > 0 && value > 0 ? Math.abs(Math.log(value / f.figure.value)) : Infinity;
  const sorted = [...figs].sort((a, b) => off(a) - off(b));
  const [best, next] = sorted;
  if (best && next && off(best) <= Math.log(1.3) && off(next) >= Math.log(3)) return [best];
  return figs;
}

/** Among figures of one unit, those whose preceding words share the most (≥ 2 characters) with the label said. */
function byLabel<F extends { start: number; end: number }>(old: string, label: string, figs: F[]): F[] {
  const words = label.replace(CORRECT, " ").replace(/[^\u4e00-\u9fff]+/g, " ");
  // A figure's own words: its clause, from the previous figure or punctuation to the next one (「走访企业6家，帮3家企业…」:
  // 走访 is 6家's only), and a space ends them either side (「排查隐患五处 整改四处」: 整改 is 四处's; 「培训 120人」: 培训).
  const score = (f: F) => {
    const start = Math.max(0, f.start - 12);
    const before = (old.slice(start, f.start).split(CLAUSE_EDGE).at(-1) ?? "").trimEnd();
    const after = old.slice(f.end, f.end + 12).split(AFTER_EDGE)[0] ?? "";
    return commonLength(before.split(/\s/).at(-1) ?? "", words) + commonLength(after, words);
  };
  const best = Math.max(...figs.map(score));
  return best >= 2 ? figs.filter((f) => score(f) === best) : figs;
}

/** Where a figure's own words end: punctuation, a line break or another number. */
const CLAUSE_EDGE = /[，,。；;：:、！!？?\n]|[0-9０-９]+(?:\.[0-9]+)?[^\u4e00-\u9fff]?/;
const AFTER_EDGE = new RegExp(`${CLAUSE_EDGE.source}|\\s`);

/** 三十好几、二十来、四十多: a count said only roughly, which the figure scan does not read. */
const ROUGH_COUNT = /[一二两三四五六七八九十百千]+(?:好几|来|多|几)(?=个|户|人|家|名|位|场|次|所|村|份)/g;

/** 「是四十好几个」 for 「来了三十好几个人」: the one rough count of the update, said anew. */
function roughCountChange(old: string, said: string): CorrectionPlan | undefined {
  const to = [...said.matchAll(ROUGH_COUNT)];
  const from = [...old.matchAll(ROUGH_COUNT)];
  if (to.length !== 1 || from.length !== 1 || to[0]![0] === from[0]![0]) return undefined;
  return { kind: "substitute", from: from[0]![0], to: to[0]![0], at: from[0]!.index };
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
