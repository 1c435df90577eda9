/**
 * draft43: spoken problem and plan clauses that round forty-two's rules (written-clauses.ts) left as said, by class —
 * 「年轻人留不住」「价钱上不去」「设备太老」「积极性不咋高」「信不过」「舍不得花钱」「慢得很」「搞不懂」 under 二、 and
 * 「预计来80人」「多卖点」「多下去走走看看」「把年轻人留住」「要下来」「换成新的」 under 三、. Each rule says
 * the same thing in written words: a trouble stays the trouble that was said, nothing is called 不足 that was not said to
 * be short, and no rule reads or writes a digit. Applied after written-clauses.ts (writtenProblem, writtenPlan).
 */
type Rule = [RegExp, string | ((match: string, ...groups: string[]) => string)];

/** The young of a place, said plainly (年轻人、年轻娃、年轻的). */
const YOUNG = "(?:年轻人|年轻娃|年轻后生|小年轻|年青人)";
/** Leaving a place, or not staying in it (留不住、留不下来、往外跑、都跑出去了、待不住). */
const NOT_STAYING = "(?:都|也|还是)?(?:留不住|留不下来?|待不住|呆不住|蹲不住|守不住)";
const GOING_OUT = "(?:都|全)?(?:往外跑|往外走|(?:跑|走)?出去打工了?|跑出去了?|走出去了?|外出打工了?)";
/** Machines and buildings that age (设备太老了、机器太旧、线路老掉牙). */
const AGEING = "(?:设备|机器|机械|设施|线路|管网|电脑|仪器|车辆|车子|厂房|房子|校舍|农机|器材)";
/** 慢得很、乱得很: how bad, in written words. */
const VERY_BAD: Record<string, string> = { 慢: "较为缓慢", 乱: "较为混乱", 散: "较为分散", 难: "难度较大" };

