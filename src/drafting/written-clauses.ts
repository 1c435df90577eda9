import { doubledVerbWritten } from "./colloquial-work.js";
import { planWords, troubleWords } from "./trouble-plan-words.js";

/**
 * Trial41: spoken problem and plan clauses as a 公文 writer would put them under 二、 and 三、, by class. Round forty's
 * draft kept 「偏远村小去得少」 as 「一是偏远村小去得少」 and plans such as 「多跑跑偏远的学校，再招点志愿者」
 * and 「将流程简化一下，再办2场培训」 as said. Each rule turns one way of speaking into its written form and says the
 * same thing: a trouble stays the trouble that was said (去得少 is 覆盖不足 only because going there is what was short;
 * 不太主动 is 不够主动, never 不足), a measure keeps its object and its count. No rule reads or writes a digit.
 * Applied after clean-chat.ts (offline-plan.ts problemText and planSentence).
 */
type Rule = [RegExp, string | ((match: string, ...groups: string[]) => string)];

/** A degree word said before a judgement (比较少、有点乱、都比较大). */
const DEGREE = "(?:都|也|还)?(?:比较|很|太|挺|蛮|有点|有些|特别|相当|较)?";
/** Where staff go, that going there little leaves short: schools, villages, firms, households. */
const VISITED =
  "(?:村小|学校|小学|中学|教学点|村|组|乡镇|镇|社区|企业|园区|基地|农户|户|合作社|工地|片区|山区)";

const PROBLEM_RULES: Rule[] = [
  // 「有的基地管护跟不上」: 有的 at the head of a problem is 部分 (有些 already is, clean-chat.ts).
  // 「有的时候信号不好」 is how often, not which: 有时 (review41).
  [/^有的时(?:候)?/u, "有时"],
  [/^有的(?=[\u4e00-\u9fff])/u, "部分"],
  // 「偏远村小去得少」「山里教学点跑得比较少」: the places named were seldom reached — coverage short of them.
  [new RegExp(`(?<=${VISITED})(?:去|跑|走|到|下去)(?:的|得)${DEGREE}(?:少|不足)(?:了)?`, "gu"), "覆盖不足"],
  // 「研发投入不上心」「对这事不上心」: not taken seriously.
  [/不(?:太|怎么)?上心/gu, "重视不够"],
  // 「报材料老拖」「交表总是拖拖拉拉的」: handed in late, often.
  // draft45: not the 报 of a word of its own (申报材料、填报材料、上报材料 — 申报材料质量差 read 申报送材料).
  [/(?<![申填上呈补预通汇举简情])报材料/gu, "报送材料"],
  [/(?:老是|总是|老|总)?(?:拖拖拉拉|拖拉|拖沓)(?:的)?(?=[，,。；;]|$)/gu, "经常拖延"],
  [/(?:老是|总是|老|总)拖(?:着)?(?=[，,。；;]|$)/gu, "经常拖延"],
  // 「流程太繁」「手续太麻烦」: too many steps.
  [
    // A bare 烦 is how people feel (村民有点烦 is no procedure): only 繁、麻烦、繁杂 are (review41).
    /(?<![不民众眾户戶人员員们們生])(?:太|很|挺|蛮|特别|比较|有点)(?:繁|麻烦|麻煩|繁杂|繁雜)(?:了|得很)?(?=[，,。；;]|$)/gu,
    "较为繁琐",
  ],
  // 「学习不太主动」「对政策不怎么熟悉」: not very — 不够, the judgement kept.
  [
    /不(?:太|怎么|大)(?=主动|积极|重视|规范|熟悉|了解|及时|到位|稳定|完善|深入|扎实|严格|畅通|精准)/gu,
    "不够",
  ],
  // 「台账记得乱」「档案放得有点乱」: kept in disorder.
  [
    new RegExp(`(记|填|写|放|摆|管|存)(?:的|得)${DEGREE}乱(?:了)?`, "gu"),
    (_m, v) =>
      `${({ 记: "记录", 填: "填写", 写: "书写", 放: "存放", 摆: "摆放", 管: "管理", 存: "存放" } as Record<string, string>)[v] ?? v}较为混乱`,
  ],
  // 「管护跟不上」「售后服务跟不上」: a service that falls short is 不到位 (技术跟不上 is left: it is not a service).
  [/(?<=管护|服务|管理|维护|养护|培训|指导|监管|保障|宣传|跟踪|巡查)(?:还|都|也)?跟不上(?:了)?/gu, "不到位"],
  // 「技术员年纪偏大」「岁数都比较大」.
  [new RegExp(`(?:年纪|岁数)${DEGREE}(?:偏)?大(?:了)?`, "gu"), "年龄偏大"],
  // 「钱不够」「缺钱」: money is 资金 in writing.
  [/(?<![\u4e00-\u9fff])钱(?=不够|不足|紧|少)/gu, "资金"],
  [/(?<=^|[，,；;])缺钱/gu, "资金短缺"],
  [/没(?:啥|什么|有)?积极性/gu, "积极性不高"],
  // 「设备老坏」「老出毛病」: often broken.
  [/(?:老是|总是|老|总|经常)坏(?=[，,。；;]|$)/gu, "经常损坏"],
  [/(?:老是|总是|老|总)出(?:问题|毛病|故障)/gu, "经常出现故障"],
  // 「对新系统不会用」: cannot work it.
  // 「不太会用」 is not skilled; 「不会用」 is cannot (draft42: it read 操作不熟练, too weak). A device said before it goes
  // after the verb: 「电脑不会用」 → 不会使用电脑.
  [/不太会(?:用|操作|弄)(?=[，,。；;]|$)/gu, "操作不熟练"],
  [
    /(人|群众|农户|老人|干部|村民|职工|党员)(电脑|智能手机|手机|系统|软件|设备|机器|仪器|平台|无人机|农机)(?:都|也|还)?不会(?:用|使用|操作)(?=[，,。；;]|$)/gu,
    "$1不会使用$2",
  ],
  [/不会(?:用|弄)(?=[，,。；;]|$|[\u4e00-\u9fff]{1,6}(?:[，,。；;]|$))/gu, "不会使用"],
  [/好多(?=人|群众|农户|村民|党员|干部|老人|企业)/gu, "不少"],
];

