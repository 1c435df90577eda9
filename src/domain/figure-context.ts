import { plainAspect } from "./dialect-words.js";
import { isAge } from "./figure-age.js";
import { weatherSpan } from "./weather-span.js";
import {
  assessedPeople,
  elidedPeople,
  moreOfThem,
  paidPeople,
  partByAge,
  passedScreening,
  wholeBeforeItsPart,
  perSession,
  staffOrHands,
} from "./figure-people-elided.js";
import { firmsInJian } from "./figure-firm-jian.js";
import { PEOPLE_BY_WHAT_THEY_ARE } from "./figure-head-count.js";
import { onDutyPeople } from "./figure-on-duty.js";
import { peopleSignedOrNamed } from "./figure-people-signed.js";
import { PERSON_NOUN } from "./figure-person-noun.js";
import { peopleBefell } from "./figure-people-befell.js";
import { restatesEarlierCount } from "./figure-restated.js";
/**
 * What a counted number means in its sentence, where the counting word alone does not say it.
 * Each rule reads a word class or a construction, never one phrase:
 *
 * - 期 after a numeral names a project phase (雨污分流二期, 三期工程, 2期厂房) unless the sentence
 *   counts sessions or issues (培训班3期, 简报46期, 夜校5期): counting says 两期, a phase says 二期;
 * - a small count followed by 都/均/也 that resumes items already listed or counted
 *   (「柳林村和石桥村……两个村都完工了」) restates them and is not a new figure; the count said
 *   with the list (「到城关、柳河两个乡镇调研」) is the figure;
 * - 二 before a unit of organisation is a name (二组, 二队, 二期): counting says 两;
 * - how long something has been in use, in service or in post (冰箱用了十多年, 干了三年,
 *   系统运行5个月) is its age, like 60岁, not an achievement; how long work took (试点3个月,
 *   连续5天) still counts;
 * - a holiday's length (国庆8天), a set span (为期3个月, 历时5天) and a round-the-clock schedule
 *   (24小时值班) say how long, like an age;
 * - 个 counting people is 人 (46个老人, 护理人员只有3个, 11个医生), the way 名 and 位 are.
 */

/** Where the number sits: t is the folded text, [cs, ce) the numeral, [ce, end) its unit and approximation words. */
export interface CountInText {
  t: string;
  cs: number;
  ce: number;
  end: number;
  core: string;
  arabic: boolean;
  unit: string;
  value: number;
}

export type ContextReading = { skip: true } | { unit: string } | undefined;

const CLAUSE_END = /[，,。；;！!？?\n]/;
const SENTENCE_END = /[。；;！!？?\n]/;

/** Where the clause (or sentence) holding `at` begins, as bounded by punctuation. */
function startOf(t: string, at: number, stop: RegExp): number {
  let a = at;
  while (a > 0 && !stop.test(t[a - 1] ?? "")) a--;
  return a;
}

/** The clause (or sentence) around [from, to), as bounded by punctuation. */
function around(t: string, from: number, to: number, stop: RegExp): string {
  const a = startOf(t, from, stop);
  let b = to;
  while (b < t.length && !stop.test(t[b] ?? "")) b++;
  return t.slice(a, b);
}

/** What is counted in sessions or issues: trainings, classes, lectures, publications, bulletins. */
const SESSION_NOUN = /培训|[班课讲堂校营刊报栏]|简报|信息|预警|活动|节目|论坛|沙龙|展览|比赛|大赛|竞赛|会/;
/** Words that name a building project or its site. */
const PROJECT_NOUN =
  /工程|项目|建设|改造|扩建|新建|管网|雨污|污水|供水|园区|小区|厂区|厂房|道路|公路|大道|安置|开发|地块|片区|新区|基地|标段|棚改|楼盘|场馆/;

