/**
 * Spoken verb phrases reworded whole, before the word rules of clean-chat.ts see their parts
 * (trial 6: 讲了讲 became 「讲解讲」, 去了一趟 石桥村 「赴一趟，石桥村」, 来了八十来号人 「迎来八十来号人」):
 *
 * - V了V and V了（一）下 (讲了讲、看了下、问了问): the written verb for V when there is one, the
 *   phrase kept as said (and shielded from the word rules) when there is not;
 * - going somewhere once (去了一趟 石桥村、跑了一趟县一中): 赴 + the place; without a place the
 *   phrase is kept;
 * - a rough head count (八十来号人、三十多号人、二十几号人): 约80人 / 30多人, as the figure scanner
 *   reads it (domain/figure-read-number.ts), so the count then reads as attendance.
 */

import { SPOKEN_COUNTS } from "./spoken-counts.js";
import { ACTIVITY_COUNTS } from "./activity-count.js";
import { TROUBLE_DEGREE } from "./trouble-degree.js";
import { VERB_BY_OBJECT } from "./verb-by-object.js";
import { UNFINISHED_PHRASES } from "./unfinished-written.js";
import { REACHED_AND_SHORT } from "./reached-and-short.js";
import { COUNT_EITHER_WAY } from "./count-either-way.js";
export { BAN_OPENS, FA_OPENS } from "./count-either-way.js";
import { COUNT_SAID_AROUND } from "./count-said-around.js";
import { COLLOQUIAL_WORK } from "./colloquial-work.js";
import { SETBACK_PHRASES } from "./setback-words.js";

/** Spoken one-character verbs and their written form (讲了讲 → 讲解). */
const WRITTEN_VERB: Record<string, string> = {
  讲: "讲解",
  看: "查看",
  瞧: "查看",
  瞅: "查看",
  问: "询问",
  查: "核查",
  聊: "交流",
  谈: "座谈",
  说: "介绍",
  学: "学习",
  练: "练习",
  试: "试用",
  转: "察看",
  走: "走访",
  议: "研究",
};
const VERBS = Object.keys(WRITTEN_VERB).join("");

/** Where one goes once: a place word ends it (石桥村、县一中、市科技馆、天成机械公司). */
const PLACE =
  "[\\u4e00-\\u9fff]{1,10}?(?:村|镇|乡|县|市|区|社区|街道|基地|园区|园|企业|公司|厂|学校|小学|中学|一中|二中|三中|中心|站|馆|合作社|局|院|所|场|田|棚)";

/** Marks the 了 of a V了V that has no written form, so no word rule reads it; put back after. */
export const SHIELD = "\uE000";

/** A replacement as String.prototype.replace takes it (shared by the phrase tables beside this file). */
export type Rewrite = string | ((match: string, ...rest: never[]) => string);

/** A body one works together with (县农科所、市科协、农业农村局、县一中、农商银行). */
const BODY =
  "[\\u4e00-\\u9fff]{1,10}?(?:所|局|站|院|中心|办|委|科协|协会|学会|公司|银行|学校|一中|二中|小学|中学|大学|部|社|馆)";
/** Work two bodies do together. */
const JOINT_WORK = "(?:开展|组织|举办|召开|走访|调研|检查|督查|慰问|宣讲|培训|承办|举行)";

/** Measure words of a count that 其中 can take a part of. */
const PART_UNIT = "个|家|所|项|名|人|户|件|份|村|次|场";

/** What is held or done with people taking part, ending a clause (讲座、培训、活动…). */
const HELD =
  "(?:会议?|班|赛|展|节|讲座|论坛|仪式|培训|活动|课|演出|宣讲|宣传|义诊|观摩|演练|座谈|调研|检查|集市|大集|庙会|路演|义卖|游园)";
/**
 * What a meeting or an event was held for, said right after it with no pause (开了个会研究年底考核、开了个座谈会听取意见):
 * the clause goes on with the work done there, so the held thing still ends what was held.
 */
const MEETING_AIM =
  "(?:研究|部署|讨论|商量|商议|传达|学习|安排|布置|听取|征求|总结|分析|通报|推进|协调|谋划|动员|调度|专题|围绕|就|说|讲|议)";
/** What is held with a stage or stalls (举办), as against a meeting (召开) or other work (开展). */
const STAGED = /(?:会|班|赛|展|节|讲座|论坛|仪式|演出|集市|大集|庙会|路演|义卖|游园)$/u;
/** Who takes part, as staff name them before a head count. */
const WHO_CAME =
  "学生|师生|群众|村民|居民|农民|果农|菜农|茶农|农户|党员|干部|职工|老人|儿童|家长|妇女|青少年|企业家";

