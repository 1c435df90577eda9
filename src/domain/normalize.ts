import { fixMeasureTypos } from "./measure-typo.js";
import { Converter } from "opencc-js/t2cn";

/**
 * Text clean-up for messy, mixed-script input: staff messages pasted from anywhere, and web-scraped
 * documents in Traditional characters with pinyin annotations (「創(chuàng)」) and download banners.
 *
 * Pure functions, no I/O. Callers keep the original text and store the normalised one beside it:
 * nothing here is reversible.
 */

type Convert = (text: string) => string;

let converters: { tw: Convert; hk: Convert } | undefined;

/** Built on first use: the dictionaries are cheap to import but building the tries is not free. */
function getConverters(): { tw: Convert; hk: Convert } {
  converters ??= {
    tw: Converter({ from: "tw", to: "cn" }),
    hk: Converter({ from: "hk", to: "cn" }),
  };
  return converters;
}

/**
 * Traditional (Taiwan, Hong Kong or OpenCC standard) → mainland Simplified.
 *
 * Decided per sentence: a sentence the HK converter leaves unchanged is already Simplified and is
 * returned as is. That matters because the TW dictionary turns every lone 著 into 着, which is right
 * for Traditional input (著力 → 着力) and wrong for Simplified text (成效显著 must stay 显著).
 * Traditional sentences go through TW (phrase-aware 著/着) then HK (variants such as 衞 → 卫).
 */
const KEEP = "\uE000";
const KEEP_AGAIN = /\uE000/g;

export function toSimplified(text: string): string {
  if (text === "") return text;
  const { tw, hk } = getConverters();
  // 坏 is Simplified for 壞; OpenCC reads 打坏 as the Traditional variant of 打坯 (adobe), so it is
  // kept out of the conversion (被雷打坏了 stays broken).
  return text
    .replace(/[坏壞]/g, KEEP)
    .split(/(?<=[。！？；;\n])/)
    .map((chunk) => (hk(chunk) === chunk ? chunk : hk(tw(chunk))))
    .join("")
    .replace(KEEP_AGAIN, "坏");
}

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD\uFFFD]/g;
/** C0/C1 controls except \n (\r and \t are handled before this runs). */
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g;
const HSPACE = /[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;
const CJK = "\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF";
/** 創(chuàng) / 業（yè）: a CJK character followed by a bracketed lower-case pinyin syllable. */
const PINYIN_NOTE = new RegExp(
  `(?<=[${CJK}])\\s?[(（]([a-zü\\u00E0-\\u00FC\\u0101-\\u01DC\\u0300-\\u036F]{1,7})[)）]`,
  "g",
);
const PINYIN_VOWEL = /[aeiouüv\u00E0-\u00FC\u0101-\u01DC]/;

/**
 * Remove scraping noise without touching wording: pinyin annotations after characters, zero-width
 * and control characters (newlines are kept, \r\n becomes \n), runs of spaces (including the
 * ideographic space) collapsed to one, lines trimmed, blank-line runs collapsed to one blank line.
 */
export function stripNoise(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/\t/g, " ")
    .replace(ZERO_WIDTH, "")
    .replace(CONTROL, "")
    .replace(PINYIN_NOTE, (m, syl: string) => (PINYIN_VOWEL.test(syl) ? "" : m))
    .replace(HSPACE, " ")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * Full-width digits, Latin letters and ％ to ASCII; a full-width ． between digits to "."; a full-width ，
 * grouping thousands of full-width digits to ",".
 * Length-preserving (one character in, one out), so indices found in the folded text are valid in
 * the original — findFigures relies on that.
 */
export function foldWidth(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) {
      out += String.fromCharCode(c - 0xfee0);
    } else if (c === 0xff05) {
      out += "%";
    } else if (c === 0xff0e && isDigitAt(text, i - 1) && isDigitAt(text, i + 1)) {
      out += ".";
    } else if (c === 0xff0c && isThousandsComma(text, i)) {
      out += ",";
    } else {
      out += text[i];
    }
  }
  return out;
}

/**
 * ３，２８０万元、２６，５００人次: a full-width comma typed between full-width digits as a thousands
 * separator — one to three digits before it (or a whole group after another such comma), exactly three
 * after it and then no more digits. 「３家，１２个」 has no digit before its comma and stays a comma.
 */
function isThousandsComma(text: string, i: number): boolean {
  const full = (j: number) => {
    const c = text.charCodeAt(j);
    return c >= 0xff10 && c <= 0xff19;
  };
  if (!(full(i + 1) && full(i + 2) && full(i + 3)) || isDigitAt(text, i + 4)) return false;
  let k = 0;
  while (full(i - 1 - k)) k++;
  const before = text[i - 1 - k];
  return k >= 1 && k <= 3 && (k === 3 || (before !== "," && before !== "，"));
}

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** Whole lines that are download-site furniture, matched after simplification. */
const BOILERPLATE: RegExp[] = [
  /^(下载文档|收藏|分享|收起|展开|收藏\s?分享赚钱|温馨提示[:：]?|你可能关注的文档|此文档下载收益归作者所有)$/,
  /^(ID|大小|页数|格式|时间|网站客服)[:：]/,
  /^\d[.、]\s?(部分包含数学公式|本文档由用户上传|下载前请仔细阅读|下载文档时可能)/,
  /^下面是小编为大家整理的/,
  /^.{0,40}相关文章[:：]?$/,
  /^[^\n>]{1,20}(\s?>\s?[^\n>]+){2,}$/,
  /^\|\s*\w+$/,
  /^[^\s]{1,40}\.(docx?|pdf|wps)$/i,
];

/** Drop whole lines that are download banners, breadcrumbs or "related articles" footers. */
export function stripBoilerplateLines(text: string): string {
  return text
    .split("\n")
    .filter((line) => !BOILERPLATE.some((re) => re.test(line.trim())))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * The text used for drafting and figure extraction: noise stripped, Simplified, full-width digits
 * and ％ folded to ASCII (Chinese punctuation is kept), banner lines dropped.
 */
export function normalizeText(text: string): string {
  // 「发资料300分」: 分 typed for 份 after printed matter (measure-typo.ts).
  return fixMeasureTypos(stripBoilerplateLines(foldWidth(toSimplified(stripNoise(text)))));
}
