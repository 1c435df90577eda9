import { minePeriodSaid } from "../../src/conversation/mine-period.js";
import { dayAsked } from "../../src/conversation/workday-asked.js";
import type { DialogueState } from "../../src/conversation/state.js";
import type { Reply } from "../../src/conversation/types.js";
import { findPerson, isLeader, type Org } from "../../src/domain/org.js";
import { parseDate } from "../../src/domain/period.js";
import { summaryYearOn } from "../../src/domain/resolve-dates.js";
import { takePeriod } from "../../src/drafting/command-helpers.js";
import { ContextPlayer, PLAY_AT, type Played, type Snapshot, type Stage } from "./play-in-context.js";
import { PERIOD_ARGS, type IntentCase, type IntentScore } from "./score-intents.js";

const PLAYED_ON = parseDate(PLAY_AT.slice(0, 10))!;

/** The summary year, when `text` names it as its period and the label `args` name no period; undefined otherwise. */
function yearNamed(text: string, args: string): number | undefined {
  if (takePeriod(args, PLAYED_ON).period !== undefined) return undefined;
  const said = takePeriod(text, PLAYED_ON).period;
  const year = summaryYearOn(PLAYED_ON);
  return said && said.year === year && said.half === undefined && Object.keys(said).length === 1
    ? year
    : undefined;
}

/**
 * The intent corpus judged by what the engine DID, each line played in the situation its label
 * describes (play-in-context.ts): the plain scorer (score-intents.ts) asks the classifier alone,
 * with no drafts in the store, so what the engine does around the classifier — a leader's request
 * with two drafts on the desk, a yes while a card waits — never shows there. Here:
 * - a report must be stored (an update added);
 * - small talk must leave the store and the drafts as they were and open no question about itself;
 * - an unclear line must leave them too, with a question waiting on the person;
 * - a command, and an answer the bot's own buttons could give, must do what the button or the typed
 *   command does in the same situation: the same updates, drafts and state after it, and every reply
 *   of that reference run among its own replies (a free-worded 重写/退回/改写 is compared by what it
 *   changed, and its labelled words must be on record);
 * - a free-text answer must be taken by the question (the guided step moves on, the edit is shown),
 *   and a no must leave what it declined undone.
 * And nothing labelled other than a report may add an update (counted apart, as the plain scorer does).
 */
export interface ContextVerdict {
  ok: boolean;
  /** Why not, in a few words (for the failure list). */
  why: string;
  /** Updates it added although its label is no report (or more than the one a yes records). */
  storedWrongly: number;
}

const FREE_OPINION: ReadonlySet<string> = new Set(["重写", "退回", "改写"]);
/** Commands on one update, which a person may name by its words instead of its number. */
const ON_ONE_UPDATE: ReadonlySet<string> = new Set(["撤回", "恢复", "查看", "确认"]);
/** States in which the bot waits on the person's answer to a question it asked. */
const QUESTIONS: ReadonlySet<DialogueState["mode"]> = new Set([
  "ask-command",
  "choose-update",
  "choose-draft",
  "choose-part",
  "choose-section",
  "confirm",
  "confirm-edit",
  "edit",
  "guided",
  "approval-check",
]);

function asks(s: DialogueState): boolean {
  return QUESTIONS.has(s.mode) || (s.mode === "ask-report" && !s.offered);
}

/**
 * The texts the bot's own buttons (or the typed command) send for what the label says: the line
 * is right when it does what one of them does. Several where the label leaves it open: a section
 * by its number, or 「2」 to a card (the 2nd section, or #2).
 */
