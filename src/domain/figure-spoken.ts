import { parseChineseNumber } from "./chinese-number.js";
import { type Candidate, makeCandidate } from "./figure-candidate.js";
import { EXTRA_MEASURE } from "./figure-units.js";
import { toSimplified } from "./normalize.js";

/**
 * Figures said the spoken way that the digit scan cannot read on its own (figure-scan.ts):
 * prices in 块 and 毛 run together (一块二 = 1.2元, 八毛五 = 0.85元, 一块一毛八 = 1.18元, 高一毛),
 * and doubling (翻了一番 = 2倍, 翻两番 = 4倍). Also the measure words an amount may end in besides
 * the listed units (readNumber): 32微克, 两千蚊 (Cantonese 元), 三百二十床.
 */

const CN = "[一二两三四五六七八九十百千]";
const ONE_DIGIT = "[一二三四五六七八九]";
/** 一块二, 两块五毛, 一块一毛八, 3块2: a sum of 元 then 角 (and 分), said without 元 or 角. */
const YUAN_JIAO = new RegExp(
  String.raw`(?<![\d.零〇一二两三四五六七八九十百千万亿])(\d+|${CN}+)[块元](?:(${ONE_DIGIT}|\d)[毛角](${ONE_DIGIT}|\d)?|(${ONE_DIGIT}|\d)(?=[^\d\u4e00-\u9fff]|$|多|左右|上下|钱|一(?:斤|个|顿|次|份|张|天|月|人|亩|公斤|瓶|袋|盒|只)))(多)?`,
  "g",
);
/** 八毛五, 四毛多, 一毛: tenths of a 元 (and a trailing 分 digit). */
const JIAO = new RegExp(
  String.raw`(?<![\d.零〇一二两三四五六七八九十百千万亿块元])(${ONE_DIGIT}|两|\d)[毛角](钱)?(?:(${ONE_DIGIT})(?![十百千万个名人家户]))?(多)?(?![巾衣笔线皮病估])`,
  "g",
);
/** A sentence about a price or money: where a bare 毛 is money. */
const PRICE_TALK = /价|钱|块|元|卖|买|收入|工资|补|费|每斤|每公斤|每亩|收购|便宜|贵/;
/** 翻了一番, 翻两番, 翻番: doubling, said as a figure in 倍. */
const DOUBLING = /翻了?([一两二三])番|翻番/g;

function sentenceAround(t: string, at: number): string {
  let a = at;
  while (a > 0 && !/[。；;！!？?\n]/.test(t[a - 1] ?? "")) a--;
  let b = at;
  while (b < t.length && !/[。；;！!？?\n]/.test(t[b] ?? "")) b++;
  return t.slice(a, b);
}

const digit = (s: string | undefined) => (s ? (parseChineseNumber(s) ?? 0) : 0);

