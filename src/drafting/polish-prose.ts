import { parseChineseNumber } from "../domain/chinese-number.js";
import { findFigures } from "../domain/figures.js";
import { UNITS } from "../domain/figure-units.js";

/**
 * The offline drafter's last pass over a staff clause (after clean-chat.ts): what a 公文 editor
 * would fix without asking anyone. Chat topic tags (「成果转化那边，」「人才这块，」) go; counts and
 * amounts are written in Arabic digits as GB/T 15835 and 公文 practice want (一千二百万元 →
 * 1200万元, 百分之十五 → 15%, 叁佰余户 → 300余户; 万 and 亿 kept); two unambiguous typos are put
 * right (再 for 在 before a place or a time, 的 for 得 before a degree complement); a few spoken
 * words take their written form (给…培训 → 为…培训, 帮 → 帮助, 效果良好的 → 效果良好).
 *
 * A figure's value never changes: numerals are rewritten only where the figure scanner reads a
 * figure, from the value it read; anything vague (十来个, 三四家, 几十人) or fixed (一是, 第一,
 * 十四五, 一成) is left as written.
 */

/** Formal (大写) numerals and their everyday forms: 叁佰 → 三百. */
const FORMAL: Record<string, string> = {
  壹: "一",
  贰: "二",
  貳: "二",
  叁: "三",
  肆: "四",
  伍: "五",
  陆: "六",
  柒: "七",
  捌: "八",
  玖: "九",
  拾: "十",
  佰: "百",
  仟: "千",
};
const UNIT_AHEAD = new RegExp(`^(?:余|多)?(?:${UNITS.join("|")})`, "u");

/**
 * 叁佰余户 → 三百余户: a run of formal numerals becomes everyday numerals when a unit follows it
 * (so 陆续 and a surname 伍 stay). Length is kept, so positions found in the result hold in the input.
 */
export function plainNumerals(text: string): string {
  return text.replace(
    /[壹贰貳叁肆伍陆柒捌玖拾佰仟][壹贰貳叁肆伍陆柒捌玖拾佰仟零〇万亿]*/gu,
    (run, at: number) =>
      UNIT_AHEAD.test(text.slice(at + run.length)) || /[拾佰仟]/u.test(run)
        ? [...run].map((c) => FORMAL[c] ?? c).join("")
        : run,
  );
}

const CN = /[零〇一二两三四五六七八九十百千万亿]/u;

function digits(n: number): string {
  return String(Number.parseFloat(n.toPrecision(12)));
}

/** A Chinese numeral as Arabic digits, 万/亿 kept as the scale word; undefined when vague. */
export function arabicNumeral(num: string): string | undefined {
  if (!CN.test(num) || /[来几]/u.test(num)) return undefined;
  const value = parseChineseNumber(num);
  if (value === undefined) return undefined;
  if (/亿/u.test(num)) return `${digits(value / 1e8)}亿`;
  if (/万/u.test(num)) return `${digits(value / 1e4)}万`;
  return digits(value);
}

/** Every figure written with Chinese numerals, in Arabic digits (see module comment). */
export function arabicFigures(text: string): string {
  const plain = plainNumerals(text);
  let out = "";
  let at = 0;
  for (const f of findFigures(plain)) {
    const raw = plain.slice(f.start, f.end);
    if (!CN.test(raw) || /[来几成]/u.test(raw) || f.start < at) continue;
    // 「胸痛、卒中两个中心」: a count that sums the list before it is written in words.
    if (/、[^\d、，,。；;等]{1,4}$/u.test(plain.slice(Math.max(0, f.start - 6), f.start))) continue;
    const pct = /^(百分之|千分之)(.+)$/u.exec(raw);
    let written: string | undefined;
    if (pct) {
      const n = arabicNumeral(pct[2] as string) ?? (/^[\d.]+$/u.test(pct[2] as string) ? pct[2] : undefined);
      if (n !== undefined) written = `${n}${pct[1] === "百分之" ? "%" : "‰"}`;
    } else {
      // The scale words right after the digits belong to the numeral: 两亿三千|万元.
      const scale = /^[万亿]*/u.exec(plain.slice(f.numEnd, f.end))?.[0] ?? "";
      const num = plain.slice(f.numStart, f.numEnd) + scale;
      // 一家企业, 一次会议: a lone 一 is as often an article as a count, and is left alone.
      const n = /^[一壹]$/u.test(num) ? undefined : arabicNumeral(num);
      if (n !== undefined)
        written = `${plain.slice(f.start, f.numStart)}${n}${plain.slice(f.numEnd + scale.length, f.end)}`;
    }
    if (written === undefined) continue;
    out += text.slice(at, f.start) + written;
    at = f.end;
  }
  return out + text.slice(at);
}

