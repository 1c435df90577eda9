import { issuedLead } from "./issued-above.js";
import { hostsAhead } from "./hosted-ahead.js";
import { CALLED_SOUTHERN } from "./colleague-called.js";
import { NOTICE_ASK, NOTICE_MARK } from "./intent-lexicon.js";
import { saysDays } from "../domain/resolve-dates.js";
import { measureWork } from "./work-content.js";
import { ERRAND, FILLER_LEAD, MATTER, WORK_VERB } from "./work-lexicon.js";

/**
 * Messages that read like work but report none of the sender's own work done — recognised by
 * their shape, not by a list of sentences:
 *
 * - **notice**: the register of a notice (「关于做好…的通知」 at the start, 「各乡镇、各有关单位：」,
 *   「请于12月10日前报送」, 「联系人：」, 「特此通知」) or a request addressed to others (「请各科室负责人
 *   参加」「请全体干部准时参会」), typed or pasted without a 【转发】 mark;
 * - **away**: the sender's own absence or whereabouts (「我下周在省委党校培训 不在单位」「我12月8号到
 *   12号去省里出差」「明天休年假」), with the dates said, if any;
 * - **assigned**: a task received from above (「上级要求我们年底前完成…」「局长让我们月底前…」) — a
 *   task assigned is not work done; it may be recorded as a plan if the person says so;
 * - **schedule**: a meeting or event at a clock time to come (「明早八点半在三楼会议室开局务会」);
 * - **errand**: going along with a visitor on a day to come (「明天陪市局领导检查安全生产」) — asked about.
 *
 * Never when the message also says something was done (已、完成了、V了 with work, or a count in a
 * unit of work done): 「已印发通知，请各乡镇于月底前报送…」 reports the notice sent. Pure: on norm.
 */
export type NotOwnWork =
  | { kind: "notice" }
  | { kind: "away"; when?: string }
  | { kind: "assigned"; task: string }
  | { kind: "schedule" }
  | { kind: "errand" };

/** Something done in the message (已、完成了、开展了…); 为了、除了、了解 are no aspect. */
const DONE = /已(?!于)|(?<!为|除|未|没)(?<=[\u4e00-\u9fff])了(?!解)|完毕|办结/;

/** The register of a notice: title at the start, salutation, deadline, contact, closing. */
const NOTICE_REGISTER = new RegExp(
  [
    "^关于[^，。；！？]{2,48}?的(?:紧急|补充)?(?:通知|函|通告|公告)",
    "(?:^|[\\s，。；])各(?:有关|相关)?(?:乡镇|镇|街道|单位|科室|股室|部门|处室|村|社区|企业|学校|园区|成员单位|县直单位)[^：:，。]{0,24}[：:]",
    "请(?:于|在)\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号]?(?:前|之前|下班前|以前)",
    "联系人\\s*[：:]",
    "联系电话\\s*[：:]",
    "特此通知",
    "逾期(?:不候|视为|未报)",
    "^@(?:全体|所有人)",
    "各(?:股室|科室|部门|单位)(?:主要)?负责(?:人|同志)(?:参加|出席|参会|列席)",
  ].join("|"),
);

/** A request addressed to others: 请各科室负责人参加、请全体干部准时参会、请相关同志带好材料. */
const ASKS_OTHERS =
  /请(?:各|全体|相关|有关|大家|各位)[^，。；！？]{0,14}?(?:参加|出席|参会|列席|准时|按时|报送|提交|上报|报到|带好|携带|做好|落实|认真|注意|务必|及时|知悉|于|在)/;

