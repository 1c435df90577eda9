/**
 * The noun a measure word counts, read from right after the figure (12个村 → 村, 3期青少年科技夏令营 → 青少年科技夏令营):
 * the counted half of a figure's label. The phrase before the figure (context) is figure-label.ts.
 */

import { PERSON_NOUN } from "./figure-person-noun.js";

/** Measure words that need the noun after them to say what they count (12个村, 3家企业, 5所学校, 30名群众, 俩合作社). */
export const MEASURE =
  /[个家所座条项只台辆间栋幢处支块张部名位场批套株本册幅组件篇份种类门艘根颗眼口宗例爿盘架孔扇尊班队盏俩仨期轮趟堂]$|(?<![人批车台架辆户家场班剂头羽来])[次回]$/;
/** Measure words of events (两次集中学习、两期电商直播培训): the event noun after them ends in a verb of doing. */
const EVENT_MEASURE = /[期场轮趟堂]$|(?<![人批车台架辆户家场班剂头羽来])[次回]$/;
/** What an event counted by 期、场、次… is, ending its name (夏令营、培训班、推介会、科普讲座、创新创业大赛). */
const EVENT_NAME_END = /(?:营|班|会|课|讲座|活动|培训|大集|赛|展|演练|义诊|路演|宣讲|论坛|沙龙|周)$/;
const EVENT_HEAD =
  /^(?:培训|检查|排查|走访|调研|座谈|慰问|演练|宣传|学习|巡查|督查|活动|会议?|讲座|宣讲|义诊|招聘会?|观摩|比赛|竞赛|展览)/;
/** Where the noun after a measure word ends: punctuation, a number, a particle or conjunction, an adverb or a verb of doing.
 * 对 as a co-verb ends it (3家企业对…), 对接 is part of an event's name (成果对接会、银企对接活动, round forty).
 * 一共/一同/一并/一齐 end it whole (两个地方一共培训了80人 counts 地方, not 地方一: round fifty). */
const NOUN_END =
  /一(?=共|同|并|齐)|[^\u4e00-\u9fff]|[的和及与等已均都也还又并共在被把将从向为给到于是有让]|没|冇|不(?!锈|动产|良资产)|未(?!成年|婚)|(?<![结配核比面针应相绝反校])对(?!接)|(?<![安完健齐周保])全|开展|进行|参加|参与|完成|实现|达到|通过|纳入|签订|签约|落户|入驻|安装|建成|新建|开工|完工|获得|获评|受益|受理|办理|上报|申报|验收|覆盖|整改|提供|发放|接受|开通|投入|推进|组织|实施|举办|召开|培训|走访|慰问|检查|排查|报名|入选|启动|改造|提升|签|累计|调研|座谈|说|反映|发现|(?<![进出回过上下起不得失送带拉运寄派调搬])去(?!年|向|处)|面积|总面积|总投资|每天|每月|每年|带动|惠及|表示|反馈|提出|经常|总是|老是|一直|搞|弄(?!堂)/;

/**
 * The noun a measure word counts, read from right after the figure: 「12个村」 → 村, 「3家企业开展…」
 * → 企业. Only a short run of characters that ends where a particle, an adverb or a verb of doing
 * begins; nothing when the run is long (no guess at where a long phrase ends) or nothing follows.
 */
