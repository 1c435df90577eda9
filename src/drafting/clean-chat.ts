import { eventHeadcount } from "./event-headcount.js";
import { wentDownWritten } from "./went-down-written.js";
import { goingWritten } from "./going-written.js";
import { LE_OPENS_WORD } from "../domain/done-words.js";
import { absoluteDates } from "./absolute-dates.js";
import { EVENT, placeBareLocation, runOnCommas } from "./run-on-clauses.js";
import { fixPunctuation } from "./check-gongwen.js";
import { markGaps } from "../domain/mark-gaps.js";
import { toSimplified } from "../domain/normalize.js";
import { dropChatTags, spacesAsCommas, writtenForm } from "./polish-prose.js";
import { dropSpokenFrames } from "./spoken-frames.js";
import { topicJoined } from "./topic-joined.js";
import { dialectWritten } from "./dialect-written.js";
import { saysBlockIsMoney } from "../domain/figure-block-money.js";
import { figureKey, findFigures } from "../domain/figures.js";
import { brokenRewrites } from "./broken-rewrite.js";
import { BAN_OPENS, FA_OPENS, SHIELD, WHOLE_PHRASES } from "./whole-phrases.js";
import { crowdCame } from "./spoken-counts.js";
import { DOCUMENT_WORDS } from "./document-words.js";
import { moneyBlocksWritten, tripsAwayWritten } from "./colloquial-work.js";
import { whoHadCountWritten } from "./who-had-count.js";
import { frontedWork } from "./fronted-work.js";
import { helpedCountFirst } from "./helped-count.js";
import { consultedCount } from "./consulted-count.js";
import { lessonCounts } from "./lesson-count.js";
import { spokenLeftovers } from "./spoken-leftovers.js";

/** What 不够 says is short of, as one predicate: 不够完善、不够深入、不够广. */
const ENOUGH_OF =
  "完善|健全|规范|深入|到位|充分|明显|突出|广泛|及时|精准|有力|成熟|稳定|畅通|全面|细致|扎实|大|广|多|高|强|快|好|细|实|硬";

/**
 * Staff chat into document prose, by fixed rules (the offline drafter's first pass): chat
 * openers and fillers dropped (报一下、好消息、刚、前面说的…), spoken verbs put in the written
 * register (搞完了 → 已完成, 报上去了 → 已上报), relative dates turned into dates from the day the
 * update was reported for (昨天 → 5月19日), emoji and exclamation marks removed, half-width punctuation and straight quotes made Chinese. Figures are
 * never touched: no rule matches a digit.
 */

/** Openers at the start of a sentence or after a colon-less lead: 「报一下项目申报：」. */
const OPENERS = [
  /^(?:@\S+\s*)+/u,
  /^(?:各位(?:领导|同事)?|大家好|亲们|hello|Hi)[，,！!：:\s]*/iu,
  // draft44: 领导 is an address only when a pause or a greeting follows (领导，… 领导好) — 「领导我们陪同了两次」 names the object.
  /^领导(?:您?好)?(?:[，,！!：:\s]+|$)/u,
  /^(?:(?:给大家|跟大家|向领导)?(?:报|汇报|说|通报|报告|同步|更新|补充|更正)一下(?:[^，,：:。！!]{0,12}?)(?:情况|进展|进度)?[：:，,！!\s]+)/u,
  /^(?:好消息|喜报|重要消息|有个好消息|告诉大家个好消息)[：:，,！!\s]*/u,
  /^(?:前面|上次|之前|刚才|昨天)(?:说|提|讲|报)(?:的|过的)(?:那个|那项|这个|那件事)?[，,：:\s]*/u,
  /^(?:对了|另外|还有|然后|嗯+|哦+|哈+|那个|就是|话说)[，,、：:\s]*/u,
  /^(?:刚刚|刚才|刚)(?=[\u4e00-\u9fff])/u,
];
/** Verbs whose perfective 了 is dropped in writing (longest first where one contains another). */
const DONE_VERBS =
  "参加|参与|选派|认定|整理|办理|梳理|准备|填报|申请|对接|辅导|登记|备案|带动|组织|开展|巡查|抽检|复核|修缮|登记|查处|核查|抽查|检查|排查|整改|下降|上升|增长|提高|提升|完成|举办|召开|建立|新增|发放|服务|立项|研究|讨论|部署|启动|实施|出台|制定|印发|签订|通过|建成|落实|走访|慰问|接待|受理|办结|引进|申报|清理|处理|达到|培训|筛查|完善|修订|成立|获得|争取|投入|减少|认证|验收|开工|完工|覆盖|上报|入选|评为|授予|评价|评审|评估|评选|审核|审批|核定|调研|考察|督导|指导|推广|宣讲|帮扶|培育|孵化|改造|配备|采购|购置|报送|收集|核实|调处|化解|普及|捐赠|摸排|入库|签约|安装|检测|监测|巡检|新建|讲授|帮助";
