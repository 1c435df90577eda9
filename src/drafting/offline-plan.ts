import type { Org } from "../domain/org.js";
import type { Update } from "../domain/update.js";
import { bareVerbFromWork } from "./plan-bare-verb.js";
import { countedThingFromProblem } from "./plan-counted-object.js";
import { sizeOfTrouble } from "./problem-size.js";
import { deadlineAhead } from "../domain/deadline-ahead.js";
import { cleanChat } from "./clean-chat.js";

export { problemText } from "./problem-text.js";
import { gapsIn, markGaps } from "../domain/mark-gaps.js";
import { withoutNotes } from "../domain/notes-to-self.js";
import { toSimplified } from "../domain/normalize.js";
import { planOnceMore } from "./plan-once-more.js";
import { forNextYear, halfYearJoined, partYear, withoutLead } from "./plan-lead.js";
import { dropSpokenFrames, isAside } from "./spoken-frames.js";
import { findFigures } from "../domain/figures.js";
import { SHORTFALL } from "../domain/shortfall.js";
import { parseDate } from "../domain/period.js";
import { planYears } from "../domain/plan-year.js";
import { plainNumerals, restoreObject, spacesAsCommas } from "./polish-prose.js";
import { withSubject } from "./plan-subject.js";
import { LATER, TROUBLE } from "./problem-words.js";
import { writtenPlan } from "./written-clauses.js";
import { problemText } from "./problem-text.js";
import { planTopicKept } from "./topic-said-first.js";
import { feelingClauses } from "./feeling-only.js";
import { endSentence, planLabel, trimEnd } from "./document-labels.js";
import { type DraftItem, type DraftPart, NO_PLANS, NO_PROBLEMS, type PartOrigin } from "./draft-model.js";
import type { Material } from "./gather-material.js";

/**
 * The problems and plan parts without a model. The plan is built the way the seed documents
 * build it: an overall 思路 paragraph (from what staff reported as the overall idea, else a
 * neutral sentence naming the work lines), one item per work line with the reported targets,
 * and a closing paragraph. Every reported problem should be answered by some plan item; those
 * that are not are listed on the part (`unanswered`) for the reviewer.
 */

/** A plan sentence that states the overall idea rather than one measure. */
const OUTLINE = /思路|总体(?:要求|目标|安排)|总的(?:考虑|想法|目标)|总基调|主线|总目标|指导思想/u;
/** An outline that already starts with its own verb or frame. */
const OUTLINE_VERB =
  /^(?:坚持|围绕|聚焦|以|按照|紧扣|紧紧|突出|推进|推动|强化|加快|加强|着力|全面|深入|持续|立足|锚定|统筹|落实|抓|把|在|进一步|继续|坚定|牢牢|始终|贯彻|力争|实现|打造|构建|建设|做好|守牢|提升)/u;
const VERBS = ["持续抓好", "着力推进", "不断加强", "扎实做好", "深入推进", "全力抓好"];

export { addresses, answers, unansweredProblems } from "./problem-measures.js";
import { answeredRightAfter, unansweredInOwnLine } from "./problem-measures.js";
import { withElidedSubject } from "./problem-subject.js";

/**
 * A plan sentence as document prose: chat removed, 「明年打算」 leads dropped, and an object the
 * chat left to the sentence before (「再建3个」) taken back from the same message (`context`).
 */
