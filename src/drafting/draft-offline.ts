import type { Org } from "../domain/org.js";
import type { Update } from "../domain/update.js";
import { draftTitle, endSentence, spanWord, trimEnd } from "./document-labels.js";
import type { DraftItem, DraftPart, PartOrigin } from "./draft-model.js";
import { NO_MATERIAL, NO_WORK, sectionKey } from "./draft-model.js";
import type { Material, SectionMaterial } from "./gather-material.js";
import { periodLabel } from "../domain/period.js";
import { topHeadlines } from "./choose-headlines.js";
import { proseOfPasted } from "./pasted-layout.js";
import { cleanChat } from "./clean-chat.js";
import { arabicFigures, spacesAsCommas } from "./polish-prose.js";
import { sharesRun } from "./share-words.js";
import {
  offlinePlan,
  offlineProblems,
  plansOf,
  problemsOf,
  readsDone,
  workInPlans,
  workInProblems,
} from "./offline-plan.js";
import { isVoiceRun, punctuateVoiceRun } from "../domain/voice-run-on.js";
import { gapsIn } from "../domain/mark-gaps.js";
import { notesToSelf } from "../domain/notes-to-self.js";
import { dropSpokenFrames } from "./spoken-frames.js";
import { isYearTotal, leadTotals } from "./lead-totals.js";
import { lapsedPlans } from "./lapsed-plans.js";
import { remainingItems } from "./remaining-work.js";
import { oneRoughWord, oneRoughWordAcross } from "./written-amounts.js";
import { peopleFirst } from "./attendance-order.js";

export { offlinePlan, offlineProblems };

/**
 * The deterministic drafter: builds the document's structure from the structured items alone,
 * without a model. Used when no key is configured, when the model is down, and for any part
 * whose model answer could not be used. It never writes a figure that was not reported and
 * keeps every reported one (staff sentences are reused as written).
 */

/** Short three-character phrases and result phrases for the usual areas of a bureau. */
const PHRASES: Array<{ match: RegExp; short: string; ending?: string }> = [
  // Law enforcement first: 「农业综合执法」「文化市场综合执法」 are neither farming nor the 综合 office.
  { match: /执法|稽查/u, short: "严执法", ending: "执法监管规范有力" },
  { match: /研发/u, short: "强研发", ending: "创新能力稳步提升" },
  { match: /项目/u, short: "抓项目", ending: "项目支撑不断增强" },
  { match: /转化|技术市场/u, short: "促转化", ending: "成果转化加快推进" },
  { match: /知识产权|专利/u, short: "护产权", ending: "知识产权工作扎实推进" },
  { match: /科普/u, short: "重科普", ending: "全民科学素质持续提升" },
  { match: /宣传/u, short: "广宣传" },
  { match: /培训/u, short: "强培训" },
  { match: /特派员/u, short: "派专家", ending: "科技服务深入基层" },
  { match: /乡村振兴|农业/u, short: "助振兴", ending: "科技支撑乡村振兴有力有效" },
  { match: /高新技术企业|高企|企业/u, short: "育主体", ending: "创新主体不断壮大" },
  { match: /平台|载体/u, short: "建平台" },
  { match: /人才/u, short: "引人才", ending: "人才支撑持续加强" },
  { match: /环境|政策/u, short: "优环境", ending: "创新生态持续优化" },
  { match: /党建|党风/u, short: "强党建", ending: "队伍建设全面加强" },
  { match: /作风|廉政/u, short: "转作风" },
  { match: /安全/u, short: "保安全", ending: "机关运转规范有序" },
  // The 综合 office by its name (综合办公室、综合科、综合管理), not any name holding 综合.
  {
    match: /综合(?:办|科|股|室|管理|服务|协调)|办公|机关|行政/u,
    short: "强管理",
    ending: "机关运转规范有序",
  },
];
const VERBS: Array<[string, string]> = [
  ["抓", "促"],
  ["强", "优"],
  ["重", "提"],
];
const ENDINGS = [
  "各项工作稳步推进",
  "工作成效持续显现",
  "整体水平不断提升",
  "工作取得新进展",
  "服务能力持续增强",
];

/**
 * A paired-style heading derived from a section name: 「科技项目与研发投入」 →
 * 「抓项目，强研发，创新能力稳步提升」. Known areas use fixed short phrases; other names fall
 * back to 「抓{甲}，促{乙}，{结果}」.
 */