export function canonicalTexts(c: IntentCase, sections: readonly string[], org: Org): string[] {
  const e = c.expect;
  const awaiting = c.context.awaiting;
  const name = (id?: string) => org.sections.find((s) => s.id === id)?.name;
  if (e.intent === "command") {
    // The leaders' corpus names the part (leader-intents.jsonl), as the part buttons do.
    const part = (e as Labels).part;
    const word =
      part === undefined || part === "ask"
        ? ""
        : part.startsWith("section:")
          ? name(part.slice(8))
          : { opening: "开头", problems: "问题", plan: "计划" }[part];
    return [[e.command, e.args ?? "", word ?? "", (e as Labels).says ?? ""].filter(Boolean).join(" ")];
  }
  if (e.intent !== "answer") return [];
  const chose = (id?: string) => {
    const n = name(id);
    return n ? [`科室 ${n}`] : [];
  };
  switch (e.answer) {
    case "yes":
      if (awaiting === "report-or-not") return ["记为填报"];
      return awaiting === "guided" ? [] : ["确认"];
    case "all":
      return ["全部确认"];
    case "number":
      if (awaiting === "section") return chose(sections[(e.n ?? 0) - 1]);
      return [`确认 ${e.n}`, ...(awaiting === "confirm" ? chose(sections[(e.n ?? 0) - 1]) : [])];
    case "section":
      return chose(e.section);
    case "no":
      if (awaiting === "report-or-not") return ["不用记"];
      if (awaiting === "edit-confirm") return ["放弃修改"];
      return [];
    default:
      return [];
  }
}

/** The person's update numbers, and any the text names (「第4条…挪过去」 where the stage has three: not found, truly). */
function seqsOf(p: Played, text: string): number[] {
  const named = [...text.matchAll(/第\s*(\d{1,2})\s*条|(\d{1,2})\s*号/g)].map((m) => Number(m[1] ?? m[2]));
  return [...new Set([...p.staged.seqs, ...named])];
}

/** A place among the waiting drafts said in words: 头一条、第一条、第二个 (not 第2条, an update's number). */
const PLACE_SAID = /头一(?:条|个)|第一条|第[一二两三四五六七八九十]+个/;

/** What the leaders' corpus labels beside the intent: the part a command names, the words it passes on. */
type Labels = { part?: string; says?: string };

/**
 * The parts a leader's free-worded 重写/改写 may name, as the part buttons name them — the work-done part by its name
 * too (成绩、成效、主要做法: 一、, leader-part.ts).
 */
const PART_WORD =
  /^(?:第.{1,2}部分|开头|问题|计划|（.）|[一二三四五六七八]、?|成绩|成效|亮点|主要做法|开展情况)$/;
const PARTS = [
  "开头",
  "问题",
  "计划",
  "（一）",
  "（二）",
  "（三）",
  "（四）",
  "（五）",
  "（六）",
  "（七）",
  "（八）",
];

/** What a run left that the comparison looks at: the store, the drafts and the kind of question open. */
function signature(s: Snapshot, withSaid: boolean): string {
  const st = s.state;
  const state = [
    st.mode,
    st.mode === "choose-part" ? st.command : "",
    st.mode === "ask-command" ? st.yes : "",
    st.mode === "choose-draft" ? st.seqs.join(",") : "",
    st.mode === "ask-report" ? String(st.offered ?? false) : "",
  ].join("|");
  const drafts = s.drafts.map((d) => (withSaid ? d : { ...d, said: "" }));
  return JSON.stringify([s.updates, drafts, state]);
}

const flat = (rs: Reply[]) => rs.map((r) => r.text.replace(/\s+/g, " ").trim()).join(" ");

function unchanged(p: Played): string | undefined {
  const b = JSON.stringify(p.before.updates);
  if (p.after.updates.length > p.before.updates.length) return "stored an update";
  if (JSON.stringify(p.after.updates) !== b) return "changed an update";
  if (JSON.stringify(p.after.drafts) !== JSON.stringify(p.before.drafts)) return "changed a draft";
  return undefined;
}

/** A free-text answer taken by the question it answers. */
function takenAsText(p: Played): string | undefined {
  const { before, after } = p;
  if (after.updates.length > before.updates.length) return "stored an update";
  if (before.state.mode === "guided") {
    const moved =
      (after.state.mode === "guided" && after.state.step > before.state.step) ||
      after.state.mode === "confirm";
    return moved ? undefined : "the guided question did not move on";
  }
  if (before.state.mode === "edit")
    return after.state.mode === "confirm-edit" && after.state.updateId === p.staged.editId
      ? unchanged(p)
      : "no edit preview";
  return "no question took a text";
}