const TROUBLE_RULES: Rule[] = [
  // lead43: 「年轻人留不住是个老问题」「资金短缺一直是老大难」「设备老化是个大问题」: a judgement said after the trouble —
  // written as its own clause, kept as said (long-standing or serious), never as 不是 (这不是个大问题 is no trouble said).
  [
    /\s*(?<!不\s*)(?:也|还|这|这个)?(?:一直|向来|历来)?是(?:个|一个)?(老问题|老大难(?:问题)?|老毛病|大问题|大难题|头疼的事|难题)了?(?=[，,。；;！!]|$)/gu,
    (_m, said: string) => (said.startsWith("老") ? "，这一问题长期存在" : "，这一问题较为突出"),
  ],
  // 「村里年轻人留不住」「年轻人都往外跑，留不下来」: the young go or do not stay — 青年, 外流, 难以留住.
  [new RegExp(`${YOUNG}(?=${NOT_STAYING}|${GOING_OUT})`, "gu"), "青年"],
  [new RegExp(`(?<=青年|人才|技术员|人员|老师|教师|医生|干部|人)${GOING_OUT}`, "gu"), "外流"],
  [new RegExp(`(?<=[\\u4e00-\\u9fff，,])${NOT_STAYING}(?=[，,。；;]|$)`, "gu"), "难以留住"],
  // 「技术员招不来」: hard to recruit.
  [/(?<=[\u4e00-\u9fff])(?:招不来|招不到人|招不上来)(?=[，,。；;]|$)/gu, "招引困难"],
  // 「来了也待不住」: the ones who came do not stay — 引进后也.
  [/(?<=[，,])来了(?=难以留住)/gu, "引进后也"],
  // 「茶叶价钱上不去」「价格提不上去」: the price does not rise.
  [/(?:价钱|价格|价)(?:总是|一直|老是)?(?:上不去|提不上去|起不来|涨不上去)/gu, "价格难以提高"],
  // 「加工设备太老了」「机器太旧」「线路老掉牙」: ageing, said of things only (技术员年纪太大 is written-clauses.ts's).
  [
    new RegExp(
      `(?<=${AGEING})(?:都|也)?(?:太|很|比较|有点|挺|较|老)?(?:老|旧|老掉牙|破旧)(?:了)?(?=[，,。；;]|$)`,
      "gu",
    ),
    "老化",
  ],
  // 「积极性不咋高」「不咋重视」: 不咋 is 不太 — 不高, 不够重视.
  [/不咋(?:么)?(?=高|强|多|好|大|快)/gu, "不"],
  [/不咋(?:么)?(?=主动|积极|重视|熟悉|了解|规范|及时)/gu, "不够"],
  // 「宣传栏都破破烂烂的」: worn out.
  [/(?:都|也)?(?:破破烂烂|破烂不堪|烂糟糟)(?:的)?/gu, "破损严重"],
  // 「好些村」 at the head of a problem: many of them — 不少.
  [/^好些(?=[\u4e00-\u9fff])/u, "不少"],
  // 「老百姓对新技术信不过」: the public, not trusting it enough.
  [/老百姓/gu, "群众"],
  [/信不过|不太信|不大信/gu, "信任度不高"],
  // 「搞研发舍不得花钱」: unwilling to spend on it.
  [/舍不得(?:花钱|投钱|投入|掏钱|出钱)/gu, "投入意愿不强"],
  // 「资料收上来慢得很」: gathered, slowly.
  [/收上来/gu, "收集"],
  [/(慢|乱|散|难)得很/gu, (_m, w) => VERY_BAD[w] ?? _m],
  // draft47: 「学技术的劲头不大」「验收拖得很久」: keenness low, taking long.
  [/劲头(?:不大|不足|不高|小)/gu, "积极性不高"],
  [/拖得(?:很|太|比较|挺)?(?:久|长)了?(?=[，,。；;]|$)/gu, "耗时较长"],
  // 「老人搞不懂网上怎么操作」: not familiar with it.
  [/(?:搞|弄|整)不(?:懂|明白|清楚)/gu, "不熟悉"],
  [/怎么(?=操作|使用|办理|申报|申请)/gu, ""],
  // draft44: 「积极性不太高」「意识不大强」: not high, not strong; 「老是请假」: often.
  [/不(?:太|大|怎么)(?=高(?![兴级])|强(?!制))/gu, "不"],
  [/老是|老爱/gu, "经常"],
  // 「研发投入上不去」「收入提不起来」: an amount or a rate that does not rise.
  [
    /(?<=投入|收入|产量|效益|积极性|比例|比重|水平|销量|产值|数量|规模|率|量)(?:总是|一直|经常)?(?:上不去|提不上去|提不起来|上不来)/gu,
    "难以提高",
  ],
  // 「企业搞研发的钱舍不得出」: unwilling to spend on it, as 舍不得花钱 above.
  [/搞([一-鿿]{2,4}?)的钱(?:都|也)?舍不得(?:出|花|掏|投)/gu, "$1投入意愿不强"],
  // 「懂技术的人太少了」: people who know it are its 人才.
  [/懂([一-鿿]{2,4}?)的人(?!才|员)/gu, "$1人才"],
  // 「办事的手续太多了」: the steps of a procedure, too many.
  [/(办事|审批|报销|申报|办理)的(手续|流程)/gu, "$1$2"],
  [/(?<=手续|流程|环节)(?:太|过于)多了?(?=[，,。；;]|$)/gu, "过多"],
  // draft45: a trouble of number or speed said as one bare word at its clause's end (乡镇科普阵地少、村里网速慢、
  // 申报材料质量差、宣传栏旧了、农户不太配合): the written word of degree, nothing called short that was not.
  [
    /(?<=[\u4e00-\u9fff]{2})(?<![不多减缺至很稀偏较过])(?:有点|比较|很|挺)?少(?:了)?(?=[，,。；;]|$)/gu,
    "偏少",
  ],
  [
    /(?<=网速|速度|进度|进展|节奏|审批|办理|回款|到位)(?:有点|比较|很|挺|太)?慢(?:了)?(?=[，,。；;]|$)/gu,
    "较慢",
  ],
  [
    /(?<=质量|效果|条件|基础|信号|网络|环境|意识|能力|素质)(?:有点|比较|很|挺|太)?差(?:了)?(?=[，,。；;]|$)/gu,
    "较差",
  ],
  [
    /(?<=宣传栏|展板|公告栏|标识牌|标牌|橱窗|宣传牌)(?:都|也)?(?:有点|比较|很|挺|太)?(?:旧|破旧)(?:了)?(?=[，,。；;]|$)/gu,
    "老旧",
  ],
  [/不(?:太|大|怎么)配合/gu, "配合度不高"],
  // draft46: 「项目资金拨得慢」「审批批得太慢了」: the verb as the document writes it, then 较慢 (太慢 is 偏慢 by now).
  [
    /(?:审批(?=批得)|拨付(?=拨得)|兑现(?=兑得))?(拨|批|审|推|发|兑|落实|推进|审批|拨付|兑现|办理)得(?:有点|比较|很|挺|太|偏)?慢(?:了)?(?=[，,。；;]|$)/gu,
    (_: string, v: string) => `${SLOW_VERB[v] ?? v}较慢`,
  ],
  // 「专利转化率低」「贫困户参保比例太低了」: a rate at its clause's end, 偏低.
  [/(?<=率|比例|比重|占比|覆盖面)(?:有点|比较|很|挺|太)?低(?:了)?(?=[，,。；;]|$)/gu, "偏低"],
  // 「农户不太愿意用新品种」: who, what they would not do, 的意愿不强 (only the verbs below; 不愿意 alone stays).
  [
    /不(?:太|大|怎么)?愿意(用|使用|种|种植|学|学习|参加|参与|接受|投入|申报|贷款)([\u4e00-\u9fff]{2,8}?)(?=[，,。；;]|$)/gu,
    (_: string, v: string, o: string) => `${WILLING_VERB[v] ?? v}${o}的意愿不强`,
  ],
  // 「培训内容跟农民需求对不上」: does not match — 与农民需求不匹配.
  [/(?:跟|和|同)([\u4e00-\u9fff]{2,8}?)(?:对不上号?|不对路|不对口)(?=[，,。；;]|$)/gu, "与$1不匹配"],
  // 「看不懂那些宣传单」: 那些 points at what the speaker sees; the document names it.
  [/(?<=[一-鿿])那些(?=[一-鿿]{2})/gu, ""],
];