/** The sender away: not at the office, on leave, travelling, in training elsewhere. */
const AWAY =
  /不在(?:单位|办公室|局里|局(?![长领党])|岗|岗位|县里|城里|本地|家)|(?<!在)不在(?=[，。,.!！\s]|$)|有事(?:请)?(?:打)?(?:我)?电话(?:联系)?|请(?:了)?(?:个|几天|[一二两三四五六七八九十半\d]+(?:个)?(?:天|礼拜|星期|周))?(?:病|事|年|婚|产|丧|探亲)?假|(?:歇|休息|休)(?:个)?(?:[一二两三四五六七八九十半\d]+|几)(?:个)?(?:天|礼拜|星期)|休(?:年)?假|调休|轮休|补休|病假|事假|年假|出差|外出|脱产|(?:今天|明天|后天|明儿|周.|礼拜.|星期.)(?:我)?(?:在家)?休息(?:一天|半天|两天)?(?=[，。,.!！\s]|$)|(?:在外|在外地|在外面)(?:学习|培训|开会|出差)|在外(?:头|边|面|地)?(?:跑|奔波)|回(?:消息|复|信息|微信)(?:可能|会|得)?(?:比较|有点)?(?:慢|不及时)|不怎么看手机/;
/**
 * What one does while away (在党校培训、去市里开会): no work reported by itself. The course attended
 * goes with it, whatever its topic (参加个农技推广培训、参加组织建设专题学习: 推广、建设 are its name).
 */
const BEING_AWAY =
  /开(?:个|一个)?[\u4e00-\u9fff]{1,8}?会(?![议计])|参加(?:个|一个|一期|一次)?[\u4e00-\u9fff]{0,10}?(?:培训|学习|集训|研讨|进修)(?:班|会)?|参加培训|培训|轮训|调训|学习|进修|开会|参会|参加|考察|集训|跟班|挂职|复查|体检|住院|述职|脱产|赴|前往/g;
/**
 * 「22号到24号自治区组织特派员轮训 我不在局里」「市里统一安排的集中学习」: a course or meeting a body above organises —
 * its 组织/举办/安排 is theirs; the sender goes to it, and that is no work of the sender's beside the absence.
 */
const ORGANISED_ABOVE =
  /(?:自治区|省里|省上|省委|市里|市上|市委|市局|州里|州上|盟里|县里|县上|县委|县政府|上级|上面|上头|部里|[\u4e00-\u9fff]{0,4}厅|(?:省|市|州|县)(?:科协|党校|组织部))(?:统一)?(?:组织|举办|安排|召集|牵头)(?:的)?(?=[\u4e00-\u9fff]{0,10}?(?:培训|轮训|集训|调训|学习|进修|考察|研讨|开会|会议))/g;
/**
 * A trip: somewhere else, to train, study, meet or be seen to (去省里培训、在市委党校学习、到北京参加集训、
 * 脱产、党校). With the days it takes still to come (tripAhead), an absence though no word of leave is said.
 */
const TRIP =
  /(?:去|到|赴|在|前往)[\u4e00-\u9fff]{1,10}?(?:参加(?:个|一个|一期|一次)?[\u4e00-\u9fff]{0,10}?)?(?:培训|学习|开会|开(?:一|两|二|三|半)天(?:的)?会|参会|进修|考察|集训|轮训|跟班|挂职|办事|复查|看病|体检|住院|述职)|脱产|跟班学习|党校/;
/** Asked not to be chased (别催我了、报不了): said with days, an absence. */
const NO_CHASING =
  /(?:先)?(?:别|不用|不要|甭|莫|覅|免)(?:再)?(?:催|提醒|找我|叫我|喊我)(?:我们?|咱|俺)?(?:报|填)?了?|(?:报|填|交)不了|没法(?:报|填)|不能(?:报|填)|没空(?:报|填)|顾不上(?:报|填)/g;
/** 「原则上不请假」「不得外出」「今天调休的人多」: a rule for others, or others away — no absence of one's own. */
const NOT_AWAY =
  /(?:不|不得|不准|不要|禁止|严禁)(?:请假|外出|出差|休假)|(?:请假|休假|调休|轮休|休息|出差)的(?:人|同志|同事)/g;
/**
 * 「上礼拜请了三天假 落下的材料这周补上」「昨天请假了」: an absence already over — told, not one ahead to pause
 * the reminders for (the message is read as whatever else it says).
 */