/** Verbs of a measure whose 一下 is chat (把流程简化一下 → 简化流程). */
const MEND =
  "简化|优化|完善|调整|改进|整合|精简|理顺|更新|修订|统一|明确|规范|梳理|细化|健全|改造|升级|整改|清理|整理";
const KEEP_UP: Record<string, string> = {
  管: "加强$管理",
  抓: "抓好$",
  用: "用好$",
  建: "建立$",
  转: "推动$运转",
};

/** How a measure is done, said between its object and its verb (把台账进一步完善): it goes before the verb. */
const MANNER = "进一步|再|全部|全面|逐步|尽快|及时|彻底|认真|好好|统一|抓紧|切实";
/** Places and people visits go to: 多看看、多转转 of anything else is no visit (多看看技术资料). */
const VISITEE = `(?:${VISITED.slice(3, -1)}|群众|老人|党员|家庭|学生|老师|教师|干部|示范户|困难户|贫困户|大户|种植户|养殖户)`;

const PLAN_RULES: Rule[] = [
  // 「把流程简化一下」 → 简化流程: the verb before its object, 一下 dropped; 「简化一下流程」 → 简化流程. A manner word
  // stays before the verb (把台账进一步完善 → 进一步完善台账); 将 of time (将在年底前完成更新) is no 把 (review41).
  [
    new RegExp(
      `(?:把|将)(?![在于会要对])([\\u4e00-\\u9fff]{1,10}?)(${MANNER})?(${MEND})(?:一下)?(?=[，,。；;]|$)`,
      "gu",
    ),
    "$2$3$1",
  ],
  [new RegExp(`(${MEND})一下`, "gu"), "$1"],
  // 「把台账管起来」「把巡查制度抓起来」「把服务站用起来」.
  [
    /(?:把|将)([\u4e00-\u9fff]{1,10}?)(管|抓|用|建|转)起来/gu,
    (_m, what, v) => (KEEP_UP[v] ?? "$").replace("$", what),
  ],
  // 「学习抓紧点」: 抓紧抓实 what was named.
  [/(?<=^|[，,；;])([\u4e00-\u9fff]{2,6}?)抓(?:紧|实|严)(?:一)?(?:点|些)(?=[，,。；;]|$)/gu, "抓紧抓实$1"],
  // 「多跑跑偏远的学校」「多走走困难户」「多去去边远的村」「多下去看看示范户」: visits, more of them.
  // Only when what follows is a place or people (review41: 多看看技术资料、多跑跑项目 are no visits).
  [
    new RegExp(
      `多(?:下去)?(?:跑跑|走走|去去|看看|转转)([\\u4e00-\\u9fff]{0,8}?${VISITEE})(?=[，,。；;]|$)`,
      "gu",
    ),
    "加大$1走访力度",
  ],
  // 「多宣传宣传惠农政策」: a doubled verb after 多 — more of it.
  [/多(宣传|培训|指导|调研|走访|督导)\1([\u4e00-\u9fff]{0,10}?)(?=[，,。；;]|$)/gu, "加大$2$1力度"],
  // 「搞搞技术员培训」: a doubled spoken verb is the measure's plain verb.
  // By what it acts on (draft42: 弄弄台账 read 开展台账): papers are put in order, rules made whole, activities carried
  // out; anything else is left as said.
  [/^[\s\S]+$/u, (all: string) => doubledVerbWritten(all)],
  [/学学(?=[\u4e00-\u9fff])/gu, "学习"],
  // 「再招点志愿者」「再添点检测设备」「配点」: more of a kind, no count said.
  [/(?:多)?招(?:点|些|一些|几个)(?=[\u4e00-\u9fff])/gu, "增招"],
  [/(?:多)?添(?:点|些|一些|几台)(?=[\u4e00-\u9fff])/gu, "添置"],
  // 「买点化肥」 is bought (draft42: 添置化肥 read odd).
  [/(?:多)?买(?:点|些|一些|几台)(?=[\u4e00-\u9fff])/gu, "购置"],
  [/(?:多)?配(?:点|些|一些)(?=[\u4e00-\u9fff])/gu, "配备"],
  // 「再办几场辅导」「搞几期田间学校」「开展几期…」: several, no number said — 多场/多期, the number not made up.
  // 开展、组织 are kept (开展几次检查 is no event held); 开几次会 is 召开 (review41).
  [
    /(办|搞|弄|开展|组织|开)几(场|期|次|轮|批)(?=([\u4e00-\u9fff]))/gu,
    (_m, v, u, next) =>
      `${v === "开展" || v === "组织" ? v : v === "开" && next === "会" ? "召开" : "举办"}多${u}`,
  ],
  // 「再办2场培训」: an event held is 举办.
  [
    /(?<![举承主开创协筹申代经督交包领帮合联转催查试])办(?=[\d一二两三四五六七八九十]+(?:场|期|次|届|轮)|培训|讲座|展|论坛)/gu,
    "举办",
  ],
  // 「偏远的学校」: an adjective of place before its noun takes no 的.
  [/(?<=偏远|边远|偏僻)的(?=[\u4e00-\u9fff])/gu, ""],
];

const apply = (text: string, rules: Rule[]) =>
  rules.reduce((t, [re, to]) => t.replace(re, to as (m: string, ...g: string[]) => string), text);

/** A problem clause (already through clean-chat.ts) in written form. */
export function writtenProblem(text: string): string {
  return troubleWords(apply(text, PROBLEM_RULES));
}

/** A plan clause (already through clean-chat.ts) in written form. */
export function writtenPlan(text: string): string {
  return planWords(apply(text, PLAN_RULES));
}
