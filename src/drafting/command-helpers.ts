import { rememberPartQuestion, settlePartQuestion } from "./ask-part.js";
import { focusOf, noteFocus } from "./draft-focus.js";
import { partLabel } from "./resolve-part.js";
import type { CardModel, Command, CommandContext, Reply } from "../conversation/types.js";
import { isLeader } from "../domain/org.js";
import {
  type LocalDate,
  type Period,
  parsePeriod,
  periodKey,
  periodRange,
  toLocal,
} from "../domain/period.js";
import { findPeriodWords, type ResolvedPeriod, resolvePeriodWords } from "../domain/resolve-dates.js";
import type { Extraction, Update } from "../domain/update.js";
import { isAppError } from "../errors.js";
import type { DocxApi } from "../export/create-feishu-doc.js";
import { type Draft, latestVersion } from "./draft-model.js";
import { notKept } from "./kept-edits.js";
import { unitNotes } from "./check-units.js";
import type { DraftingService } from "./draft-service.js";
import {
  DRAFT_SUBJECT,
  draftStatusWord,
  fullReview,
  periodArg,
  periodWord,
  reviewCard,
  reviewLines,
  type SourceLabel,
} from "./review-view.js";
import type { Progress } from "./run-pipeline.js";

/**
 * What the drafting commands share: the feature's API object, the leaders' command factory (the
 * leaders-only guard, and the error wrapper that turns expected refusals into replies), the draft
 * lookups, and the draft/progress replies.
 */
export interface DraftingApi {
  service: DraftingService;
  dataDir: string;
  /** Set when a Feishu app is configured: exports to a cloud document (in `folderToken` if set). */
  docx?: { client: DocxApi; webBase: string; folderToken?: string };
  /**
   * Model extraction of a staff message (prompts/extract-update.md), present when a model is
   * configured and LLM_EXTRACT is auto (the default) or on. Undefined result: keep the rule-based one.
   */
  extract?: (text: string, today: string) => Promise<Extraction | undefined>;
  /** Background generations (Feishu), so tests and shutdown can wait for them. */
  whenIdle(): Promise<void>;
  track(p: Promise<unknown>): void;
}

export const refuse: Reply = {
  text: "草稿的生成和审核仅限局领导和办公室使用。您可以发送「我的填报」查看自己的材料。",
};

/**
 * The period said anywhere in the arguments (2025、2025上半年、今年上半年、去年、下半年), resolved on
 * the message's local date (resolve-dates.ts), and the arguments without it. A quarter, a month or
 * 「半年」 alone is no period to act on: `unclear` says so, for periodQuestion to answer.
 */
export function takePeriod(
  args: string,
  today: LocalDate,
): { period?: Period; rest: string; unclear?: Exclude<ResolvedPeriod, { kind: "period" }> } {
  const found = findPeriodWords(args);
  const resolved = found ? resolvePeriodWords(found.words, today) : undefined;
  if (!found || !resolved) return { rest: args.trim() };
  const rest = (args.slice(0, found.at) + args.slice(found.at + found.length)).replace(/^[\s的]+/, "").trim();
  return resolved.kind === "period" ? { period: resolved.period, rest } : { unclear: resolved, rest };
}

/** The message's local date (the configured time zone). */
export function todayOf(ctx: Pick<CommandContext, "services">): LocalDate {
  return toLocal(ctx.services.clock.now(), ctx.services.timezone);
}

const periodArgOf = (p: Period) => `${p.year}${p.half ? (p.half === 1 ? "上半年" : "下半年") : ""}`;

/**
 * The answer when the period said is none a summary is kept for — said in one line, with the
 * command on the periods there are as buttons; nothing is done. 「半年」 alone: which half.
 */