export const PAST_ABSENCE =
  /(?:上(?:个)?(?:周|礼拜|星期)|昨天|昨儿个?|前天|上个?月|前几天|前两天)[^，,。！!\s]{0,6}?(?:请了|休了|(?:请|休|调休|轮休|补休)[^，,。！!\s]{0,4}了|出差了|出了(?:趟|次)差)/;
/** A numbered stretch of dates (12月8号到12号、12.8-12.12), which saysDays does not read without 号. */
const DATE_RANGE = /\d{1,2}\s*[日号]?\s*(?:至|到|~|～|—|-)\s*(?:\d{1,2}\s*[月.\-/]\s*)?\d{1,2}/;
/** Others led or organised, with their count (带5个特派员、组织20名党员). */
const LEADS_OTHERS = /(?:带|带领|领着|组织)(?:着)?(?:\d+|[一二两三四五六七八九十]{1,3})\s*(?:个|名|位)/;
/** Away on work (出差、外出): a 记为填报 button stays on offer. */
export const AWAY_ON_WORK = /出差|外出|在外(?:地|面)?(?:学习|培训|开会)/;
/**
 * 「我周四全天去省厅对接 不在单位」「周四全天下乡 不在办公室」: one's whole day away, said outright, on a day to come —
 * what one goes there to do (对接、下乡、跑审批) is the errand of the day away, not work reported (no count, nothing done).
 */
const WHOLE_DAY_OUT =
  /(?:一整天|整天|全天|(?<![\d一二两三四五六七八九十几半])一天(?![天半]))[^，,。；;！!]{0,16}?(?:不在(?:单位|办公室|局里|岗|岗位|县里|城里|本地)|(?<!在)不在(?=[，。,.!！\s哈啊呢]|$))/;
/** Who is away: the sender (我、本人) or nobody named. 「王主任下周出差」 is about someone else. */
const OTHER_SUBJECT = /^[\u4e00-\u9fff]{0,3}(?:主任|局长|科长|书记|县长|同志|老师|姐|哥)/;

/** When: explicit dates (12月8号到12号、11.20-11.27) or a relative day or week. */
const DATES =
  /(?:\d{4}\s*[年.\-/]\s*)?\d{1,2}\s*[月.\-/]\s*\d{1,2}\s*[日号]?(?:\s*(?:至|到|~|～|—|-)\s*(?:(?:\d{4}\s*[年.\-/]\s*)?\d{1,2}\s*[月.\-/]\s*)?\d{1,2}\s*[日号]?)?/;

/** Who speaks from above when a demand is passed on by what they said (上面话、上头讲、局长讲、县里说). */
const SAYS_ABOVE =
  "(?:上级|上面|上头|上边|领导|局领导|局里|县里|县上|市里|市上|省里|省上|市局|省厅|[\\u4e00-\\u9fff]{0,3}(?:局长|主任|书记|县长|部长|科长|股长|领导))";

