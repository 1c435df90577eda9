import { PERSON_NOUN } from "./figure-person-noun.js";

/**
 * A bare 个 count of people whose noun is not said after it, read from where the noun is instead:
 *
 * - before it, as the topic, with what those people do after it (局里干部职工40来个到凤凰山种树、
 *   新招的网格员十五个今日上岗、派了技术员五个落村): a count right after people, followed by a step
 *   they take, counts them;
 * - in the verb, which only people do or undergo (初三辍学了三个、劝返了两个、劝回来三个);
 * - in an earlier clause, when the verb is said again for its count (给老人理发 理了二十六个、
 *   帮阿伯阿婆剪头发，剪了四十几个): the count is of the people the work was done for;
 * - in a screening they came through (考核合格四十一个、体检合格的六十来个): `passedScreening`.
 */
export interface ElidedCount {
  t: string;
  cs: number;
  end: number;
  unit: string;
}

export const CLAUSE_END = /[，,。；;！!？?\n]/;
export const SENTENCE_END = /[。；;！!？?\n]/;

/** Where the clause or sentence holding `at` starts. */
export function startOf(t: string, at: number, stop: RegExp): number {
  let a = at;
  while (a > 0 && !stop.test(t[a - 1] ?? "")) a--;
  return a;
}

/** The count closes its clause (a voice run-on turns with 然后、但是 and no comma). */
/**
 * A new clause typed straight after the count with no comma (voice input): what of them or after it is said next —
 * 后头几次…、个把人…、还差…, or a 的-phrase and what it comes to (…二百一十多个血压高的占了一小半、…视力不合格的老鼻子了).
 */
const GLUED_NEXT =
  "(?:后头|后面|后来|个把|还差|其中|剩下)|[^，,。；;\\s的\\d]{1,5}的(?:占了?|有|是|老|多|少|不|没|冇|都|也|还)";
const CLOSES = new RegExp(
  `^(?:$|[，,。；;！!？?\\s]|(?:但是?|可是|不过|就是|然后|另外)(?![的了])|${GLUED_NEXT})`,
);

// 「引进硕士以上十一个」: a degree or age bar after the people (以上、及以上) still names them (fig52).
const TOPIC_BEFORE = new RegExp(`${PERSON_NOUN}(?:及?以上|以下)?(?:一共|总共|共|都|也)?$`);
/** A step the people counted take next: a time, an adverb of how they go, going somewhere, a post. */
const STEP_AFTER =
  /^(?:今[日天早晚]|明[日天]|昨[日天]|上午|下午|晚上|早上|正式|全部|全都|一起|分别|集中|统一|陆续|(?:已经?|都)(?:到|去|上岗|报到)|到(?!位|期|账|户)|去|赴|前往|深入|分赴|落[村户组点]|下[村乡镇户地田]|进[村户社校]|驻[村点]|蹲点|值班|参加|参与|负责)/;

/** Went, came or took part, said right after a count that opens its clause. */
const WENT_AFTER = /^(?:都|也|一起|一共|总共)?(?:去了|来了|到了|参加了?|到场了?|报名了?)/;
const PERSON_IN = new RegExp(PERSON_NOUN);

/** A place, body or thing named right after a count: what it counts. */
const THING_NEXT =
  /^(?:乡镇|街道|社区|小区|企业|学校|单位|部门|公司|项目|园区|医院|卫生院|卫生室|合作社|基地|工地|片区|问题|[院站室馆园厂场房车台件项村校店队组团班会社点处箱批部所局委镇乡户家群岗])/;

/** People named, then a verb of picking, taking on or training them, right before the count. */
const PICKED = new RegExp(
  `${PERSON_NOUN}(?:今年|去年|这次|这批|一共|共|都|也){0,2}(?:评选|推选|推荐|申报|上报|推报|报送|报|表彰|招聘|录用|聘用|引进|培养|认定|评定|发展|吸收|培训|慰问|走访|回访|资助|救助|安置|评|选|招|聘|派|(?<!拿|做|查|找|选)出)(?:了|上了?|出了?|出来了?)?(?:近|约|有|大概|差不多)?$`,
);
/** What follows a count in a voice run-on when the next step starts: a time or 都/已经. */
const NEXT_STEP = /^(?:月底|月初|年底|年前|年后|下[个周月步]|明[天年]|后天|元旦|春节|都|已经|全部)/;

