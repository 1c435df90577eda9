/**
 * draft47: spoken leftovers the earlier passes let through to the draft, each a fixed rewrite that keeps every figure and
 * what it counts (the figures are digits by now: writtenForm ran first):
 * - how often said between the verb and what was taught (为合作社讲解2次无人机飞防): the count closes the clause, as the
 *   card writes it since card45 — 为合作社讲解无人机飞防2次; 回/趟 are 次 (draft42);
 * - people counted with 个 after the verb (引进3个硕士、下派15个农技员) or before it (农技员派下去15个): 引进硕士3人,
 *   下派农技员15人 (draft45: people are 人 in writing); 派下去 is 下派;
 * - 建起来了3个 → 建成3个; 弄下来/跑下来/拿下来 + what was won → 取得; 送了3批 → 送去3批; 摆了9回摊 → 设摊9次;
 *   组织农户去外省学了2次 → 组织农户赴外省学习2次;
 * - the filler 那个 of voice input inside a clause (我局那个下乡培训、建立那个冷库) — not before a place or a person,
 *   where it points at one (那个村、那个人);
 * - 好多…都 (牛棚好多都漏风、好多农户都不会) → 不少牛棚漏风、不少农户不会;
 * - in plans: 配一名 → 配备一名; 将补贴早点发下去 → 尽早发放补贴; 将百香果再扩个200亩 → 新增百香果种植面积200亩.
 */

import { TOURISM_RULES } from "./spoken-tourism.js";
import { HUIZHOU_LEFTOVERS } from "./dialect-written-huizhou.js";
import { DALI_LEFTOVERS } from "./dialect-written-dali.js";
import { EVENT_ACTIVITY } from "./event-activity.js";
import { CULTURE_LAST, CULTURE_RULES } from "./spoken-culture.js";
import { HEALTH_RULES } from "./spoken-health.js";
import { MARKET_RULES } from "./spoken-market.js";
import { OUTCOME_RULES } from "./spoken-outcomes.js";

const END = "(?=[，,。；;！？!?]|$)";
const N = "(?:约|近|共)?\\d+(?:\\.\\d+)?(?:多|余)?";
/** Verbs of teaching or showing whose count of times people say before the object. */
const TAUGHT = "讲解|宣讲|讲授|演示|辅导|讲";
/** An object is a noun phrase: no word of time, sequence or result inside it (讲解2次后农户都会了 is left). */
const OBJECT = "[^，,。；;！？!?\\s\\d后时就都也了的在给为到去赴和与及、]{2,12}?";
/** People counted by 个 in speech, 人 in writing. */
export const PEOPLE =
  "博士|硕士|研究生|大学生|高校毕业生|人才|专家|技术员|农技员|防疫员|兽医|科技特派员|特派员|指导员|讲师|教师|医生|干部|科普员|信息员|队员|消防员|网格员|护林员|安全员|协管员|监管员|检查员|联络员";
export const PEOPLE_VERB = "引进|招聘|培养|选派|下派|招录|聘请|选聘|派驻|配备"; // draft50: 信息员配备340个 (配备灾害信息员340人)