/** Words that make a topic tag a place or a body (县医院那边) rather than a line of work. */
const BODY = /县|市|镇|乡|村|院|局|厂|公司|企业|学校|中心|站|所|委|办/u;
/** 「成果转化那边，」「人才这块：」 at the head of a clause. */
const TAG =
  /(^|[。；;，,！？!?\n])\s*([\u4e00-\u9fff]{1,8}?)(?:那边|这边|那块|这块|这一块|那一块)(?:的工作|工作|的话)?(?:呢|嘛|啊|吧)?(?:[，,：:。；;]+|(?=$))/gu;

/**
 * Chat topic tags out: a tag that names a line of work says what the section heading already says
 * and goes; one that names a place or a body (县医院那边) becomes 「县医院方面，」.
 */
export function dropChatTags(text: string): string {
  return text
    .replace(TAG, (_m, lead: string, what: string) => (BODY.test(what) ? `${lead}${what}方面，` : lead))
    .replace(/^[，,；;。\s]+/u, "");
}

const PLACE = "(?:[\\u4e00-\\u9fff]{1,6}?(?:镇|乡|村|县|市|区|街道|社区|园区|基地|会议室|礼堂|广场))";
const TIME = "(?:\\d{1,2}月|\\d{4}年|上半年|下半年|年底|年初|月底|月初|期间|节前|节后|会上)";
const DEGREE = "(?:很|非常|十分|比较|较为|特别|相当|更加|越来越)";
const ADJ = "(?:好|快|扎实|顺利|到位|出色|圆满|细致|认真|及时|有序|有力|充分|突出)";

/** Unambiguous typos, fixed where the reading is certain; nothing near a figure changes. */
const TYPOS: Array<[RegExp, string]> = [
  // 再城关镇开展… / 再3月份召开…: 再 ("again") cannot take a place or a time as its object.
  [
    new RegExp(
      `(^|[，,。；;：:、]|我局|我们|全局)再(?=${PLACE}(?:开展|召开|举办|组织|进行|范围|全面|对|为|共|，|,|、))`,
      "gu",
    ),
    "$1在",
  ],
  [/(^|[，,。；;：:、]|我局|我们|全局)再(?=全县|全市|全镇|全乡|全区)/gu, "$1在"],
  [new RegExp(`(^|[，,。；;：:、])再(?=${TIME}(?:份)?[，,]?[\\u4e00-\\u9fff])`, "gu"), "$1在"],
  // 做的很好 / 开展的扎实: a verb's degree complement takes 得.
  [
    new RegExp(
      `(?<=(?:做|干|搞|开展|落实|完成|推进|组织|办|抓|执行|进行|准备|宣传|服务))的(?=${DEGREE}?${ADJ}(?:[，,。；;！!]|$))`,
      "gu",
    ),
    "得",
  ],
];