function isPhase(c: CountInText): boolean {
  if (c.unit !== "期") return false;
  const next = c.t.slice(c.end);
  // 三期工程, 2期厂房, 二期已开工
  if (/^(?:工程|项目|建设|改造|扩建|工地|标段|厂房|主体|地块|用地|规划)/.test(next)) return true;
  const sentence = around(c.t, c.cs, c.end, SENTENCE_END);
  if (SESSION_NOUN.test(sentence.replace(/期间/g, ""))) return false;
  // 三期明年开工, 二期年底前竣工: a phase is what gets built.
  if (/^[^，。；]{0,5}?(?:开工|动工|竣工|完工|通水|通车|投产|投用|施工|招标|建成|主体)/.test(next))
    return true;
  // 「二期工程完成…，下半年开工三期」: a phase started, in a sentence about a building project.
  if (
    /(?:开工|动工|启动|开建|上马|实施|推进|建设)$/.test(c.t.slice(Math.max(0, c.cs - 2), c.cs)) &&
    PROJECT_NOUN.test(sentence)
  )
    return true;
  if (isSecondByName(c)) return true;
  // 「二期厂房主体封顶了，三期正在做规划」: another phase named in the sentence makes this one a phase.
  if (new RegExp(`(?<![第\\d])[一二三四五六七八九\\d]期(?:${PROJECT_NOUN.source})`).test(sentence))
    return true;
  return PROJECT_NOUN.test(around(c.t, c.cs, c.end, CLAUSE_END));
}

function restatesListedItems(c: CountInText): boolean {
  if (c.arabic || c.value > 5) return false;
  // 「两个村都…」, also with a word or two between (两个村的现在都建好了).
  const after = /^([\u4e00-\u9fff]{0,3}?)(?:的[\u4e00-\u9fff]{0,4}?)?(?:都|均|也都|全都|也)/.exec(
    c.t.slice(c.end),
  );
  if (!after) return false;
  const noun = after[1] ?? "";
  const before = c.t.slice(0, c.cs);
  // 「上午在茶厂对了台账 下午又去纸厂看了辅助账 两家都弄完了」: the two places just gone to one after another, said
  // again as they are finished (fig50).
  if (
    c.value === 2 &&
    !noun &&
    /^(?:都|均|也都|全都)(?:已经)?(?:弄|搞|做|办|看|对|核|查|整|走)完/.test(c.t.slice(c.end)) &&
    /(?:上午|早上|前晌|上昼)[^。；;]*(?:下午|后晌|下昼)|(?:又|再)(?:去|跑|到|上)了?[^。；;]*$/.test(before)
  )
    return true;
  // 「两个小区都…」 after 「…两个小区…」: the same count of the same things, said again;
  // 「东城、西城两所小学……两所学校都用上了」: the same count in the same measure word, said again.
  if (noun && before.includes(c.t.slice(c.cs, c.end) + noun)) return true;
  if (c.unit && c.unit !== "个" && before.includes(c.t.slice(c.cs, c.end))) return true;
  // 「新建了2所村级幼儿园，两所幼儿园都已经开园了」: the same number written the other way.
  if (c.unit && c.unit !== "个" && !c.arabic && before.includes(`${c.value}${c.unit}`)) return true;
  // 「城南小学和西门小学……两所学校都完工了」: the things listed share a character with what is counted.
  const heads = noun ? [...new Set(noun)] : c.unit === "个" ? [] : [c.unit];
  return heads.some((head) =>
    new RegExp(`${head}(?:和|与|及|跟|同|、)[^，。；;！!？?]{1,10}?${head}`).test(before),
  );
}

const ORG_UNIT = /^(?:组|队|期|班|区|院|所|排|连|栋|幢|村|站|中|小)$/;

/**
 * 二组, 二队, 二班: counting says 两组, so 二 before a unit of organisation is a name; so is any
 * numeral said next to another such name (二组三组, 一队、三队).
 */