export function pairedHeading(sectionName: string, index: number): string {
  const parts = sectionName
    .split(/[与和及、]/u)
    .map((s) => s.trim())
    .filter(Boolean);
  const fallbackEnding = ENDINGS[(index - 1) % ENDINGS.length] as string;
  const found = (text: string) => PHRASES.find((p) => p.match.test(text));
  if (parts.length >= 2) {
    const a = found(parts[0] as string);
    const b = found(parts.slice(1).join(""));
    if (a && b && a.short !== b.short)
      return `${a.short}，${b.short}，${a.ending ?? b.ending ?? fallbackEnding}`;
  } else {
    const a = found(sectionName);
    if (a) return `${a.short}，求实效，${a.ending ?? fallbackEnding}`;
  }
  const [v1, v2] = VERBS[(index - 1) % VERBS.length] as [string, string];
  if (parts.length >= 2) return `${v1}${parts[0]}，${v2}${parts.slice(1).join("、")}，${fallbackEnding}`;
  return `${v1}${parts[0] ?? sectionName}，求实效，${fallbackEnding}`;
}

const ASIDE_LABEL =
  /^(存在的?问题|问题|困难|不足|下一步(工作)?(计划|打算)?|下步(计划|打算)?|计划|打算)[：:]\s*/u;
const DATA_LABEL = /^(主要数据|数据|成效)[：:]\s*/u;
/** Chat words for "when" that make no sense in a yearly document. */
const CHAT_TIME =
  /^(本周|上周|这周|这两周|今天|昨天|前天|近日|近期|本月|上月|这个月)(?![一二三四五六日天])[，,、\s]*/u;

/**
 * The staff's own list number at the head of an item (「1.2026年12月5日…」「2、11月3日…」「（3）…」): the draft numbers items
 * itself, so it is no part of the text (it made 「1.1.2026年…」). A decimal (1.5万份) is no list number.
 */
const OWN_NUMBER =
  /^(?:\d{1,2}[.．](?=\d{4}年|\d{1,2}月|[^\d.．])|\d{1,2}、(?=\d{4}年|\d{1,2}月\d{1,2}日|[^\d])|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,2}、(?![一二三四五六七八九十\d]))\s*/u;

const BARE_PLACE_STOP = /(在[\u4e00-\u9fff]{1,10}?(?:上|里))[；;]/gu;

/**
 * A staff message as document prose: chat openers and relative dates put right (clean-chat.ts),
 * 「主要数据：」 labels removed, and sentences that are the message's problems or plans left out
 * (they go to 二、 and 三、).
 */
export function cleanBody(text: string, asides: readonly string[], date = ""): string {
  // A pause typed as a space is a comma (「有两家资料不全 下周再去一趟」), on both sides of the compare.
  const norm = (x: string) => trimEnd(spacesAsCommas(x.trim()).replace(ASIDE_LABEL, "")).replace(/\s+/g, "");
  const aside = asides.map(norm).filter(Boolean);
  const kept: string[] = [];
  // A dictation with no punctuation gets its pauses first (domain/voice-run-on.ts); 「在广场上；约接待…」:
  // a place dictated with a pause belongs to the clause after it.
  const heard = isVoiceRun(text) ? (punctuateVoiceRun(text) ?? text) : spacesAsCommas(text);
  const joined = heard.replace(BARE_PLACE_STOP, "$1，");
  for (const raw of joined.split(/(?<=[。；;！？!?\n])/u)) {
    let t = raw.trim();
    if (!t) continue;
    if (aside.length > 0) {
      const n = norm(t);
      if (ASIDE_LABEL.test(t) || aside.some((a) => a === n || a.includes(n))) continue;
      // A sentence typed without a stop between the work and the plan keeps its work part.
      const inside = aside.filter((a) => n.includes(a));
      if (inside.length > 0) {
        t = inside.reduce((x, a) => x.replace(a, "，"), n);
        // What is left must still say something: 「问题是，」 alone is not work.
        const rest = t.replace(/[，,。；;\s]|问题|困难|不足|就是|主要是|是|明年|下一步|计划|打算/gu, "");
        if (!/\d/u.test(rest) && rest.length < 6) continue;
      }
    }
    t = t.replace(DATA_LABEL, "").replace(CHAT_TIME, "");
    if (date) t = cleanChat(t, date);
    if (trimEnd(t)) kept.push(trimEnd(t));
  }
  if (kept.length > 0) return endSentence(kept.join("；"));
  return aside.length > 0 ? "" : endSentence(cleanChat(text.replace(CHAT_TIME, ""), date || "2000-01-01"));
}

