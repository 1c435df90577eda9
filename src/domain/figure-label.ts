/**
 * The label of a found figure: the phrase that says what it counts (context). The noun a measure
 * word counts (counted) is figure-noun-after.ts. Read from the text around the number, never cut
 * at a fixed length.
 */

import { heldWithTopic, outcomeOfApplied } from "./figure-label-topic.js";
import { MEASURE, PERSON_HEAD, TIME_AHEAD } from "./figure-noun-after.js";

/** Where a label phrase ends: sentence and clause punctuation (not quotes, titles or 、). */
const PHRASE_END = "，,。；;：:！？!?\n";
const LEAD_WORDS =
  /^(?:、|一(?:场|次(?!性)|轮|趟)(?=[\u4e00-\u9fff]{3})|[一二三四五六七八九十]+是|[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]|[-·•*]\s?|其中|同时|另外|此外|但是|不过|可是|只是|而且|并且|然后|今年以来|今年|本年|全年|本周|这周|本月|今天|(?:上午|下午|晚上|早上|中午)(?![场班])|上半年|\d{4}年度?|\d{1,2}月(?:[上中下]旬|份|初|底)?|累计|共计|(?:一共|总共|共|现)有(?!产权)(?=[\u4e00-\u9fff]{2})|共(?![同享建用识青商有])|合计|总计)+/;

/** The topic a chat message opens with (成果转化那边、知识产权这块、镇里): the section says it already. */
const TOPIC =
  /^(?:[\u4e00-\u9fff]{2,8}?(?:那边|这边|那块|这块|这一块|方面)|镇里|县里|村里|局里|市里|(?:我们|咱们|俺们)(?:[站所科局股队办]|中心)?(?:里头|里|头)?|我局)(?:的话|的|呢|啊|哈)?/;
/**
 * Time words said in passing anywhere in the phrase: when is the report's, not the figure's. Read by
 * their shape: a month, week or season up to now (上个月、这个礼拜, 号头 for 月 in 吴), a day or year
 * named back from today (昨天、今朝、前年), a month by its number (十一月份、8月底). A time ahead
 * (明年、下个月) stays: it says when a target is due.
 */
const TIME_WORDS = new RegExp(
  // 「比去年少了」: the year compared with is part of the phrase.
  // 「想今年报」「打算明年建」: a time right after a modal verb is when the plan falls, part of the phrase.
  `(?<![比较想要备算划取])(?:${[
    // 「暑假搞了3期…夏令营」「寒假里头办了两期…」: the holidays say when, as a month does.
    "[寒暑](?:假|期)(?:里头|里|期间|中)?(?=[\u4e00-\u9fff])",
    "今年以来|本年度?|上半年|下半年|年初|年中|前[几两三四五六\\d]个月|前段时间|这段时间|目前|截至目前|到目前为止|截至昨天|到昨天|截至今天|近期|最近",
    // draft55: 「上周三去了两个乡镇」 — the weekday goes with its week, not the 三 left on the label.
    "(?:上|这|本)?(?:个)?(?:礼拜|星期|周)[一二三四五六日天1-7](?![\\d一二三四五六七八九十])",
    "(?:上|这|本)(?:个|一)?(?:月|号头|礼拜|星期|周|季度)(?:以来|里|份)?",
    "(?:今|去|前|昨)(?:年|天|日|朝|么子?|末子?)(?:以来)?",
    // 今儿个、昨儿个、夜儿个、夜个 (northern for yesterday), 前儿个.
    "(?:今|昨|前|夜)儿?个(?![月人])",
    // 「1到6月份」「1-6月」「一至三月」: a span of months said with the first month's 月 left out.
    "[\\d一二三四五六七八九十]{1,3}(?:月份?)?(?:到|至|-|—|~|～)[\\d一二三四五六七八九十]{1,3}月(?:份|[上中下]旬|底|初)?(?:以来)?",
    "[\\d一二三四五六七八九十]{1,3}月(?:份|[上中下]旬|底|初)(?:(?:到|至)[\\d一二三四五六七八九十]{1,3}月(?:份|[上中下]旬|底|初)?)?(?:以来)?",
  ].join("|")})`,
  "g",
);

/**
 * 「来的人挺多的大概有 四五百人」: an estimate word (大概有) and a remark on the turnout (挺多的) before the number
 * belong to the figure or to chat, not to its label (来的人).
 */
