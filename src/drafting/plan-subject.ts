import { arabicFigures } from "./polish-prose.js";
import { writtenPlanVerb } from "./plan-verbs.js";
/**
 * A plan said the way staff say it in chat leaves out what the plan is about, because the message
 * said it just before: 「科技活动周搞了8场活动…明年要下沉到村」 plans to take the activity week down to
 * the villages, but 「下沉到村」 alone, under the plan's heading, says nothing of what goes. In a
 * written plan the measure names what it moves (推动…下沉到村). This module gives such a plan its
 * subject back from the same message, and says the modal and pro-verbs of chat in writing
 * (「大篷车要下到每个乡镇」 → 大篷车下到每个乡镇, 「进校园搞讲座」 → 进校园开展讲座).
 */

/** Verbs of taking work further out (down to villages, across the county): they need what is moved. */
const SPREAD = "下沉|延伸|铺开|推广|拓展|扩展|辐射|覆盖|扩大|扩";
/** A plan that starts with such a verb (or with where to, 「往村里铺开」) has no subject of its own. */
const BARE_SPREAD = new RegExp(
  `^(?:(?:往|向)(?<to>[\\u4e00-\\u9fff]{1,8}?)(?:里|去|上)?)?(?<verb>${SPREAD})(?![率面度])`,
  "u",
);
/** The work the message reported first, said before its verb: 「科技活动周搞了8场活动」 → 科技活动周. */
const TOPIC =
  /^(?:今年|全年|上半年|下半年|本月|这个月|我们|我局|科里)*([\u4e00-\u9fff]{2,10}?)(?:搞了|开展了?|举办了?|组织了?|办了|开了|共|累计|一共)/u;
/** What is not the work itself: a time, a place word, a person. */
const NOT_TOPIC =
  /^(?:今年|去年|明年|全年|上半年|下半年|[一二三四五六七八九十\d]+月|最近|前段时间|这段时间|我们|我局|局里|科里)/u;
/** 要 as the modal of a plan (「大篷车要下到每个乡镇」), not the verb (「要到资金」) or part of a word. */
const MODAL_YAO =
  /(?<=[\u4e00-\u9fff]{2})(?<![需主重只必概还想就])要(?=下到|下沉|延伸|铺开|进|去|开展|建|办|推|抓|把|将|实现|完成|覆盖|扩|新建|组织|举办)/gu;
/** 搞 before an event noun is 开展 in writing. */
const GAO_EVENT =
  /搞(?=[\u4e00-\u9fff]{0,4}(?:讲座|培训|活动|宣传|调研|比赛|竞赛|展览|义诊|观摩|宣讲|演练))/gu;

/**
 * 「开春前把滴灌装上」「年底前把台账弄好」: 把 + the thing + a spoken verb with its result (装上、修好、弄好、补齐) ends a plan in
 * chat; a written plan completes the work (完成滴灌安装、完成台账整理). 弄/搞 say no work of their own: 完成 + the thing.
 */
const DONE_BY =
  /把([\u4e00-\u9fff]{1,10}?)(装|修|弄|搞|建|补|配|换|整理|维修)(?:上|好|完|齐|起来)(?=[，,。；;]|$)/gu;
const RESULT_VERB: Record<string, string> = {
  装: "安装",
  修: "维修",
  建: "建设",
  补: "补充",
  配: "配备",
  换: "更换",
  整理: "整理",
  维修: "维修",
};

/** The subject a bare spreading plan takes: the work its message reported first, else 相关工作. */
export function topicOf(context: string): string {
  const first = context.split(/[，,。；;！？!?\n\s]/u).find((c) => c.trim()) ?? "";
  const topic = TOPIC.exec(first.trim())?.[1];
  return topic && !NOT_TOPIC.test(topic) ? topic : "相关工作";
}

/** A plan that is only a verb once its lead is gone (「明年再报」 → 报): what it is done to was said before it (plan-verbs.ts). */
const BARE_VERB = /^(?:再|还|接着|继续|再接着)?(报|交|申报|上报|补报|补|办|建|改|整改)$/u;
/** What is left, counted: 「剩下3家材料不全」 → 剩下3家. */
const LEFT_COUNTED =
  /(?:剩下|剩余|其余|还有|另有)的?[\d一二两三四五六七八九十几]+[多余来]?(?:个|家|户|件|项|处|所|座|条|名|人|批|份)/gu;

