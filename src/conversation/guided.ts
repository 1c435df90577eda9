import { classifyClause } from "../domain/extract.js";
import { sectionScores } from "../domain/section-hints.js";
import { foldWidth, toSimplified } from "../domain/normalize.js";
import { type Person, reportableSections, sectionName } from "../domain/org.js";
import { formatDate, toLocal } from "../domain/period.js";
import {
  acknowledges,
  answerContent,
  answerRuns,
  isBareCount,
  isFurtherWork,
  objectOf,
  bestItem,
  dropClause,
  overlap,
  saysNothing,
  splitList,
  withoutRepeats,
} from "./guided-answers.js";
import { intentText, numberOf } from "./intent-lexicon.js";
import { newUpdate } from "./intake.js";
import { exactSection, sectionAnswer } from "./section-answer.js";
import { stepQuestion } from "./guided-ask.js";
import { STEPS } from "./guided-steps.js";
import { FIGURE } from "./work-lexicon.js";
import { cardReply } from "./render-update.js";
import { type DialogueState, getState, setState, stampOf } from "./state.js";
import type { Incoming, Reply, Services } from "./types.js";

/** 「有，3个乡镇…」: the yes before an answer to 「有哪些…」 is no part of it. */
const LEADING_YES = /^(?:有的?|有啊|有呀|嗯|是的?)\s*[，,：:、]\s*/;

type Guided = Extract<DialogueState, { mode: "guided" }>;

const ANSWER_NAMES: Readonly<Record<string, string>> = {
  work: "工作",
  figures: "数据",
  problems: "问题",
  plans: "打算",
};

/**
 * 「填报」 again halfway through the questions: the answers given so far are not kept — said, with
 * what they were, so nothing is lost without a word (29th-round console trial: they went silently).
 */
function droppedAnswers(before: DialogueState): string {
  if (before.mode !== "guided") return "";
  const given = STEPS.map((s) => [ANSWER_NAMES[s.key], before.answers[s.key]?.trim()] as const).filter(
    ([, a]) => a && !/^(?:无|没有|跳过)$/.test(a),
  );
  if (given.length === 0) return "";
  return `上一次逐项填报还没填完，已回答的这些没有保存：\n${given.map(([k, a]) => `> ${k}：${a}`).join("\n")}\n要用的话，回答下面的问题时再发一次。\n\n`;
}

export async function startGuided(services: Services, person: Person, input?: Incoming): Promise<Reply[]> {
  const sections = reportableSections(services.org, person);
  if (sections.length === 0)
    return [{ text: `您在名册中还没有所属科室，暂时无法填报。${services.org.contact}。` }];
  const state: Guided = {
    mode: "guided",
    step: 0,
    answers: {},
    section: sections.length === 1 ? sections[0]!.id : undefined,
  };
  const dropped = droppedAnswers(await getState(services.store, person.id));
  await setState(services.store, person.id, state, input && stampOf(services, input));
  const intro = `${dropped}好的，我们按四个问题来填报，随时回复「取消」可退出。`;
  if (!state.section) {
    return [
      { text: intro },
      cardReply({
        title: "先选择科室",
        template: "blue",
        blocks: [sections.map((s, i) => `${i + 1}. ${s.name}`).join("\n")],
        buttons: sections.map((s) => ({ label: s.name, command: `科室 ${s.name}` })),
        note: "回复序号或科室名称；也可以直接说做了哪些工作，我按内容归到科室。",
      }),
    ];
  }
  return [{ text: `${intro}\n科室：${sectionName(services.org, state.section)}\n\n${STEPS[0].ask}` }];
}