function isSecondByName(c: CountInText): boolean {
  if (!ORG_UNIT.test(c.unit) || c.arabic) return false;
  if (c.core === "二") return true;
  const name = `[一二三四五六七八九十]+${c.unit}`;
  return (
    new RegExp(`${name}[、和及与跟]?$`).test(c.t.slice(Math.max(0, c.cs - 5), c.cs)) ||
    // 「二组三组的路硬化了，四组还没谈下来」: the message already names such units by their numbers.
    new RegExp(`${name}[、和及与跟]?${name}`).test(c.t.slice(0, c.cs)) ||
    new RegExp(`^[、和及与跟]?${name}`).test(c.t.slice(c.end))
  );
}

/** People: a noun of persons right after 个, or the subject of 「人员只有3个」. */
/** Places and bodies, whose people a count of them is not (2个小区居民意见不统一 counts 小区). */
const PLACE_HEAD =
  "小区|乡镇|街道|企业|学校|单位|项目|园区|景区|医院|卫生院|卫生室|合作社|基地|工地|片区|村(?:里|子|组)?的";
/**
 * A clause saying what the people did or are, between the count and its noun (12个考上大学的困难学生、
 * 45个新录用的乡村教师): it opens with a verb or an adverb of time, so 5个村的党员 (a place) is not one.
 */
const WHO_CLAUSE =
  "(?:(?:新|刚|已经?|考上|考取|录用|招|聘|退|返|外出|留守|失业|下岗|待业|在|来|参加|报名|没有?|未|符合|需要|从|被|享受|领取|申请)[^，。；的\\d]{0,7}的)?";
/** An age said between the count and its noun (46个90岁以上老人). */
const AGE_MOD =
  "(?:(?:\\d+|[一二两三四五六七八九十]+)(?:多|来|几)?(?:周岁|岁)(?:以上|以下|以内|及以上)?的?)?";
const PERSON_AFTER = new RegExp(
  // 「一百五十个左右的妇女」: how approximate the count is may stand between it and the people. 「…个妇女培训班」 names a
  // class; 「…个从业人员培训了」 says the people were trained.
  `^(?:(?:左右|上下|以上|出头)?的)?${AGE_MOD}${WHO_CLAUSE}(?!${PLACE_HEAD})${PERSON_NOUN}(?![单站室院所队组团家中会班校点处科局馆协小之工宿楼公服活])(?!培(?!训了|训过))(?!(?:(?![了到进在])[\u4e00-\u9fff]){0,6}(?:课堂|食堂|活动室|服务站|服务点|中心|之家|协会|驿站|书屋|基地|学校|宿舍|公寓))`,
);
const PERSON_SUBJECT = new RegExp(
  // 「村里会养牛的就两个」「懂电脑的只有三个」: those able to do a thing, named by it, are people.
  `(?:会|懂|能)[\\u4e00-\\u9fff]{1,5}的(?:就|只有|才|仅|有)$|` +
    // 「帮扶残疾人就业7个」「扶持返乡青年创业12个」: what the people did may stand before the count;
    // 「村医队伍 全乡二十一个」: the body of those people (队伍) counts them too.
    `${PERSON_NOUN}(?:就业|创业|再就业|返乡|务工|上岗|入学|脱贫)?(?:队伍\\s?)?(?:全(?:县|乡|镇|村|市|区|所|院|站|校|局))?(?:一共|总共|加起来|现在|目前|现|还|缺口|空缺)?(?:在册|在档|在编|在岗|登记|建档)?(?:只有|仅有|就剩|只剩|剩下|才|就|仅|还有|有|共|总共|缺|差|少)?(?:了)?(?:差不多|大概|大约|约|将近|得有|估计有|起码有?)?$`,
);

/**
 * What people counted go on to do, said straight after the count in a run-on: 医生就两个连轴转、
 * 还有三个说在忙、只来了五个报名、讲解员就两个周末来团队…. A noun there (五个村) is what is counted.
 */
const PEOPLE_GO_ON =
  /^(?:连轴|轮流|根本|一直|天天|每天|平时|周末|晚上|白天|整天|撒|值班|跑|干|顶|扛|守|盯|忙|讲|带|说|请假|生病|报名|应聘|参加|参训|到岗|来|去|回|没|不|都|也|还|就|全|又|在|太(?=单薄|少|忙|累|紧|吃力|辛苦))/;