export function countedNoun(raw: string, after: string, nextFigureAfter = false): string | undefined {
  if (!MEASURE.test(raw)) return undefined;
  const stop = NOUN_END.exec(after);
  let noun = after.slice(0, stop ? stop.index : after.length);
  // 「开展了两次集中学习」「办了两期电商直播培训」: an event's noun ends in its verb of doing (学习、培训),
  // which closes the phrase there.
  if (stop && EVENT_MEASURE.test(raw)) {
    const head = EVENT_HEAD.exec(after.slice(stop.index));
    // 「三期农机手培训班」: the class or meeting the verb of doing names is part of it.
    if (head) {
      const end = stop.index + head[0].length;
      const whole = /^(?:培训|宣讲|座谈)$/.test(head[0]) && /^[班会课]/.test(after.slice(end));
      noun = after.slice(0, whole ? end + 1 : end);
    }
  }
  // 「还有十几个没找到事做」: a negation opens what they did not do, never a noun; 「收到一百二十几件六月初评审」:
  // a time opens the next step of a run-on.
  if (/^[没不未别冇]/.test(noun)) return undefined;
  // 「有2家想今年报」「3家已经完成」: an intention or an adverb opens what they do, never a noun.
  if (/^(?:想|打算|准备|愿意|正在|已经|都|也|还在)/.test(noun)) return undefined;
  if (TIME_AHEAD.test(noun)) return undefined;
  // 「三个村搞了场农技培训，来了六十几个…」: a one-character spoken verb with 了 right after a place or body ends
  // the noun there, whatever follows (「企业申请了…」 keeps its subject for the figure after: see below).
  const place = HEAD_NOUN.exec(noun)?.[0];
  if (place && noun.indexOf("了") === place.length + 1) return place;
  // 「十一所学校听课学生四千多人」「12个村入户调查农户300户」: the run reaches the next figure, which
  // has its own words; the noun ends at the first place or body word with words left for that figure.
  if (nextFigureAfter && !stop) {
    // 「78名科技特派员结对帮扶78个村」: people heading the run end it too.
    const head = HEAD_NOUN.exec(noun)?.[0] ?? PERSON_HEAD.exec(noun)?.[0] ?? "";
    const rest = noun.slice(head.length);
    // 「企业申请了专利质押融资500万元」: what the same subject did next, not a new subject.
    if (head && rest.length >= 2 && !/[了过着]/.test(rest)) return head;
  }
  // 「三家企业办了辅导」「2家企业申请了融资」: a verb with 了 after the noun ends it; a place or body word says where.
  if (!nextFigureAfter && noun.includes("了")) {
    const head = HEAD_NOUN.exec(noun)?.[0];
    if (head && head.length < noun.indexOf("了")) return head;
    // 「仨网吧查了一圈」「两孔塌了半边」: the verb before 了 ends the noun, if any is left.
    const cut = noun.slice(0, noun.indexOf("了") - 1);
    return cut.length >= 1 && cut.length <= 6 ? cut : undefined;
  }
  // 「两盘石磨捐给村史馆」: a verb of handing over before 给、到 is not part of the noun.
  if (
    stop &&
    /^[给到]/.test(stop[0]) &&
    noun.length >= 3 &&
    /[捐送交发运拉搬装放寄卖借租拨派调分]$/.test(noun)
  )
    return noun.slice(0, -1);
  // 「办了4期来了三百来号人」「带着12个专家跑了7个镇」: a verb with 了 is what came next, never part of the noun.
  if (/[了过着]$/.test(noun)) {
    const head = HEAD_NOUN.exec(noun)?.[0] ?? PERSON_HEAD.exec(noun)?.[0];
    return head && head.length < noun.length - 1 ? head : undefined;
  }
  // 「组织12名专家服务团队成员下乡」「选派8名科技特派员深入…」: a count of people whose run is who they are, then
  // what they did — the noun is who they are (the card read 「组织 12名」, or took 下乡 into the noun).
  // A run cut before the next figure (by a comma) is its own; one reaching it keeps its words for that figure.
  const who = PEOPLE_MEASURE.test(raw) && (stop || !nextFigureAfter) ? peopleHeading(noun) : undefined;
  if (who) return who;
  if (noun.length >= 1 && noun.length <= 6) return noun;
  // 「3期青少年科技夏令营」「两期少儿机器人编程冬令营」: an event counted by its measure word is named whole, up to ten
  // characters, when the run ends in what the event is (营、班、会、讲座、大赛…).
  if (EVENT_MEASURE.test(raw) && noun.length <= 10 && EVENT_NAME_END.test(noun)) return noun;
  // 「协助2家企业申请发明专利」: a long run whose head is a body counted (企业、学校、社区…) and then what it did — the
  // noun is that body (the card read 「协助 2家」, the co-verb alone, round thirty-five).
  // A run that reaches the next figure keeps its words for that figure (「帮2家企业申请了专利质押融资500万元」).
  const body = nextFigureAfter ? undefined : LONG_RUN_BODY.exec(noun)?.[0];
  return body && noun.length - body.length >= 2 ? body : undefined;
}