export function planSentence(text: string, date: string, context = "", year?: number): string {
  const next = forNextYear(toSimplified(text), date, year); // 下半年 kept for the next year's (plan-lead.ts)
  // 「搞个考核办法再新建两个示范基地」: a run-on's 再 starts a measure of its own (「在两个乡镇再推广」: where, not a run-on).
  const split = text.replace(
    /(?<=[\u4e00-\u9fff])(?<!把[\u4e00-\u9fff]{1,8})(?<!争取|力争|计划|打算|准备|拟|将|要|想|还|并|也|明年|来年|下一步|下步|月|月份|底|初|旬)(?<!在[^，,。；;再]{0,8}(?:乡镇|乡|镇|村|县|社区|园区|基地|学校))再(?=新建|新增|建设|建|把|将|推|抓|培养|引进|开展|组织|举办)/gu,
    "，再",
  );
  // 「打算争取经费…」 with no time said first: the modal of chat is not the plan's verb either.
  const t = trimEnd(
    withoutLead(
      cleanChat(planOnceMore(halfYearJoined(toSimplified(split), next)), date).replace(
        /想(?:个|些|点)?(?:办法|法子)(?=[\u4e00-\u9fff\d])/gu,
        "设法",
      ), // trial39b: 想 was cut as a modal (办法补充)
      next,
    )
      .replace(/^(?:我们|我局|科里|我科)?还?(?:打算|想着|想|准备)(?![好工])(?=[\u4e00-\u9fff]{2}|\d+月)/u, "")
      // 「下个月准备在3个村…」 → 「1月在3个村…」: after the time it names, the plan's modal is chat too.
      .replace(
        /^((?:\d{1,2}月(?:[上中下]旬|初|底|中|份)?|第[一二三四]季度|年初|年中|年底|上半年|下半年)(?:前)?)[，,]?(?:我局|我们)?还?(?:打算|准备|计划|想着|想|要|拟)(?![好工])(?=[\u4e00-\u9fff\d])/u,
        "$1",
      )
      .replace(/^(\d{1,2}月(?:[上中下]旬|初|底|中|份)?)去(?=\d+(?:多|余)?个)/u, "$1赴"), // draft55: 打算去5个合作社
  );
  const plain = writtenPlan(t)
    .replace(/^(?:再(?![^，,。；;]*?一次)|还要|要)/u, "") // draft44: 再…一次 is the plan (再开展一次科普赶集)
    // 「把科普e站扩到10个」: a measure's 把 is 将 in writing.
    // 「把基地再建5个」 → 再建基地5个: the count after its object.
    .replace(
      /把([\u4e00-\u9fff]{1,10}?)(再)?(新建|建设|建|增加|新增|培育|引进)([\d.]+(?:个|家|项|处|座|名|所))/gu,
      "$2$3$1$4",
    )
    // 「把机房改造」「把制度完善」 with nothing after the verb: the verb before its object (改造机房).
    .replace(
      /把([\u4e00-\u9fff]{1,8}?)(改造|维修|更新|完善|升级|修缮|整改|优化|规范|修复|检修|清理|整理)(?=[，,。；;]|$)/gu,
      "$2$1",
    )
    .replace(/^把(?=[\u4e00-\u9fffA-Za-z])/u, "将")
    .replace(/([，,；;])(?:再|还要)(?=把|将|新|建|推|抓|增招|添置|配备|加大)/gu, "$1");
  // 「下沉到村」: the plan names what it moves, from the same message (plan-subject.ts).
  const whole = planTopicKept(text, withSubject(plain, context)); // draft56: topic-said-first.ts
  // draft49: a bare 继续申报 with no message around it is no sentence either (plan-bare-verb.ts: 继续申报×).
  if (!context) return bareVerbFromWork(whole, "");
  const written = cleanChat(context, date);
  return countedThingFromProblem(restoreObject(bareVerbFromWork(whole, written), written), written, context);
}

/**
 * Words that make a sentence a problem. Extraction sometimes files a sentence under problems for
 * a noun (「问题厕所排查整改86座」 is work done); such a sentence has none of these and is treated
 * as work (with a figure) or as a plan (without one).
 */
const PROBLEM_SAYS =
  /不足|不够|不高|不强|不规范|不完善|不平衡|不到位|难以|较难|难度|困难|[^责]难(?!点)|弱|偏[大小低少高慢紧窄]|缺|短板|滞后|瓶颈|青黄不接|只有|仅有|仅|没有|没|未能|尚未|老化|放缓|下降|单一|差距|压力大|风险|隐患|有待|[太较过]少|太多|有点|不太|不愿|不积极|怕麻烦|跟不上|紧张|紧缺|人手紧|欠缺|无法|(?:是|是个|是一个)(?:大)?(?:问题|难题|难点)/u;
/** Words that make a sentence a plan (「明年想分到乡镇去搞」 filed under problems is a plan). */
const PLAN_SAYS =
  /(?<!科技|研发)计划(?!项目)|打算|准备|拟|明年|来年|下一步|下步|下半年|力争|争取(?!到|了)|想(?!好)|将要|今后|以后|下回|下次/u;