/**
 * The body of one update as a sentence: its extracted items when they carry every reported
 * figure, otherwise the normalized text itself (so no figure is ever dropped; figures only in
 * a problem or plan sentence appear under 二、 or 三、).
 */
export function updateBody(u: Update): string {
  const asides = [...problemsOf(u), ...plansOf(u)];
  const kept = u.items.filter((i) => !asides.includes(i.text.trim()));
  const texts: string[] = [];
  const pasted = proseOfPasted(u.normalizedText);
  const source = pasted.replace(BARE_PLACE_STOP, "$1，");
  let joined = "";
  let from = 0;
  let lastEnd = -1;
  for (const i of kept) {
    const own = i.text.trim().replace(OWN_NUMBER, "").replace(DATA_LABEL, "").replace(CHAT_TIME, "");
    const t = trimEnd(cleanChat(own, u.date));
    // Clauses the message ran on with a comma (or a space) stay one sentence; a stop makes 「；」.
    const at = source.indexOf(i.text.trim(), from);
    const between = at >= 0 && lastEnd >= 0 ? source.slice(lastEnd, at) : "；";
    if (at >= 0) {
      from = at + i.text.trim().length;
      lastEnd = from;
    } else lastEnd = -1;
    if (!t) continue;
    joined += texts.length === 0 ? t : `${/[；;。！？!?\n]/u.test(between) ? "；" : "，"}${t}`;
    texts.push(t);
  }
  const raws = [...u.figures, ...u.items.flatMap((i) => i.figures)].map((f) => f.raw);
  const elsewhere = asides.join("\n");
  // Figures are compared as written and as the drafter writes them (二百八十万元 → 280万元).
  const said = (r: string) =>
    joined.includes(r) || joined.includes(arabicFigures(r)) || elsewhere.includes(r);
  // A figure not known yet (「…数据统计局还没出」) or work done said as a plan is in no item: the
  // whole message is drafted instead, so its placeholder and its work are not lost.
  const whole =
    gapsIn(dropSpokenFrames(u.normalizedText)).length > 0 ||
    notesToSelf(u.normalizedText).length > 0 ||
    u.plans.some(readsDone) ||
    workInProblems(u) ||
    workInPlans(u) ||
    asides.some((a) => kept.some((i) => i.text.trim() !== a && spacesAsCommas(i.text).includes(a)));
  if (texts.length > 0 && raws.every(said) && !whole) return endSentence(joined);
  return cleanBody(pasted.trim().replace(OWN_NUMBER, "") || joined, asides, u.date);
}

/** 「农技推广：建设示范基地6个」 → title 「农技推广」, text 「建设示范基地6个」. */
function splitLabel(
  text: string,
  sectionName = "",
  aliases: readonly string[] = [],
): { title: string; text: string } {
  const m = /^([\u4e00-\u9fff、]{2,10})[：:](?!\d)(.+)$/su.exec(text);
  if (!m || /^(?:\d|今年|全年|上半年|下半年)/u.test(m[1] as string)) return { title: "", text };
  // 「综合：全年组织安全生产检查6次…」「高企：…」: the section's own name or one of its short names at the
  // head says where it goes, not what was done — no title, and not part of the sentence.
  const named = (m[1] as string).replace(/(?:这块|那块|这边|那边|方面|工作)$/u, "");
  if (named.length >= 2 && (sectionName.includes(named) || aliases.includes(named)))
    return { title: "", text: m[2] as string };
  return { title: m[1] as string, text: m[2] as string };
}

/** Content words of a text, for telling whether two items are about the same work. */
function topic(text: string): string {
  return text
    .replace(/[\d.,%×]+[\u4e00-\u9fff]?/gu, "|")
    .replace(/全年|今年|累计|共计|开展|组织|完成|举办|已|了|的|和|与|及|在|我局|全县/gu, "|");
}

/** Items on the same work share a stretch of at least five content characters. */
function sameWork(a: string, b: string): boolean {
  return sharesRun(topic(a), topic(b), 5);
}