export function periodQuestion(
  unclear: Exclude<ResolvedPeriod, { kind: "period" }>,
  command: string,
  rest = "",
): Reply {
  const run = (p: Period) => [command, periodArgOf(p), rest].filter(Boolean).join(" ");
  const options: Period[] =
    unclear.kind === "which-half"
      ? unclear.options
      : [{ year: unclear.year }, { year: unclear.year, half: 1 }, { year: unclear.year, half: 2 }];
  const making = command === "生成总结";
  const name = (p: Period) => (p.half ? periodWord({ period: p } as Draft) : `${p.year}年全年`);
  const text =
    unclear.kind === "which-half"
      ? `您说的是哪个半年：${options.map((p) => periodWord({ period: p } as Draft)).join("还是")}？`
      : `总结只按全年或半年（上半年、下半年）${making ? "起草" : "保存"}，没有按${unclear.unit}的${making ? "，所以没有生成" : "草稿"}。可以选${options.map(name).join("、")}。`;
  return {
    text,
    textIsCardCopy: true,
    card: {
      title: unclear.kind === "which-half" ? "哪个半年？" : `没有按${unclear.unit}的总结`,
      template: "orange",
      blocks: [text],
      buttons: options.map((p, i) => ({
        label: name(p),
        command: run(p),
        ...(i === 0 ? { style: "primary" as const } : {}),
      })),
    },
  };
}

/** The draft a clicked review-card button names (its subject, already checked by the engine). */
async function subjectDraft(api: DraftingApi, ctx: CommandContext): Promise<Draft | undefined> {
  const s = ctx.input.subject;
  if (s?.kind !== DRAFT_SUBJECT) return undefined;
  const period = parsePeriod(s.id);
  return period ? await api.service.get(period) : undefined;
}

/**
 * The draft a command acts on when it names no period: the one in front of the leader — last
 * viewed, generated or named by them (draft-focus.ts) — else the only draft. With several drafts
 * and none in front of this leader, `ask` is the one-line question with a button per draft.
 */
export async function draftInFront(
  api: DraftingApi,
  ctx: CommandContext,
  verb: string,
  rest: string,
): Promise<{ draft?: Draft; building?: Period; ask?: Reply }> {
  const drafts = await api.service.list();
  const focus = await focusOf(ctx.services.store, ctx.person.id);
  const focused = focus ? drafts.find((d) => d.id === periodKey(focus)) : undefined;
  if (focused) return { draft: focused };
  if (focus && api.service.buildingVersion(focus)) return { building: focus };
  if (drafts.length <= 1) return { draft: drafts[0] };
  return { ask: await askWhichDraft(ctx, verb, rest, drafts) };
}

/** Several drafts, none in front of this leader: which one, in one line with a button each. */
async function askWhichDraft(
  ctx: CommandContext,
  verb: string,
  rest: string,
  drafts: Draft[],
): Promise<Reply> {
  const shown = drafts.slice(0, 4);
  const options = shown.map(periodArg);
  await rememberPartQuestion(ctx, verb, rest, options, "draft");
  const run = (d: Draft) => [verb, periodArg(d), rest].filter(Boolean).join(" ");
  const name = (d: Draft) =>
    `《${latestVersion(d).title}》v${latestVersion(d).version}（${draftStatusWord(d)}）`;
  const text = `现在有 ${drafts.length} 份草稿，您说的是哪一份？${shown.map((d, i) => `${i + 1}.${name(d)}`).join("；")}。请点选或回复序号，也可以发送如「${run(shown[0] as Draft)}」。还没有做任何改动。`;
  return {
    text,
    textIsCardCopy: true,
    card: {
      title: "请确认是哪一份草稿",
      template: "orange",
      blocks: [text],
      buttons: shown.map((d) => ({
        label: `${periodWord(d)}（v${latestVersion(d).version}，${draftStatusWord(d)}）`,
        command: run(d),
      })),
    },
  };
}

/** Remembers the draft as the one in front of the leader (only leaders review drafts). */
async function focusOn(ctx: CommandContext, draft: Pick<Draft, "period">): Promise<void> {
  if (isLeader(ctx.person))
    await noteFocus(ctx.services.store, ctx.person.id, draft.period, ctx.services.clock.now());
}