/** A task received: 上级要求我们…、局长让我们…、县里布置…. */
const ASSIGNED_LEAD = new RegExp(
  // 「刚接到县政府办电话，让我们…」: the call or notice that brought the task may come first.
  "^(?:刚|刚刚|今天|上午|下午)?(?:接到|收到)[^，。；]{0,16}?(?:通知|电话|文件|要求|指示)[，,、\\s]*(?=让|叫|要求|要)|" +
    // 「机关党委通知礼拜四交学习笔记」「县纪委要求月底前报…」: a body above named by its office (党委、纪委、组织部、科协) too.
    "^(?:(?:上级|上面|领导|局领导|局里|县里|市里|省里|县委|县政府|市局|省厅|主管部门|[\\u4e00-\\u9fff]{0,3}(?:局长|主任|书记|县长|部长|科长|股长|处长|站长|所长|队长|组长|领导)|" +
    "[\\u4e00-\\u9fff]{0,4}(?:党委|党组|纪委|工委|组织部|宣传部|政府办|科协|委员会))" +
    "(?:又|还|刚|已经)?(?:说)?(?:要求|让|叫|喊|安排|布置|交办|交代|交待|吩咐|嘱咐|部署|指示|通知)(?:了)?(?:(?:一|个|一个|项|一项)?(?:新)?任务)?" +
    "(?:我们科|我科|我们|我|咱们|咱|我局|本局|大家|各科室)?" +
    // Without who asks, only 「让我们」「要求我们」: 「通知了18家高企…」「要求各乡镇…」 is one's own doing.
    "|(?:让|叫|要求)(?:我们科|我科|我们|我|咱们|咱))(?:的事|的任务|的工作)?[，,、：:\\s]*|" +
    // 「市局刚才打电话说 研发统计要重报」「县科协上午来电话讲 科普日材料要补」: a call from above relayed, its task
    // said with 要/得 — received, not done.
    "^(?:上级|上面|领导|局里|县里|市里|省里|[\\u4e00-\\u9fff]{0,3}(?:局长|主任|书记|县长|科长|领导|科协|局|厅|委|办))" +
    "(?:刚才|刚刚|刚|上午|下午|今天|早上|昨天)?(?:打|来)(?:了个?|个)?电话(?:来|过来)?(?:了)?[，,、\\s]*(?:(?:说|讲)[，,、：:\\s]*" +
    "(?=[^，。；]{0,14}(?:要|得|需要|必须))|" +
    // 「县科协打电话来问我们科普日材料交了没」: its question relayed (relayedQuestion) — asked, not done.
    "问(?=[^，。；]{0,18}(?:(?:没有?|吗|么|不)(?:[，。；？?\\s]|$)|多少|几)))|" +
    // 「上面话年底前要完成高企申报」「局长讲月底前要完成…」「领导说这个礼拜五前把…弄好」: what was said above passed on,
    // a task with a deadline or a must (前、要、必须) — a demand received, not done (b62-119, i26a). Not the talk itself
    // given (局长讲了党课、讲话、讲座): that is work done.
    `^${SAYS_ABOVE}(?:又|还|刚|刚才|已经|上午|下午|今天|早上)?(?:说了?|(?:讲|话)(?![了过话课座解述评明题剧]))[，,、：:\\s]*` +
    "(?=[^，。；]{0,16}(?:之前|以前|前|要|必须|需要|务必))|" +
    // 「省厅又发通知 要报…的材料」「区厅下咗份文 话月底前要交…」: a notice or paper sent down from above (not 我局、本局), its
    // task said with 要/得 (话 the Cantonese 说) — received, not done (blind78, i36a).
    "^(?![我本咱])(?:上级|上面|上头|局里|省里|市里|县里|区里|[\\u4e00-\\u9fff]{0,4}(?:厅|局|委|办|科协))" +
    "(?:又|还|刚|刚刚|已经|今天|上午|下午|昨天)?(?:发|下|下发|印发|转发)(?:了)?(?:个|一个|份|一份)?(?:通知|文件|文)" +
    "[，,、\\s]*(?:(?:说|讲|话)[，,、：:\\s]*)?(?=[^，。；]{0,16}(?:要|得|需要|必须))",
);

/** A time to come with a clock time: 明早八点半、明天上午九点、下周三下午3点. */
const CLOCK_AHEAD =
  /(?:明天|明早|明晚|后天|今晚|今天下午|下周[一二三四五六日天]?|周[一二三四五六日天]|\d{1,2}月\d{1,2}[日号])[^，。]{0,8}?(?:\d{1,2}\s*[:：点]|[一二两三四五六七八九十]{1,3}点)/;
const GATHERING =
  /开会|会议|大会|例会|局务会|座谈会|动员会|推进会|培训会|开(?:个|一个)?[\u4e00-\u9fff]{0,4}会|集合|集中/;

/**
 * 「明天陪市局领导检查安全生产」「明早陪县领导调研…」: going along with a visitor on a day to come — the
 * day's duty told, no work of one's own done yet (a schedule, asked about as 「明天要去省里汇报」 is).
 */
const ESCORT_AHEAD =
  /^(?:我|我们|我明天)?(?:明天|明早|明儿|明日|后天|下周[一二三四五六日天]?|这周[一二三四五六日天]|周[一二三四五六日天])(?:上午|下午|早上|一早)?(?:要|得|还要)?(?:陪|陪同)/;

