import { findFigures } from "../domain/figure-scan.js";
import { toSimplified } from "../domain/normalize.js";

/**
 * 「修改 1 来了150个农户」「修改 1 两场培训，150个农户」 for 「…搞了两场种植技术培训，来了大概一百二三十个农户」:
 * a short text that says nothing new — every word of it is already in the update — with figures that each name
 * exactly one figure of the update (the same unit, and the same words right after it when it has any). The
 * person is restating the update with a figure corrected, not adding a second, contradicting figure: the
 * figures that differ change in place. Undefined when the text carries a word the update lacks (「又走访了3家」
 * adds work), when a figure names none or several of the update's, or when nothing differs.
 */
export function restatedFigures(
  base: string,
  typed: string,
): { text: string; changes: Array<{ from: string; to: string }> } | undefined {
  if ([...typed].length > MAX_RESTATED) return undefined;
  const said = findFigures(typed);
  if (said.length === 0 || said.length > 4) return undefined;
  // 學員 in the update, 学员 typed: compared in simplified characters (positions kept when the lengths match).
  const simple = toSimplified(base);
  const plain = simple.length === base.length ? simple : base;
  const words = toSimplified(figuresAs(typed, said)).replace(FILLER, "");
  const han = [...words].filter((c) => /\p{Script=Han}/u.test(c));
  if (han.length < 2 || han.some((c) => !plain.includes(c))) return undefined;
  const had = findFigures(base);
  const used = new Set<number>();
  const moved: Array<{ old: (typeof had)[number]; now: (typeof said)[number] }> = [];
  for (const f of said) {
    const noun = toSimplified(nounAfter(typed, f.end) || nounBefore(typed, f.start));
    const near = (g: (typeof had)[number]) =>
      plain
        .slice(Math.max(0, g.start - noun.length - NOUN_GAP), g.end + noun.length + NOUN_GAP)
        .includes(noun);
    // 「150个农户」 for 「一百二三十个农户」 (people counted in 个, read as 人 there): the same count by its noun.
    const sameUnit = (g: (typeof had)[number]) =>
      g.figure.unit === f.figure.unit ||
      (noun !== "" && PEOPLE.has(f.figure.unit) && PEOPLE.has(g.figure.unit));
    const hits = had.filter((g, i) => !used.has(i) && sameUnit(g) && (noun === "" || near(g)));
    if (hits.length !== 1) return undefined;
    const g = hits[0]!;
    used.add(had.indexOf(g));
    if (g.figure.value !== f.figure.value) moved.push({ old: g, now: f });
  }
  if (moved.length === 0) return undefined;
  let text = base;
  for (const p of [...moved].sort((a, b) => b.old.start - a.old.start)) {
    const now = typed.slice(p.now.start, p.now.end);
    // 「来了大概一百二三十个」 corrected to an exact 150个: the 大概 of the guess goes with it, unless the new one is a guess too.
    const exact = !APPROX.test(now) && !/(?:大概|大约|约|差不多)$/u.test(typed.slice(0, p.now.start));
    const before = text.slice(0, p.old.start);
    text = `${exact ? before.replace(/(?:大概|大约|约莫|差不多)$/u, "") : before}${now}${text.slice(p.old.end)}`;
  }
  const changes = moved
    .sort((a, b) => a.old.start - b.old.start)
    .map((p) => ({ from: base.slice(p.old.start, p.old.end), to: typed.slice(p.now.start, p.now.end) }));
  return { text, changes };
}

/** How far after the update's figure its noun may stand (两场培训 for 两场种植技术培训). */
const NOUN_GAP = 6;

/** Units a count of people is read in, said with 个 or not. */
const PEOPLE: ReadonlySet<string> = new Set(["个", "人"]);

/** A figure said as a guess: 七十多、三百来、十几、左右, a spoken range (一百四五十). */
const APPROX = /[多余来几]|左右|上下|[一二三四五六七八][二三四五六七八九]/u;

/** Longest text read as a restatement; longer is new content (replace or append, as before). */
const MAX_RESTATED = 30;

/** Words that say how sure or how many, not what was done: 大概、一共、应该是, and particles. */
const FILLER =
  /大概|大约|差不多|左右|一共|总共|共计|其实|实际上?|应该是|应该|应为|是|有|约|共|了|的|吧|哈|啊|呀|呢|嘛|哦|噢|喔|咯|啦|就|都/gu;

/** The text with each figure put as `mark` (taken out when it is empty); figures in order, as `findFigures` gives them. */
export function figuresAs(text: string, figs: ReturnType<typeof findFigures>, mark = ""): string {
  let out = "";
  let at = 0;
  for (const f of figs) {
    out += `${text.slice(at, f.start)}${mark}`;
    at = f.end;
  }
  return out + text.slice(at);
}

/** The two Han characters right before a figure when none follow it: 农户 in 「农户150个」, 难题 in 「收集难题11条」. */
function nounBefore(text: string, start: number): string {
  const m = /[\p{Script=Han}]{1,2}$/u.exec(text.slice(0, start).replace(FILLER, ""));
  return m ? m[0] : "";
}

/** The first two Han characters right after a figure, before any break: 农户 in 「150个农户，」. */
function nounAfter(text: string, end: number): string {
  const m = /^[\p{Script=Han}]{1,4}/u.exec(text.slice(end));
  if (!m) return "";
  return [...m[0].replace(/[了的吧哈啊呀呢嘛哦]+$/u, "")].slice(0, 2).join("");
}