const ESTIMATE_END =
  /(?<=[\u4e00-\u9fff]{2})(?:(?:(?:挺|很|蛮|特别|非常|比较)(?:多|少|踊跃|火爆?)的?)?(?:大概|大约|大致|约莫|(?<![签合预节制公条契邀践赴违履爽失相])约|差不多|将近|估计)有?|(?:挺|很|蛮|特别|非常|比较)(?:多|少|踊跃|火爆?)的?)$/;

function tidy(phrase: string): string {
  let p = phrase.trim();
  for (let i = 0; i < 3; i++) p = p.replace(LEAD_WORDS, "").trim();
  // 「今年的高企申报」: the 的 that tied a leading time word to the thing goes with it.
  if (p !== phrase.trim()) p = p.replace(/^的(?=[\u4e00-\u9fff]{2})/, "");
  const topicless = p.replace(TOPIC, "").trim();
  if (topicless.replace(TIME_WORDS, "").length >= 2) p = topicless;
  // 「上周的科普大集」: the 的 that tied the time word to the thing goes with it.
  const untimed = p.replace(TIME_WORDS, "").replace(/\s+/g, " ").trim();
  const timeless = untimed !== p ? untimed.replace(/^的(?=[\u4e00-\u9fff]{2})/, "") : untimed;
  if (timeless.length >= 2) p = timeless;
  for (let i = 0; i < 3; i++) p = p.replace(LEAD_WORDS, "").trim();
  // 「来了大概 六百人」: an estimate word before the number belongs to the figure, not its label.
  return (
    p
      .replace(/[、\s]+$/, "")
      .replace(ESTIMATE_END, "")
      // 「…比较多，约有1500人次」: a clause that is only the estimate names nothing; the phrase before it does.
      .replace(/^(?:大概|大约|大致|约莫|约|差不多|将近|估计)有?$/, "")
  );
}

/**
 * What the figure counts, as a whole phrase: the words before it back to the clause boundary or the
 * previous figure (举办全县农村实用技术培训班3期 → 举办全县农村实用技术培训班), list markers and
 * time words trimmed, never cut at a fixed length. When nothing is left, the words after it
 * up to the next number (1500名群众参与 → 群众参与); then the phrase before the clause boundary (发放资料，共2000册 → 发放资料).
 */
export function contextFor(
  t: string,
  start: number,
  end: number,
  prevEnd: number,
  prevContext?: string,
  prevCounted?: string,
  nextStart = t.length,
): string {
  const said = contextPhrase(t, start, end, prevEnd, prevContext, prevCounted, nextStart);
  // 「农民田间学校这块，举办了5期」: a verb of holding alone takes the topic said before it (figure-label-topic.ts).
  const phrase =
    heldWithTopic(said, t.slice(start, end), t.slice(clauseBefore(t, start, prevEnd), start)) ??
    outcomeOfApplied(said, prevContext, t.slice(prevEnd, start)) ??
    said;
  return asNoun(
    cameAfterEvent(t, start, prevEnd, phrase, prevContext, prevCounted) ?? phrase,
    t.slice(start, end),
    t.slice(end, nextStart),
  );
}

/** Where the words before a number start: its own clause and, past one comma, the clause before; never before prevEnd. */
function clauseBefore(t: string, start: number, prevEnd: number): number {
  let at = start;
  let comma = false;
  while (at > prevEnd) {
    const ch = t[at - 1] ?? "";
    if (/[，,]/.test(ch) && !comma) comma = true;
    else if (PHRASE_END.includes(ch)) break;
    at--;
  }
  return at;
}

/**
 * 「这周组织了…宣讲会 来了40多家企业」「办了场零工对接会，来了一百五六十个人」: only 「来了」 stands between the
 * space or comma and the number; the event is the thing named at the end of the phrase before (宣讲会), joined to
 * the coming. Not across a sentence end or a previous figure.
 */