/** What only people have, said of them straight after their count (年纪都大了、岁数偏大). */
const AGED_AFTER = /^(?:都|也|还|大多|普遍)?(?:年纪|岁数|年龄)/;

/** Verbs only people do or undergo, closing the clause with their count. */
const PEOPLE_ONLY_VERB =
  /(?:辍学|失学|劝返|劝回|叫回|返校|复学|入伍|参军|走失|救出|救起|救治|收治|抢救|接诊|抓获|遣返|劝离|被骗|受骗|被诈骗|上当)(?:了|来了?|去了?)?(?:近|约|有|大概|差不多)?$/;

const PATIENTS_TAKEN =
  /(?:病人|患者|伤员|病号|伤者)[^，。；]{0,8}?(?:收|接|治|送|转)了(?:近|约|有|大概|差不多)?$/;
const FOUND_POSITIVE = /(?:阳性|异常|疑似|确诊)的?(?:有|共|一共)?(?:近|约|大概)?$/;
const SCREENING_OF_PEOPLE = /筛查|体检|普查|检测|查出/;

/** Work done for people, then their count: 给老人量血压九十几个、帮群众测血糖六十来个、为学生体检三百多个. */
// 「学生体检今天做了九十几个」: or the people, then the service done for them, then 做了/打了 and the count
// (留守老人上门体检 查了八十几个: how it was done may come between).
const SERVED = new RegExp(
  `(?:给|帮|为|替)${PERSON_NOUN}(?:量|测|理|剪|洗|检查|体检|义诊|看病|诊|辅导|上课)[\\u4e00-\\u9fff]{0,3}?了?(?:近|约|有|大概|差不多)?$|${PERSON_NOUN}[\\u4e00-\\u9fff]{0,4}?(?:体检|筛查|接种|打疫苗|义诊)[\\u4e00-\\u9fff\\s]{0,6}?(?:做|查|打|检|种)了(?:近|约|有|大概|差不多)?$`,
);

/**
 * 「科技特派员年度考核做掉了，一共38个，优秀8个，有2个一年没下去几趟」: in a sentence that opens on people and
 * their assessment, a bare 个 count of the whole, a grade or a part counts those people.
 */
export function assessedPeople(c: ElidedCount): boolean {
  if (c.unit !== "个" || THING_NEXT.test(c.t.slice(c.end))) return false;
  const lead = c.t.slice(startOf(c.t, c.cs, CLAUSE_END), c.cs);
  if (
    !/^\s*(?:一共|共|总共|合计|其中|有)?(?:优秀|良好|合格|不合格|称职|基本称职|不称职)?的?(?:有|是)?(?:近|约)?$/.test(
      lead,
    )
  )
    return false;
  return ASSESSED.test(c.t.slice(startOf(c.t, c.cs, SENTENCE_END), c.cs));
}
const ASSESSED = new RegExp(`^\\s*[^，,]{0,6}?${PERSON_NOUN}[^，,]{0,6}?(?:考核|考评|测评|评议|述职)`);

/** Who work was done for, named before: 给老人、帮阿伯阿婆、为留守儿童. */
const FOR_PEOPLE = new RegExp(`(?:给|帮|为|替)(?:[^，,。；;！!？?\\s的]{1,6}的)?${PERSON_NOUN}`);

