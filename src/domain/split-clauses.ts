import { withoutOpener } from "./extraction-schema.js";

/**
 * Cutting a normalised staff message into clauses: at sentence ends, emoji and list markers (一是…二是…,
 * 1. 2、 （1）, spoken 第二个就是), with the markers and leading fillers removed. Split out of extract.ts.
 */

const CN = "一二三四五六七八九十";
/**
 * Spoken list markers (一个是、第二个就是、第三就是、再一个是、最后一个是): the way a list is said aloud. Only 一个 goes
 * without 第 (「十个是老人」 counts people).
 */
const SPOKEN_ORDINAL = `(?:一个|第[${CN}](?:个|点|项|件|条)?|头一个|再一个|还有一个|另一个|另外一个|最后一个)(?:呢|啊)?(?:就)?是`;
/** Split before 二是 / 1. / 2、 / （3） / ② (or a spoken marker) when they follow a clause boundary. */
const MARKER_SPLIT = new RegExp(
  `(?<=^|[，,、:：\\s】\\]])(?=${SPOKEN_ORDINAL}|[${CN}]+是|\\d{1,2}[.、．](?!\\d)|[（(](?:\\d{1,2}|[${CN}]+)[)）]|[①-⑳])`,
);
const LEAD_MARKER = new RegExp(
  `^(?:${SPOKEN_ORDINAL}|[${CN}]+[、.．]|[（(](?:[${CN}]+|\\d{1,2})[)）]|\\d{1,2}[.、．](?!\\d)|[${CN}]+是|[①-⑳])[\\s，,：:]*`,
);
const CN_HEADING_MARKER = new RegExp(`^(?:[${CN}]+、|[（(][${CN}]+[)）])`);

export interface Segment {
  text: string;
  /** Began with 一、 or （一）: may be a heading. */
  cnMarker: boolean;
  /** Began with a list marker (二是、2.、（3）): an item of a list. */
  listed?: boolean;
}

/** Cut normalised text into clauses, list markers removed. */
export function splitClauses(text: string): Segment[] {
  const out: Segment[] = [];
  for (const line of text.split("\n")) {
    // An emoji ends a sentence in chat: 「初稿弄完了😭明天发给各位看看」.
    for (const sentence of line.split(
      /(?<=[。；;！？!?]|\p{Extended_Pictographic}(?!\p{Extended_Pictographic}|\uFE0F|\u200D|[，。；！？,.!?]))/u,
    )) {
      for (let part of sentence.split(MARKER_SPLIT)) {
        part = part.trim();
        // 三、存在的主要问题 继续加强…: a numbered heading run into its paragraph.
        const cnMarker = CN_HEADING_MARKER.test(part);
        const space = part.indexOf(" ");
        if (cnMarker && space > 0 && space <= 30) {
          out.push({ text: part.slice(0, space), cnMarker });
          part = part.slice(space + 1);
        }
        out.push({ text: part, cnMarker: cnMarker && space < 0, listed: LEAD_MARKER.test(part) });
      }
    }
  }
  return out
    .map((s) => ({ ...s, text: cleanClause(s.text) }))
    .filter((s) => /[\u4e00-\u9fff][^\u4e00-\u9fff]*[\u4e00-\u9fff]/.test(s.text)); // at least two Chinese characters
}

/**
 * A bracketed header of when or what kind (【本周工作】【工作动态】【12月第一周】, round fifty-one console trial): the title
 * of what follows, not work — 「【本周工作】1.组织…」 had 「【工作】 1」 on the card as a figure. A bare topic in brackets
 * (【科普】) says where the work goes and stays.
 */
const TIME_SAID =
  "(?:(?:本|这|上|下)(?:周|星期|礼拜|个?月|季度?)|今[天日年]|近期|最近|年度|全年|[上下]半年|\\d{1,2}月(?:第?[一二三四五\\d](?:周|旬))?)";
const KIND_SAID = "(?:工作动态|工作情况|工作进展|工作小结|工作|进展|动态|周报|月报|小结|汇报|情况)";
// 「【11月高企工作】」「【2026年11月科普工作小结】」 (round fifty-two console trial): a title ending in a kind word, with a
// topic inside, is a title too — the topic still names the section from the whole text (section hints read all of it).
const TIME_HEADER = new RegExp(
  `^[【\\[](?:(?:\\d{4}年)?${TIME_SAID}的?${KIND_SAID}?|${KIND_SAID}|(?:\\d{4}年)?(?:${TIME_SAID}的?)?[\\u4e00-\\u9fff]{1,8}?${KIND_SAID})[】\\]]\\s*`,
  "u",
);

export function cleanClause(text: string): string {
  let t = withoutOpener(text.trim().replace(TIME_HEADER, ""));
  for (let i = 0; i < 2; i++) t = t.replace(LEAD_MARKER, "").trim();
  return t.replace(/^[，,、；;：:。\s]+|[，,、；;\s]+$/g, "").trim();
}

/** Greetings, acknowledgements and chat openers that carry no work: 各位领导好、王科长、收到、ok、好消息！、汇报一下. */
export const SALUTATION =
  /^(?:各位)?(?:领导|同事|科长|主任|局长|股长|书记|老师|大家)(?:们)?(?:好|您好)?$|^[\u4e00-\u9fff]{1,3}(?:科长|主任|局长|股长|书记|部长)$|^(?:收到|好的|好滴|ok|OK|办好了|嗯嗯?)[!！~～。.]*$|^(?:(?:有个|一个|报个)?好消息|喜报|(?:给大家|跟大家|向领导)?(?:报|汇报|通报|同步|更新|说)一下)[!！~～。.：:]*$/;