/** Measure words that count only people (名、位). */
const PEOPLE_MEASURE = /[名位]$/;
const WHOLE_PERSON = new RegExp(`^(?:${PERSON_NOUN})$`);

/**
 * The longest run of people words opening `noun` with at least two characters of what they did after it (专家、
 * 科技特派员、党员志愿者); none when the whole run names people (村民代表、学生家长) or nothing names them.
 */
function peopleHeading(noun: string): string | undefined {
  if (WHOLE_PERSON.test(noun)) return undefined;
  for (let n = Math.min(noun.length - 2, 8); n >= 2; n--) {
    const head = noun.slice(0, n);
    // A short run (大学生村官、科技人员下乡) was taken whole before: cut only before a verb of going or acting there.
    if (WHOLE_PERSON.test(head) && (noun.length > 6 || PEOPLE_THEN_DID.test(noun.slice(n)))) return head;
  }
  return undefined;
}
/** What people counted went and did (下乡、进村、到场、授课…), read right after who they are. */
const PEOPLE_THEN_DID = /^(?:下乡|下村|进村|入户|到村|到场|授课|讲课|参观|深入|前往|赴|现场|上门)/;

/** A body counted heading a long run (企业申请…、4所学校创建…); only names of two characters or more. */
const LONG_RUN_BODY =
  /^[\u4e00-\u9fff]{0,5}?(?:学校|中学|小学|大学|幼儿园|乡镇|社区|企业|基地|中心|合作社|公司|医院|单位|村委会|行政村)/;

/** A time ahead said right after a count (六月初、下个月、明天、年底前): what comes after it is another step, not the noun. */
export const TIME_AHEAD =
  /^(?:[\d一二三四五六七八九十]{1,3}月|下(?:个|一)?(?:月|礼拜|星期|周)|明[天日年儿]|后天|月[底初]|年[底初])/;

/** People heading the run (专家跑了、困难妇女每人发了): the noun ends with them. */
export const PERSON_HEAD = new RegExp(`^${PERSON_NOUN}`);

/** The shortest run ending in a place or body counted by a measure word (学校, 村, 企业, 社区, 基地…). */
const HEAD_NOUN =
  /^[\u4e00-\u9fff]{0,4}?(?:学校|中学|小学|大学|幼儿园|乡镇|社区|企业|基地|中心|家庭|公司|村|镇|乡|户|家|所|站|院|馆|园|区|队|组|班|点|厂|店|场|处|室|部|局|会)/;

/** The people a rough head count with no measure word is typed straight before (「来了300多群众」「来了四百多学生」). */
const ROUGH_PEOPLE =
  /^(群众|村民|农户|茶农|果农|菜农|学员|学生|游客|居民|家长|观众|市民|老人|儿童|青年)(?=$|[，,。；;！!？?\s])/u;

/**
 * draft55: 「来了300多群众」 — a rough count read as 人 (figure-crowd-count.ts) with the people right after it and nothing else
 * in its clause: the people are what it counts, as 「来了300多名群众」 would say (the card writes 参加群众).
 */
export function roughPeopleAfter(figure: { raw: string; unit?: string }, after: string): string | undefined {
  if (figure.unit !== "人" || !/[多余来几]$/u.test(figure.raw)) return undefined;
  return ROUGH_PEOPLE.exec(after)?.[1];
}