/** Runs a handler on the draft, which is then the one in front of the leader. */
async function actOn(
  api: DraftingApi,
  ctx: CommandContext,
  draft: Draft,
  run: () => Replies | Promise<Replies>,
): Promise<Replies> {
  await focusOn(ctx, draft);
  return noteVersion(api, draft, await run());
}

/**
 * No draft yet: said plainly, with 生成总结 offered as a button. A period named that has none (「把去年的总结
 * 导出来」 in December) is told apart from the drafts there are, and drafting that period is what is offered.
 */
export const noDraft = (year: number, period?: Period, others: readonly Draft[] = []): Reply => {
  const arg = period ? ` ${period.year}${period.half ? (period.half === 1 ? "上半年" : "下半年") : ""}` : "";
  const there = others.map((d) => `${periodWord(d)}（${draftStatusWord(d)}）`).join("、");
  const text =
    period && there
      ? `还没有${periodWord({ period } as Draft)}草稿，这次什么也没有做。现有的草稿：${there}。要起草${periodWord({ period } as Draft)}的，发送「生成总结${arg}」。`
      : `还没有${period ? periodWord({ period } as Draft) : ""}草稿。发送「生成总结」（或「生成${year}年总结」「生成总结 ${year}上半年」）开始起草。`;
  return {
    text,
    textIsCardCopy: true,
    card: {
      title: "还没有草稿",
      template: "orange",
      blocks: [text],
      buttons: [{ label: "生成总结", command: `生成总结${arg}`, style: "primary" }],
    },
  };
};

export function progressCard(p: Progress, title: string): CardModel {
  const width = 10;
  const filled = p.total > 0 ? Math.round((p.done / p.total) * width) : 0;
  return {
    title,
    template: "blue",
    blocks: [`${"■".repeat(filled)}${"□".repeat(width - filled)} ${p.done}/${p.total}`, `当前：${p.label}`],
    note: "完成后会把草稿发给您，期间可以继续使用其他功能",
  };
}

/**
 * Source updates named the way staff know them: 「李明#3」 (author and their 编号). Reads the
 * draft's material once (its period's updates), then any source outside it one by one.
 */
export async function sourceLabeler(
  service: Pick<DraftingService, "store" | "org">,
  draft: Draft,
): Promise<SourceLabel> {
  const ids = new Set(
    draft.versions.flatMap((v) =>
      v.parts.flatMap((p) => [...p.sourceIds, ...p.items.flatMap((i) => i.sourceIds)]),
    ),
  );
  const range = periodRange(draft.period);
  const byId = new Map<string, Update>();
  if (ids.size > 0)
    for (const u of await service.store.listUpdates({ from: range.from, to: range.to })) byId.set(u.id, u);
  for (const id of ids) {
    if (byId.has(id)) continue;
    const u = await service.store.getUpdate(id);
    if (u) byId.set(id, u);
  }
  const label = (id: string) => {
    const u = byId.get(id);
    if (!u) return "已删除的材料";
    const name = service.org.people.find((p) => p.id === u.author)?.name ?? u.author;
    return `${name}#${u.seq}`;
  };
  return Object.assign(label, { textOf: (id: string) => byId.get(id)?.normalizedText });
}

/**
 * The whole draft (rich text in Feishu, plain text elsewhere), then the compact review card.
 * `lead` (「草稿已生成」 and its warnings) opens the text.
 */
