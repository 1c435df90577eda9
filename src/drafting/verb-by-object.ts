import type { Rewrite } from "./whole-phrases.js";

/**
 * Spoken verbs whose written verb depends on what they act on (trial39, console), applied with the whole phrases
 * before clean-chat.ts's catch-all 搞了/弄了 → 开展 and its other word rules:
 *
 * - 送了 + printed material or farm supplies handed to those served (技术手册、政策汇编、科普资料、种子、化肥) → 发放;
 *   sent to an office or a leader above (给县委办送了调研资料) → 向…报送 (review39b: it read 为县委办发放);
 *   gifts on a visit of care (慰问金、慰问品) → 送去; anything else sent (样品、报表) stays as said, and so does what
 *   was given to the office (送来了一批化肥、送了我们一批图书: received, review40);
 * - 弄了/搞了 + an area (亩、平方米) → by what the area holds: a base, demonstration or sheds are built (建设), work done on
 *   the land (土地流转、统防统治、复耕、改造) is carried out (完成, review39b: it read 种植200亩土地流转), anything else
 *   named after the area is planted (种植), nothing named is developed (发展) — never 「开展50亩」;
 *   种上了、栽上了 → 种植;
 * - 组织去、带领…去 a place to look or learn → 赴; a spoken 一回 closing what was done → 一次 (一回事 is no count).
 */

/** What is handed out: printed matter and farm supplies. */
const HANDED =
  "(?:[\\u4e00-\\u9fff]{0,6}?(?:手册|汇编|资料|宣传册|宣传单|宣传品|明白纸|明白卡|折页|读本|图书|书籍|挂图|年画|种子|种苗|化肥|有机肥|农药|农资|药品))";
/** Gifts on a visit of care. */
const CARE = "(?:慰问金|慰问品|慰问物资|米面油|棉被)";
/** A count said before the area's measure: digits or Chinese numerals, with 多/余/来. */
const AREA = "[\\d.一二两三四五六七八九十百千万]+(?:多|余|来)?(?:万)?(?:亩|平方米|平米|公顷)";
/** Work done on an area of land, which nothing plants (the last words of what is named after the area). */
const LAND_WORK =
  /(?:流转|托管|统防统治|防治|飞防|复耕|复垦|深翻|深松|翻耕|机耕|机收|收割|改造|整治|整理|治理|修复|覆盖|测土配方施肥|施肥)$/u;
/** Offices and leaders above, to whom material is sent up: 县委办、市局、县农业农村局、上级部门、局领导. */
const ABOVE =
  "(?:[县市省州区][\\u4e00-\\u9fff]{0,5}?(?:办|局|委|厅|政府|部门)|上级[\\u4e00-\\u9fff]{0,3}?|主管部门|局领导|领导|局里|县里|市里)";
/** Work on land named right before 搞了/弄了 + an area: the area is that work's. */
const WORK_BEFORE =
  /(?:造林|植树|绿化|低改|改造|修复|治理|流转|防治|整治|复垦|复耕|飞防|抚育|补植|封育|管护|更新)(?:工作|任务)?$/u;
/** What is built on an area rather than planted. */
const BUILT = /(?:示范|基地|园|大棚|棚|厂房|场|田|区|点)$/u;

export const VERB_BY_OBJECT: Array<[RegExp, Rewrite]> = [
  // 给县委办送了调研资料 → 向县委办报送调研资料 (sent up, as 报给/交给 an office above is 报送: whole-phrases.ts).
  [new RegExp(`(?:给|向)(${ABOVE})送(?:去|过去)?了(?=${HANDED}|材料|报告|报表|台账)`, "gu"), "向$1报送"],
  // 送了政策汇编300本 → 发放政策汇编300本; 送了慰问金 → 送去慰问金.
  // Not 送来了 nor 送了我们 (given to the office: received, review40).
  [new RegExp(`送去?了(?![我咱俺])(?=${HANDED})`, "gu"), "发放"],
  [new RegExp(`送(?:去)?了(?=${CARE})`, "gu"), "送去"],
  // 弄了50亩羊肚菌 → 种植50亩羊肚菌; 搞了200亩水稻示范 → 建设200亩…; 中药材又弄了40亩 → 中药材又发展40亩.
  [
    new RegExp(`(?:搞|弄|整)了(?=${AREA})`, "gu"),
    (m: string, at: number, whole: string) => {
      // draft49: the work itself named before the verb (造林搞了1.2万亩、退化林修复弄了2000亩、油茶低改搞了1500亩):
      // the area is of that work — 造林1.2万亩, no verb of ours (it read 造林发展、修复种植).
      if (WORK_BEFORE.test(whole.slice(0, at))) return "";
      const after = whole.slice(at + m.length).replace(new RegExp(`^${AREA}`, "u"), "");
      const thing = /^[\u4e00-\u9fff]{0,14}?(?=[，,。；;！？!?\s]|$)/u.exec(after)?.[0] ?? "";
      if (!thing) return "发展";
      if (LAND_WORK.test(thing)) return "完成";
      return BUILT.test(thing) ? "建设" : "种植";
    },
  ],
  [/(?:种|栽)上了?(?=[，,。；;！？!?\s]|$)/gu, "种植"],
  // 组织去红色教育基地参观学习 → 组织赴…; 带领种植户去邻县考察 → 带领种植户赴邻县考察 (前去 is written already).
  [
    /(?<=(?:组织|带领|带着|带队)[\u4e00-\u9fff]{0,6}?)(?<![前回出过进上下])去(?=[\u4e00-\u9fff]{2,12}?(?:参观|学习|考察|观摩|调研|培训|交流))/gu,
    "赴",
  ],
  [/了?(?:一回|1回)(?!事)(?=[，,。；;！？!?\s]|$)/gu, "一次"],
];