/** 「明天上午9点去县一中搞科普讲座，记得带展板」: a note to oneself for what is to come. */
const SELF_REMINDER = /记得|别忘|带上|带好|提前到/;

/** Passed on to everyone: 跟大家说声、给各位通知一下、和大伙讲一下. */
const PASSED_TO_ALL =
  /^(?:跟|和|给|同|向)(?:大家|各位|大伙儿?|你们|同事们|各科室|全体)(?:说|讲|通知|转告|传达|打个?招呼)(?:一)?(?:声|下|一下)?/;

/** A task received says what is to be done: this much content at least. */
const MIN_TASK = 6;

/** What a message is instead of own work; `ctx.colleagues` given, a roster colleague's absence before 「我帮她报」 is none. */
export function notOwnWork(
  norm: string,
  ctx?: { colleagues?: ReadonlyArray<{ name: string }> },
): NotOwnWork | undefined {
  const not = notOwnWorkSaid(norm);
  return not?.kind === "away" && ctx && colleagueAwaySaid(norm, ctx.colleagues) ? undefined : not;
}

/**
 * 「何婷出差克了 我帮她报 …」「孙磊下乡去了 我替他报」: a roster colleague's absence said as the reason the sender
 * reports for them (代报, report-for-colleague.ts) — the work is a report, the absence no trip or leave of the sender's.
 * `names`: the roster colleagues' full names.
 */
export function colleagueAwaySaid(norm: string, names: ReadonlyArray<{ name: string }> | undefined): boolean {
  const m =
    /^([\u4e00-\u9fff]{2,4}?)[^，,。\s我俺]{0,10}[，,\s]*(?:我|俺)(?:也|就|顺便|先)*(?:帮|替|代)(?:着|忙)?(?:他|她)?(?:报|填)/u.exec(
      norm,
    );
  return m !== null && (names ?? []).some((p) => p.name === m[1]);
}

function notOwnWorkSaid(norm: string): NotOwnWork | undefined {
  const w = measureWork(norm);
  const done = DONE.test(norm);
  if (!done && (NOTICE_REGISTER.test(norm) || ASKS_OTHERS.test(norm))) return { kind: "notice" };
  // 「市科技局又发文 叫报东盟合作嘅情况」: a document come down from above asking for something — received, whatever it asks.
  const issued = issuedLead(norm);
  const asked = issued ? norm.slice(issued.length).trim() : "";
  if (asked !== "" && !DONE.test(asked)) return { kind: "assigned", task: asked };
  const assigned = assignedLead(norm);
  const task = assigned ? norm.slice(assigned.length).trim() : "";
  // 「县科协打电话来问我们科普日材料交了没」: a superior's question relayed, whatever verb it asks about — asked
  // in one line, never stored (cmd22 left it; i24a, i24b).
  if (assigned?.endsWith("问")) return { kind: "errand" };
  // 「主任让我跟大家说声 下午三点开会」: word from above passed on to everyone — a notice relayed, nobody's work.
  if (assigned && PASSED_TO_ALL.test(task)) return { kind: "notice" };
  // 「领导让我问一下」 names no task; 「上级要求我们年底前完成高企申报辅导20家」 does.
  const t = measureWork(task);
  // 「主任叫我把那个表再弄弄」「科长叫我明儿去趟财政局」: a thing of work or an errand's verb is a task too.
  if (
    assigned &&
    !DONE.test(task) &&
    t.content >= MIN_TASK &&
    (t.verb || t.object || t.figure || t.sign || MATTER.test(task) || ERRAND.test(norm))
  )
    return { kind: "assigned", task };
  // Work done with its count (「上周去省里出差，签约项目3个」) is a report, away or not.
  // 「下周一到周三带5个特派员去省里培训」: others led there, counted, is work — not one's absence.
  const reportsCount = (w.figure && w.workUnit) || LEADS_OTHERS.test(norm);
  // 「明天去石板村开培训会」: a trip ahead to run an event at a place in the county is work planned, not an absence
  // (hosted-ahead.ts); with no count and nothing done (「打算周五去镇文化站办个农技培训」) it is asked as work ahead —
  // never stored, no 请假 offered.
  const trip = tripAhead(norm);
  const hosting = trip && hostsAhead(norm);
  const away = AWAY.test(norm.replace(NOT_AWAY, "")) || (trip && !hosting);
  if (hosting && !away && !done && !reportsCount) return { kind: "errand" };
  // 「出差去省里参加对接会，签约项目2个」: work done while away is a report.
  const workBeside = WORK_VERB.test(
    norm
      .replace(new RegExp(AWAY.source, "g"), "、")
      .replace(ORGANISED_ABOVE, "、")
      .replace(BEING_AWAY, "、")
      .replace(NO_CHASING, "、"),
  );
  if (
    away &&
    !OTHER_SUBJECT.test(norm) &&
    !othersAway(norm) &&
    !reportsCount &&
    (!workBeside || (WHOLE_DAY_OUT.test(norm) && !DONE.test(norm))) &&
    !PAST_ABSENCE.test(norm)
  )
    return { kind: "away", when: whenSaid(norm) };
  if (!done && CLOCK_AHEAD.test(norm) && (GATHERING.test(norm) || SELF_REMINDER.test(norm)) && !reportsCount)
    return { kind: "schedule" };
  if (!done && ESCORT_AHEAD.test(norm) && !reportsCount) return { kind: "errand" };
  return undefined;
}