export async function draftReplies(
  api: Pick<DraftingApi, "service">,
  d: Draft,
  lead?: string,
  warning = "",
): Promise<Reply[]> {
  const v = latestVersion(d);
  const full = fullReview(d, await sourceLabeler(api.service, d));
  const offline = v.offline ? "（离线草稿：未配置模型或模型不可用，按填报原文整理）" : "";
  const fellBack = v.parts
    .filter((p) => p.origin === "fallback")
    .map((p) => `· ${partLabel(v, p)}${p.sectionName ?? ""}：${p.fallbackReason ?? "模型未给出可用结果"}`);
  const why = fellBack.length > 0 ? `\n以下部分模型未成功，已改用离线草稿：\n${fellBack.join("\n")}` : "";
  const followed = v.review ? `\n按退回意见「${v.review.comment}」：\n${reviewLines(v.review)}` : "";
  const first = lead ? `${lead}${offline}${why}${followed}${notKept(d)}${warning}` : "";
  const rich = first
    ? { ...full.rich, lines: [[{ text: first, bold: true }], [], ...full.rich.lines] }
    : full.rich;
  return [
    { text: first ? `${first}\n\n${full.text}` : full.text, rich },
    {
      text: `${v.title} v${v.version}：可用按钮或文字命令审核。`,
      card: await cardFor(api, d),
      textIsCardCopy: true,
    },
  ];
}

/** The review card, noting a version being built meanwhile and counting units written differently from the reports. */
export async function cardFor(api: Pick<DraftingApi, "service">, d: Draft) {
  return reviewCard(d, {
    building: api.service.buildingVersion(d.period),
    units: await unitNotes(api.service, d),
  });
}

/** 「（v3 正在生成中，以下为 v2）」 when a generation is running for the draft's period. */
export function actingOn(api: DraftingApi, d: Draft): string {
  const n = api.service.buildingVersion(d.period);
  return n ? `（v${n} 正在生成中，以下针对 v${latestVersion(d).version}）\n` : "";
}

function guard(ctx: CommandContext): Reply | undefined {
  return isLeader(ctx.person) ? undefined : refuse;
}

async function wrap(fn: () => Promise<Reply | Reply[]>): Promise<Reply | Reply[]> {
  try {
    return await fn();
  } catch (e) {
    if (isAppError(e, "BAD_REQUEST") || isAppError(e, "NOT_FOUND") || isAppError(e, "FEISHU_API"))
      return { text: e.message };
    throw e;
  }
}

type Replies = Reply | Reply[];

/**
 * A leaders' command: staff get the refusal (as well as the engine's leadersOnly check), an open
 * which-part question is settled, and expected errors become replies (wrap).
 */
export function leaderCommand(
  names: string[],
  help: string,
  run: (ctx: CommandContext) => Replies | Promise<Replies>,
): Command {
  return {
    names,
    help,
    leadersOnly: true,
    run: (ctx) =>
      wrap(async () => {
        const refused = guard(ctx);
        if (refused) return refused;
        // Any review command settles an open which-part question; a command that must ask asks anew.
        await settlePartQuestion(ctx);
        return run(ctx);
      }),
  };
}

/**
 * A handler on the draft in front of the leader (draftInFront), or on the draft of the period its
 * first word names when that word is a period on its own (「退回 2026 问题写少了」「对比 2026上半年
 * v1 v2」; the handler then sees the arguments after it). Inside an opinion a period stays text:
 * 「退回 下半年的计划太空」 is about the draft in front. Without a draft, the noDraft reply.
 */
export function onCurrentDraft(
  api: DraftingApi,
  verb: string,
  run: (ctx: CommandContext, draft: Draft) => Replies | Promise<Replies>,
): (ctx: CommandContext) => Replies | Promise<Replies> {
  return async (ctx) => {
    const clicked = await subjectDraft(api, ctx);
    if (clicked) return actOn(api, ctx, clicked, () => run(ctx, clicked));
    const lead = leadingPeriod(ctx.args, todayOf(ctx));
    if (lead) {
      const c = { ...ctx, args: lead.rest };
      const named = await api.service.get(lead.period);
      return named
        ? actOn(api, c, named, () => run(c, named))
        : (stillBuilding(api, lead.period) ??
            noDraft(api.service.defaultPeriod().year, lead.period, await api.service.list()));
    }
    const front = await draftInFront(api, ctx, verb, ctx.args);
    if (front.ask) return front.ask;
    const draft = front.draft;
    return draft
      ? actOn(api, ctx, draft, () => run(ctx, draft))
      : (stillBuilding(api, front.building) ?? noDraft(api.service.defaultPeriod().year));
  };
}

