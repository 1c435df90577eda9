/**
 * Chinese numerals, alone or mixed with Arabic digits: 十二, 一百二十三, 两千五百, 三万五千,
 * 两千五 (= 2500), 1.2万, 3千, 1亿2000万, 二〇二〇 (digit by digit), 1,500.
 */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Characters that can make up a Chinese numeral (digits and scale words). */
export const CHINESE_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿";

const TOKEN = /\d+(?:,\d{3})*(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿]/g;

/** Round away binary noise (1.2 × 10000 and friends) without losing real precision. */
export function cleanNumber(n: number): number {
  return Number.parseFloat(n.toPrecision(12));
}

/**
 * Parse a numeral; undefined when the text is not one well-formed number. Malformed or vague
 * sequences are rejected rather than guessed: 十四五 (a plan name), 三四 (three or four),
 * 五百千.
 */
export function parseChineseNumber(text: string): number | undefined {
  // 廿 = 二十, 卅 = 三十 (一百廿 = 120).
  const s = text.trim().replace(/廿/g, "二十").replace(/卅/g, "三十");
  if (s === "") return undefined;
  if (/^\d+(?:,\d{3})*(?:\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ""));
  // 二〇二〇 / 一九四九: digit by digit. Two or three bare digits (三四) are a vague range, not this.
  if (/^[零〇一二三四五六七八九]+$/.test(s) && (s.length >= 4 || /[零〇]/.test(s.slice(1)))) {
    return Number([...s].map((c) => DIGITS[c]).join(""));
  }
  // 十五点五 = 15.5, 一点五亿 = 1.5亿: integer part, decimals digit by digit, then a scale word.
  const dot = /^(.+?)点([零〇一二三四五六七八九]+)([百千万亿]*)$/.exec(s);
  if (dot) {
    const [, head = "", decimals = "", scale = ""] = dot;
    const whole = parseChineseNumber(head);
    if (whole === undefined || /[百千万亿]$/.test(head)) return undefined;
    const value = Number(`${whole}.${[...decimals].map((c) => DIGITS[c]).join("")}`);
    const result = value * (scale ? (parseChineseNumber(scale) ?? Number.NaN) : 1);
    return Number.isFinite(result) ? cleanNumber(result) : undefined;
  }
  const tokens = s.match(TOKEN);
  if (!tokens || tokens.join("") !== s) return undefined;

  let result = 0; // completed 亿 and 万 groups
  let section = 0; // below 万 within the current group
  let digit: number | undefined; // pending multiplier
  let lastSmall = Number.POSITIVE_INFINITY; // small units must fall within a section
  let lastBig = Number.POSITIVE_INFINITY;
  let prev: "digit" | "zero" | "unit" | undefined;
  let lastUnitValue = 0;

  for (const t of tokens) {
    const d = DIGITS[t] ?? (/^\d/.test(t) ? Number(t.replace(/,/g, "")) : undefined);
    if (d !== undefined) {
      if (prev === "digit") return undefined; // 三四, 十四五
      if (t === "零" || t === "〇") {
        prev = "zero";
        continue;
      }
      digit = d;
      prev = "digit";
      continue;
    }
    const small = SMALL_UNITS[t];
    if (small !== undefined) {
      if (small >= lastSmall) return undefined;
      section += (digit ?? 1) * small;
      digit = undefined;
      lastSmall = small;
      lastUnitValue = small;
      prev = "unit";
      continue;
    }
    const big = BIG_UNITS[t];
    if (big === undefined) return undefined;
    if (big === 1e8) {
      result = (result + section + (digit ?? (section === 0 && result === 0 ? 1 : 0))) * big;
    } else {
      if (big >= lastBig && lastBig !== 1e8) return undefined; // 万万
      result += (section + (digit ?? (section === 0 ? 1 : 0))) * big;
    }
    lastBig = big;
    section = 0;
    digit = undefined;
    lastSmall = Number.POSITIVE_INFINITY;
    lastUnitValue = big;
    prev = "unit";
  }
  if (digit !== undefined) {
    // 两千五 = 2500, 三万五 = 35000: a trailing digit right after a unit is one order below it.
    const implied =
      prev === "digit" && lastUnitValue > 10 && tokenBeforeLastIsUnit(tokens) ? lastUnitValue / 10 : 1;
    section += digit * implied;
  }
  return cleanNumber(result + section);
}

function tokenBeforeLastIsUnit(tokens: string[]): boolean {
  const t = tokens[tokens.length - 2];
  return (
    t !== undefined && (t in SMALL_UNITS || t in BIG_UNITS) && !/^\d/.test(tokens[tokens.length - 1] ?? "")
  );
}

/**
 * The value of a number whose lower part carries the scale said after a rough word: 三亿四千多万 is 三亿 and
 * 四千多万, not (三亿四千)万 (fig46, 「电商交易额三亿四千多万」 was read as three trillion). Returns what the
 * tail's scale multiplies: 三亿四千 with 万 → 34000 (× 万 = 3.4亿). Without 亿 before a lower part, the number.
 */
export function parseBelowScale(core: string, tailScale: string): number | undefined {
  const cut = core.lastIndexOf("亿");
  const mul = tailScale && !tailScale.includes("亿") ? parseChineseNumber(tailScale) : undefined;
  if (cut < 0 || cut === core.length - 1 || !mul) return parseChineseNumber(core);
  const high = parseChineseNumber(core.slice(0, cut + 1));
  const low = parseChineseNumber(core.slice(cut + 1));
  return high === undefined || low === undefined ? parseChineseNumber(core) : high / mul + low;
}