/** A count of people or bodies: 六十多人, 80来人, 四十多户, 六十多家. */
const COUNT =
  "(?:近|约|将近|超过|大概)?[\\d一二两三四五六七八九十百千]+(?:多|余|来|几)?[万千]?(?:多|余)?(?:人次|人|名|位|户|家|个)";
/** Where people come to be received: 科技馆来了420人次 is 接待. */
const VENUE = /(?:馆|大厅|厅|窗口|景区|景点|服务中心|服务站|接待室)$/u;
/** A subject that names who came (种粮大户、群众、采购商). */
const WHO = /(?:户|人|员|手|商|者|民|农|生|众|长|代表|专家|党员|干部|嘉宾|企业|小朋友|孩子|儿童|学生)$/u;
/** A clause that ends naming what was held (广场宣传、讲座): who came starts a clause of its own. */
const HELD_END = /(?:会|班|赛|展|节|讲座|论坛|培训|活动|课|演出|宣传|宣讲|义诊|观摩)$/u;
/** Work that people come to take part in, besides events held (EVENT). */
const ACTIVITY = /讲|宣讲|授课|观摩|义诊|党日|宣传|示范|演示|对接|招聘/u;

function spokenVerb(_spoken: string, rest: string): string {
  const object = /^[\u4e00-\u9fff]{1,12}?(?=[，,。；;！？!?]|$)/u.exec(rest)?.[0] ?? "";
  // 搞个茶叶品牌 → 打造茶叶品牌 (draft43: read 开展茶叶品牌).
  if (/^[\u4e00-\u9fff]{0,8}?品牌/u.test(rest)) return "打造";
  // 搞个考核办法 → 制定考核办法: rules and plans are drawn up.
  if (/^[\u4e00-\u9fff]{0,12}?(?:办法|制度|方案|机制|规定|细则|规划|标准|清单)/u.test(rest)) return "制定";
  return /(?:会|班|赛|展|展览|节|讲座|论坛|晚会|仪式|发布会)$/u.test(object) ? "举办" : "开展";
}