/**
 * Work done, said in a sentence filed as a plan (「争取到省级项目4项」「已建成基地2个」), or judged as
 * done (「春节前根治欠薪冬季行动…效果很好」「端午节前抽检…全部合格」: a deadline word made it a plan).
 */
const DONE_SAYS =
  /争取到|已(?:经)?(?:完成|建成|争取|获批|到位|实施|开展|举办|通过|认定|选派|发放|签订)|(?:完成|建成|获批|到位|认定)了|到位资金|获批立项|效果(?:很|非常|比较|较|挺)?好|反响(?:很|非常|挺|较)?好|全部合格|均合格|受到[^，。；]{0,8}好评/u;
const PLAN_MODAL =
  /(?<!科技|研发)计划(?!项目)|打算|准备|拟|将|力争|明年|来年|下一步|下步|下半年|下个?月|下个?季度|接下来|要|目标|继续|(?:年底|年末|月底|月末)之?前|年内/u;

/**
 * The plan a sentence filed as a plan states, without the clauses before it that report work
 * done with a figure and no plan word (「争取上级资金一千四百万元，…增长百分之十五点三，下一步计划
 * 明年再争取项目四十项」 → 「下一步计划明年再争取项目四十项」); undefined when none of it is a plan.
 */
export function planPart(p: string, date?: string): string | undefined {
  const clauses = spacesAsCommas(p.trim())
    .split(/[，,；;]/u)
    .filter((c) => c.trim());
  let first = 0;
  let work = false;
  for (; first < clauses.length; first++) {
    const c = clauses[first] as string;
    if (isAside(c)) continue;
    // 「年底前完成3所…」: a deadline ahead of the day it was said is a plan (domain/clause-kind.ts).
    // 「再把胸痛、卒中两个中心建强」: an item that carries on a plan is the plan, whatever it counts.
    if (PLAN_MODAL.test(c) || PLAN_ITEM.test(c.trim()) || deadlineAhead(c, date) || !hasFigure(c)) break;
    work = true;
  }
  if (!work) return p;
  return first < clauses.length ? clauses.slice(first).join("，") : undefined;
}

/** Whether some plan sentence of the update also reports work done (see planPart). */
export function workInPlans(u: Update): boolean {
  return u.plans.some((p) => planPart(p, u.date) !== p);
}

/** A plan sentence that reports work already done: it belongs under 一、, not the plan. */
export function readsDone(text: string): boolean {
  return DONE_SAYS.test(text) && !PLAN_MODAL.test(text.replace(/将近/gu, ""));
}

/** A sentence that says nothing to draft: a spoken aside, or a figure not known yet (mark-gaps.ts). */
export function saysNothing(text: string): boolean {
  const t = spacesAsCommas(text.trim());
  if (isAside(t)) return true;
  const bare = dropSpokenFrames(t);
  if (gapsIn(bare).length === 0) return withoutNotes(bare).trim() === "";
  return markGaps(bare)
    .split(/[，,；;。]/u)
    .every((c) => !c.trim() || isAside(c) || c.includes("×"));
}

/** A sentence staff labelled as a problem themselves: 「问题就是人手紧」. */
const PROBLEM_LABEL =
  /^(?:存在的?)?(?:问题|困难|不足|短板)(?:就是|主要是|在于|是)[：:，,]?|^(?:存在的?)?(?:问题|困难)[：:]/u;

export function isProblem(text: string): boolean {
  return (
    PROBLEM_SAYS.test(text) || TROUBLE.test(text) || PROBLEM_LABEL.test(text.trim()) || SHORTFALL.test(text)
  );
}

/**
 * Whether a sentence the extractor filed under problems is one: not an aside or a figure not known
 * yet, and either it says a problem in words (PROBLEM_SAYS, 「场地有点小」 included) or it says
 * nothing else. One with a figure and no problem words is work (「问题厕所排查整改86座」).
 */
function filedProblem(p: string): boolean {
  if (saysNothing(p) || NO_TROUBLE.test(p)) return false;
  if (isProblem(p)) return true;
  // Without problem words: still the problem staff reported (「人手紧」), unless it reports work,
  // a plan, or something that went well (「反响挺好」「值班没出过问题」).
  return !hasFigure(p) && !PLAN_SAYS.test(p) && !readsDone(p) && !WENT_WELL.test(p);
}