/** The last count said before `at` (within the few sentences before it): its unit and what follows. */
const COUNT =
  /(?<![\d.])(?:\d+(?:\.\d+)?|[一两二三四五六七八九十百千万零]+)(?:多|余|来|几)?(?:(个|名|位)|(人)(?!次))/g;

/**
 * 「新招了12个毕业生 有3个还没到岗」「做了6200人，要转诊的有31个」: a bare 个 taking a part (有、其中)
 * of a group just counted in people counts people too.
 */
function resumesPeople(c: CountInText): boolean {
  // 「培训五十二人，拿到证的四十七个」: a part picked out by what it did (…的) takes the count's people too.
  const lead = c.t.slice(Math.max(0, c.cs - 4), c.cs);
  // 「到岗41名，五个没来报到」: a bare 个 heading its clause, then what those people did or did not.
  // 「农技员一共4个，三个是快退休的」: or what those people are.
  const heads =
    /(?:^|[，,。；;！!？?\s])$/.test(lead) &&
    (PEOPLE_GO_ON.test(c.t.slice(c.end)) || /^(?:是|明年|今年|年底|下半年)/.test(c.t.slice(c.end)));
  if (
    !heads &&
    // 「十八个里就五个会用」: the part said after the whole with 就/只有/才.
    !/(?:有|其中|里面|里头|(?<=个)里|当中|中间|剩下?|优秀|良好|合格|称职)(?:就|只有|才|仅有?)?(?:近|约|将近)?$/.test(
      lead,
    ) &&
    // 「报名的只有41个，比去年少了十几个」: a comparison with the count before takes its people.
    !/比[^，。；]{1,6}?(?:少|多|减少|增加|下降)了?(?:近|约|将近)?$/.test(
      c.t.slice(Math.max(0, c.cs - 10), c.cs),
    ) &&
    !/[\u4e00-\u9fff]的$/.test(lead)
  )
    return false;
  if (
    /^[\u4e00-\u9fff]/.test(c.t.slice(c.end)) &&
    !/^(?:[还都已没未在也就要又仍尚是但可却需不被刚正因干辞走离考经常总老一说请病回跑出放退弃转改查确患得嫌登]|会(?![议员场所计长上后前])|基本|根本|从来|长期|常年|岁数|年纪|年龄|身体)/.test(
      c.t.slice(c.end),
    ) &&
    // 「还有五六个年纪偏大的不好安排」: who they are, said as a 的-phrase, then what of them.
    !/^[^，。；的\d]{1,6}的(?=$|[，,。；;！!？?\s不没还都也就])/.test(c.t.slice(c.end)) &&
    !/^(?:明年|下[个一周月步]|今年|打算|准备|争取)/.test(c.t.slice(c.end))
  )
    return false;
  const from = Math.max(0, c.cs - 80);
  let last: RegExpExecArray | undefined;
  for (const m of c.t.slice(from, c.cs).matchAll(COUNT)) last = m;
  if (!last) return false;
  if (last[2] || (last[1] && last[1] !== "个")) return true;
  // 「来了九个，还有三个说在忙」: the count before was people by its own reading.
  const end = from + last.index + last[0].length;
  const ce = end - (/[多余来几]个$/.test(last[0]) ? 2 : 1);
  // 「党员到了二十六个还有仨在外地」: the part typed straight after the count, the count read as if a comma followed.
  const t = /^(?:还有|有|其中|剩下?)/.test(c.t.slice(end)) ? `${c.t.slice(0, end)}，` : c.t;
  const before = { ...c, t, cs: from + last.index, ce, end, core: c.t.slice(from + last.index, ce) };
  return (
    PERSON_AFTER.test(c.t.slice(end)) ||
    // 「安置了二百四十个，还有十几个没找到事做」: the count before was people by its own reading.
    countsPeople({ ...before, unit: "个" }) ||
    peopleMoving(before) ||
    PERSON_SUBJECT.test(c.t.slice(startOf(c.t, before.cs, CLAUSE_END), before.cs)) ||
    STAFF_TAIL.test(c.t.slice(startOf(c.t, before.cs, CLAUSE_END), before.cs)) ||
    PEOPLE_BY_WHAT_THEY_ARE.test(c.t.slice(startOf(c.t, before.cs, CLAUSE_END), before.cs))
  );
}