export function elidedPeople(c: ElidedCount): boolean {
  if (c.unit !== "个") return false;
  const after = c.t.slice(c.end);
  const lead = c.t.slice(startOf(c.t, c.cs, CLAUSE_END), c.cs);
  // After people as the topic, the count counts them unless a place, body or thing is named right after it
  // (老师6个班、干部5个村).
  // 「疑似辍学嘅细人子三个 已经劝返两个」: or the count closes its clause.
  if (
    TOPIC_BEFORE.test(lead) &&
    (STEP_AFTER.test(after) ||
      CLOSES.test(after) ||
      (/^[\u4e00-\u9fff]/.test(after) && !THING_NEXT.test(after)))
  )
    return true;
  // 「组织党员到上堡村帮果农摘柚子 十六个去了」: a count opening its clause, then went or came, after people were named
  // in the sentence: the people who went.
  if (
    /(?:^|\s)$/.test(lead) &&
    WENT_AFTER.test(after) &&
    PERSON_IN.test(c.t.slice(startOf(c.t, c.cs, SENTENCE_END), c.cs))
  )
    return true;
  // 「优秀网格员评了12个」「嘉陵英才今年评了15个，月底发证」: people named, then picked or taken on, then their count.
  // 「护林员今年一共招了二十三个年纪都大了」: or what only people have (年纪、岁数) said straight after.
  if (PICKED.test(lead) && (CLOSES.test(after) || NEXT_STEP.test(after) || AGED_AFTER.test(after)))
    return true;
  // Work done for people, then their count, even typed straight into the next clause (…九十几个风大).
  if (SERVED.test(lead) && (CLOSES.test(after) || !THING_NEXT.test(after))) return true;
  if (!CLOSES.test(after)) return false;
  if (totalOfPeople(c, lead)) return true;
  // 「给困难职工发了慰问金 涉及十二个」: how many a payment or measure reached, people named before it in the sentence (fig52).
  if (
    /(?:^|\s)(?:共|一共|总共)?(?:涉及|惠及)了?(?:近|约|大概|差不多)?$/.test(lead) &&
    PERSON_IN.test(c.t.slice(startOf(c.t, c.cs, SENTENCE_END), c.cs))
  )
    return true;
  if (PEOPLE_ONLY_VERB.test(lead)) return true;
  // 「中暑的病人县医院收了十四个」: patients named in the clause, then taken in or treated, then their count.
  if (PATIENTS_TAKEN.test(lead)) return true;
  // 「筛查阳性三十一个」: those a screening of people found positive or abnormal.
  if (
    FOUND_POSITIVE.test(lead) &&
    SCREENING_OF_PEOPLE.test(c.t.slice(startOf(c.t, c.cs, SENTENCE_END), c.cs))
  )
    return true;
  // The verb said again for its count: one character and 了 (理了、剪了、量了), that character said
  // earlier in the sentence after who the work was for.
  const tail = lead.split(/\s/).pop() ?? "";
  const again = /^([\u4e00-\u9fff])了(?:近|约|有|大概|差不多)?$/.exec(tail);
  if (!again) return false;
  const sentence = c.t.slice(startOf(c.t, c.cs, SENTENCE_END), c.cs - tail.length);
  const forWhom = FOR_PEOPLE.exec(sentence);
  return !!forWhom && sentence.slice(forWhom.index + forWhom[0].length).includes(again[1]!);
}

/**
 * 「报名的有两百挂零然后体检合格的六十来个」「来了四十六个，考核合格四十一个」「培训三百多个受苦人，发证两百二十个」:
 * those who came through a screening of people (passed it, got the certificate), counted with a bare 个
 * closing the clause, in a sentence about people — not things checked (验收合格3个、抽检合格).
 */
export function passedScreening(c: ElidedCount): boolean {
  if (c.unit !== "个") return false;
  if (
    !/^(?:$|[，,。；;！!？?\s]|(?:但是?|可是|不过|就是|然后|另外|下[个一]?(?:礼拜|星期|周|月|步))(?![的了]))/.test(
      c.t.slice(c.end),
    ) &&
    !CLOSES.test(c.t.slice(c.end))
  )
    return false;
  const lead = c.t.slice(startOf(c.t, c.cs, CLAUSE_END), c.cs);
  const sentence = c.t.slice(startOf(c.t, c.cs, SENTENCE_END), c.cs);
  // 「考了两百六十个 过了二百一十几个」: who sat an exam, and who passed it said as a new clause after a space —
  // an exam is sat by people (fig42).
  if (SAT.test(lead)) return true;
  if (PASSED_AFTER_SAT.test(lead) && SAT_BEFORE.test(c.t.slice(startOf(c.t, c.cs, SENTENCE_END), c.cs)))
    return true;
  const passed = PASSED.exec(lead);
  if (!passed || /验收|抽检|检测|抽查|质检/.test(lead)) return false;
  // Who passed is the people of the sentence, not a thing named before it (服务站规范化建设达标24个).
  const head =
    lead
      .slice(0, passed.index)
      .split(/然后|就是|另外|其中|\s/)
      .pop() ?? "";
  if (head.replace(new RegExp(SCREENING.source, "g"), "").length > 4) return false;
  // The screening said in the clause (体检合格的) or people in the sentence (来了四十六个，考核合格…) — not when the
  // sentence counts bodies assessed (全县18个乡镇卫生院…合格4个).
  if (!SCREENING.test(lead) && BODIES_COUNTED.test(sentence)) return false;
  return SCREENING.test(lead) || PEOPLE_IN_SENTENCE.test(sentence);
}