/** 「上一条人数打错了，是三百二十人」: an edit of one update is open, nothing changed before 确认. */
function editOpened(p: Played): boolean {
  const m = p.after.state.mode;
  return (m === "edit" || m === "confirm-edit") && unchanged(p) === undefined;
}

/** A no leaves undone what was offered, and stores nothing. */
function declined(p: Played): string | undefined {
  const still = unchanged(p);
  if (still) return still;
  const shown = p.after.state.mode;
  if (p.before.state.mode === "choose-draft" && shown === "choose-draft") return "still asks which draft";
  return undefined;
}

export class ContextScorer {
  private readonly player = new ContextPlayer();
  private readonly references = new Map<string, Promise<Played>>();

  constructor(private readonly org: Org) {}

  /** Plays `c` (with `text` in place of its own, for the judge's own tests) and judges the outcome. */
  async judge(c: IntentCase, text = c.text): Promise<ContextVerdict> {
    const played = await this.player.play(c.context, text);
    const e = c.expect;
    const added = played.after.updates.length - played.before.updates.length;
    // A yes to 「记为填报吗？」 records the one line asked about; a command records what its own
    // button records (「本周无进展」 stores the week's no-progress note); nothing else but a report stores.
    const records = e.intent === "answer" && e.answer === "yes" && c.context.awaiting === "report-or-not";
    const storedWrongly = Math.max(0, added - (records ? 1 : 0) - (await this.commandRecords(c)));
    const verdict = (why: string | undefined): ContextVerdict => ({
      ok: why === undefined,
      why: why ?? "",
      storedWrongly: e.intent === "report" ? 0 : storedWrongly,
    });
    if (e.intent === "report") return verdict(added >= 1 ? undefined : `not stored: ${flat(played.replies)}`);
    if (e.intent === "smalltalk") {
      // Opened no question about the line itself (whether to record it, whether it meant a command).
      const st = played.after.state;
      const opened =
        (st.mode === "ask-command" || (st.mode === "ask-report" && !st.offered)) &&
        !sameQuestion(played.before.state, st);
      return verdict(unchanged(played) ?? (opened ? `asked ${played.after.state.mode}` : undefined));
    }
    if (e.intent === "unclear")
      return verdict(
        unchanged(played) ??
          (asks(played.after.state) ? undefined : `asked nothing: ${flat(played.replies)}`),
      );
    if (e.intent === "answer" && e.answer === "text") return verdict(takenAsText(played));
    const canonical = canonicalTexts(c, played.staged.sections, this.org);
    if (canonical.length === 0) {
      if (e.intent === "answer" && e.answer === "no") return verdict(declined(played));
      return verdict(`no reference for ${JSON.stringify(e)}`);
    }
    const command = e.intent === "command" ? (e.command ?? "") : "";
    const { part, says } = e as Labels;
    const opinion = [e.args, says].filter(Boolean).join(" ") || undefined;
    // 「看看第二部分」 (问题, or （二）?): the command asks which part, doing nothing meanwhile.
    if (part === "ask")
      return verdict(
        played.after.state.mode === "choose-part" && played.after.state.command.startsWith(command)
          ? (unchanged(played) ?? saidAll(played, opinion))
          : `did not ask which part: ${flat(played.replies).slice(0, 80)}`,
      );
    // 查数 passes the question on in the asker's words (commands/figures-asked.ts): like an opinion, a leader's
    // is judged by what it changes (nothing) and by the labelled words (「孙磊 培训」) being in the answer.
    const asker = findPerson(this.org, c.context.who);
    const free =
      e.intent === "command" &&
      (FREE_OPINION.has(e.command ?? "") || (e.command === "查数" && asker !== undefined && isLeader(asker)));
    let alternatives = canonical;
    // A request on one update that names it by its words (「加计扣除那条删了」) does what the
    // command does on one of the person's updates; the bare command (which asks which) is right too.
    if (e.args === undefined && part === undefined && ON_ONE_UPDATE.has(command))
      alternatives = [command, ...played.staged.seqs.map((n) => `${command} ${n}`)];
    // 我的填报 labelled alone where the text names a period (「我这个月报了几条」): listing that period's
    // is right too, as in the plain score (mine-period.ts adds only the period the text says).
    const period = command === "我的填报" && e.args === undefined ? minePeriodSaid(text) : undefined;
    if (period) alternatives = [command, `${command} ${period}`];
    // A leader's command that takes a period (导出, 查看草稿, 生成总结…), labelled with none where the text names the
    // year the summary is for (「把今年大家报嘞东西导个excel出来」 labelled 导出 csv): the plain score takes the year said as
    // the default one (samePeriodArgs); played, the bare command asks which draft while the year's and the half-year's
    // both stand, so the command with that year is right too (the year the bot read from the text is not invented).
    const yearSaid = PERIOD_ARGS.has(command) ? yearNamed(text, e.args ?? "") : undefined;
    if (yearSaid) alternatives = [...alternatives, `${canonical[0]} ${yearSaid}`];
    // Likewise 科室 labelled alone where the text names the section (「刚那条放错科室咧 应该算项目的」): moving the
    // update to one of the person's sections is right too, as in the plain score (a section the bot read
    // from the same text is not invented) — bare, or on one of their updates by number.
    if (command === "科室" && e.args === undefined) {
      const names = played.staged.sections.map(
        (id) => this.org.sections.find((x) => x.id === id)?.name ?? id,
      );
      alternatives = [
        command,
        ...names.flatMap((n) => [
          `${command} ${n}`,
          ...seqsOf(played, text).map((q) => `${command} ${q} ${n}`),
        ]),
      ];
    }
    // 「第一条确认一下」「第二个草稿没毛病 给确认了」 while drafts wait: an ordinal in words (头一条、第一条, 第N个) is a
    // place among the waiting drafts (draft-subset.ts, b11-076) — the Nth waiting one confirmed is right too.
    if (command === "确认" && e.args !== undefined && /^\d+$/.test(e.args) && PLACE_SAID.test(text)) {
      const waiting = played.before.updates.filter((u) => u.status === "draft").map((u) => u.seq);
      const at = waiting.sort((a, b) => a - b)[Number(e.args) - 1];
      if (at !== undefined) alternatives = [...alternatives, `${command} ${at}`];
    }
    // And 上班吗 labelled alone where the text names one day (「元旦那天上班不？」): that day asked, as the plain
    // score takes it (the day read from the same text); a text naming no day stays today.
    if (command === "上班吗" && e.args === undefined && dayAsked(text) !== undefined)
      alternatives = [command, `${command} ${text}`];
    // 改写 labelled with the part alone (「开头那段改写成：今年以来…」 → 改写 开头): the act is that part replaced with
    // the leader's own words after the colon, as 「改写 开头 今年以来…」 does — that reference is right too (the label
    // names the part, not the words; the bare 「改写 开头」 replaces nothing).
    if (command === "改写" && e.args !== undefined && !/\s/.test(e.args)) {
      const own = /(?:[:：]|\n)\s*([\s\S]+)$/.exec(text)?.[1]?.trim();
      if (own) alternatives = [...[alternatives].flat(), `${canonical} ${own}`];
    }
    // A free-worded opinion does what the command with some opinion does, on the draft or a part.
    if (free && e.args === undefined && part === undefined)
      alternatives = [command, `${command} 请修改`, ...PARTS.map((p) => `${command} ${p} 请修改`)];
    if (command === "修改" && e.args === undefined && editOpened(played)) return verdict(undefined);
    if (command === "帮助" && played.howTo && flat(played.replies).includes(flat([{ text: played.howTo }])))
      return verdict(undefined);
    // 「第二部分写短点」: which part is asked first, the instruction kept for the answer.
    if (free && played.after.state.mode === "choose-part" && played.after.state.command.startsWith(command))
      return verdict(unchanged(played) ?? saidAll(played, opinion));
    let why = "";
    for (const alt of alternatives) {
      why = await this.compare(c, played, alt, free, opinion);
      if (!why) return verdict(undefined);
    }
    return verdict(why);
  }