/**
 * 「医生留不住，今年走了7个」: people coming or going (走、辞、调走、招、剩), counted with a bare 个
 * that closes the clause, in a sentence whose subject is people. 「娃娃们捏的罐子烧出来三百多个」: 出来、起来 after a
 * verb say what was made, no one came (fig52).
 */
function peopleMoving(c: CountInText): boolean {
  if (
    !/^(?:$|[，,。；;！!？?\s]|平均|都|还|也|已|全|均)/.test(c.t.slice(c.end, c.end + 2)) &&
    !PEOPLE_GO_ON.test(c.t.slice(c.end))
  )
    return false;
  const lead = c.t.slice(startOf(c.t, c.cs, CLAUSE_END), c.cs);
  if (
    !/(?:走|辞职?|离职|调走|调出|退休|流失|招|招聘|聘|聘用|补充|进|(?<![出起])来|剩|剩下|缺|转|转移|输出|发展|吸收|现有的?|在岗的?|在编的?)(?:了|咯|喽|啰|嘞|哩|咧|啦)?(?:近|约)?$/.test(
      lead,
    )
  )
    return false;
  // 「在编的一共28个，今年退休了3个，新进了5个」: staff said by their status are people too.
  // 「公益性岗位今年招了三十个」「去年引的走了两个」: a post filled, or those brought in, are people too.
  return new RegExp(`${PERSON_NOUN}|${STAFF_STATUS.source}|${TAKEN_ON.source}`).test(
    around(c.t, c.cs, c.end, SENTENCE_END).slice(0, c.cs - startOf(c.t, c.cs, SENTENCE_END)),
  );
}

/** Posts people are taken on for, and those taken on (公益岗、人才、引进的、招来的). */
// 「冬季征兵今年走了二十二个」: those called up are people too.
const TAKEN_ON = /岗位|公益岗|人才|征兵|(?:引进|引|招|聘)(?:来|进来?)?的/;

/** Staff said by their status (在编的、编制内的、在职的): a count of them counts people. */
const STAFF_STATUS = /(?:在编|在职|编制内|编内|编外|在岗)的/;

const STAFF_TAIL = new RegExp(`${STAFF_STATUS.source}[^，。；]{0,6}$`);