const SCREENING = /体检|考核|考试|培训|政审|面试|征兵|报名/;
const BODIES_COUNTED =
  /[\d一二两三四五六七八九十]+个(?:乡镇|镇|村)?(?:卫生院|医院|卫生室|企业|单位|学校|部门|合作社|社区|站|所|院)/;
const PEOPLE_IN_SENTENCE = new RegExp(
  `${PERSON_NOUN}|[\\d一二两三四五六七八九十百千万几多来余](?:个)?人(?!次)|${SCREENING.source}`,
);

/** Sat an exam, right before the count (考了、参考了、补考了). */
const SAT = /(?:(?<![思参])考|参考|应考|补考)了(?:近|约|有|大概|差不多|将近)?$/;
/** Passed, said after a space or comma that follows the count of those who sat (… 考了N个 过了). */
const PASSED_AFTER_SAT = /(?:^|\s)(?:考)?(?:过|通过|及格|合格)了(?:近|约|有|大概|差不多|将近)?$/;
const SAT_BEFORE =
  /(?:(?<![思参])考|参考|应考|补考)了(?:近|约|有|大概|差不多|将近)?[\d一二两三四五六七八九十百千几多来余]+个/;

const PASSED =
  /(?:合格|通过|结业|及格|达标|入选|评上|选上|(?:发|领|拿|取)了?证|(?:体检|考核|考试|政审|面试)过了)的?(?:才|只有|就|有|共|一共)?(?:近|约|将近)?$/;

/**
 * 「护边员培训了两期，每期三十来个」「夜校每次来的五十来个」「每期四十个左右」「分两批 每批六十个左右」: a bare 个 closing its clause
 * right after each session (每期、每次、每场、每班) of a training, class or talk counts who came to it.
 */
export function perSession(c: ElidedCount): boolean {
  if (c.unit !== "个" || !CLOSES.test(c.t.slice(c.end))) return false;
  const lead = c.t.slice(startOf(c.t, c.cs, CLAUSE_END), c.cs);
  if (
    !/(?:每|一)(?:期|批|次|场|班|堂|节)(?:课|培训|讲座)?(?:来的?|到的?|参加的?|听课的?|都|有|能有|就|大概|大约|约|差不多|将近|近)*$/.test(
      lead,
    )
  )
    return false;
  // 「带学生进山科考 三批 每批二十来个」: or the sentence names the people taken along.
  const sentence = c.t.slice(startOf(c.t, c.cs, SENTENCE_END), c.cs);
  return SESSION_TALK.test(sentence) || PERSON_IN.test(sentence);
}

const SESSION_TALK = /培训|夜校|课|讲座|学习|宣讲|轮训|训练|辅导|学员|班/;

/**
 * 「还有十来个年纪大了冇得事做」「剩下五个年纪大了」「有四个岁数忒大了」: a part picked out with a bare 个
 * and then told by its age or health counts people even when no count of people came before it
 * (only people have a 年纪 or 岁数 to speak of).
 */
export function partByAge(c: ElidedCount): boolean {
  if (c.unit !== "个") return false;
  return (
    /(?:有|其中|里头|里面|剩下的?|还剩)(?:近|约|将近)?$/.test(c.t.slice(Math.max(0, c.cs - 4), c.cs)) &&
    /^(?:都|也|还|已经?)?(?:年纪|岁数|年龄|身体)/.test(c.t.slice(c.end))
  );
}

/** A thing or place that a total could count instead of the people named before it. */
const THING_BETWEEN = new RegExp(
  `${THING_NEXT.source.slice(1)}|(?:\\d|[一两二三四五六七八九十百千万])(?:[个名位人户家村]|多|来|余)`,
);

/**
 * 「全县科技特派员年度考核做掉了，一共38个，优秀8个」「网格员考核搞完了 一共五十四个」: a total (一共、总共、合计)
 * closing its clause counts the people named before it in the sentence, when nothing else countable was said
 * between them.
 */
function totalOfPeople(c: ElidedCount, lead: string): boolean {
  const tail = lead.split(/\s/).pop() ?? "";
  if (!/^(?:一共|总共|共|合计|加起来|总数)(?:是|有)?(?:近|约|将近|大概|差不多)?$/.test(tail)) return false;
  const sentence = c.t.slice(startOf(c.t, c.cs, SENTENCE_END), c.cs - tail.length);
  let last: RegExpExecArray | undefined;
  for (const m of sentence.matchAll(new RegExp(PERSON_NOUN, "g"))) last = m;
  if (!last) return false;
  return !THING_BETWEEN.test(sentence.slice(last.index + last[0].length));
}

