import type { Rewrite } from "./whole-phrases.js";

/**
 * 「开展4场科普进校园」「搞了3场科普进社区」「组织了两次送科技下乡」 (trial38, console): an activity named by its slogan — what
 * goes where (科普进校园、法律进社区、送科技下乡) — is no noun a measure word can count; staff put the count first, and
 * a 公文 names the activity and counts it after: 开展科普进校园活动4场、开展送科技下乡活动2次. A slogan already said
 * with 活动 is only reordered (开展4场科普进校园活动 → 开展科普进校园活动4场), one counted after gains it
 * (开展科技进万家12场 → 开展科技进万家活动12场). One event (组织了一次科普进校园) stays as told, and counted nouns
 * (开展4场培训、举办2期培训班) are written as said.
 */

/** Where an activity goes, as its slogan ends: 进校园、下乡、入户、到村… */
const GOES =
  "(?:走进|进|下|入|到)(?:校园|学校|中小学|课堂|社区|小区|农村|乡村|村组|村|乡镇|乡|万家|家庭|户|企业|园区|车间|机关|基层|工地|景区|军营|网络|田间|田头|地头|寺庙|医院)";
/** The count before it: 4、两、十几、20多. */
// One (一次科普进校园) is one event told as it happened, not a count of activities: left as said.
const COUNT = "(?:近|约)?(?!一[场次期轮])[\\d一二两三四五六七八九十百]+(?:多|余|来)?";
/** The spoken verbs that hold an activity, and the written one: 开展 unless it was 举办 or 组织. */
const HOLD = "组织开展|开展|举办|组织|搞|办|开";
const WRITTEN: Record<string, string> = { 组织开展: "组织开展", 开展: "开展", 举办: "举办", 组织: "组织" };
/**
 * With no verb of its own the count is reordered only after another verb's 了 (参加了3场…) or where it opens its clause (a time said first too: 全年4场…):
 * after 共、累计、第 (共12场科普进校园) moving the slogan before the count put it after them (共科普进校园活动12场, review39).
 */
const OPENS = "(?<=^|[，,。；;：:！？!?\\s]|年|月)";

export const ACTIVITY_COUNTS: Array<[RegExp, Rewrite]> = [
  [
    new RegExp(
      `(?:(${HOLD})了?|了|${OPENS})(${COUNT})(场|次|期|轮)((?:送)?[\\u4e00-\\u9fff]{1,6}?${GOES})(?:活动)?(?=[，,。；;！？!?\\s]|$)`,
      "gu",
    ),
    (_m: string, verb: string | undefined, n: string, measure: string, slogan: string) =>
      `${verb ? (WRITTEN[verb] ?? "开展") : ""}${slogan}活动${n}${measure}`,
  ],
  // 「开展科技进万家12场」: counted after, but still without 活动 for the count to count.
  [
    new RegExp(
      `(?<=(?:组织开展|开展|举办|组织)了?)((?:送)?[\u4e00-\u9fff]{1,6}?${GOES})(${COUNT})(场|次|期|轮)`,
      "gu",
    ),
    "$1活动$2$3",
  ],
];