export async function continueGuided(
  services: Services,
  input: Incoming & { person: Person },
  state: Guided,
  text: string,
): Promise<Reply[]> {
  const { store } = services;
  const person = input.person;
  const stamp = stampOf(services, input);
  if (!state.section) return sectionOrWork(services, input, state, text);
  if (state.pick) return pickItem(services, input, state, text);
  const step = STEPS[state.step];
  if (!step) {
    await setState(store, person.id, { mode: "idle" }, stamp);
    return [{ text: "填报已结束。" }];
  }
  // 「好的」「没了 谢谢」 to the last question: nothing more to add, the questions end.
  const last = state.step === STEPS.length - 1;
  const skipped = saysNothing(text) || (last && acknowledges(text));
  if (skipped && "required" in step) return [{ text: `这一项需要填写。${step.ask}` }];
  // 「1」 to 「做了哪些工作」: a number alone says no work (a habit from the section question).
  if ("required" in step && /^[\s0-9０-９.。、,，]+$/u.test(text))
    return [{ text: `「${text.trim()}」看不出做了什么工作，请用一两句话说说。\n${step.ask}` }];
  // 「项目科」 to a question: the section named, never an answer (set if it is another of theirs).
  const named = skipped
    ? undefined
    : exactSection(intentText(text).core, reportableSections(services.org, person));
  if (named) return sectionNamed(services, input, state, named);
  const trimmed = "required" in step ? text.trim() : text.trim().replace(LEADING_YES, "");
  // Figures the work answer already gave are not listed again.
  const said = step.key === "figures" ? withoutRepeats(trimmed, state.answers.work ?? "") : trimmed;
  const answers = { ...state.answers, [step.key]: skipped ? "" : said };
  // 「五场」 with two pieces of work described: which one it counts is asked, never guessed.
  const bare = step.key === "figures" ? bareCounts(said) : [];
  if (bare.length && workItems(answers.work ?? "", today(services)).length > 1) {
    const asking: Guided = { ...state, answers, pick: bare };
    await setState(store, person.id, asking, stamp);
    return [whichItemQuestion(asking)];
  }
  const next = state.step + 1;
  if (next < STEPS.length) {
    await setState(store, person.id, { ...state, step: next, answers }, stamp);
    return [{ text: stepQuestion(next, answers, workParts, today(services)) }];
  }
  return finish(services, input, { ...state, answers });
}

/** A section named as an answer: set (or already set), and the same question asked again. */
async function sectionNamed(
  services: Services,
  input: Incoming & { person: Person },
  state: Guided,
  section: string,
): Promise<Reply[]> {
  const name = sectionName(services.org, section);
  const ask = STEPS[state.step]?.ask ?? "";
  if (section === state.section) return [{ text: `科室已经是${name}，不用再选。\n\n${ask}` }];
  await setState(services.store, input.person.id, { ...state, section }, stampOf(services, input));
  return [{ text: `好的，科室改为：${name}。\n\n${ask}` }];
}

/** Today in the configured zone, for the meaning of time words in the answers. */
function today(services: Services): string {
  return formatDate(toLocal(services.clock.now(), services.timezone));
}

/** The pieces of the work answer that are work done. */
function workItems(work: string, day: string): string[] {
  return workParts(work, day).items;
}

/**
 * The work answer sorted: the pieces of work done (as said), and what it says in passing that is a
 * plan (a clear plan piece, or 「下一步…」 after the work) or a problem (「问题是…」).
 */
function workParts(work: string, day?: string): { items: string[]; problems: string[]; plans: string[] } {
  const out = { items: [] as string[], problems: [] as string[], plans: [] as string[] };
  for (const piece of splitList(work)) {
    if (plainPlan(piece, day)) {
      out.plans.push(piece);
      continue;
    }
    const runs = answerRuns(piece, "work", day);
    if (runs.every((r) => r.part === "work")) {
      out.items.push(piece);
      continue;
    }
    for (const r of runs)
      (r.part === "work" ? out.items : out[r.part === "plans" ? "plans" : "problems"]).push(
        r.clauses.join("，"),
      );
  }
  return out;
}

/**
 * A piece of the answer to 「做了哪些工作」 that is a plan: read so by its meaning and saying so in
 * words of intent or time ahead (「这周主要在弄人才公寓分配的事」 is work under way).
 */
function plainPlan(piece: string, day?: string): boolean {
  return classifyClause(piece, day) === "plan" && INTENT.test(piece);
}
const INTENT =
  /计划|打算|准备(?!得)|拟|将要|将于|下一步|下步|明年|下周|下个?月|接下来|争取|力争|年底前|月底前/;