function cameAfterEvent(
  t: string,
  start: number,
  prevEnd: number,
  phrase: string,
  prevContext?: string,
  prevCounted?: string,
): string | undefined {
  const verb = CAME_ALONE.exec(phrase)?.[0];
  if (!verb) return undefined;
  let at = start;
  while (at > prevEnd && !/[，,\s]/.test(t[at - 1] ?? "")) at--;
  // label42: 「对接会开了两场，来了40多家企业」: the event is the previous figure's, held (开了、办了、举办…) just before.
  if (prevContext && at - 1 === prevEnd && t.slice(at, start).replace(/^\s+/, "") === phrase) {
    const event = prevContext.replace(/(?:开了|办了|搞了|召开了?|举办了?|开展了?|组织了?|举行了?)$/, "");
    return event !== prevContext && EVENT_NAMED.test(event) ? `${event}${verb}` : undefined;
  }
  if (at <= prevEnd || t.slice(at, start).replace(/^\s+/, "") !== phrase) return undefined;
  let head = at - 1;
  while (head > prevEnd && !PHRASE_END.includes(t[head - 1] ?? "") && !spaceBetweenWords(t, head - 1)) head--;
  if (/[\d]/.test(t.slice(head, at - 1))) return undefined;
  // Lead54: 「在 5个村开展果树修剪培训 来了…」: the previous figure's noun (村) is not the event's, nor is the verb of holding
  // — unless it is all there is (「办了三期电商直播培训，来了…」: the event is what was counted).
  const skip = head === prevEnd && prevCounted && t.startsWith(prevCounted, head) ? prevCounted.length : 0;
  const own = skip > 0 && at - 1 - (head + skip) >= 2 ? head + skip : head;
  const before = tidy(t.slice(own, at - 1));
  const said = before
    .replace(/^.*(?:了|的|在)/, "")
    .replace(/^(?:开展|举办|组织|召开|举行|搞)(?=[\u4e00-\u9fff]{2})/, "");
  // 「下个月准备搞一次知识产权培训 预计来八十人」: an event planned is named after its verb of holding (搞、办、举办…).
  const planned = PLANNED_CAME.test(verb)
    ? said.replace(/^.*?(?:搞|办|开展|举办|组织|召开|举行)一?/, "")
    : said;
  const event = planned.replace(/^一?[场次个期轮回趟]/, "");
  return EVENT_NAMED.test(event) ? `${event}${verb}` : undefined;
}

/** Coming expected (预计来、计划参加): a target's people, said before the event is held. */
const PLANNED_CAME = /^(?:预计|计划|估计|预估)要?(?:来|参加|参训)$/;

/** The coming alone, nothing before it in its phrase. */
const CAME_ALONE = /^(?:来了|到场了?|参加了?|出席了?|参会了?|(?:预计|计划|估计|预估)要?(?:来|参加|参训))$/;
/** An event named by its noun (宣讲会、招聘会、培训班、义诊、对接会), two to ten characters. */
const EVENT_NAMED = /^[\u4e00-\u9fff]{1,9}(?:会|班|课|讲座|活动|义诊|培训|集|节|赛|展|演出|仪式|现场)$/;

/** People who came (来了八十来号人、到场60多人): the label names them, not the coming. */
const CAME = /(?:来了|到了|到场了?|参加了?|出席了?|参会了?)$/;
/** Bodies counted right after the number (企业、用工单位、合作社、学校…), at most four characters before the kind. */
const BODY_CAME = /^[\u4e00-\u9fff]{0,4}?(?:企业|单位|公司|合作社|学校|高校|医院|机构|商户|银行|协会)/;
/** A light verb of chat (咱们弄了两百来份): the thing before it is what the figure counts. */
const LIGHT_VERB = /(?:咱们|我们|俺们)?(?:弄了|搞了|整了|做了|印了)$/;

/**
 * The label as a noun: 「来了」 before a count of people is 「参加人数」 (「义诊来了五百来号人」 →
 * 义诊参加人数), 「宣传资料咱们弄了」 is 宣传资料.
 */
function asNoun(label: string, raw: string, after = ""): string {
  // 「来了四十几个果农」: people counted with 个 came too.
  const people = /人|名|位/.test(raw) || (/个$/.test(raw) && PERSON_HEAD.test(after));
  // 「18名党员参加」: the words after the count already name who took part — kept as said.
  if (CAME.test(label) && people && !after.startsWith(label)) {
    const event = label.replace(CAME, "").replace(/^.*(?:了|的|在)/, "");
    return `${/^[\u4e00-\u9fff]{2,10}$/.test(event) ? event : ""}参加人数`;
  }
  // 「宣讲会那天来了40多家企业」「招聘会到场了十五家用工单位」: bodies that came to an event took part in it (参加宣讲会).
  if (CAME.test(label) && /[家所个]$/.test(raw) && BODY_CAME.test(after)) {
    const event = label
      .replace(CAME, "")
      .replace(/^.*(?:了|的|在)/, "")
      .replace(/(?:那天|当天|那次|这次|现场|上)$/, "");
    // Without an event named (上周来了3家企业考察), they may have come for anything: kept as said.
    if (EVENT_NAMED.test(event)) return `参加${event}`;
  }
  // 「预计来八十人」: who is expected is written 预计参加 (知识产权培训预计参加 80人).
  const expected = /(?:预计|计划|估计|预估)要?来$/.exec(label);
  if (expected && (people || /[家所个]$/.test(raw))) return `${label.slice(0, expected.index)}预计参加`;
  const thing = label.replace(LIGHT_VERB, "");
  return thing !== label && thing.length >= 2 ? thing : label;
}

