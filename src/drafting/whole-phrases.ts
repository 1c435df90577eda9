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

type Rewrite = string | ((match: string, ...rest: never[]) => string);

/** Units a rough round count is said in, and their written form (块钱 → 元). */
const ROUGH_UNIT = "人次|人|名|位|户|份|场|家|块钱|块|元|斤|亩|册|本|件|套|株|头|只|次|期|所|个";

export const WHOLE_PHRASES: Array<[RegExp, Rewrite]> = [
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
  // 去了一趟 石桥村 → 赴石桥村 (a pause typed as a space became a comma before this runs).
  [
    new RegExp(
      `(?:去|跑|到|回|上)了?一?趟[，,\\s]*(${PLACE})(?:[，,\\s]+(?=[\\u4e00-\\u9fff])|(?=[，,。；;！？!?]|$))`,
      "gu",
    ),
    (_m: string, place: string) => `赴${place}，`,
  ],
  // 讲了讲 → 讲解, 看了下 → 查看, 问了一下 → 询问.
  [
    new RegExp(`([${VERBS}])了(?:\\1|一?下)(?![属辖级岗乡])`, "gu"),
    (_m: string, v: string) => WRITTEN_VERB[v] ?? _m,
  ],
  // Any other V了V (搞了搞、弄了弄): kept as said, out of the word rules' reach.
  [/(\p{Script=Han})了\1/gu, (_m: string, v: string) => `${v}${SHIELD}${v}`],
];