/** The bare counts of a figures answer: 「3场 120人」 → 3场, 120人. */
function bareCounts(answer: string): string[] {
  return answerContent(answer)
    .flat()
    .filter((c) => isBareCount(c));
}

/**
 * A person reporting for several sections answered 「先选择科室」 with their work (「主要是跑了几个
 * 企业吧」): the answer is kept as the first question's, and the section is taken from it when the
 * words clearly point at one of theirs. Otherwise the questions go on, the section left for the end
 * (never asked again and again): each later message is kept as the answer its meaning makes it
 * (「没啥数据，大概七八家」 figures, 「问题嘛…」 a problem, 「明年继续跑呗」 a plan), and when all are
 * answered the section is asked once more.
 */
async function sectionOrWork(
  services: Services,
  input: Incoming & { person: Person },
  state: Guided,
  text: string,
): Promise<Reply[]> {
  const { org, store } = services;
  const person = input.person;
  const stamp = stampOf(services, input);
  const sections = reportableSections(org, person);
  const chosen = sectionAnswer(intentText(text).core, sections);
  if (chosen) return setGuidedSection(services, input, state, chosen);
  const work = state.answers.work;
  if (!work) {
    if (saysNothing(text)) return [sectionAgain(services, person, "")];
    const answers = { ...state.answers, work: text.trim() };
    const inferred = clearSection(services, person, text);
    await setState(store, person.id, { ...state, step: 1, answers, section: inferred }, stamp);
    if (inferred)
      return [
        {
          text: `科室：${sectionName(org, inferred)}（按您说的内容归入；不对的话确认前回复科室名称即可改）\n\n${STEPS[1].ask}`,
        },
      ];
    return [{ text: `记下了。${SECTION_LATER}\n${sectionList(services, person)}\n\n${STEPS[1].ask}` }];
  }
  const step = STEPS[state.step];
  if (!step) return [sectionAgain(services, person, "最后一步：")];
  // The answer goes under the question its meaning answers (a plan said to 2/4 skips to 4/4).
  const said = text.trim();
  const nothing = saysNothing(said) || (state.step === STEPS.length - 1 && acknowledges(said));
  const kinds = nothing ? [] : answerRuns(toSimplified(foldWidth(said)), step.key, today(services));
  const part = kinds.length && kinds.every((k) => k.part === kinds[0]!.part) ? kinds[0]!.part : step.key;
  const at = Math.max(
    state.step,
    STEPS.findIndex((q) => q.key === part),
  );
  const key = STEPS[at]!.key;
  const answers = {
    ...state.answers,
    [key]: [state.answers[key], nothing ? "" : said].filter(Boolean).join("\n"),
  };
  const next: Guided = { ...state, step: at + 1, answers };
  await setState(store, person.id, next, stamp);
  if (!STEPS[at + 1]) {
    // All the answers together may point clearly at one of their sections (成果转让 … 技术合同1份).
    const inferred = clearSection(services, person, Object.values(answers).filter(Boolean).join("\n"));
    if (!inferred) return [sectionAgain(services, person, "记下了。最后一步：")];
    const card = await setGuidedSection(services, input, next, inferred);
    return [
      { text: `科室：${sectionName(org, inferred)}（按您说的内容归入；不对的话确认前回复科室名称即可改）` },
      ...card,
    ];
  }
  const ask = stepQuestion(at + 1, answers, workParts, today(services));
  return [{ text: `记下了。\n\n${ask}\n（${SECTION_LATER}）` }];
}

/** What is said while the section waits for the end of the questions. */
const SECTION_LATER = "科室等问完再选，现在回复序号也可以";

/** 「1. 科技项目与研发投入　2. 高新技术企业与创新平台」 */
function sectionList(services: Services, person: Person): string {
  return reportableSections(services.org, person)
    .map((s, i) => `${i + 1}. ${s.name}`)
    .join("　");
}

