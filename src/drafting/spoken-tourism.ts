/**
 * draft54 (县文化和旅游局, 揭阳): spoken leftovers the earlier passes let through, each a fixed rewrite by class that keeps every
 * figure and what it counts (figures are digits by now; spokenLeftovers runs these first, with the health and culture ones):
 * - one-character verbs before a count as written: 巡了 → 巡查, 换了 → 更换; a written verb keeps no 了 before its count
 *   (出动了90余人次 → 出动90余人次);
 * - a level granted (市级的批了4个) → 市级获批4个, and a bare count after a level (省级一个) in digits;
 * - times said loosely in problems: 开门时间无固定 → 开放时间不固定;
 * - plans: (下步)X(下步)继续抓 → 继续抓好X; 不能放松 (closing the plan) → 毫不放松; 1月去5个合作社 → 1月赴5个合作社;
 * - 越来越少 (越来越偏少 once 少 is written 偏少) → 逐年减少;
 * - a place built, said before 建立 + its count (图书馆分馆全年建立4个) → 全年新建图书馆分馆4个.
 */
import { arabicNumeral } from "./polish-prose.js";

const SEP = "(^|[，,。；;：:\\s])";
const END = "(?=$|[，,。；;！？!?\\s])";

export const TOURISM_RULES: Array<[RegExp, string | ((m: string, ...g: string[]) => string)]> = [
  [/(?<![出督])(?<!巡[\u4e00-\u9fff]{1,3})巡了(?=\d)/gu, "巡查"],
  [/(?<![更调交替转兑])(?<!换[\u4e00-\u9fff]{1,3})换了(?=\d)/gu, "更换"],
  [/(出动|接待|补充|修缮|改建|培训|巡查|演出)了(?=\d)/gu, "$1"],
  [/(国家级|省级|市级|县级)的?(?:批了|批下来了?|获批了)/gu, "$1获批"],
  [
    /(?<=[，,、])(国家级|省级|市级|县级)(?:的)?([一二两三四五六七八九十]+)(个|项|家|处)/gu,
    (_m, level: string, n: string, unit: string) => `${level}${arabicNumeral(n) ?? n}${unit}`,
  ],
  [/开门时间(?:无|没有?|不)固定/gu, "开放时间不固定"],
  [
    new RegExp(
      `${SEP}(?:下一步|下步)?([\\u4e00-\\u9fff]{2,16}?)(?:下一步|下步)?(?:要|还要)?继续抓(?:好)?${END}`,
      "gu",
    ),
    "$1继续抓好$2",
  ],
  [new RegExp(`[，,](?:绝对)?(?:不能|不可以|不可)放松${END}`, "gu"), "，毫不放松"],
  [/越来越偏?少/gu, "逐年减少"],
  [
    /(^|[，,。；;\s])([\u4e00-\u9fff]{1,8}(?:馆|站|室|中心|书屋|厕所|工坊))(全年|今年)?建立(?=\d+(?:多|余)?个(?:$|[，,。；;\s]))/gu,
    "$1$3新建$2",
  ],
  [/(?<=^|\d{1,2}月|[，,])去(?=\d+个)/gu, "赴"],
];