/**
 * Others named just before the word of leave (个别党员…老请假、后勤老张请假、好些志愿者请假没来; 闽/粤 阿明仔、阿华
 * as a colleague is called): the absence is theirs, said in a report of the sender's work, not the sender's own.
 */
const OTHERS = new RegExp(
  `(?<!陪|陪同|陪护|照顾|看望|带着?|接送)(?:同志|党员|志愿者|特派员|干部|职工|老师|负责人|人员|学员|他们?|她们?|有的人?|个别|几个|好些|好多|不少|部分|有人|有个|[老小](?:张|王|李|赵|刘|陈|杨|黄|周|吴|徐|孙|马|朱|胡|郭|何|高|林|罗|郑|梁|谢|宋|唐|许|韩|冯|邓|曹|彭|曾|肖|田|董|袁|潘|蒋|蔡|余|杜|叶|程|苏|魏|吕|丁|任|沈|姚|卢|姜|崔|钟|谭|陆|汪|范|金|石|廖|贾|夏|韦|方|白|邹|孟|熊|秦|邱|江|尹|薛|段|雷|侯|龙|史|陶|贺|顾|毛|郝|龚|邵|钱|严|武|戴|莫|孔|汤|覃|蒙|黎|蓝|甘|符|邢|云|冼|凌|庞|翁|柯|詹|岑|卓)|${CALLED_SOUTHERN})`,
);
export function othersAway(norm: string): boolean {
  const m = new RegExp(AWAY.source).exec(norm.replace(NOT_AWAY, (x) => "、".repeat(x.length)));
  if (!m) return false;
  const before = norm.slice(Math.max(0, m.index - 12), m.index);
  return (OTHERS.test(before) || (COUNTED.test(before) && ATTENDED.test(norm))) && !/我|本人/.test(before);
}

/**
 * 「党员到了23个 还有两个在外头出差么来」: beside a meeting's turnout, the ones counted away are others (like
 * 「到场党员23名 请假2个」 in leave-request.ts) — a count of people just before the word of absence.
 */
const COUNTED =
  /(?:[一两二三四五六七八九十\d]{1,3}|几)\s*(?:个|名|位)(?:人|同志|党员)?(?:在外头|在外面|在外地)?$/;
const ATTENDED =
  /(?:到了?|到会|到场|参会|参加|出席|来了)(?:的)?(?:党员|人员|同志|干部|职工)?\s*(?:[一两二三四五六七八九十\d]{1,4})\s*(?:个|名|位|人)/;