/** The section the work's words point at, among the person's: only a clear lead. */
function clearSection(services: Services, person: Person, work: string): string | undefined {
  const mine = new Set(reportableSections(services.org, person).map((s) => s.id));
  const scores = sectionScores(toSimplified(work), services.org).filter((s) => mine.has(s.id));
  const [top, second] = scores;
  if (!top || top.score < 2) return undefined;
  return !second || top.score >= 2 * second.score ? top.id : undefined;
}

/** 「这些算哪个科室的？」 in one line, a button a section. */
function sectionAgain(services: Services, person: Person, lead: string): Reply {
  const sections = reportableSections(services.org, person);
  return cardReply({
    title: `${lead}这些算哪个科室的？`,
    template: "blue",
    blocks: [sectionList(services, person)],
    buttons: sections.map((s) => ({ label: s.name, command: `科室 ${s.name}` })),
    note: "回复序号或科室名称。",
  });
}

/** 「「五场」是哪一项的？」 with the work items listed, a button each. */
function whichItemQuestion(state: Guided): Reply {
  const items = workItems(state.answers.work ?? "", "");
  const said = (state.pick ?? []).map((p) => `「${p}」`).join("");
  return cardReply({
    title: `${said}是哪一项工作的？`,
    template: "blue",
    blocks: [items.map((it, i) => `${i + 1}. ${[...it].slice(0, 30).join("")}`).join("\n")],
    buttons: [
      ...items.map((_, i) => ({ label: `第${i + 1}项`, command: `第${i + 1}项` })),
      { label: "几项合计", command: "几项合计" },
    ],
    note: "回复序号；是几项加起来的数请回复「合计」，不记这个数请回复「跳过」。",
  });
}