/** What went well, filed under problems by mistake (好多、好几、好些 say how many: draft42). */
const WENT_WELL = /好(?!多|几|些|久)|不错|满意|热烈|踊跃|圆满|顺利|成功|显著|明显|到位(?!难)/u;
/** A clause that says the work went well or grew (「比去年多了不少」): work, not a problem. */
const WENT_WELL_CLAUSE =
  /比(?:去年|上年|往年)(?:多|增加|增长|提高|有所)|多了不少|大幅(?:增长|提升)|超额完成/u;
/** 「值班没出过问题」: no trouble is no problem, whatever words it uses. */
const NO_TROUBLE = /(?:没|未)(?:出过|出现过?|发生过?|有过|出(?=什么|啥))(?:什么|啥|大)?(?:问题|事故|差错)/u;

/** An item that carries on a plan (「…；再把两个中心建强」): it is a plan, not work done. */
const PLAN_ITEM = /^(?:再把|再将|再新建|还要|还将|力争|争取(?!到|了)|计划|打算|准备|下一步|下步|明年)/u;

/** The update's problems that read as problems (see isProblem). */
export function problemsOf(u: Update): string[] {
  const filed = u.problems.map((p) => problemPart(p) ?? "").filter((p) => p && filedProblem(p));
  // 「…达成意向的有96人 场地太挤了」: a problem clause typed at the end of a work item.
  const items = u.items
    .flatMap((i) => [
      i.text.trim(),
      ...spacesAsCommas(i.text.trim())
        .split(/[，,；;]/u)
        .slice(1),
    ])
    .filter((t) => itemProblem(t) && !filed.some((f) => f.includes(t)));
  return [...filed, ...items];
}

/** A figure in digits, or in words other than a lone 一 (「一人多岗」 counts nothing). */
const hasFigure = (text: string) =>
  /\d/u.test(text) || findFigures(plainNumerals(text)).some((f) => f.figure.value !== 1);

/** Work said as done (「搞了个科技活动周」「已建成」). */
const DONE_VERB =
  /(?:搞|弄|办|开展|举办|组织|召开|完成|建成|选派|引进|走访|培训|发放|认定|登记)了|已(?:经)?(?:完成|建成|开展|举办|组织|认定|发放|选派|引进)|一共|共计|累计/u;

/** A clause of a problem sentence that states work done (「信访件办结率百分之百」「搞了个科技活动周」). */
function workClause(clause: string): boolean {
  return (hasFigure(clause) || DONE_VERB.test(clause)) && !isProblem(clause) && !PLAN_SAYS.test(clause);
}

/** Words that make an item a problem whatever the extractor filed it as (「场地有点小 另外下雨了」). */
const PROBLEM_STRONG =
  /有点[小少低弱慢紧差窄旧]|偏[小少低弱慢紧窄]|不足|不够|太少|困难|难以|缺[乏少口]|短板|滞后|不到位|不完善|不规范|意愿不强|积极性不高/u;

/** An item with no figure that states a problem (see PROBLEM_STRONG); solved ones (解决了…难题) are work. */
function itemProblem(text: string): boolean {
  return (
    (PROBLEM_STRONG.test(text) || TROUBLE.test(text)) &&
    !hasFigure(text) &&
    !/解决|破解|克服|缓解|化解/u.test(text)
  );
}

/**
 * The problem a sentence filed under problems states, without the clauses that report work with
 * their figures (those stay under 一、): 「信访件办结率百分之百 说实话压力挺大」 → 「说实话压力挺大」;
 * undefined when nothing of it is a problem.
 */
export function problemPart(p: string): string | undefined {
  const clauses = spacesAsCommas(p.trim()).split(/[，,；;]/u);
  const rest = clauses.filter(
    (c) =>
      c.trim() &&
      (!workClause(c) || sizeOfTrouble(c)) &&
      !(WENT_WELL_CLAUSE.test(c) && !isProblem(c)) &&
      gapsIn(c).length === 0 &&
      !laterClause(c) &&
      !NO_TROUBLE.test(c),
  );
  if (rest.length === clauses.filter((c) => c.trim()).length) return p;
  // Only a plan said after it was left out: what staff said before it is the problem.
  if (rest.length > 0 && clauses.every((c) => rest.includes(c) || !c.trim() || laterClause(c)))
    return rest.join("，");
  // What is left beside the work is a problem only when it says one (「在广场上」 is the work's place).
  return rest.length > 0 && isProblem(rest.join("，")) ? rest.join("，") : undefined;
}