/** Spoken words in the written register (conservative; never near a figure's digits). */
const REGISTER: Array<[RegExp, string]> = [
  // 举办培训班两期的效果很好得到群众好评 → 举办培训班两期，效果良好，得到群众好评.
  [/(?<=[期场次届批轮个])的(?=效果|反响|成效|反映)/gu, "，"],
  [/(?:很好|挺好|非常好|特别好|不错|蛮好)(?=得到|受到|赢得|获得)/gu, "良好，"],
  [/(?<=效果|反响|成效|反映)(?:很好|非常好|特别好|不错|蛮好)/gu, "良好"],
  [/(良好|明显|显著|满意|顺利|圆满|突出|扎实|到位)的(?=[。；;，,！!]|$)/gu, "$1"],
  [/(?<![帮])帮(?![助忙扶办])(?=[\u4e00-\u9fff\d])/gu, "帮助"],
  [
    /(?<=^|[，,。；;])给(?=[\u4e00-\u9fff\d]{1,12}?(?:培训|讲|宣讲|授课|上了?[\u4e00-\u9fff]{0,4}课|发放|送|开展|举办|提供|解决|办理))/gu,
    "为",
  ],
  [/太少了?|不太够|不够用/gu, "不足"],
  [
    /(?:做了|搞了)(?=[\u4e00-\u9fff]{0,10}?(?:辅导|培训|宣传|调研|检查|服务|指导|讲座|对接|排查)(?:[，,。；;]|$))/gu,
    "开展",
  ],
];

/** A space typed between words (where an emoji or a pause was) is a comma in writing. */
export function spacesAsCommas(text: string): string {
  return text.replace(/(?<=[\u4e00-\u9fff\d%])[ \t\u3000]+(?=[\u4e00-\u9fff])/gu, "，");
}

const COUNT_VERB =
  "新建|建成|建设|建|新增|增加|培育|引进|举办|开展|组织|完成|申报|认定|打造|创建|发展|培训|推广|实施|争取|修缮|修复|新修|修|改造|招引";
const MEASURE = "个|家|项|名|场|期|次|座|所|处|户|亩|批|条|支|套|台";

/**
 * 「明年计划再建3个」 lost its object in chat because the sentence before said it (「新建中药材示范基地
 * 4个」): the object comes back from `context` (the same message first, then the section's other
 * reports) when a clause there has the same verb and the same measure word. Nothing is guessed
 * when no such clause exists.
 */
const BARE_COUNT = new RegExp(
  `^((?:再|还要|要|力争|争取|计划|拟|将|并|继续)*)(${COUNT_VERB})([\\d.]+(?:多|余)?)(${MEASURE})$`,
  "u",
);

/** A clause that counts without saying what (「再建3个」「新增2家」). */
export function lacksObject(clause: string): boolean {
  return BARE_COUNT.test(clause);
}

export function restoreObject(plan: string, context: string): string {
  const bare = BARE_COUNT.exec(plan);
  if (!bare) return plan;
  const [, lead = "", verb = "", n = "", unit = ""] = bare;
  const full = new RegExp(
    `(${COUNT_VERB})([\\u4e00-\\u9fffA-Za-z\\d]{2,14}?)(?:[\\d.]+|[零〇一二两三四五六七八九十百千]+)(?:多|余)?${unit}`,
    "u",
  );
  for (const clause of context.split(/[，,。；;！？!?\n]/u)) {
    const m = full.exec(clause);
    if (!m || !(m[1] as string).includes(verb.slice(-1))) continue;
    return `${lead}${m[1]}${m[2]}${n}${unit}`;
  }
  return plan;
}

/** The unambiguous typos put right (see TYPOS). */
export function fixTypos(text: string): string {
  let t = text;
  for (const [re, to] of TYPOS) t = t.replace(re, to);
  return t;
}

/** Typos, register and numerals, in that order (see module comment). */
export function writtenForm(text: string): string {
  let t = fixTypos(spacesAsCommas(text));
  for (const [re, to] of REGISTER) t = t.replace(re, to);
  return arabicFigures(t)
    .replace(/，{2,}/gu, "，")
    .replace(/，(?=[。；;])/gu, "");
}