/** The answer to 「是哪一项工作的？」: an item number, all of them, none, or the item's words. */
async function pickItem(
  services: Services,
  input: Incoming & { person: Person },
  state: Guided,
  text: string,
): Promise<Reply[]> {
  const items = workItems(state.answers.work ?? "", today(services));
  const core = intentText(text).core;
  const n = /^(?:第|#)?(\d{1,2}|[一二两三四五六七八九十])(?:个|项|条|号)?(?:吧|的|啊)?$/.exec(core);
  let to: number | "none" | undefined;
  if (n) to = numberOf(n[1]);
  else if (/^(?:都|全|两个都|两项都|几项|这几项|一共|合计|总共|加起来|全部|都是|都有)/.test(core)) to = 0;
  else if (saysNothing(text) || /^(?:不记|不用|算了|不要了?)/.test(core)) to = "none";
  else {
    const scored = items.map((it, i) => ({ i: i + 1, n: overlap(it, core) })).sort((a, b) => b.n - a.n);
    if (scored[0]?.n && scored[0].n > (scored[1]?.n ?? 0)) to = scored[0].i;
  }
  if (to === undefined || (typeof to === "number" && to > items.length))
    return [{ text: "没看懂是哪一项。" }, whichItemQuestion(state)];
  const attach = { ...state.attach };
  let answers = state.answers;
  for (const p of state.pick ?? []) {
    if (to === "none") answers = { ...answers, figures: dropClause(answers.figures ?? "", p) };
    else attach[p] = to;
  }
  const next: Guided = { ...state, step: state.step + 1, answers, attach, pick: undefined };
  await setState(services.store, input.person.id, next, stampOf(services, input));
  return [{ text: stepQuestion(next.step, next.answers, workParts, today(services)) }];
}

/**
 * The four answers made one draft, as a careful colleague writes them down: evasions dropped,
 * a bare count put with the work it counts, a labelled figure with the work it names (or on its
 * own), each later piece where its meaning puts it.
 */
async function finish(
  services: Services,
  input: Incoming & { person: Person },
  state: Guided,
): Promise<Reply[]> {
  const { answers } = state;
  const day = today(services);
  const s = (x: string) => toSimplified(foldWidth(x)).trim();
  const work = workParts(s(answers.work ?? ""), day);
  const items = work.items;
  const plans = work.plans;
  const problems = work.problems;
  const own: string[] = [];
  const added: string[][] = items.map(() => []);
  const together: string[] = [];
  const labels: Array<{ raw: string; context: string }> = [];
  // Counts of work said to a later question (来了80人 to 「遇到了什么问题」) join the figures, said once.
  const late: string[] = [];
  const later: Array<{ part: string; piece: string }> = [];
  for (const slot of ["problems", "plans"] as const)
    for (const run of answerRuns(s(answers[slot] ?? ""), slot, day)) {
      const piece = run.clauses.join("，");
      if (run.part === "figures") late.push(piece);
      else later.push({ part: run.part, piece });
    }
  const heard = `${answers.work ?? ""}\n${answers.figures ?? ""}`;
  const figureText = [s(answers.figures ?? ""), withoutRepeats(s(late.join("，")), s(heard))];
  for (const run of answerRuns(figureText.filter(Boolean).join("，"), "figures", day)) {
    if (run.part !== "figures") {
      (run.part === "plans" ? plans : problems).push(run.clauses.join("，"));
      continue;
    }
    // 「今天下午又去石板村…培训，参训农民60人」: what follows further work counts that work.
    let opened = false;
    // 「培训78期，受训群众8000余人次」: a figure with no word to tie it to an item counts the work of the one said before it.
    let before: number | undefined;
    for (const c of run.clauses) {
      const bare = isBareCount(c);
      const chosen = state.attach?.[c];
      let to: number | undefined;
      const further = !bare && isFurtherWork(c);
      if (!bare && !further && opened) {
        own[own.length - 1] = `${own.at(-1)}，${c}`;
        continue;
      }
      opened = further;
      if (bare) to = chosen !== undefined ? chosen - 1 : items.length === 1 ? 0 : undefined;
      else if (!further) to = items.length === 1 ? 0 : (bestItem(items, c) ?? before);
      before = !bare && !further && to !== undefined && to >= 0 ? to : undefined;
      if (to === -1) together.push(c);
      else if (to !== undefined && items[to]) added[to]!.push(c);
      else own.push(c);
      if (bare && to !== undefined) {
        const object = to === -1 ? items.map(objectOf).join("、") : objectOf(items[to] ?? "");
        for (const m of c.matchAll(FIGURES)) labels.push({ raw: m[0], context: object });
      }
    }
  }
  for (const { part, piece } of later)
    (part === "plans" ? plans : part === "problems" ? problems : own).push(piece);
  // 「几项合计」: the items are one piece of work with the count said of them together.
  const itemTexts = together.length
    ? [[items.join("、"), ...added.flat(), ...together].join("，"), ...own]
    : [...items.map((it, i) => [it, ...added[i]!].join("，")), ...own];
  const composed = [
    itemTexts.join("；"),
    problems.length ? `存在问题：${problems.join("；")}` : "",
    plans.length ? `下一步计划：${plans.join("；")}` : "",
  ]
    .filter(Boolean)
    .map((x) => (/[。.!！；;]$/.test(x) ? x : `${x}。`))
    .join("\n");
  // newUpdate's own state write ends the guided mode (a crash before it leaves the questions open).
  return newUpdate(services, input, composed, "guided", {
    items: itemTexts,
    problems,
    plans,
    section: state.section,
    labels,
  });
}

const FIGURES = new RegExp(FIGURE.source, "g");

/** The section of a guided report, chosen by answer or button; then the first question. */
export async function setGuidedSection(
  services: Services,
  input: Incoming & { person: Person },
  state: Guided,
  section: string,
): Promise<Reply[]> {
  const next: Guided = { ...state, section };
  // The questions were all answered before the section: the report is ready.
  if (!next.pick && next.step >= STEPS.length) return finish(services, input, next);
  await setState(services.store, input.person.id, next, stampOf(services, input));
  return [{ text: `科室：${sectionName(services.org, section)}\n\n${guidedQuestion(next)}` }];
}

/** The question the guided mode is waiting on (re-sent after a replay). */
export function guidedQuestion(state: Guided): string {
  const chooseFirst = !state.answers.work || state.step >= STEPS.length;
  if (!state.section && chooseFirst) return "请先选择科室（回复序号或科室名称）。";
  if (state.pick) return whichItemQuestion(state).text;
  return STEPS[state.step] ? stepQuestion(state.step, state.answers, workParts) : "填报已结束。";
}