/** The period the first word names, when that word is nothing but a period, and the words after it. */
function leadingPeriod(args: string, today: LocalDate): { period: Period; rest: string } | undefined {
  const m = /^\s*(\S+)(?:\s+|$)/.exec(args);
  if (!m?.[1]) return undefined;
  // 「重写 下半年 计划 再细一点」「退回 明年 打算 太空」 (said in June or December alike): 下半年计划、明年打算 name the plan
  // part of the draft in front, not the draft of another period — unless the year is written out (2025下半年 计划).
  if (!/\d{4}/.test(m[1]) && PLAN_PART.test(args.slice(m[0].length))) return undefined;
  const said = takePeriod(m[1], today);
  return said.period && said.rest === ""
    ? { period: said.period, rest: args.slice(m[0].length).trim() }
    : undefined;
}

/** What a period word before it makes the plan part of a draft: 计划、打算、工作打算、安排、思路、目标. */
const PLAN_PART = /^的?(?:工作)?(?:计划|打算|安排|思路|目标|设想)/;

/** A handler on the draft of the period named anywhere in the arguments, else the one in front (draftInFront). */
export function onPickedDraft(
  api: DraftingApi,
  command: string,
  run: (ctx: CommandContext, draft: Draft, rest: string) => Replies | Promise<Replies>,
  /** With no draft of the period (and none being written): a reply other than noDraft, if any. */
  none?: (ctx: CommandContext, period: Period | undefined, rest: string) => Promise<Replies | undefined>,
): (ctx: CommandContext) => Replies | Promise<Replies> {
  const missing = async (
    ctx: CommandContext,
    rest: string,
    period?: Period,
    building?: Period,
  ): Promise<Replies> =>
    stillBuilding(api, period ?? building) ??
    (await none?.(ctx, period, rest)) ??
    noDraft(api.service.defaultPeriod().year, period, period ? await api.service.list() : []);
  return async (ctx) => {
    const { period, rest, unclear } = takePeriod(ctx.args, todayOf(ctx));
    const clicked = await subjectDraft(api, ctx);
    if (clicked) return actOn(api, ctx, clicked, () => run(ctx, clicked, rest));
    if (unclear) return periodQuestion(unclear, command, rest);
    if (period) {
      const named = await api.service.get(period);
      return named ? actOn(api, ctx, named, () => run(ctx, named, rest)) : missing(ctx, rest, period);
    }
    const front = await draftInFront(api, ctx, command, rest);
    if (front.ask) return front.ask;
    const draft = front.draft;
    if (draft) return actOn(api, ctx, draft, () => run(ctx, draft, rest));
    return missing(ctx, rest, undefined, front.building);
  };
}

/** The first draft of a period is still being generated: say so instead of 「还没有草稿」. */
function stillBuilding(api: DraftingApi, period?: Period): Reply | undefined {
  const p = period ?? api.service.buildingPeriods()[0];
  const n = p ? api.service.buildingVersion(p) : undefined;
  if (!p || !n) return undefined;
  return {
    text: `${periodWord({ period: p } as Draft)}总结草稿 v${n} 正在生成中，完成后会发给您，请稍候再试。`,
  };
}

/** The first reply says which version it acts on while a newer one is being generated. */
function noteVersion(api: DraftingApi, draft: Draft, out: Replies): Replies {
  const note = actingOn(api, draft);
  if (!note) return out;
  const list = Array.isArray(out) ? [...out] : [out];
  const first = list[0];
  if (first) list[0] = { ...first, text: `${note}${first.text}`, textIsCardCopy: false };
  return list;
}