  /** Updates the labelled command's own typed form adds in the line's situation (0 for any other label). */
  private async commandRecords(c: IntentCase): Promise<number> {
    if (c.expect.intent !== "command") return 0;
    const [canonical] = canonicalTexts(c, [], this.org);
    if (!canonical) return 0;
    const ref = await this.reference(c.context, canonical);
    return Math.max(0, ref.after.updates.length - ref.before.updates.length);
  }

  /** Why `played` did not do what `canonical` does in the same situation ("" when it did). */
  private async compare(
    c: IntentCase,
    played: Played,
    canonical: string,
    free: boolean,
    opinion: string | undefined,
  ): Promise<string> {
    const e = c.expect;
    const ref = await this.reference(c.context, canonical);
    // A number said to a card or a list names an outcome (that draft confirmed, the card moved to
    // that section): a reference that changes nothing here (#2 already confirmed) describes none, and
    // a line that did nothing must not pass by matching it.
    if (e.intent === "answer" && e.answer === "number" && unchanged(ref) === undefined)
      return `「${canonical}」 changes nothing here, so nothing did what the label names: ${flat(played.replies).slice(0, 80)}`;
    if (signature(played.after, !free) !== signature(ref.after, !free))
      return `did not do what 「${canonical}」 does: ${flat(played.replies).slice(0, 80)}`;
    if (free) return saidAll(played, opinion) ?? "";
    // A command's replies are its own; an answer may be worded apart from its button's (the same
    // question closed the same way: 「好的，这条没有保存」 and 不用记's 「好的，没有保存」), and so may
    // the same question asked (「要撤回哪一条？」 and 「没有找到提到…的填报。是下面哪一条？」).
    if (!free && e.intent === "command" && !asks(ref.after.state)) {
      const got = flat(played.replies);
      const lost = ref.replies.find((r) => !got.includes(flat([r])));
      if (lost) return `reply lacks 「${flat([lost]).slice(0, 40)}」`;
    }
    return "";
  }