/**
 * A trip or 别催 with the days said (下周一到周五去省里培训，别催我了哈; 我12.8-12.12去省里培训) — away,
 * not when it is done. The days are said in words or dates (saysDays), or as a numbered range.
 */
function tripAhead(norm: string): boolean {
  const chasing = norm.replace(NO_CHASING, "、");
  if (DONE.test(chasing) || !(TRIP.test(norm) || chasing !== norm)) return false;
  // 「别催我了 明天就交」: the day said is when the report comes, not a day away.
  if (!TRIP.test(norm) && HAND_IN_PROMISED.test(norm)) return false;
  return saysDays(norm) || DATE_RANGE.test(norm) || AHEAD_VAGUE.test(norm);
}

/** A promise to hand the report in (明天就交、下午给你报、周一一定补上): the days said are when it comes. */
const HAND_IN_PROMISED =
  /(?:明天|明儿个?|后天|今晚|晚上|下午|回头|马上|等会儿?|一会儿?|周[一二三四五]|礼拜[一二三四五]|星期[一二三四五])(?:上午|下午)?(?:就|再|一定|肯定|保证|准|指定)?(?:交|报|填|发|补)(?:上|给你|过来|过去|了)?(?:$|[，,。！!～~\s]|哈|啊|嘛|吧|的)/;

/** A time to come said loosely (下个月、月中、过几天): a trip then is ahead, its days still to ask. */
const AHEAD_VAGUE = /下个?月|月中|月初|月底|过几天|过段时间|近期|到时候/;

/** The words that hand a task over (上级要求我们、刚接到…电话，让我们), or nothing. */
function assignedLead(norm: string): string | undefined {
  // 「那个就是领导说让我…」: the fillers of speech before who asks are part of the lead.
  const filler = FILLER_LEAD.exec(norm)?.[0] ?? "";
  const found = ASSIGNED_LEAD.exec(norm.slice(filler.length))?.[0];
  const first = found === undefined ? undefined : filler + found;
  if (first === undefined) return undefined;
  // A call or notice first, then who asks (让我们、要求我们).
  const second = /^(?:让|叫|要求|要)(?:我们科|我科|我们|我|咱们|咱|大家|各科室)?[，,、：:\s]*/.exec(
    norm.slice(first.length),
  )?.[0];
  const lead = first + (second ?? "");
  // Some asking verb must be there: 「上级」 alone leads no task.
  return /要求|让|叫|喊|安排|布置|交办|交代|交待|吩咐|嘱咐|部署|指示|通知|要|电话|(?:说|讲|话)了?[，,、：:\s]*$/.test(
    lead,
  )
    ? lead
    : undefined;
}

/**
 * When the absence is: written dates (12月8号到12号) as written; else the message itself when it
 * says days in words (下周一到周五、这周五、月底), for the reply to resolve on the message's date
 * (resolve-dates.ts); else nothing.
 */
function whenSaid(norm: string): string | undefined {
  if (datesSaid(norm)) return datesSaid(norm);
  if (saysDays(norm)) return norm;
  // 「下午去医院 不在」「上午去体检」: a part of the day and no day is today's.
  return PART_OF_DAY.test(norm) ? "今天" : undefined;
}

/** A part of the day said alone: 上午、下午、中午、晚上 (no day before it means today). */
const PART_OF_DAY = /上午|下午|中午|傍晚|晚上/;

/** The dates written out in a message (12月8号到12号、11.20-11.27), as said. */
export function datesSaid(norm: string): string | undefined {
  return DATES.exec(norm)?.[0].trim();
}

/** The bureau or section the sender works in, named as the doer: 我局、本局、我们科、我单位. */
const OWN_UNIT =
  /我局|本局|我科|本科室?|我们(?:局|科|单位)?|我单位|本单位|(?:我县|本县|县)科(?:学)?技(?:术)?局/;

/**
 * 「【转发】县科协：…我局组织报名学校9所…」「转发 县融媒：县科技局在城关镇开展科普活动 发放资料一千多份」: a passage
 * passed on that reports the sender's own bureau's work with its count — the work, however it arrived — unless it asks anything of anyone.
 */