/** Spoken prices and doublings in `t` (folded text; positions hold in `text`), outside `blocked`. */
export function spokenFigures(text: string, t: string, blocked: (i: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const push = (start: number, end: number, value: number, unit: string, approx: boolean) =>
    out.push(
      makeCandidate(text, start, end, start, end, { value, unit, approx, kind: "figure", isPercent: false }),
    );
  for (const m of t.matchAll(YUAN_JIAO)) {
    if (blocked(m.index)) continue;
    const yuan = parseChineseNumber(m[1] ?? "");
    if (yuan === undefined) continue;
    const value = yuan + digit(m[2] ?? m[4]) / 10 + digit(m[3]) / 100;
    push(m.index, m.index + m[0].length, Number(value.toFixed(2)), "元", Boolean(m[5]));
  }
  const taken = (i: number) => out.some((c) => i >= c.start && i < c.end);
  for (const m of t.matchAll(JIAO)) {
    if (blocked(m.index) || taken(m.index)) continue;
    // A bare 毛 is money only where the sentence speaks of a price, or says 钱 or a 分 digit.
    if (!m[2] && !m[3] && !PRICE_TALK.test(sentenceAround(t, m.index))) continue;
    const value = digit(m[1]) / 10 + digit(m[3]) / 100;
    push(m.index, m.index + m[0].length, Number(value.toFixed(2)), "元", Boolean(m[4]));
  }
  for (const m of t.matchAll(DOUBLING)) {
    if (blocked(m.index)) continue;
    push(m.index, m.index + m[0].length, 2 ** (m[1] ? digit(m[1]) : 1), "倍", false);
  }
  return out;
}

/**
 * 「清运垃圾四十来车」「清咗三十几档」: a character closing the clause after 来/几 is the measure word the
 * approximate amount is in (read by spokenMeasure), unless it is a particle, place, time or rank word.
 */
export const CLOSING_AFTER_APPROX =
  "(?![了的呢吧啊哈嘛哦呀啦咯哩嘞吗么左右上下前后内外里中多余岁号月日年点楼层级倍成是在到和与及或等就都也还又才只再被把给让向对从为分毛角秒时钟半整倒制大佳强优星届期线连])[\\u4e00-\\u9fff](?=$|[，,。；;！!？?、\\s])";
/** Measures after an Arabic number beyond the listed units: 32微克, 5毫克, 20千克. */
const RARE_MEASURE = /^(?:微克|毫克|纳克|千克|毫升|微米|纳米|千伏|兆帕|海里|立方(?!米))/;

/**
 * The measure word an amount ends in when the listed units did not read one (undefined when none):
 * 两千蚊 (元 in Cantonese), 32微克 after an Arabic number, and a measure word after a
 * Chinese numeral (三百二十床; after a single digit only the measure words of things, below).
 */
export function spokenMeasure(
  t: string,
  at: number,
  core: string,
  arabic: boolean,
  pair = false,
): { text: string; unit: string } | undefined {
  const rest = t.slice(at);
  if (/^蚊(?![\u4e00-\u9fff]?[子虫香帐])/.test(rest)) return { text: "蚊", unit: "元" };
  // 「四百微米」「二十毫升」: a rare measure after a Chinese numeral of more than one character too (fig44).
  const rare = arabic || core.length > 1 ? RARE_MEASURE.exec(rest) : null;
  if (rare) return { text: rare[0], unit: rare[0] === "立方" ? "立方米" : rare[0] };
  if (arabic) return closingMeasure(rest);
  // 四盘石磨、纺车六架、五爿小作坊、俩班: one digit before a measure word of things counts them.
  if (core.length === 1) return singleDigitMeasure(rest, core, pair);
  // 两三回, 三四趟: two neighbouring digits are a spoken range, an amount too.
  if (!/[十百千万]|^[一两二三四五六七八][两二三四五六七八九]$/.test(core)) return undefined;
  const m = EXTRA_MEASURE.exec(rest) ?? /^回(?![来去到家应复收访升头事落馈])/.exec(rest);
  if (m) return { text: m[0], unit: m[0] };
  // 「棉被两千来床」: a round number, 来/多/余, then the measure word.
  const rough = /[十百千万]$/.test(core) ? /^[来多余](?=[床片顿])/.exec(rest) : null;
  const after = rough ? EXTRA_MEASURE.exec(rest.slice(1)) : null;
  return after ? { text: rest[0] + after[0], unit: after[0] } : closingMeasure(rest);
}

/**
 * 「补植茶苗八万多蔸，」「收了120篓，」: a character right after an amount that closes the clause is its
 * measure word, whatever it is — unless it is a particle, a place or time word, an age, a rank or a
 * word a name ends in (二十大、十佳、三班倒). Not after a single digit (三农、两委 close clauses too).
 */
const CLOSING_MEASURE =
  /^([^了的呢吧啊哈嘛哦呀啦咯哩嘞吗么左右上下前后内外里中多余来几岁号月日年点楼层级倍成万亿千百十是在到和与及或等就都也还又才只再被把给让向对从为分毛角秒时钟半整倒制大佳强优星届期线连萬億字號\s\da-zA-Z])(?=$|[，,。；;！!？?、\s])/u;

function closingMeasure(rest: string): { text: string; unit: string } | undefined {
  const m = CLOSING_MEASURE.exec(rest);
  // A traditional character (場、萬) is left: reports are read simplified, so only unconverted text has one.
  const c = m?.[1] ?? "";
  return /[\u4e00-\u9fff]/.test(c) && toSimplified(c) === c ? { text: c, unit: c } : undefined;
}

/**
 * Measure words of things a single digit counts (四盘石磨、两孔窑洞、五爿作坊、纺车六架): a name made of one
 * digit and a word (三农、两委、八段锦、三班倒、四面八方、三道河) is not made with them, or is left out
 * here. 班 and 队 count only after 两/俩/仨 (俩班、仨队): 三班、四队 after a grade or a village name them.
 */
const THING_MEASURE =
  /^(?:[爿盘架孔扇尊缸杆朵枝束串副桩幕顿粒首封笔群碗杯席轴丛顷针](?![一二两三四五六七八九十])|段(?![锦一二两三四五六七八九十])|道(?![河沟湾口岭梁街巷坎一二两三四五六七八九十])|床(?=棉?被|被子|毯子?|褥子?|铺盖|蚊帐|$|[，,。；;！!？?、\s]))/;

function singleDigitMeasure(
  rest: string,
  core: string,
  pair: boolean,
): { text: string; unit: string } | undefined {
  if (!/^[两二三四五六七八九十]$/.test(core)) return undefined;
  const m =
    THING_MEASURE.exec(rest) ??
    ((pair || core === "两") && /^[班队](?![倒制长子一二两三四五六七八九十])/.exec(rest)) ??
    null;
  return m ? { text: m[0], unit: m[0] } : undefined;
}