/** Who lives somewhere (住了58个) or is picked out by age (四十岁以下的就3个) is people. */
// 「现在一共住38个」: who lives there, said with 一共/现在 before a bare 住.
function countsPeople(said: CountInText): boolean {
  if (said.unit !== "个") return false;
  // 「局里去咧十五个」「来哩四十来个」: a dialect perfective after 去、来、到 is 了 here (same length, dialect-words.ts).
  const c = { ...said, t: plainAspect(said.t) };
  if (PERSON_AFTER.test(c.t.slice(c.end)) || resumesPeople(c) || peopleMoving(c)) return true;
  if (cameOrSentToLearn(c) || WHO_DID_AFTER.test(c.t.slice(c.end))) return true;
  // 「环卫工人平均年龄五十八岁，有三十多个都超过六十了」: some of the people the sentence is about.
  if (
    /(?:有|其中|其中有)(?:近|约)?$/.test(c.t.slice(Math.max(0, c.cs - 3), c.cs)) &&
    /^[都已还也全](?!是)/.test(c.t.slice(c.end)) &&
    new RegExp(PERSON_NOUN).test(c.t.slice(startOf(c.t, c.cs, SENTENCE_END), c.cs))
  )
    return true;
  // 「只来了三个报名」「有五个参赛」: only people sign up, take part or take up a post; 「六十三个拿了证」: or get the course's certificate (fig52);
  // 「机关四十几个都参加了」: with 都/全/也/已经 between.
  if (
    /^(?:都|全|全都|也|基本|基本上|已经?|均)?(?:报名|应聘|参训|参赛|参会|参加|参考|报到|到岗|上岗|考试|面试|培训(?:过|了)|受过训|(?:拿|领|取得)(?:到|了|到了)?(?:结业|合格|资格)?证(?!明|件|照)|结业了)/.test(
      c.t.slice(c.end),
    )
  )
    return true;
  // 「有二十多个当场装了反诈APP」: only people sign, scan or install something there and then.
  if (/^(?:当场|现场)就?(?:装|下载|注册|签|报名|办|扫码|关注|加入|参保|登记|表态)/.test(c.t.slice(c.end)))
    return true;
  if (
    (PEOPLE_BY_WHAT_THEY_ARE.test(c.t.slice(startOf(c.t, c.cs, CLAUSE_END), c.cs)) ||
      STAFF_TAIL.test(c.t.slice(startOf(c.t, c.cs, CLAUSE_END), c.cs))) &&
    !/^[\u4e00-\u9fff]/.test(c.t.slice(c.end))
  )
    return true;
  // 「来了农户六十多个」「养殖户八十来个都打了疫苗」: farm households named right before a bare 个 count are people
  // (the corpus: 农户{六十多个=60人}); 十二个五保户、四十多个低保户 (个 before them) stay households.
  if (/(?:农|菜农|果农|种植|养殖|种养)户(?:大概|大约|约|有|得有|差不多|将近|近)?$/.test(c.t.slice(0, c.cs)))
    return true;
  if (peopleNamedJustBefore(c)) return true;
  if (
    elidedPeople(c) ||
    passedScreening(c) ||
    perSession(c) ||
    partByAge(c) ||
    assessedPeople(c) ||
    peopleBefell(c.t, c.cs, c.end)
  )
    return true;
  if (wholeBeforeItsPart(c) || moreOfThem(c) || paidPeople(c) || staffOrHands(c) || onDutyPeople(c))
    return true;
  if (peopleSignedOrNamed(c)) return true;
  // 「义诊来了40来个」「群众会到了六十多个」「扑火队上去了六十多个」「培训了一百二十多个」「来了二十来个考察的」「争取来一百个」: only people come,
  // attend or are trained, counted with a bare 个 closing the clause (or before who they are, …的); 「座谈会发言的九个」
  // 「到会的三十多个」: those who spoke or came to a meeting.
  if (
    // 「材料报上去了三个」「喷雾器买回来了十二个」: things sent or bought come and go too (a verb of moving a thing before).
    /(?<!(?:报|买|运|送|交|寄|拉|拿|搬|收|递)[上下回进出过]?)(?:来了|(?:争取|力争)(?:再)?来|(?:推荐|安排|安置)上岗了?|去了|赶到了|赶来了|赶过去了|到了|到场了?|参加了?|参会的?|参训的?|听课的?|(?:表态|交流)?发言的|到会的|来听的|培训了|轮训了|安置了|吸纳了|招录了|派了|派出了?)(?:(?<=来了|到了)(?:企业)?(?:老板|老总|客商))?(?:大概|大约|约|差不多|将近|近|有|得有|足足)?\s*$/.test(
      c.t.slice(startOf(c.t, c.cs, CLAUSE_END), c.cs),
    ) &&
    // A voice run-on ends the clause with no comma, where the next one turns (…安置了一百二十几个但是…).
    // 「扑火队上去了六十多个林场也来了人」: or where another party's turn is glued on (林场也…、镇上还…).
    /^(?:$|[，,。；;！!？?\s]|[\u4e00-\u9fff]{1,4}的(?=$|[，,。；;！!？?\s])|[\u4e00-\u9fff]{2,4}(?:也|还)(?:来|到|派|去|出)|(?:但是?|可是|不过|就是|然后|另外)(?![的了]))/.test(
      c.t.slice(c.end),
    )
  )
    return true;
  // 「护理人员只有3个，…」: the count closes its clause, its subject is people; or what they do
  // follows it in a run-on (医生就两个连轴转).
  if (
    !/^(?:$|[，,。；;！!？?\s了])/.test(c.t.slice(c.end, c.end + 1)) &&
    !PEOPLE_GO_ON.test(c.t.slice(c.end))
  )
    return false;
  return PERSON_SUBJECT.test(c.t.slice(startOf(c.t, c.cs, CLAUSE_END), c.cs));
}