  /** The canonical text played once per situation (cached: the same situation gives the same run). */
  private reference(stage: Stage, text: string): Promise<Played> {
    const key = JSON.stringify([stage, text]);
    let ref = this.references.get(key);
    if (!ref) {
      ref = this.player.play(stage, text);
      this.references.set(key, ref);
    }
    return ref;
  }

  close(): void {
    this.player.close();
  }
}

/**
 * The labelled words of a leader's opinion, each on record — a draft's comment, note or a part's
 * instruction, the part question's instruction — or said back in the reply (offline, a rewrite by
 * instruction is declined in words that quote it).
 */
function saidAll(p: Played, args: string | undefined): string | undefined {
  if (!args) return undefined;
  const st = p.after.state;
  const said = [
    ...p.after.drafts.map((d) => d.said),
    st.mode === "choose-part" ? st.rest : "",
    flat(p.replies),
  ].join("\n");
  // The part named (第三部分、问题) is where the opinion went, not words of it.
  const words = args.split(/\s+/).filter((w) => !PART_WORD.test(w));
  const missing = words.filter((w) => !said.includes(w));
  return missing.length > 0 ? `words not on record: ${missing.join(" ")}` : undefined;
}

function sameQuestion(a: DialogueState, b: DialogueState): boolean {
  return a.mode === b.mode && a.at === b.at;
}

export type ContextScore = IntentScore;

/** Every case played and judged, one after another (each on its own copy of its situation). */
export async function scoreInContext(scorer: ContextScorer, cases: IntentCase[]): Promise<ContextScore> {
  const failures: ContextScore["failures"] = [];
  let nonReportsStored = 0;
  for (const c of cases) {
    const v = await scorer.judge(c);
    if (v.storedWrongly > 0) nonReportsStored += 1;
    if (!v.ok) failures.push({ id: c.id, text: c.text, expected: JSON.stringify(c.expect), got: v.why });
  }
  const correct = cases.length - failures.length;
  return {
    n: cases.length,
    correct,
    accuracy: cases.length ? correct / cases.length : 0,
    nonReportsStored,
    failures,
  };
}
