import { saysNone } from "./says-none.js";
import { classifyClause } from "../domain/extract.js";
import { type Person, reportableSections, sectionName } from "../domain/org.js";
import { formatDate, toLocal } from "../domain/period.js";
import { newUpdate, pickSection } from "./intake.js";
import { cardReply } from "./render-update.js";
import { type DialogueState, setState, stampOf } from "./state.js";
import type { Incoming, Reply, Services } from "./types.js";

/**
 * 填报: the guided mode for staff who prefer questions to a blank box. Four questions, each
 * skippable with 「无」/「跳过」; 「取消」 leaves at any point and nothing is stored.
 */
const STEPS = [
  { key: "work", ask: "1/4 这段时间主要做了哪些工作？（可以分几点说）", required: true },
  {
    key: "figures",
    ask: "2/4 有哪些关键数据？例如：举办培训3期、参训200人次、投入资金50万元。（没有请回复「无」）",
  },
  { key: "problems", ask: "3/4 遇到了什么问题或困难？（没有请回复「无」）" },
  { key: "plans", ask: "4/4 下一步有什么打算？（没有请回复「无」）" },
] as const;

/** 「有，3个乡镇…」: the yes before an answer to 「有哪些…」 is no part of it. */
const LEADING_YES = /^(?:有的?|有啊|有呀|嗯|是的?)\s*[，,：:、]\s*/;

type Slot = "figures" | "problems" | "plans";

/**
 * Each piece of the later answers goes where its meaning puts it, the question asked being only
 * the default: 「下周把剩下的挂牌搞完」 answered to the problems question is a plan, 「3个乡镇还没
 * 挂牌」 answered to the figures question a problem.
 */
function sortAnswers(answers: Partial<Record<Slot, string>>, today?: string): Record<Slot, string[]> {
  const out: Record<Slot, string[]> = { figures: [], problems: [], plans: [] };
  for (const slot of ["figures", "problems", "plans"] as const) {
    for (const piece of splitList(answers[slot] ?? "")) {
      const kind = classifyClause(piece, today);
      const to: Slot = kind === "plan" ? "plans" : kind === "problem" ? "problems" : slot;
      out[to].push(piece);
    }
  }
  return out;
}

/** Split an answer listing several things: 一是…二是…, 1. 2., semicolons or lines. */
function splitList(text: string): string[] {
  return text
    .split(/[；;\n]|(?:[一二三四五六七八九十]是)|(?:^|\s)\d+[.、．]/)
    .map((s) => s.replace(/^[，,。\s]+|[，,。\s]+$/g, ""))
    .filter((s) => s.length > 0);
}

type Guided = Extract<DialogueState, { mode: "guided" }>;

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
  await setState(services.store, person.id, state, input && stampOf(services, input));
  const intro = "好的，我们按四个问题来填报，随时回复「取消」可退出。";
  if (!state.section) {
    return [
      { text: intro },
      cardReply({
        title: "先选择科室",
        template: "blue",
        blocks: [sections.map((s, i) => `${i + 1}. ${s.name}`).join("\n")],
        buttons: sections.map((s) => ({ label: s.name, command: `科室 ${s.name}` })),
        note: "回复序号或科室名称。",
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
  const { store, org } = services;
  const person = input.person;
  const stamp = stampOf(services, input);
  if (!state.section) {
    const options = reportableSections(org, person).map((s) => s.id);
    const chosen = pickSection(org, options, text);
    if (!chosen) return [{ text: `没有找到这个科室，请回复序号（1-${options.length}）或科室名称。` }];
    return setGuidedSection(services, input, state, chosen);
  }
  const step = STEPS[state.step];
  if (!step) {
    await setState(store, person.id, { mode: "idle" }, stamp);
    return [{ text: "填报已结束。" }];
  }
  const skipped = saysNone(text);
  if (skipped && "required" in step) return [{ text: `这一项需要填写。${step.ask}` }];
  const said = "required" in step ? text.trim() : text.trim().replace(LEADING_YES, "");
  const answers = { ...state.answers, [step.key]: skipped ? "" : said };
  const next = state.step + 1;
  if (next < STEPS.length) {
    await setState(store, person.id, { ...state, step: next, answers }, stamp);
    return [{ text: STEPS[next]!.ask }];
  }
  const work = answers.work ?? "";
  const today = formatDate(toLocal(services.clock.now(), services.timezone));
  const { figures, problems, plans: laterPlans } = sortAnswers(answers, today);
  // The answer to 「做了哪些工作」 is work done, whatever its loose words sound like (「就是下乡跑了
  // 几趟吧」); only a clear plan in it moves. The figures answer adds items of its own, unlabelled.
  const workPieces = splitList(work);
  const plans = [...workPieces.filter((p) => classifyClause(p, today) === "plan"), ...laterPlans];
  const itemTexts = [...workPieces.filter((p) => classifyClause(p, today) !== "plan"), ...figures];
  const composed = [
    work,
    figures.length ? `主要数据：${figures.join("；")}` : "",
    problems.length ? `存在问题：${problems.join("；")}` : "",
    plans.length ? `下一步计划：${plans.join("；")}` : "",
  ]
    .filter(Boolean)
    .map((s) => (/[。.!！；;]$/.test(s) ? s : `${s}。`))
    .join("\n");
  // newUpdate's own state write ends the guided mode (a crash before it leaves the questions open).
  return newUpdate(services, input, composed, "guided", {
    items: itemTexts,
    problems,
    plans,
    section: state.section,
  });
}

/** The section of a guided report, chosen by answer or button; then the first question. */
export async function setGuidedSection(
  services: Services,
  input: Incoming & { person: Person },
  state: Guided,
  section: string,
): Promise<Reply[]> {
  await setState(services.store, input.person.id, { ...state, section }, stampOf(services, input));
  return [{ text: `科室：${sectionName(services.org, section)}\n\n${STEPS[0].ask}` }];
}

/** The question the guided mode is waiting on (re-sent after a replay). */
export function guidedQuestion(state: Guided): string {
  return state.section ? (STEPS[state.step]?.ask ?? "填报已结束。") : "请先选择科室（回复序号或科室名称）。";
}