export function forwardsOwnWork(norm: string): boolean {
  const body = norm.replace(NOTICE_MARK, "");
  return (
    (OWN_UNIT.test(body) && measureWork(body).figure && !NOTICE_ASK.test(body)) || forwardsColleagueWork(norm)
  );
}

/** Who a forward came from, named before its colon: 转发 孙磊：、【转发】老孙：、转发 林主任：、转发 赵丽的消息： (dlg50). */
export const FORWARDED_FROM =
  /^(?:【\s*(?:转发|转)\s*】\s*|转发(?![了过完])\s*)([^\s:：，,。「」【】]{1,12}?)(?:的(?:消息|信息|微信|留言|话))?\s*[:：]\s*/;
/** A person: a name of two or three characters, 老/小 + surname, or a surname with a title (孙主任、李科长、王工). */
const PERSON =
  /^(?:[老小][\u4e00-\u9fff]|[\u4e00-\u9fff]{1,2}(?:主任|科长|局长|站长|所长|股长|书记|老师|工|姐|哥)|[\u4e00-\u9fff]{2,3})$/;
/** Work still to come: 打算、计划、明天、下礼拜. */
const AHEAD = /打算|计划|准备|将要|明天|明日|明个|后天|下(?:周|礼拜|星期|个月)|明年/;
/** A body that is no person: an office, a place, a group or an account (市科技局、县融媒、办公室群、东岗镇). */
const UNIT_NAME =
  /(?:局|办|委|府|院|所|站|部|会|协|群|社|厅|处|科|室|中心|媒|报|台|网|司|厂|镇|乡|村|队|组|馆|校|团|园|号)$|[县縣市省区區]/;

/** A work group the bureau's staff are in (白族村落保护工作群、山区共富工作专班群): its lines are colleagues' words (round fifty). */
const WORK_GROUP = /(?:工作|专班|推进|项目)(?:组|专班)?群$|工作专班$/;

/**
 * 「转发 孙磊：今年稻虾共作新推了2800亩 带动农户一百四十户」: a colleague's own words passed on, saying work done with
 * its count — the bureau's work, however it arrived (a leader or the office passes a staffer's update on), unless it
 * asks anything of anyone. From an office (转发 市科技局：…) it stays a notice; a plan (明天去5个村) is no work done.
 */
export function forwardsColleagueWork(norm: string): boolean {
  const from = FORWARDED_FROM.exec(norm);
  const source = from?.[1] ?? "";
  if (!from) return false;
  const body = norm.slice(from[0].length);
  const w = measureWork(body);
  if (NOTICE_ASK.test(body)) return false;
  // 「转发 县移民局：后扶资金第二批下来了 一共六百四十万」 (round fifty-one): an office's news of the county's work come
  // about, with its count — kept as a report for the sender to keep or drop; a notice (通知、关于…、要求) stays one.
  if (!((PERSON.test(source) && !UNIT_NAME.test(source)) || WORK_GROUP.test(source)))
    return UNIT_NAME.test(source) && officeNewsDone(body, w.figure);
  // 「…新推2400亩 带动农户两百一十户」 (blind94): a count of work's units on its object says it done, no 了 needed;
  // 「…研究中心今朝挂牌了」: done, said at length, with no count (not 「我下午开会去了」: a sign of work, no more).
  if (w.figure) return DONE.test(body) || ((w.verb || (w.workUnit && w.object)) && !AHEAD.test(body));
  return DONE.test(body) && w.verb && !w.sign && w.content >= 12 && !AHEAD.test(body);
}

/** An office's news, not its notice: a count, something come about (了/已, or 比去年), nothing asked, planned or sent down as a paper. */
function officeNewsDone(body: string, figure: boolean): boolean {
  return (
    figure &&
    (DONE.test(body) || /比(?:去年|上年|往年)/.test(body)) &&
    !AHEAD.test(body) &&
    !/通知|关于|文件|办法|要求|报送|请|务必|截止|之前|前报/.test(body)
  );
}