/** Units a rough round count is said in, and their written form (块钱 → 元). */
const ROUGH_UNIT = "人次|人|名|位|户|份|场|家|块钱|块|元|斤|亩|册|本|件|套|株|头|只|次|期|所|个";

export const WHOLE_PHRASES: Array<[RegExp, Rewrite]> = [
  // 宣讲会那天…、去了3趟、上2堂党课、新弄了5个、帮着、把…修好了 (draft42): colloquial-work.ts.
  ...COLLOQUIAL_WORK,
  // 百十号人、百把人、千把份、万把块钱: about a hundred / thousand / ten thousand → 百余人、千余份、万余元
  // (never 110: 百十 is no 一百一十, and 「1000把份」 no figure at all).
  [
    new RegExp(
      `(?<![一二两三四五六七八九十\\d])([百千万])(?:十|把)(?:来)?(?:号|个)?(${ROUGH_UNIT})(?![长干部员])`,
      "gu",
    ),
    (_m: string, n: string, unit: string) =>
      `${n}余${/^(?:块钱|块)$/u.test(unit) ? "元" : unit === "个" ? "个" : unit}`,
  ],
  // 百把万斤、千把万 (把 before the scale): about a million, ten million → 百余万斤、千余万.
  [
    new RegExp(`(?<![一二两三四五六七八九十\\d])([百千])把([万亿])(${ROUGH_UNIT})?`, "gu"),
    (_m: string, n: string, scale: string, unit = "") =>
      `${n}余${scale}${/^(?:块钱|块)$/u.test(unit) ? "元" : unit}`,
  ],
  // 一百大几十万、两百大几十人、三万大几 → 一百多万、两百多人、三万多; 60几个、2000几人 → 60多个、2000多人.
  [/([一二两三四五六七八九十\d]+[百千万])大几[十百千]?/gu, "$1多"],
  [new RegExp(`(\\d+0)几(?=[万亿]|${ROUGH_UNIT})`, "gu"), "$1多"],
  // 八十来号人 → 约八十人; 三十多号人 → 三十多人; 二十几号人 → 二十多人.
  [
    /([\d一二两三四五六七八九十百千]+)([来多几余])?号人(?![员民])/gu,
    (_m: string, n: string, about: string | undefined) =>
      about === "来" ? `约${n}人` : about ? `${n}${about === "余" ? "余" : "多"}人` : `${n}人`,
  ],
  // 「下乡去了一趟石桥村」: going down to the countryside, to a place — 下乡赴石桥村 (draft43: read 下乡一次石桥村).
  [
    new RegExp(
      `(下乡|下村|进村|下基层|下企业)(?:去|跑|到)了?一?趟[，,\\s]*(${PLACE})(?:[，,\\s]+(?=[\\u4e00-\\u9fff])|(?=[，,。；;！？!?]|$))`,
      "gu",
    ),
    (_m: string, down: string, place: string) => `${down}赴${place}，`,
  ],
  // 去了一趟 石桥村 → 赴石桥村 (a pause typed as a space became a comma before this runs).
  [
    new RegExp(
      `(?:去|跑|到|回|上)了?一?趟[，,\\s]*(${PLACE})(?:[，,\\s]+(?=[\\u4e00-\\u9fff])|(?=[，,。；;！？!?]|$))`,
      "gu",
    ),
    (_m: string, place: string) => `赴${place}，`,
  ],
  // 「跟县农科所一起到石门村开展…」: working together with another body is 联合, going there 赴.
  [new RegExp(`(?:跟|和|同)(${BODY})一起(?:到|去)(?=[\\u4e00-\\u9fff])`, "gu"), "联合$1赴"],
  [new RegExp(`(?:跟|和|同)(${BODY})一起(?=${JOINT_WORK})`, "gu"), "联合$1"],
  // 「申报高新技术企业12家，已经通过认定的有9家」: a part of the count just said, told as 「…的有 + count」, is 其中 + the
  // count + what sets it apart (其中9家已经通过认定). Only right after a clause that ends in a count of its own.
  [
    new RegExp(
      `(?<=\\d(?:多|余)?[\\u4e00-\\u9fff]{1,2}[，,])((?:已经?|都|还)?[\\u4e00-\\u9fff]{2,10}?)的(?:有|是)(\\d+(?:多|余)?(?:${PART_UNIT}))(?=[，,。；;！？!?]|$)`,
      "gu",
    ),
    (_m: string, what: string, n: string) => `其中${n}${what}`,
  ],
  // 「把台账整理好报给市科协」: done and sent up, in writing 整理完毕并报送; 报给/交给 an office above is 报送.
  [/(整理|汇总|收集|准备|填写|编制|核对|统计)好(?=报给|交给|报送|上报)/gu, "$1完毕并"],
  [/(?:报给|交给)(?=市|县|省|区|上级|主管)/gu, "报送"],
  // 开了个会、开了次会 with nothing more, or with what the meeting did right after (开了个会研究年底考核): a meeting was
  // held (召开会议).
  [new RegExp(`开了(?:一个|个|一次|一场|次|场)会(?=[，,。；;！？!?\\s]|$|${MEETING_AIM})`, "gu"), "召开会议"],
  // 「…科普进校园活动，学生有500多人」: who came, said as 「有 + a head count」 right after what was held, took part
  // (「500多名学生参加」), as 「来了六十多个果农」 does (clean-chat.ts). Anywhere else 有 + count stays (学生有5000多人).
  [
    new RegExp(
      `(?<=${HELD}[，,])(${WHO_CAME})(?:有|共有|大概有|差不多有)(\\d+(?:多|余|来)?)(?:个人|人|名)(?=[，,。；;！？!?]|$)`,
      "gu",
    ),
    (_m: string, who: string, n: string) => `${n.replace(/来$/u, "余")}名${who}参加`,
  ],
  // 「…，还发了科普读物300册」: 还 (also) opening a clause of work done is talk; a document lists the work.
  [/(?<=[，,])还(?=发[了放]|赠送|开展|组织|举办|召开|走访|慰问|培训|帮助|协助|指导|为|向|给)/gu, ""],
  // 开了场科普进校园活动、开了个座谈会、开了一次培训 (round thirty-six: 「召开场…」): held once, with no count, the clause
  // ending in what was held — the written verb goes by it: a meeting 召开, an event with a stage 举办, other work 开展.
  [
    new RegExp(
      `开了(?:一个|个|一次|一场|一回|场|次)(?!星期|礼拜|月|多月|周)(?=([\\u4e00-\\u9fff]{0,10}?${HELD})(?:[，,。；;！？!?\\s]|$|${MEETING_AIM}))`,
      "gu",
    ),
    (_m: string, held: string) =>
      /会议?$/u.test(held) && !/(?:运动|博览|展销|交易|演唱|联欢|晚)会$/u.test(held)
        ? "召开"
        : STAGED.test(held)
          ? "举办"
          : "开展",
  ],
  // 讲了讲 → 讲解, 看了下 → 查看, 问了一下 → 询问.
  [
    new RegExp(`([${VERBS}])了(?:\\1|一?下)(?![属辖级岗乡])`, "gu"),
    (_m: string, v: string) => WRITTEN_VERB[v] ?? _m,
  ],
  // Any other V了V (搞了搞、弄了弄): kept as said, out of the word rules' reach.
  [/(\p{Script=Han})了\1/gu, (_m: string, v: string) => `${v}${SHIELD}${v}`],
  // 建了3个示范基地、种了800来亩、搞科普 (trial37): spoken-counts.ts.
  ...SPOKEN_COUNTS,
  // 开展4场科普进校园 → 开展科普进校园活动4场 (trial38): activity-count.ts.
  ...ACTIVITY_COUNTS,
  // 没建起来、没谈拢、没弄齐、没批下来、趴窝 (round thirty-seven): unfinished-written.ts.
  ...UNFINISHED_PHRASES,
  // 退回来了要补 → 被退回、需补充完善, 被否了 → 未获通过 (round forty-four): setback-words.ts.
  ...SETBACK_PHRASES,
  // 老化得很 → 老化严重, 展厅有些设备老化 → 展厅部分设备老化 (trial38): trouble-degree.ts.
  ...TROUBLE_DEGREE,
  // 送了手册 → 发放, 弄了50亩羊肚菌 → 种植, 组织去…参观 → 赴, 一回 → 一次 (trial39): verb-by-object.ts.
  ...VERB_BY_OBJECT,
  // 总数到了 → 达到, 创新券发了120万 → 发放创新券120万元, 也不够 → 不足, ，才六成 → ，仅六成 (trial39b): reached-and-short.ts.
  ...REACHED_AND_SHORT,
  // 办了两场 → 举办2场 as 办了2场 was, 发了2000份 → 发放2000份 as 发了两千份 was (trial40): count-either-way.ts.
  ...COUNT_EITHER_WAY,
  // 大概…左右 → 约, 大概在 → 约, 参加的居民有300多人 → 参加居民300多人 (trial40): count-said-around.ts.
  ...COUNT_SAID_AROUND,
];