type Rewrite = string | ((match: string, ...rest: never[]) => string);
const SPOKEN: Array<[RegExp, Rewrite]> = [
  // Whole verb phrases first (讲了讲、去了一趟 X、八十来号人): the word rules below never see their parts.
  ...WHOLE_PHRASES,
  ...DOCUMENT_WORDS,
  [/[，,]?(?:给大家)?(?:报|汇报|说|通报)一下[：:，,]\s*/gu, "，"],
  [/[（(][^（）()]{0,12}(?:哈|啦|呀|吧|错字|打错|补充一下|更正)[^（）()]{0,6}[）)]/gu, ""],
  [/(?<=[\u4e00-\u9fff])这块(?:工作)?[，,：:]?/gu, "："],
  [/局里/gu, "我局"],
  // 「面积是800亩」: a measure before its figure takes no 是.
  [/(面积|总面积|规模|金额|总额|人数|数量|总数|总量)是(?=[\d一二两三四五六七八九十])/gu, "$1"],
  // 建了 a base is 建成; a mechanism is 建立.
  [
    /(?<![新创组修扩搭筹重])建了(?=[\u4e00-\u9fff]{0,10}?(?:基地|站|点|园|馆|室|中心|平台|工程|设施|大棚|厂房|示范田))/gu,
    "建成",
  ],
  [/(?<![新创组修扩搭筹重改援共])建了(?=[\u4e00-\u9fff])/gu, "建立"], // draft55: 改建了 is no 建立
  // 「开了2次会」 → 召开会议2次.
  [/开了([\d一二两三四五六七八九十]+)(?:次|场)会(?:议)?/gu, "召开会议$1次"],
  // 「压力挺大」 → 压力较大 (挺 before a one-character word).
  [/[挺蛮]([大多高重紧难少小低慢快差弱])的?(?=[，,。；;！？!?]|$)/gu, "较$1"],
  [/(?:招|聘)了(?=[\u4e00-\u9fff\d])/gu, "招聘"],
  [/安排了(?=[\u4e00-\u9fff\d])/gu, "安排"],
  [/按时开(?=[，,。；;]|$)/gu, "按时召开"],
  [/(?:大约|大概)是(?=[\u4e00-\u9fff\d])/gu, "约"],
  // 「120万块钱」「35万元整」「45个人参加」: money and people as written.
  // 块 is 元 only where the figure scanner reads money (五百块钱、花了三千块、一亩补两百块); 展板30块 counts boards.
  [
    /(?<=[\d一二两三四五六七八九十百千万])(?:块钱|块)(?![\u4e00-\u9fff]{0,2}(?:地|田|牌|板|展板))/gu,
    (m: string, at: number, whole: string) => {
      if (m === "块钱") return "元";
      const number = /[\d.一二两三四五六七八九十百千万亿多余来]+$/u.exec(whole.slice(0, at))?.[0] ?? "";
      return saysBlockIsMoney(whole, at - number.length, at + m.length) ? "元" : m;
    },
  ],
  [/(?<=元)整(?=[，,。；;]|$)/gu, ""],
  [/(?<=\d|[一二两三四五六七八九十百千])个人(?=参加|参与|到场|出席|参训)/gu, "人"],
  [/(?<=参加|参与)(群众|人员|学生|农民)?有(?=[\d一二两三四五六七八九十])/gu, "$1"],
  [/在([\u4e00-\u9fff]{2,10}?)搞的(?=[，,。；;]|$|[\u4e00-\u9fff])/gu, "在$1举办，"],
  [/(?<![分印下出开收])发(?=资料|宣传|折页|手册|册子)/gu, "发放"],
  [/走了(?=[\d一二两三四五六七八九十]+(?:所|个|家)(?:学校|村|企业|社区))/gu, "走进"],
  [/再加点/gu, "增加"],
  [/(?<=争取|协调|对接|沟通)一下/gu, ""],
  // 「把制度完善一下」「仪器维修一下」: a work verb's 一下 is chat; the verb alone is the measure.
  [
    /(?<=完善|调整|改造|维修|修缮|升级|更新|整改|优化|梳理|规范|整合|提升|修复|检修|排查|清理|整理|摸排|盘点|宣传|培训|落实|研究|推广|推进|扩大)一下/gu,
    "",
  ],
  // 「申请点资金」「争取点补助」: 点 (a little) after a verb of getting is chat.
  [/(?<=申请|争取|购置|采购|添置|购买|筹措|筹集)点(?![位子])(?=[\u4e00-\u9fff])/gu, ""],
  // 「大概要个40万」「估计得要个二十来万」: a spoken estimate of what it needs is 约需; an amount in 万 that ends
  // the clause with nothing counted after it is money (「约需40万元」).
  [/(?:大概|大约|差不多|估计)(?:得|要)?(?:要|需要|需)个?(?=[\d一二两三四五六七八九十几])/gu, "约需"],
  [/(约需[\d.一二两三四五六七八九十百千]+(?:来|多|余)?万)(?:块钱?|元)?(?=[，,。；;！!]|$)/gu, "$1元"],
  // draft50: 不太慢、不是太低 (not very) are no trouble said: 太 stays after a negation (it was 「不偏慢」).
  [/(?<![不没]|不是)太(?=[低小慢弱差](?:了)?(?:[，,。；;]|$))/gu, "偏"],
  [/(?<=争取|达|做|提高|增加|扩)到了(?=[\d一二两三四五六七八九十百])/gu, "到"],
  [/做完/gu, "完成"],
  [/都来了/gu, "参加"],
  [/都验收了/gu, "全部通过验收"],
  [/(?:也)?收得差不多了/gu, "收获基本完成"],
  [/收完了/gu, "收获完毕"],
  [/建好了/gu, "建成"],
  [/评了/gu, "完成评定"],
  [/办好了/gu, "做好"],
  [/(?:都|也|终于)?(?:搞完了|弄完了|搞定了?|弄好了|办完了|做完了)/gu, "已完成"],
  [/搞完|弄完/gu, "完成"],
  [/(?:搞|干|弄)起来了?/gu, "全面启动"],
  [/(?<=^|[，,。；;])开完(?=[\u4e00-\u9fff])/gu, "召开"],
  [/已经/gu, "已"],
  [/(?<![统])一共(?=[\u4e00-\u9fff\d])/gu, "共"],
  [/(?<=^|[，,。；;])有些(?=[\u4e00-\u9fff])/gu, "部分"],
  // 还不太完善、还不够规范 → 尚不完善; 还不够 left (at a clause's end reached-and-short.ts wrote 仍不足) → 仍不够, never
  // a bare 尚不 (「乡镇覆盖尚不」 lost its 够, 「人手尚不用」 said the opposite).
  [/还不太/gu, "尚不"],
  [new RegExp(`还不够(?=${ENOUGH_OF})`, "gu"), "尚不"],
  [/还不够/gu, "仍不够"],
  // A voice run-on of two problems: 「次数不够考核机制尚不完善」 → 「次数不够，考核机制尚不完善」 — not before what says how
  // (不够完善、不够用、不够广) or before 是 (「技术力量不强是个问题」 is one problem).
  [
    new RegExp(
      `(不够|不足|不强|不高|不到位|不规范|不完善|偏[小少低弱])(?=[\\u4e00-\\u9fff]{2})(?![的以等了和与及是])(?!${ENOUGH_OF}|用)`,
      "gu",
    ),
    "$1，",
  ],
  // 「规范管理率都在70%以上」「都超额完成」 → 均; 「现在全县…」 loses its 现在.
  [/(?<=[\u4e00-\u9fff%，,])都(?=超额|在\d|达到|已|通过|完成)/gu, "均"],
  [/(?<=^|[，,。；;])(?:现在|目前已?经?)(?=全县|全市|全区|全镇|全乡|我局|共|累计|已)/gu, ""],
  [new RegExp(`${FA_OPENS}发了(?=[\\u4e00-\\u9fff])`, "gu"), "发放"],
  // 给村民讲了食用菌种植 → 为村民讲解食用菌种植 (宣讲了、开讲了 keep their verb).
  // 「去柳河乡讲了课」 → 讲课 (讲解课 is no word).
  [/讲了(?=课)/gu, "讲"],
  [/(?<![宣演听开主试])讲了(?=[\u4e00-\u9fff])/gu, "讲解"],
  // 搞了个展览 → 举办展览, 弄了一次演练 → 开展演练: the written verb goes by what is done. Not the 办 of 举办、承办、主办
  // (draft43b: 举办一次农技讲座 was 「举举办农技讲座」).
  [
    /(?:搞|弄|整|(?<![举承主开创协筹申代经督交包领帮合联转催查试])办)了?(?:一个|个|一次|一场|一回|一期|场|次|期)(?!星期|礼拜|月|多月|周)(?=[\u4e00-\u9fff]{1,12}?([，,。；;！？!?]|$|办法|制度|方案|机制|规定|细则|规划|标准|清单))/gu,
    (m: string, _end: string, at: number, whole: string) =>
      // 「再搞一次科普赶集」: once more, in a plan — the 一次 is what is planned (draft43b); 搞了一次 is work done.
      `${spokenVerb(m, whole.slice(at + m.length))}${/^[搞弄整办](?:一次|一回)$/u.test(m) && /(?:再|还)(?:要|得)?(?:[到去在][\u4e00-\u9fff]{1,8})?$/u.test(whole.slice(0, at)) ? "一次" : ""}`,
  ],
  // 搞了3场讲座 → 举办3场讲座: the count stays, the verb goes by what was done.
  [
    /(?:搞|弄)了(?=[\d一二两三四五六七八九十几]+(?:多|余)?[场期次个届轮][\u4e00-\u9fff]{0,10}?(?:[，,。；;！？!?]|$))/gu,
    (m: string, at: number, whole: string) =>
      spokenVerb(
        m,
        whole.slice(at + m.length).replace(/^[\d一二两三四五六七八九十几]+(?:多|余)?[场期次个届轮]/u, ""),
      ),
  ],
  [/搞了|弄了/gu, "开展"],
  [/整了(?=[\u4e00-\u9fff\d])/gu, "整理"],
  // label42: what is watched (警示片、教育片、电影、视频、录像、演出) is 观看, not 查看: 看了3回警示片 → 观看3次警示片.
  [
    /(?<![查察观收参])看了(?=[^，,。；;！？!?\s]{0,10}?(?:片子?|电影|视频|录像|演出|专题片|纪录片)(?![区长段])|\d*[遍场部](?:[^，,。；;！？!?\s]{0,8})?片)/gu,
    "观看",
  ],
  [/(?<![查察观收参])看了(?!看|一下)(?=[\u4e00-\u9fff\d])/gu, "查看"],
  // 来了…人 says who came, and a rewrite may not change that: people came to a venue (科技馆来了420人次
  // → 接待420人次), or to what we held (讲了…，来了60多人 → 60多人参加; 来了采购商60多家 → 采购商60多家参加).
  [
    new RegExp(
      `(?<![下上起出回过进])来了(?:([\\u4e00-\\u9fff]{0,5}?)(${COUNT})([\\u4e00-\\u9fff]{0,5}?)(?=(?:吧|啊|哈|呢)?(?:[，,。；;！？!?]|$))|(?=${COUNT}))`,
      "gu",
    ),
    (
      m: string,
      noun: string | undefined,
      count: string | undefined,
      after: string | undefined,
      at: number,
      whole: string,
    ) => {
      const before =
        whole
          .slice(0, at)
          .split(/[。；;]/u)
          .pop() ?? "";
      if (VENUE.test(before)) return m.replace(/^来了/u, "接待");
      const held = EVENT.test(before) || ACTIVITY.test(before);
      // 「来了200多个求职者」: only who came may follow the count (「来了100多人办业务」 is not attendance).
      if (count !== undefined && (!after || WHO.test(after))) {
        // 「广场宣传来了1500多人」: the subject changes after the work, so the clause gets its own comma
        // (「种粮大户来了40多户」「现场来了…」 keep theirs: 种粮大户40多户参加).
        const comma = HELD_END.test(before) ? "，" : "";
        // 「来了六十来个」: a bare count of people is of 人 in writing.
        const people = !after && !noun ? count.replace(/个$/u, "人") : count;
        return `${comma}${noun ?? ""}${people}${after ?? ""}参加`;
      }
      return m.replace(/^来了/u, held ? "参加人员" : "接待");
    },
  ],
  // 「对食堂来了次全覆盖检查」: one round of work done, not a visit.
  [/来了?(?:一|1)?(?:次|回|轮)(?=[\u4e00-\u9fff])/gu, "开展"],
  [/(?<=[\u4e00-\u9fff])(?<![下上起出回过进都送带发运寄拨调请引传])来了(?=[，,。；;！？!?]|$)/gu, "到访"],
  // 「来了也待不住」: 来了 + 也/就/又 is someone arriving, no guests welcomed (draft43).
  [/(?<![下上起出回过进都送带发运寄拨调请引传])来了(?![也就又])(?=[\u4e00-\u9fff])/gu, "迎来"],
  // 「党员去了19个」: a bare count of 个 closing the clause counts who went (people), not places visited —
  // in writing 「党员19人参加」, as 「来了六十来个」 above.
  [
    /(?<![出回过进上下])去了((?:近|约)?[\d一二两三四五六七八九十几百]+(?:多|余|来)?)个(?=(?:吧|啊|哈|呢)?(?:[，,。；;！？!?\s]|$))/gu,
    (_m: string, n: string) => `${n}人参加`,
  ],
  // 去了5个村, 跑了3家企业 → 走访; 去了柳河乡 → 赴柳河乡. 派下去了十二个 is sent down (spoken-leftovers.ts: 下派), no visit;
  // 递上去了6个 / 报上去了 is sent up (written-amounts.ts: 上报), no visit either.
  [
    /(?<!派下|[报递交送呈]上)(?:去|跑)了(?=(?:近|约)?[\d一二两三四五六七八九十]+(?:多|余|来)?[个家户所座处](?!人))/gu,
    "走访",
  ],
  [/(?<![出回过进上下])去了(?=[\u4e00-\u9fff])/gu, "赴"],
  [/跑了(?=[\u4e00-\u9fff])/gu, "走访"],
  [/(?<![召展公打离分放张铺敞拉揭解避错摊散隔推])开了(?=[\u4e00-\u9fff]{2})/gu, "召开"],
  [/(?<=[，,。]|^)定了/gu, "确定"],
  [new RegExp(`${BAN_OPENS}办了(?=\\d|[\\u4e00-\\u9fff]{0,10}?(?:班|会|赛|展|节|讲座|论坛))`, "gu"), "举办"],
  // 「去柳河镇中心小学开展…」: going somewhere to work there is 赴 in writing.
  [
    /(?<=^|[，,。；;]|日|\d月)去(?=[\u4e00-\u9fff]{2,12}?(?:开展|举办|组织|调研|检查|走访|宣讲|参加|召开|指导|对接))/gu,
    "赴",
  ],
  // 办培训班2期 / 办读书分享会15期: an event is held (举办), not just 办.
  [/(?<=^|[，,。；;])办(?=[\u4e00-\u9fff]{1,8}?(?:班|会|赛|展|节|讲座|论坛))/gu, "举办"],
  [/签了/gu, "签订"],
  // 「研究了年底党员评议的事」: what a meeting took up is its 事宜 in writing.
  [
    /(研究|讨论|商议|商量|部署|安排)(了?[\u4e00-\u9fff\d]{2,12}?)的事(?:情|儿)?(?=[，,。；;]|$)/gu,
    "$1$2事宜",
  ],
  // 「材料已经报上去了」: the 已 is said once (已上报, never 已已上报).
  [/(?:已经?|都)?报上去了/gu, "已上报"],
  [/(?:已经?|都)?批下来了/gu, "已获批准"],
  [/(?:已经?|都)?发下去了/gu, "已印发"],
  [/(?:这批|那批)/gu, "本批"],
  // 「我们科」「咱们站」: the section speaks for the bureau in the summary — 我局, never 「我局科」.
  [/(?:咱们|我们|俺们|咱)(?:科室|中心|局|科(?![普技研])|股|站|所|室|办)?/gu, "我局"],
  // 「大概有600人」「差不多有30家」: a spoken estimate is 约 before the figure (one 约 if already written: 大概约400人).
  [/(?:大概|大约|差不多|估计)有?(?:约|(?=[\d一二两三四五六七八九十几]))/gu, "约"],
  [/挺好|还不错|蛮好/gu, "良好"],
  // 「大家都说挺实用」: 挺 before a short word is spoken; writing says 较为.
  [/[挺蛮](?=[\u4e00-\u9fff]{1,3}(?:得|的)?(?:[，,。；;！？!?]|$))/gu, "较为"],
  // 「每天大概来了100多人」 (来了 is 接待 by now): the estimate is 约.
  [/(?:大概|大约|差不多|估计)(?=接待|参加|到场)/gu, "约"],
  [/设了(?:一个|个)?(?=[\u4e00-\u9fff])/gu, "设立"],
  [/(?<=[\u4e00-\u9fff])(?:哈|啦|呀|哦|嘛|呢|吧|噢)(?=[。！？!?，,]|$)/gu, ""],
  // Perfective 了 after a verb is spoken register: 「组织了检查」 → 「组织检查」, 「通过认证了。」 → 「通过认证。」.
  [new RegExp(`(${DONE_VERBS})了(?!${LE_OPENS_WORD})`, "gu"), "$1"],
  [/(?<![检调审抽排核普督巡备考])查了(?=[\u4e00-\u9fff\d])/gu, "检查"],
  // A state that came about (喇叭坏了、桥塌了) keeps its change in writing: 已损坏, not a clipped 坏.
  [/(?:损)?坏(?:掉)?了(?=[。；;，,！？!?]|$)/gu, "已损坏"],
  [/(?:坍)?塌了(?=[。；;，,！？!?]|$)/gu, "已坍塌"],
  [/(?<=[\u4e00-\u9fff])(?<![不得少多为除罢算断烂漏黄丢散停死跑])了(?=[。；;，,！？!?]|$)/gu, ""],
];