/** 「扶持了210个创业的」「发现23个已经过世的还在领」: who they are, said by what only people do, then 的 and no thing. */
const WHO_DID_AFTER =
  /^(?:已经?|还|都|也)?(?:创业|就业|务工|打工|返乡|外出|上学|读书|留守|过世|去世|病故|离世|服刑|失业|退休|断缴)[\u4e00-\u9fff]{0,3}?的(?![\u4e00-\u9fff]{0,2}?(?:项目|岗位|企业|园区|平台|资金|贷款|补贴|政策|车间|基地|[点站室馆园厂场房车台件项村校店队组团班会社处家户]))/;

/** What is not people among what comes or is sent: places, bodies, things, vehicles. */
const NOT_PEOPLE_AFTER = new RegExp(
  `^[^，。；;！!？?\\s]{0,12}?(?:${PLACE_HEAD}|[院站室馆园厂场房车台件项村校店队组团班会社点处箱批部所局委]|单位|部门|公司|方案|文件|通知|电话|问题|意见)`,
);

/**
 * 「现场会来了一百二十多个种粮大户」「来了一百三十多个细伢子」: only people come to a meeting (or live in a
 * home: 敬老院住了四十来个老辈子), so what came, counted with 个, is people unless it is named as a place, a body or a thing; 「明年开春送十个
 * 去县医院进修」: only people are sent somewhere to study, train or serve.
 */
function cameOrSentToLearn(c: CountInText): boolean {
  const after = c.t.slice(c.end);
  if (
    /^(?:去|到|上)[^，。；;！!？?\d]{0,10}?(?:进修|培训|学习|参训|轮训|跟班|挂职|实习|考察学习|报到)/.test(
      after,
    )
  )
    return true;
  // 「120多个农机手参加」: who takes part, named between the count and 参加 (as a draft writes 来了… over).
  if (/^[\u4e00-\u9fff]{1,6}?(?:参加|参与|参训|出席|到场|到会)/.test(after) && !NOT_PEOPLE_AFTER.test(after))
    return true;
  return (
    /(?:来了|到了|到场了?|出席了?|住了|住着|入住了?)(?:大概|大约|约|差不多|将近|近|有|得有|足足)?$/.test(
      c.t.slice(startOf(c.t, c.cs, CLAUSE_END), c.cs),
    ) &&
    /^[\u4e00-\u9fff]/.test(after) &&
    (CAME_HEAD.test(after) || !NOT_PEOPLE_AFTER.test(after)) &&
    !PEOPLE_GO_ON.test(after)
  );
}

/** 「来了五十多个养殖户现场还给…」: people (or households) named right after the count; a place later is not theirs. */
const CAME_HEAD = new RegExp(`^(?:${PERSON_NOUN}|(?!村|社区)[\u4e00-\u9fff]{1,3}?户)`);

/** Things and bodies named between the people and the count: then the count is of those (老师…5个村). */
const OTHER_HEAD = new RegExp(
  `${PLACE_HEAD}|[院站室馆园厂场房车台件项村校店队组团班会社点处]|[\\d一二两三四五六七八九十百千万几]+[多余来]?[\\u4e00-\\u9fff]`,
);

const PERSON_NOUN_G = new RegExp(PERSON_NOUN, "g");
// 「讲解员唔够人，得两个」: Cantonese 得 right after a comma is 只有.
const SHORT_OF_END = /(?:差|少|缺|口|有|是|就|才|剩|下|(?<=[，,]\s?)得)了?(?:近|约)?$/;
/** What is said between the people and their count: how few, how many short (还差、就、才、只剩). */
const SHORT_OF =
  /^(?!的)(?:[^，。；]{0,6}[，,])?[^，。；]{0,8}?(?:还差|还少|还缺|缺口(?:还有|是)?|缺|少|差|就|才|只有|仅有|只剩|剩下?|(?<=[，,]\s?)得)了?(?:近|约)?$/;