/** A conjunction ending the words between two figures counted side by side. */
const CONJUNCTION_END = /(?:和|与|及|以及|跟|同|、|还有)$/;

function contextPhrase(
  t: string,
  start: number,
  end: number,
  prevEnd: number,
  prevContext?: string,
  prevCounted?: string,
  nextStart = t.length,
): string {
  let from = start;
  while (from > prevEnd && !PHRASE_END.includes(t[from - 1] ?? "") && !spaceBetweenWords(t, from - 1)) from--;
  // 两名骨干到柳溪村蹲点一个月: the noun the previous figure counts is that figure's, not this one's.
  if (
    from === prevEnd &&
    prevCounted &&
    t.startsWith(prevCounted, from) &&
    start - from > prevCounted.length + 1
  )
    from += prevCounted.length;
  // 覆盖全县十八个乡镇一百二十六个村: only the previous figure's noun between the two, so the same
  // phrase counts both (覆盖全县 十八个乡镇, 覆盖全县 一百二十六个村).
  if (
    from === prevEnd &&
    prevCounted &&
    prevContext &&
    prevContext.length >= 2 &&
    t.slice(from, start) === prevCounted
  )
    return prevContext;
  // 「20多家企业和3所高校参加」: only the previous figure's noun and a conjunction before this one — the two are
  // counted side by side, and this one's words are the ones after it (高校参加).
  const between = t.slice(from, start);
  const joined =
    from === prevEnd &&
    prevCounted !== undefined &&
    between.startsWith(prevCounted) &&
    between.length <= prevCounted.length + 2 &&
    CONJUNCTION_END.test(between);
  // 「科技型企业评价还剩下6家没有入库」: what is left (还有、还剩下) says how many remain, not of what.
  const said = joined ? "" : tidy(between);
  const before =
    LEFT_END.test(said) && said.replace(LEFT_END, "").length >= 2 ? said.replace(LEFT_END, "") : said;
  // The words after stop at the clause's end or at the next number (帮2家企业申请融资500万 → 企业申请融资,
  // 给十七个村装了八十来个探头 → 村装了: a number in words too).
  let to = end;
  // A space typed between two words is a comma (「帮两家企业登记技术合同 成交额85万」: 成交额 is the next figure's).
  while (
    to < nextStart &&
    !PHRASE_END.includes(t[to] ?? "") &&
    !/\d/.test(t[to] ?? "") &&
    !spaceBetweenWords(t, to)
  )
    to++;
  // 「20多家企业和…」: the conjunction before the next figure is not part of what this one counts.
  const afterSaid = tidy(t.slice(end, to));
  const after = to === nextStart && nextStart < t.length ? afterSaid.replace(CONJUNCTION_END, "") : afterSaid;
  // 「上个月给三家企业办了辅导」「年底前要把9家加油站改完」: the number is the object of a co-verb and the
  // work is said after it, so the phrase it counts is the one after (企业办了辅导), not 上个月给.
  // The co-verb stays with it (「帮两家企业算了研发费用加计扣除」 → 帮企业算了研发费用加计扣除): without it the
  // enterprises would be the ones doing the work.
  // Only where the object is said after the measure word (两家企业; not 给全村80户发了…: 户 is the object itself).
  const coVerb = CO_VERB_END.exec(before);
  if (coVerb && after.length >= 2)
    // 「为46户困难家庭代缴了…」: 户 with the households named after it is a measure word too.
    return MEASURE.test(t.slice(start, end)) || HOUSEHOLDS_NAMED.test(after)
      ? `${coVerb[0].replace(CO_VERB_SCOPE, "")}${after}`
      : after;
  // 「完成了2家企业的研发中心申报材料审核」: a light verb alone before the number says nothing of what was done; the
  // work is the phrase after the counted noun's 的 (完成了研发中心申报材料审核 2家企业).
  const owned = LIGHT_VERB_ONLY.test(before)
    ? /^[\u4e00-\u9fff]{1,4}?的([\u4e00-\u9fff]{2,16})$/.exec(after)
    : null;
  if (owned?.[1]) return `${before}${owned[1]}`;
  // 「今儿个俩村送了消毒液」: only time words before the number; the phrase after says what it counts.
  // 「追回骗保资金 两笔一共 十二万」: a total word alone after the number (一共、合计) names nothing (fig52).
  const afterNames = after.length >= 2 && !TOTAL_ONLY.test(after);
  if (before.replace(TIME_WORDS, "").trim() === "" && afterNames) return after;
  // 「…占比还是偏低，只有38%」: a bare predicate (只有、才、达到) names nothing; the phrase before the comma does.
  if (before.length >= 2 && !BARE_PREDICATE.test(before)) return before;
  // 「还剩3个年底前完成」: what is left, then when it is due — the time ahead is not what the number counts.
  if (LEFT_END.test(before) && TIME_AHEAD.test(after)) return before;
  if (afterNames) return after;
  // Stopped at the previous figure with nothing of its own (培训农民120场次6500人次, 覆盖十二个镇八十六个村):
  // the same phrase counts both.
  const atDelimiter = PHRASE_END.includes(t[from - 1] ?? "");
  if (!atDelimiter && from === prevEnd && prevEnd > 0 && prevContext && prevContext.length >= 2)
    return prevContext;
  // Stopped at a typed space (「讲了堂防溺水课 四年级俩班 八十来个娃」): the phrase between it and the space or
  // delimiter before, never across either; when that phrase holds the previous figure, the same phrase counts both.
  if (!atDelimiter && from > prevEnd && spaceBetweenWords(t, from - 1)) {
    let head = from - 1;
    while (head > 0 && !PHRASE_END.includes(t[head - 1] ?? "") && !spaceBetweenWords(t, head - 1)) head--;
    if (head < prevEnd) return prevContext && prevContext.length >= 2 ? prevContext : before || after;
    const phrase = tidy(t.slice(head, from - 1));
    return phrase.length >= 2 ? phrase : before || after;
  }
  // Stopped at a delimiter: the phrase before it. Stopped at the previous figure: that figure's phrase with it.
  let back = atDelimiter ? from - 1 : from;
  while (back > 0 && !PHRASE_END.includes(t[back - 1] ?? "")) back--;
  const previous = tidy(t.slice(back, atDelimiter ? from - 1 : from));
  return previous.length >= 2 ? previous : before || after;
}