/** 「以后每年都要办」 typed after a problem: the plan that answers it (problem-words.ts). */
const laterClause = (c: string) => LATER.test(c.trim()) && !isProblem(c);

/** Whether some problem sentence of the update also reports work (see problemPart). */
export function workInProblems(u: Update): boolean {
  return u.problems.some((p) => problemPart(p) !== p);
}

/**
 * The update's plans (work done said in a plan sentence, asides and figures not known yet left
 * out), plus misfiled "problems" that read as plans and items that carry a plan on.
 */
export function plansOf(u: Update): string[] {
  const extra = u.problems.filter(
    (p) => !filedProblem(p) && !/\d/u.test(p) && PLAN_SAYS.test(p) && !saysNothing(p) && !problemPart(p),
  );
  // 「争取上级资金一千四百万元」 with no plan word is what the year brought in, not a plan.
  const items =
    u.plans.length > 0
      ? u.items
          .map((i) => i.text.trim())
          .filter(
            (t) => PLAN_ITEM.test(t) && !(/^争取/u.test(t) && hasFigure(t) && !PLAN_MODAL.test(t.slice(2))),
          )
      : [];
  const plans = u.plans.map((p) => planPart(p, u.date) ?? "").filter(Boolean);
  // 「…不规范，以后每年都要办」: the plan clause of a problem sentence.
  const later = u.problems.flatMap((p) =>
    extra.includes(p)
      ? []
      : spacesAsCommas(p)
          .split(/[，,；;]/u)
          .filter(laterClause),
  );
  return [...plans, ...extra, ...later, ...items.filter((t) => !u.plans.includes(t))].filter(
    (p) => !readsDone(p) && !saysNothing(p),
  );
}

/**
 * Plans that belong to the draft's own plan part: an annual draft's plan is next year's, so what
 * staff planned for later in the year they said it (「下半年将…」「9月底前完成」, or 「下一步打算…」 said
 * in June) is not in it — by now it is done and reported as work, or it was not reported
 * (domain/plan-year.ts). The first half's draft plans the rest of the year: all of them.
 */
export function plansFor(u: Update, half: 1 | 2 | undefined): string[] {
  const plans = plansOf(u);
  const said = parseDate(u.date);
  // 上半年's plan part is the second half: all of them. 下半年's, like the year's, is next year's.
  if (half === 1 || !said) return plans;
  const years = planYears(plans, said);
  return plans.flatMap((p, i) => {
    // 「这两天报给市里，明年打算新认定高企10家」: a plan told with this year's step first keeps only its
    // next year's part; a plan all for this year (「月底前完成政审」 said in December) none.
    const parts = p.split(/(?<=[，,；;])/u);
    if (parts.length < 2) return (years[i] ?? said.year) > said.year ? [p] : [];
    const partYears = planYears(parts, said);
    const kept = parts.filter((_, j) => (partYears[j] ?? said.year) > said.year).join("");
    return kept ? [kept.replace(/[，,；;]$/u, "")] : [];
  });
}

/** Reported problems, deduplicated, with the updates that reported them. */
export function reportedProblems(material: Material): DraftItem[] {
  const items: DraftItem[] = [];
  for (const { update, text } of problemEntries(material)) {
    if (!text) continue;
    const same = items.find((i) => i.text === text);
    if (same) same.sourceIds.push(update.id);
    else items.push({ title: "", text, sourceIds: [update.id] });
  }
  return items;
}

/** Every problem of every update, as said and as the problems part writes it. */
function* problemEntries(material: Material) {
  for (const update of material.all)
    for (const said of problemsOf(update))
      yield { update, said, text: withElidedSubject(problemText(said, update.date), update) };
}

/** The problems a plan said right after them in the same message answers (problem-measures.ts answeredRightAfter). */
function answeredInPlace(material: Material): Set<string> {
  const out = new Set<string>();
  for (const { update, said, text } of problemEntries(material))
    if (answeredRightAfter(update.normalizedText, said, update.plans)) out.add(text);
  return out;
}