/**
 * 「X已完成」 as the seeds write it, verb first: events are held (举办科技活动周), campaigns and
 * checks carried out (开展专项检查), anything else completed (完成X).
 */
function verbFirst(work: string): string {
  if (/(?:活动周|宣传周|活动月|节|会|赛|展|论坛|班)$/u.test(work)) return `举办${work}`;
  if (/(?:行动|宣传|培训|检查|排查|调研|整治|督查|演练|活动|筛查)$/u.test(work)) return `开展${work}`;
  return `完成${work}`;
}
const EMOJI = /\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|\[[\u4e00-\u9fff]{1,3}\]/gu;

function cleanSentence(s: string): string {
  let t = s.trim();
  for (let round = 0; round < 3; round++) {
    const before = t;
    for (const o of OPENERS) t = t.replace(o, "");
    t = t.trim();
    if (t === before) break;
  }
  for (const [re, to] of SPOKEN) {
    const next = t.replace(re, to as string);
    if (next !== t && !breaks(t, next)) t = next;
  }
  return t.replaceAll(SHIELD, "了").replace(/^[，,、：:\s]+/u, "");
}

/** The figures of a text by value and unit (八十来号人 and 约八十人 alike: 80人). */
const figureKeys = (t: string) =>
  findFigures(t)
    // 趟、回 and 次 count the same times (draft42: 下村60多趟 → 60多次).
    .map((f) => figureKey(f.figure).replace(/\|(?:趟|回)$/u, "|次"))
    .sort()
    .join("|");