/** A date opening an item, then the verb of what was done. */
const DATE_THEN_VERB =
  /^\d{4}年\d{1,2}月(?:\d{1,2}日)?(?:[至到—-](?:\d{1,2}月)?\d{1,2}日?)?(?:[上中下]旬|初|底|份)?(?=组织|开展|举办|召开|举行|完成|启动|参加|选派|赴|带队|带领|率队|深入|联合|会同|配合|邀请|协助|牵头|指导|走访|调研|培训|发放|建成|新建|认定|申报|推荐|印发|出台|制定|成立|帮助|帮扶|推动|推进|实施|落实|争取|引进|引导|服务|检查|督导|督查|慰问|宣传|接待|受理|办理|签订|签约|获批|立项|验收|评审|考核|组建|建设|建立|培育|对接|入户|投入|拨付|兑现|上报|报送|提交|录入|核查|排查|整改|举办|筹备|承办|完善|修订|对|为|在|到|向|与)/u;

/** Numbered items for a section: one per piece of work, updates on the same work merged. */
export function offlineItems(
  updates: Update[],
  sectionName = "",
  aliases: readonly string[] = [],
): DraftItem[] {
  const items: DraftItem[] = [];
  for (const u of updates) {
    const body = updateBody(u);
    if (!body) continue;
    const { title, text } = splitLabel(body, sectionName, aliases);
    // A year total is not merged into one event of the same work: it leads the section (lead-totals.ts).
    const total = isYearTotal(text);
    const same = items.find(
      (i) =>
        i.text === text ||
        (!total && !isYearTotal(i.text) && sameWork(`${i.title}${i.text}`, `${title}${text}`)),
    );
    if (same) {
      if (same.text !== text) same.text = endSentence(`${trimEnd(same.text)}；${trimEnd(text)}`);
      if (!same.title) same.title = title;
      same.sourceIds.push(u.id);
    } else items.push({ title, text, sourceIds: [u.id] });
  }
  // 「1.2月18日…」 reads as a decimal: an item without a title does not start with a date.
  // (The year by number: 「今年」 has no place in a document read after the year.)
  const year = updates[0]?.date.slice(0, 4) ?? "";
  for (const i of items) {
    if (i.title) continue;
    if (/^\d{1,2}月/u.test(i.text)) i.text = `${year}年${i.text}`;
    // 「1.2025年5月19日至5月23日组织…」 still reads as 「1.2025」 (check-gongwen.ts): a date that opens what
    // was done says when with 于 (「1.于2025年5月19日至5月23日组织…」); a date before a subject is left for the reviewer.
    if (DATE_THEN_VERB.test(i.text)) i.text = `于${i.text}`;
  }
  // 「开展科普讲座30余场，群众参加5000多人次」: one word for 'and more' in an item (written-amounts.ts).
  for (const i of items) i.text = oneRoughWord(peopleFirst(i.text));
  return items;
}

/** A section part; with no material, a visible placeholder instead of prose. */
export function offlineSectionPart(
  m: SectionMaterial,
  origin: PartOrigin = "offline",
  half?: 1 | 2,
): DraftPart {
  // Plans for the year that the draft leaves out and no later report takes up: for the reviewer (lapsed-plans.ts).
  const lapsed = lapsedPlans(m.updates, half);
  const base = {
    ...(lapsed.length > 0 ? { lapsed } : {}),
    key: sectionKey(m.sectionId),
    kind: "section" as const,
    sectionId: m.sectionId,
    sectionName: m.sectionName,
    heading: pairedHeading(m.sectionName, m.index),
    status: "draft" as const,
    unverified: [],
    setAside: [...m.setAside],
    inputHash: "",
  };
  if (m.updates.length === 0) {
    return { ...base, paragraphs: [NO_MATERIAL], items: [], origin: "placeholder", sourceIds: [] };
  }
  const all = offlineItems(m.updates, m.sectionName, m.sectionAliases);
  // The year's remaining work (「12月20日前完成…」 said in December) after the work done (remaining-work.ts).
  const later = remainingItems(m.updates, half);
  // Only problems or plans reported: no heading is printed over an empty body.
  if (all.length === 0 && later.length === 0)
    return { ...base, paragraphs: [NO_WORK], items: [], origin: "placeholder", sourceIds: [] };
  const { lead, items, sources } = leadTotals(all);
  return {
    ...base,
    paragraphs: lead,
    ...(lead.length > 0 ? { leadSources: sources } : {}),
    items: [...items, ...later],
    origin,
    sourceIds: m.updates.map((u) => u.id),
  };
}

/**
 * A date opening a clause: a day, a part of a month, a span of days or a month alone (「12月4日」「3月上旬」「5月19日至23日」
 * 「10月份」). A month that opens a span or a stretch up to now (「1月至10月」「6月以来」「3月起」) stays: it says the period.
 */