function listPart(
  kind: "problems" | "plan",
  items: DraftItem[],
  placeholder: string,
  origin: PartOrigin,
): DraftPart {
  return {
    key: kind,
    kind,
    heading: "",
    paragraphs: items.length === 0 ? [placeholder] : [],
    items,
    status: "draft",
    origin: items.length === 0 ? "placeholder" : origin,
    unverified: [],
    setAside: [],
    sourceIds: [...new Set(items.flatMap((i) => i.sourceIds))],
    inputHash: "",
  };
}

/** Problems as items (rendered 一是…；二是…); identical ones merged; feelings alone listed for the reviewer (draft50). */
export function offlineProblems(material: Material, origin: PartOrigin = "offline"): DraftPart {
  const part = listPart("problems", reportedProblems(material), NO_PROBLEMS, origin);
  const felt = [...problemEntries(material)].flatMap((e) => feelingClauses(e.said)); // draft51: clauses of one too
  return felt.length > 0 ? { ...part, feelings: [...new Set(felt)] } : part;
}

/** The closing paragraph of the plan part, in the register of the seed documents. */
export function planClosing(material: Material): string {
  return `${planLabel(material.period)}，我局将以更加务实的作风、更加有力的举措，狠抓各项工作落实，确保各项目标任务圆满完成，为经济社会高质量发展作出新的更大贡献。`;
}

/** The 思路 paragraph: what staff reported as the overall idea, else the work lines named. */
export function planOutline(org: Org, material: Material, outline: readonly string[]): string {
  const label = planLabel(material.period);
  if (outline.length > 0) {
    const idea = outline.join("；");
    // 「节水优先、空间均衡」 is a principle, not a clause: it needs its verb (坚持).
    const verb = OUTLINE_VERB.test(idea) ? "" : "坚持";
    return endSentence(`${label}，我局将${verb}${idea}`);
  }
  const lines = material.sections
    .filter((s) => s.updates.some((u) => plansFor(u, material.period.half).length > 0))
    .map((s) => s.sectionName);
  const around = lines.length > 0 ? `围绕${lines.join("、")}等重点工作，` : "";
  return `${label}，我局将在${org.superiors}的坚强领导下，${around}对标年度目标任务，细化工作措施，压实工作责任，推动各项工作提质增效。`;
}

export function isOutline(p: string): boolean {
  return OUTLINE.test(p);
}

/** The plan: 思路 paragraph, one item per work line with its reported targets, closing. */
export function offlinePlan(org: Org, material: Material, origin: PartOrigin = "offline"): DraftPart {
  const items: DraftItem[] = [];
  const outline: string[] = [];
  for (const s of material.sections) {
    const plans: string[] = [];
    const ids: string[] = [];
    for (const u of s.updates) {
      for (const p of plansFor(u, material.period.half)) {
        const context = [u, ...s.updates.filter((x) => x !== u)].map((x) => x.normalizedText).join("\n");
        const t = planSentence(p, u.date, context, partYear(u.date, material.period.half));
        if (!t) continue;
        if (isOutline(p)) {
          const o = t
            .replace(
              /^(?:下一步|明年|来年)?(?:的)?(?:总体|总的)?(?:工作)?(?:思路|考虑|想法)(?:是|为)?[：:，,]?/u,
              "",
            )
            .replace(/^(?:总体|总的)(?:思路|考虑|想法)(?:是|为)?[：:，,]?/u, "");
          if (o && !outline.includes(o)) outline.push(o);
          continue;
        }
        if (!plans.includes(t)) plans.push(t);
        if (!ids.includes(u.id)) ids.push(u.id);
      }
    }
    if (plans.length > 0)
      items.push({
        title: `${VERBS[items.length % VERBS.length]}${s.sectionName}`,
        text: endSentence(plans.join("；")),
        sourceIds: ids,
      });
  }
  const part = listPart("plan", items, NO_PLANS, origin);
  if (items.length === 0) return part;
  const inPlace = answeredInPlace(material);
  const problems = reportedProblems(material).filter((p) => !inPlace.has(p.text));
  return {
    ...part,
    paragraphs: [planOutline(org, material, outline)],
    closing: planClosing(material),
    // Against the measures of the problem's own work line, not the titles (problem-measures.ts unansweredInOwnLine).
    unanswered: unansweredInOwnLine(problems, items, new Map(material.all.map((u) => [u.id, u.section]))),
  };
}