/**
 * 「音体美老师还是缺，还差十来个」「专职的全县就十几个」「按师生比算还少二十来个」: a bare 个 closing its
 * clause, with people the last thing named in the sentence shortly before it, counts those people.
 */
function peopleNamedJustBefore(c: CountInText): boolean {
  // 「护理员招不到人，现在就两个在撑」: or what those few do, typed straight after the count.
  if (!/^(?:$|[，,。；;！!？?\s])/.test(c.t.slice(c.end, c.end + 1)) && !PEOPLE_GO_ON.test(c.t.slice(c.end)))
    return false;
  const lead = c.t.slice(Math.max(startOf(c.t, c.cs, SENTENCE_END), c.cs - 24), c.cs);
  if (!SHORT_OF_END.test(lead)) return false;
  let last = -1;
  for (const m of lead.matchAll(PERSON_NOUN_G)) last = m.index + m[0].length;
  const between = lead.slice(last);
  return last >= 0 && SHORT_OF.test(between) && !OTHER_HEAD.test(between);
}

/** How the context changes the reading of a count, or undefined when it does not. */
export function readInContext(c: CountInText): ContextReading {
  // 「来了19个😄」: an emoji (with its joiners) typed right after the count closes its clause as a comma would.
  const e = /^(?:\p{Extended_Pictographic}|\u200d|\ufe0f)+/u.exec(c.t.slice(c.end))?.[0].length ?? 0;
  if (e > 0) return readInContext({ ...c, t: `${c.t.slice(0, c.end)}，${c.t.slice(c.end + e)}` });
  // 「零下二十度」「气温最低十五度」: a temperature, not a count.
  if (c.unit === "度" && /(?:零下|气温|温度|最低|最高|低温|高温)$/.test(c.t.slice(0, c.cs)))
    return { skip: true };
  // 「白毛风刮了三天」「连着下了五天雨」: how long the weather lasted (weather-span.ts).
  if (weatherSpan(c.t, c.cs, c.end, c.unit)) return { skip: true };
  if (isPhase(c) || isSecondByName(c) || restatesListedItems(c) || restatesEarlierCount(c) || isAge(c))
    return { skip: true };
  // 「入库企业28家，其中有五间财务唔规范」: Cantonese 间 of firms (figure-firm-jian.ts).
  if (c.unit === "间" && firmsInJian(c.t, c.cs, c.end)) return { unit: "家" };
  // 「主要是三个事情一个是…」「做了两件事：」: the head of a list said, not a figure.
  if (/^(?:事情|事儿|事|方面)[，,：:\s]*(?:一个是|一是|第一|首先|$)/.test(c.t.slice(c.end)))
    return { skip: true };
  // 「困难有两个，一个是…」: how many problems or reasons follow, said before the list.
  if (
    /(?:问题|困难|原因|不足|短板|难处|难点|建议)(?:主要|大概|大致)?(?:有|是)$/.test(
      c.t.slice(Math.max(0, c.cs - 6), c.cs),
    ) &&
    /^(?:方面)?[，,：:\s]*(?:一个是|一是|第一|首先|一方面|一来|$)/.test(c.t.slice(c.end))
  )
    return { skip: true };
  // 「村医年龄偏大，一半以上超过55了」: a bare number in a sentence about age is an age.
  if (c.unit === "" && /年龄|岁数|年纪/.test(around(c.t, c.cs, c.end, SENTENCE_END))) return { skip: true };
  if (countsPeople(c)) return { unit: "人" };
  // 「有两个月月亏钱」: 月月 is "every month", so the count is of 个 things, not of months.
  if (c.unit === "个月" && c.t[c.end] === "月") return { unit: "个" };
  return undefined;
}