/** draft46: the one-character verbs of a slow trouble as the document writes them. */
const SLOW_VERB: Record<string, string> = {
  拨: "拨付",
  批: "审批",
  审: "审核",
  推: "推进",
  发: "发放",
  兑: "兑现",
};
const WILLING_VERB: Record<string, string> = { 用: "使用", 种: "种植", 学: "学习" };

const PLAN_RULES: Rule[] = [
  // 「预计来80人」: the figure's label is 预计参加 — 预计80人参加. 「预计能带动100户」: 能 is chat.
  [/预计(?:能)?来(?:了)?([\d一二两三四五六七八九十百千]+(?:多|余)?(?:人次|人|名))/gu, "预计$1参加"],
  [/预计能(?=[\u4e00-\u9fff])/gu, "预计"],
  // 「争取多卖点」: sell more — 扩大销售.
  [/多卖(?:点|些|一些)?(?=[，,。；;]|$)/gu, "扩大销售"],
  // 「再多下去走走看看」: more visits down there, no place said — 加大走访力度 (多跑跑 + a place is written-clauses.ts's).
  [/(?:再)?多(?:下去|下乡|下村)?(?:走走看看|走走|看看|转转|跑跑)(?=[，,。；;]|$)/gu, "加大走访力度"],
  // 「把年轻人留住」: keeping the young — 留住青年.
  [new RegExp(`(?:把|将)${YOUNG}留(?:住|下来?)`, "gu"), "留住青年"],
  // 「争取把经费要下来」: funds obtained — 争取经费.
  [/(?:把|将)([\u4e00-\u9fff]{1,6}?)(?:要下来|跑下来|争取下来)/gu, "$1落实到位"],
  // 「把宣传栏都换成新的」: renewed.
  [/(?:把|将)([\u4e00-\u9fff]{1,8}?)(?:都|全)?换(?:成)?新的/gu, "更新$1"],
  // draft45: 「把网速的问题解决掉」: the trouble named, then solved — 解决网速问题 (掉、好 are chat).
  [/(?:把|将)([\u4e00-\u9fff]{1,10}?)的?问题(?:都|全)?解决(?:掉|好|了)?(?=[，,。；;]|$)/gu, "解决$1问题"],
  // 「把科普阵地再建多点」「示范点多建几个」: more of them built, no number said — 增建, no count added.
  [/(?:把|将)([\u4e00-\u9fff]{1,8}?)再?建多(?:点|些|一些|几个)(?=[，,。；;]|$)/gu, "增建$1"],
];

const apply = (text: string, rules: Rule[]) =>
  rules.reduce((t, [re, to]) => t.replace(re, to as (m: string, ...g: string[]) => string), text);

/** A problem clause (after written-clauses.ts) with the spoken words above in written form. */
export function troubleWords(text: string): string {
  return apply(text, TROUBLE_RULES);
}

/** A plan clause (after written-clauses.ts) with the spoken words above in written form. */
export function planWords(text: string): string {
  return apply(text, PLAN_RULES);
}