const DAY_LEAD =
  /^于?(?:\d{4}年)?\d{1,2}月(?:(?:\d{1,2}日|[上中下]旬|初|底)(?:[至到—-](?:\d{1,2}月)?\d{1,2}日)?|份?(?![至到—\-~～以起开来\d]))[，,、\s]*/u;

/** The opening's figures: the weightiest achieved clauses, at most one per section. */
export function headlineClauses(material: Material, max = 5): string[] {
  const reported = material.sections.filter((s) => s.updates.length > 0).length;
  return (
    topHeadlines(material, max, reported >= max ? 1 : 2)
      // The paragraph already says 「全年，」: a clause does not say it again, first or inside
      // (「旅游综合收入全年累计9.2亿元」); 「全年目标」 names a thing, not the time.
      .map((h) => (material.period.half ? h.clause : h.clause.replace(/全年(?!目标|任务|计划)[，,]?/gu, "")))
      // 「全年，12月4日对接了…」: the day one event fell on has no place in a list of the period's results.
      .map((c) => c.replace(DAY_LEAD, ""))
      // draft55: 「科普进村，开展36场」「黄山毛峰方面，推广…」 — in one run of results a bare topic is the clause's subject.
      .map((c) =>
        c.replace(
          /^([\u4e00-\u9fff]{2,10}?)(?:方面)?[，,](?!总共|一共|共|累计|合计|计)(?=[\u4e00-\u9fff]{0,10}\d)/u,
          "$1",
        ),
      )
      .filter((c) => c.length > 0 && c.length <= 40)
      // 「全年，6月以来累计…」: a clause with a stretch of its own does not open the year's list (ownStretch).
      .sort((a, b) => Number(OWN_STRETCH.test(a)) - Number(OWN_STRETCH.test(b)))
  );
}

/**
 * A clause that says the part of the period it counts, or the event it fell in (「6月以来」「3月起」「1月至10月」「下半年」
 * 「三季度」「科技活动周期间」): after 「全年，」 it reads as if the year were that stretch. Such clauses come after the
 * others; when every clause has one, the list opens without 「全年，」.
 */
const OWN_STRETCH =
  /^(?:[\d一二三四五六七八九十]{1,3}月份?(?:以来|起|开始|至今|[至到—-])|[上下]半年|第?[一二三四]季度|[\u4e00-\u9fff]{2,8}?期间)/u;

export function offlineOpening(org: Org, material: Material, origin: PartOrigin = "offline"): DraftPart {
  const label = periodLabel(material.period);
  const clauses = headlineClauses(material);
  // The clauses come from different people: one word for 'and more' across them (20多项 beside 30余场 → 20余项).
  const figures =
    clauses.length > 0
      ? `${OWN_STRETCH.test(clauses[0] ?? "") ? "" : `${spanWord(material.period)}，`}${oneRoughWord(peopleFirst(clauses.join("，")))}。`
      : "";
  if (material.all.length === 0) {
    return {
      key: "opening",
      kind: "opening",
      heading: "",
      paragraphs: [`（本期暂无填报材料，开头段待补充。）现将${label}工作总结如下：`],
      items: [],
      status: "draft",
      origin: "placeholder",
      unverified: [],
      setAside: [],
      sourceIds: [],
      inputHash: "",
    };
  }
  // Areas with work to tell: a section that reported only plans or problems is not 「统筹推进」 yet.
  const areas = material.sections
    .filter((s) => s.updates.length > 0 && offlineItems(s.updates).length > 0)
    .map((s) => s.sectionName)
    .slice(0, 4)
    .join("、");
  const text =
    `${label}，我局在${org.superiors}的坚强领导下，紧紧围绕年度目标任务，统筹推进${areas}等各项工作，取得了积极成效。` +
    `${figures}现将${label}工作总结如下：`;
  return {
    key: "opening",
    kind: "opening",
    heading: "",
    paragraphs: [text],
    items: [],
    status: "draft",
    origin,
    unverified: [],
    setAside: [],
    sourceIds: material.all.map((u) => u.id),
    inputHash: "",
  };
}

/** Every part of a draft, offline: opening, the sections in roster order, problems, plan. */
export function draftOffline(org: Org, material: Material): { title: string; parts: DraftPart[] } {
  return {
    title: draftTitle(org.unit, material.period),
    parts: oneRoughWordAcross([
      offlineOpening(org, material),
      ...material.sections.map((s) => offlineSectionPart(s, "offline", material.period.half)),
      offlineProblems(material),
      offlinePlan(org, material),
    ]),
  };
}