const RULES: Array<[RegExp, string | ((m: string, ...g: string[]) => string)]> = [
  // draft48: 招 + people is 招聘, before 招聘 counts them below.
  ...OUTCOME_RULES.slice(-1),
  // draft50: 灾害信息员配了340个 → 配备, before people are counted below (配备灾害信息员340人).
  [/(?<=员)配了(?=\d)/gu, "配备"],
  // 派下去了十五个农技员 / 农技员派下去了15个 → 下派.
  [/派(?:下去|下乡)了?(?=\d|[\u4e00-\u9fff]{0,4}(?:员|干部|专家))/gu, "下派"],
  // 农技员下派15个 → 下派农技员15人.
  [
    new RegExp(
      `(^|[，,。；;：:])([\\u4e00-\\u9fff]{0,4}?(?:${PEOPLE}))((?:今年|全年|年内)?)(${PEOPLE_VERB})(${N})(?:个|名|人|位)${END}`,
      "gu",
    ),
    "$1$3$4$2$5人",
  ],
  // 引进3个硕士 → 引进硕士3人 (名/位 are written words already: 引进2名博士 stays).
  // draft49: a written verb of bringing people in keeps no 了 before their count (培养了5名技术员 → 培养5名技术员).
  [new RegExp(`(${PEOPLE_VERB})了(?=${N}[个名位人])`, "gu"), "$1"],
  // draft49: with what they studied or do before them (引进3个林学硕士 → 引进林学硕士3人).
  [new RegExp(`(${PEOPLE_VERB})(${N})个([\\u4e00-\\u9fff]{0,4}?(?:${PEOPLE}))${END}`, "gu"), "$1$3$2人"],
  // 为合作社讲解2次无人机飞防 → 为合作社讲解无人机飞防2次.
  [
    new RegExp(`(${TAUGHT})了?(${N})(次|回|遍|趟)(${OBJECT})${END}`, "gu"),
    (_m, verb, n, unit, object) =>
      `${verb === "讲" ? "讲解" : verb}${object.replace(/^课$/u, "")}${n}${unit === "遍" ? "遍" : "次"}`,
  ],
  [/(?<![送交发递寄留借还卖分])给(?=[\u4e00-\u9fff]{2,8}?讲解[\u4e00-\u9fff]{2,12}?\d)/gu, "为"],
  [/(讲解|宣讲|演示|讲授|辅导)了(?=\d|[\u4e00-\u9fff]{2,12}?\d+(?:多|余)?次)/gu, "$1"],
  // 建起来了3个、搭起来2座 → 建成.
  [/(?:建|搭|盖)起来了?(?=\d)/gu, "建成"],
  // 帮8家企业弄下来高企认定 → 取得.
  [/(?:弄|跑|拿|争取)下来了?(?=[\u4e00-\u9fff]{2})/gu, "取得"],
  [/送了(?=\d+(?:多|余)?[批次套本册份])/gu, "送去"],
  [/摆了?(\d+(?:多|余)?)(?:次|回)摊/gu, "设摊$1次"],
  [/(组织|带领)([\u4e00-\u9fff]{1,6}?)去(?=[\u4e00-\u9fff]{2,8}?(?:学习|学了|考察|参观|观摩))/gu, "$1$2赴"],
  [/学了(?=\d+(?:多|余)?(?:次|回|天|期))/gu, "学习"],
  [/(?<=\d(?:多|余)?)[回趟](?=[，,。；;！？!?]|$)/gu, "次"],
  // The filler 那个 inside a clause.
  [
    /(?<=[\u4e00-\u9fff])那个(?=[\u4e00-\u9fff]{2})(?!村|乡|镇|人|时|地方|月|事|问题|情况|单位|企业|学校|同志|领导)/gu,
    "",
  ],
  // 牛棚好多都漏风 → 不少牛棚漏风; 好多农户都不会 → 不少农户不会.
  [/(^|[，,。；;：:])([\u4e00-\u9fff]{2,8}?)(?:好多|好些)都(?=[\u4e00-\u9fff])/gu, "$1不少$2"],
  [/(?:好多|好些)([\u4e00-\u9fff]{2,6}?)都(?=[\u4e00-\u9fff])/gu, "不少$1"],
  // Plans.
  [/(?<=[每各][\u4e00-\u9fff]{1,4})配(?=(?:\d+|一|两)(?:名|个|位))/gu, "配备"],
  [/(?<![送交发递寄留借还卖分])给(?=每[个家所户]|各)/gu, "为"],
  [
    /(?:把|将)([\u4e00-\u9fff]{2,8}?)(?:早点|早些|早一点|早日)(发下去|发放|发|拨下去|拨付|拨|兑现|落实)/gu,
    (_m, what, verb) => `尽早${/^发/u.test(verb) ? "发放" : /^拨/u.test(verb) ? "拨付" : verb}${what}`,
  ],
  [/(?:把|将)([\u4e00-\u9fff]{2,6}?)再?扩个?(?=\d+(?:多|余)?亩)/gu, "新增$1种植面积"],
];

/** draft51: the market bureau's leftovers first (spoken-market.ts); built once, not per sentence. */
const ALL_RULES = [
  ...DALI_LEFTOVERS,
  ...EVENT_ACTIVITY,
  ...HUIZHOU_LEFTOVERS,
  ...HEALTH_RULES,
  ...TOURISM_RULES,
  ...CULTURE_RULES,
  ...MARKET_RULES,
  ...RULES,
  ...OUTCOME_RULES.slice(0, -1),
  ...CULTURE_LAST,
];

/** The text with the leftovers above written, or as it was. */
export function spokenLeftovers(text: string): string {
  let t = text;
  for (const [re, to] of ALL_RULES) t = t.replace(re, to as string);
  return t;
}