/**
 * 「剩下3家材料不全明年再报」: the plan 「再报」 takes back what is left, counted, from the words before it
 * (推动其余3家申报, the count in digits as the problems part writes it: 「还有两家…」 → 其余2家); undefined when the message
 * counts nothing left.
 */
function bareVerbWithObject(plan: string, context: string): string | undefined {
  const verb = BARE_VERB.exec(plan)?.[1];
  if (!verb) return undefined;
  const said = context.split("\n")[0]!;
  const left = [...said.matchAll(LEFT_COUNTED)].at(-1)?.[0];
  // 剩下、还有 (what is left) is 其余 in writing, as the problem part says it.
  if (left)
    return `推动${arabicFigures(left.replace(/^(?:剩下|剩余|还有|另有)的?/u, "其余"))}${writtenPlanVerb(verb)}`;
  const part = partWithTrouble(said, writtenPlanVerb(verb));
  if (part) return part;
  // 「过了3家 2家场地不达标 明年再报」: the count heading the clause that fell short is what is done again (上述2家).
  const failed = said
    .split(/[，,。；;\s]+/u)
    .map((c) => HEADED_FAILING.exec(c)?.[1])
    .filter(Boolean)
    .at(-1);
  return failed ? `推动上述${arabicFigures(failed)}${writtenPlanVerb(verb)}` : undefined;
}

/** 「有两家材料不全」: a part of what was counted, said with what it lacks (a lack or a no right after the count). */
const PART_WITH_TROUBLE =
  /(?<=^|[，,。；;\s])有([\d一二两三四五六七八九十几]+)(家|个|所|户|件|项|处|座|名|人)([\u4e00-\u9fff]{0,6}?)((?:材料|资料|手续|账目|数据|条件|资质|指标)?(?:不全|不齐|不够|不足|不达标|不符合[\u4e00-\u9fff]{0,4}|没交齐|未交齐|没通过|未通过|没达标|未达标))(?=[，,。；;\s]|$)/u;

/**
 * 「跑了23家规上企业，有两家材料不全 明年再报」: the plan 「再报」 is for the part with the trouble, named by what it lacks and
 * what the message counted in that measure before it (推动材料不全的2家规上企业申报); undefined when no such part is said.
 */
function partWithTrouble(said: string, verb: string): string | undefined {
  const m = PART_WITH_TROUBLE.exec(said);
  if (!m) return undefined;
  const [, n, unit, own, trouble] = m as unknown as [string, string, string, string, string];
  const before = said.slice(0, m.index);
  const counted = new RegExp(
    `\\d+(?:多|余|来)?${unit}([\\u4e00-\\u9fff]{2,8}?)(?=[，,。；;\\s]|$)`,
    "u",
  ).exec(before)?.[1];
  return `推动${trouble}的${arabicFigures(n + unit)}${own || counted || ""}${verb}`;
}

/** A clause headed by its count that says the count fell short: 「2家研发中心场地不达标」「3个村没报上来」 (个 keeps its place). */
const HEADED_FAILING =
  /^([\d一二两三四五六七八九十]+[多余来]?(?:个(?:村|乡镇|镇|乡|社区|站|点|单位|项目)?|家|户|件|项|处|所|座|条|名|人|批|份))[^，。；]*?(?:不达标|未达标|不符合|不合格|不全|不齐|没|未)/u;

/** A plan sentence with its subject back (see module comment) and chat modals said in writing. */
export function withSubject(plan: string, context: string): string {
  const object = bareVerbWithObject(plan, context);
  if (object) return object;
  const written = plan
    .replace(/^(?:还得|还需|得)(?=[\u4e00-\u9fff])/u, "")
    .replace(MODAL_YAO, "")
    .replace(GAO_EVENT, "开展")
    .replace(DONE_BY, (_m, thing: string, v: string) => `完成${thing}${RESULT_VERB[v] ?? ""}`);
  const m = BARE_SPREAD.exec(written);
  if (!m) return written;
  // 「往村里铺开」 → 向村铺开: the direction said in writing.
  const to = m.groups?.to;
  const verbAt = m[0].length - (m.groups?.verb ?? "").length;
  const verb = m.groups?.verb ?? "";
  const tail = written.slice(verbAt + verb.length);
  // 推广/扩 take what they carry as an object (将…推广到全县); the others are a movement (推动…下沉到村).
  const carried = /^(?:推广|扩大|扩)$/u.test(verb);
  const said = `${to ? `向${to}` : ""}${verb === "扩" ? "扩大" : verb}${tail}`;
  return `${carried ? "将" : "推动"}${topicOf(context)}${said}`;
}