/** What is named between the people and the count that the count could count instead (村、企业、五户). */
const THING_OR_COUNT_BETWEEN = new RegExp(
  `${THING_NEXT.source.slice(1)}|[\\d一二两三四五六七八九十百千万几]+[多余来]?[\\u4e00-\\u9fff]`,
);

/**
 * 「招了五个护林员，原来的十一个里头有三个年纪太大」「会计都是兼职的，十八个里就五个会用财务软件」: a bare 个 count
 * followed by 里/里头/当中 (a part of it told next) counts the people named last in its sentence, when nothing else
 * that it could count was named between them.
 */
export function wholeBeforeItsPart(c: ElidedCount): boolean {
  if (c.unit !== "个" || !/^(?:里头|里面|里|当中|中间|中)(?:就|只有|才|有|仅有?)?/.test(c.t.slice(c.end)))
    return false;
  const sentence = c.t.slice(startOf(c.t, c.cs, SENTENCE_END), c.cs);
  let last = -1;
  for (const m of sentence.matchAll(new RegExp(PERSON_NOUN, "g"))) last = m.index + m[0].length;
  return last >= 0 && !THING_OR_COUNT_BETWEEN.test(sentence.slice(last));
}

/**
 * 「技术经纪人太少了…明年争取再培养10个」: more of the people named before, taken on or trained again (再 + 培养、招、
 * 引进…), counted with a bare 个 closing the clause, when people were named in the few sentences before.
 */
export function moreOfThem(c: ElidedCount): boolean {
  if (c.unit !== "个" || !CLOSES.test(c.t.slice(c.end))) return false;
  const lead = c.t.slice(startOf(c.t, c.cs, CLAUSE_END), c.cs);
  const again = /再(?:培养|招收?|招聘|引进|发展|吸收|培训|聘用?|配备?)(?:上|进|来)?(?:近|约)?$/.exec(lead);
  if (!again) return false;
  const at = c.cs - lead.length + again.index;
  return new RegExp(PERSON_NOUN).test(c.t.slice(Math.max(0, at - 50), at));
}

/**
 * 「安家补贴发了5个」「慰问金发下去二十几个」: a payment made to people (补贴、奖励、慰问金…), then a bare 个 closing the
 * clause, counts the people paid (round thirty-eight, fig38).
 */
export function paidPeople(c: ElidedCount): boolean {
  if (c.unit !== "个" || !(CLOSES.test(c.t.slice(c.end)) || NEXT_STEP.test(c.t.slice(c.end)))) return false;
  return PAID.test(c.t.slice(startOf(c.t, c.cs, CLAUSE_END), c.cs));
}
const PAID =
  /(?:补贴|补助|奖励|奖金|慰问金|津贴|安家费|生活费|助学金|奖学金|抚恤金|救助金|工资|薪酬)[^，,。；;\s\d]{0,4}?(?:发放|发|兑现|兑付|拨付)(?:了|下去了?|出去了?|到位了?)(?:近|约|有|大概|差不多)?$/;

/**
 * 「局里二十一个排了班」: the staff of a body (局里、科里、队里…) counted with a bare 个, then a step only people take;
 * 「安保人手够呛 公安那边最多给三十个」: hands lent or sent (给、派、调、抽) after a shortage of hands was said.
 */
export function staffOrHands(c: ElidedCount): boolean {
  if (c.unit !== "个") return false;
  const lead = c.t.slice(startOf(c.t, c.cs, CLAUSE_END), c.cs);
  const after = c.t.slice(c.end);
  if (
    /(?:局|科|股|所|队|站|院|办|室|中心|机关|单位)里头?(?:一共|共|总共|现在|目前)?(?:就|只有|才|有)?(?:近|约)?$/.test(
      lead,
    ) &&
    (STEP_AFTER.test(after) ||
      /^(?:排了?班|轮流|轮班|加班|上班|轮(?:着值?班?|岗|值班?)?(?=$|[，,。；;！!？?\s]))/.test(after))
  )
    return true;
  if (!CLOSES.test(after)) return false;
  const lent = /(?:最多|顶多|只能|就|能)?(?:给|派|调|抽|借|支援)(?:了|过来了?|来了?)?(?:近|约|大概)?$/.exec(
    lead,
  );
  if (!lent) return false;
  const at = c.cs - lead.length + lent.index;
  return /人手|人员|警力|人不够|缺人/.test(c.t.slice(Math.max(0, at - 24), at));
}