/** A light verb of doing, alone: 完成了、开展、组织了 say that work was done, not what. */
const LIGHT_VERB_ONLY = /^(?:已经?|已)?(?:完成|开展|组织|进行|实现|落实|推进|做|搞|办|弄|整|处理|办理)了?$/;

/** A total word, alone (一共、合计、加起来): says how the numbers add up, not what they count. */
const TOTAL_ONLY = /^(?:一共|总共|共计|合计|累计|总计|加起来|算下来|共)$/;

/** Words ending the phrase before a number that say what is left (还有、还剩下、尚有). */
const LEFT_END = /(?:还有|还剩下?|剩下|尚有|还差)$/;

/** Words before a number that say how much, not of what (只有38%、才12家、达到95%). */
const BARE_PREDICATE =
  /^(?:还有|还剩下?|剩下|尚有|还差|只有|仅有|只|仅|才|就|共有|共|达到|达|为|是|占|约|大概|大约|接近|将近)+$/;

/** Households or people named right after a count of 户 (困难家庭、脱贫户、老人): the object the co-verb takes. */
const HOUSEHOLDS_NAMED =
  /^[\u4e00-\u9fff]{0,4}?(?:家庭|群众|老人|儿童|学生|农户|居民|村民|职工|军人|人员|[贫困保低难]户)/;

/** The scope word after a co-verb (把全镇、给各): said by the number's own phrase, not kept with the co-verb. */
const CO_VERB_SCOPE = /(?:全(?:县|区|市|镇|乡|村)|辖区|各)$/;

/** A co-verb closing the words before a number (给、把、为…, 把全镇): its object is what the number counts. */
const CO_VERB_END =
  /(?:给|(?<![行作成认因以称更])为|帮|替|(?<![核比应面针校查相反配绝派一])对|把|将|让|跟|同)(?:全(?:县|区|市|镇|乡|村)|辖区|各)?$/;

/** A space typed for a comma between two words (…科普讲座 学生四百人参加): a phrase ends there. */
function spaceBetweenWords(t: string, i: number): boolean {
  return (
    /\s/.test(t[i] ?? "") && /[\u4e00-\u9fff]/.test(t[i - 1] ?? "") && /[\u4e00-\u9fff]/.test(t[i + 1] ?? "")
  );
}