/**
 * A rewrite that breaks its sentence is not applied: it adds a broken phrase (broken-rewrite.ts:
 * 讲解讲、赴一趟、迎来八十人) or changes what a figure says (展板30块 → 30元).
 */
function breaks(before: string, after: string): boolean {
  if (brokenRewrites(after).length > brokenRewrites(before).length) return true;
  return /\d|[一二两三四五六七八九十百千万]/u.test(after) && figureKeys(after) !== figureKeys(before);
}

/** The text of one update as written prose (see module comment). */
export function cleanChat(text: string, date: string): string {
  // 「培训 3天」: a space before a figure's digits is no pause.
  // The draft is in simplified characters whatever was typed (擺了攤宣傳); the stored update is not changed (draft43).
  const joined = tripsAwayWritten(dialectWritten(toSimplified(text)))
    .replace(EMOJI, "")
    .replace(/(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=\d)/gu, "");
  const framed = wentDownWritten(
    eventHeadcount(markGaps(crowdCame(dropSpokenFrames(spacesAsCommas(topicJoined(joined)))))),
  );
  const t = absoluteDates(fixPunctuation(dropChatTags(framed)), date)
    .replace(/[!！]+/gu, "。")
    .replace(/[~～]+/gu, "")
    .replace(/[?？]{2,}/gu, "？")
    .replace(/。{2,}|\.{3,}|…+/gu, "。");
  const written = t
    .split(/(?<=[。；;！？!?\n])/u)
    .map(cleanSentence)
    .filter((x) => /[\u4e00-\u9fff]/u.test(x))
    .join("")
    .replace(/^[，,、；;：:。\s]+/u, "")
    .replace(/([，,、；;：:])[。]/gu, "。")
    .replace(
      /(^|[。；;，,])([\u4e00-\u9fff]{2,8})[，,](已完成|建成|收获完毕)(?:[，,]|(?=[。；;]|$))/gu,
      "$1$2$3，",
    )
    .replace(
      /(^|[。；;，,：:])(\d{1,2}月\d{1,2}日)?([\u4e00-\u9fff、]{2,16}?)已完成(?=[，,。；;]|$)/gu,
      (_m, lead: string, day: string | undefined, work: string) => `${lead}${day ?? ""}${verbFirst(work)}`,
    )
    .replace(/，([。；;])/gu, "$1")
    .replace(/[：:]{2,}/gu, "：")
    .trim();
  return (
    spokenLeftovers(
      helpedCountFirst(
        whoHadCountWritten(
          consultedCount(
            lessonCounts(
              frontedWork(
                moneyBlocksWritten(runOnCommas(placeBareLocation(goingWritten(writtenForm(written))))),
              ),
            ),
          ),
        ),
      ),
    )
      // 「约户均增收3000元左右」: one estimate word, before the figure.
      .replace(/约([\u4e00-\u9fff]{2,8}?)(\d[\d.]*(?:万|亿)?[\u4e00-\u9fff%]{0,2}?)左右/gu, "$1约$2")
  );
}
