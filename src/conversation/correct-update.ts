import { isoWeek, localDateString } from "../domain/period.js";
import type { Update } from "../domain/update.js";
import { findFigures } from "../domain/figure-scan.js";
import { toSimplified } from "../domain/normalize.js";
import { parseChineseNumber } from "../domain/chinese-number.js";
import {
  type CorrectionRequest,
  planCorrection,
  REF_COMMAND,
  readRefArgs,
  refCommand,
  widen,
} from "./correction-request.js";
import { rememberChoice } from "./ask-which-update.js";
import { fillGap } from "./fill-gap.js";
import { addedWords } from "./added-words.js";
import { editBase, showEdit, unitNote } from "./edit-update.js";
import { type Change, type CorrectionPlan, OLD_UNITLESS } from "./plan-correction.js";
import { cardReply, oneLine, updateSubject } from "./render-update.js";
import { offerCard, offerOneChange } from "./offer-change.js";
import { applyChanges, openChanges, revertOf, segmentsOf } from "./correction-segments.js";
import { matchesWords } from "./update-words.js";
import { daysBack, PERIOD_WORDS, weekdayWord } from "./ref-period.js";
import { getState, setState, stampOf } from "./state.js";
import type { Command, CommandContext, Reply } from "./types.js";

/**
 * `/ref 修改|撤回|查看 <ref> <said>` (made by correction-request.ts from everyday words, and sent by
 * the which-update buttons): finds the update meant and hands over to the existing commands —
 * 修改 (the edit preview; nothing changes until it is confirmed), 撤回, 查看 — saying which update
 * it took. When more than one update (or none) could be meant, or more than one figure, it asks
 * in one line with buttons and changes nothing.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
/** Most updates offered on a which-update card. */
const MAX_OPTIONS = 5;

/** `passed`: the latest update, passed over for `update` because it had no figure the value fits. */
type Found = { update: Update; passed?: Update } | { ask: Reply };

async function findMeant(ctx: CommandContext, req: CorrectionRequest): Promise<Found> {
  const { store, clock, timezone } = ctx.services;
  const open = (
    await store.listUpdates({
      author: ctx.person.id,
      status: req.action === "查看" ? ["draft", "confirmed", "withdrawn"] : ["draft", "confirmed"],
    })
  ).sort((a, b) => b.seq - a.seq);
  const num = /^#(\d+)$/.exec(req.ref);
  if (num) {
    const u = await store.findBySeq(ctx.person.id, Number(num[1]));
    if (u) return { update: u };
    // Said as the command itself says it (撤回 4、查看 5): no such update, so nothing was done to one.
    return { ask: { text: `没有找到您的第 ${num[1]} 条填报。发送「我的填报」查看编号。` } };
  }
  if (open.length === 0) {
    // 「刚才那条撤了吧」 after it was withdrawn: that one, already withdrawn — not "no reports".
    const latest = (await store.listUpdates({ author: ctx.person.id })).sort((a, b) => b.seq - a.seq)[0];
    if (latest && (req.ref === "recent" || req.ref === "shown" || req.ref.startsWith("recent:")))
      return { update: latest };
    if (latest)
      return {
        ask: {
          text: `您的填报都已撤回，没有做任何改动；需要时发送「恢复 编号」（最近一条是 #${latest.seq}）。`,
        },
      };
    return { ask: { text: "您还没有可以修改或撤回的填报，没有做任何改动。" } };
  }
  if (req.ref === "shown") {
    const state = await getState(store, ctx.person.id);
    const shown = ("updateId" in state ? open.find((u) => u.id === state.updateId) : undefined) ?? open[0]!;
    // 「上午那个讲座是180人 不是150」 with another draft's card shown: the old figure said names the
    // update that has it (the recent ones are searched as for 「上一条」).
    if (req.action === "修改" && namesOldFigure(req.said) && !fits(shown, req.said))
      return fittingRecent(ctx, req, [shown, ...open.filter((u) => u !== shown)]);
    return { update: shown };
  }
  if (req.ref === "duplicate") return { update: duplicateOf(open) ?? open[0]! };
  if (req.ref === "loose") return looseRecent(ctx, req, open);
  if (req.ref.startsWith("old:")) return holdingOld(ctx, req, open, req.ref.slice(4));
  // 「刚才那条」 is the latest update whatever its state: when that one is already withdrawn, the
  // answer says so — never an older update taken in its place.
  if (req.ref === "recent") {
    const latest = (await store.listUpdates({ author: ctx.person.id })).sort((a, b) => b.seq - a.seq)[0];
    if (latest && latest.seq > open[0]!.seq) return { update: latest };
    return req.action === "修改" ? fittingRecent(ctx, req, open) : { update: open[0]! };
  }
  const period = /^recent:(\w+)$/.exec(req.ref)?.[1];
  if (period) {
    const now = clock.now();
    const back = daysBack(period, localDateString(now, timezone));
    const inPeriod = open.filter((u) =>
      period === "lastweek"
        ? u.week === isoWeek(new Date(now.getTime() - 7 * DAY_MS), timezone)
        : u.date === localDateString(new Date(now.getTime() - back * DAY_MS), timezone),
    );
    if (inPeriod.length === 1) return { update: inPeriod[0]! };
    const word = PERIOD_WORDS[period] ?? weekdayWord(period);
    // 「昨天报的宣传册数量不对 是1500份」: the one of that day (or those) the new value fits is meant.
    const fitting = req.action === "修改" ? inPeriod.filter((u) => fits(u, req.said)) : [];
    if (fitting.length === 1) return { update: fitting[0]! };
    if (fitting.length > 1)
      return {
        ask: await whichCard(ctx, req, fitting, `您${word}报的 ${fitting.length} 条都能这样改，是哪一条？`),
      };
    if (inPeriod.length > 1)
      return { ask: await whichCard(ctx, req, inPeriod, `您${word}报了 ${inPeriod.length} 条，是哪一条？`) };
    return { ask: await whichCard(ctx, req, open, `您${word}没有填报记录。是下面哪一条？`) };
  }
  const words = toSimplified(req.ref.replace(/^content:/, ""));
  const matching = open.filter((u) => matchesWords(u.normalizedText, words));
  if (matching.length === 1) return { update: matching[0]! };
  if (matching.length > 1)
    return {
      ask: await whichCard(ctx, req, matching, `有 ${matching.length} 条都提到「${words}」，是哪一条？`),
    };
  return { ask: await whichCard(ctx, req, open, `没有找到提到「${words}」的填报。是下面哪一条？`) };
}

/** How many recent updates a loose 「上一条」 correction may reach back to. */
const LOOSE_REACH = 5;

/**
 * 「上一条金额不对 应该是2530万元」 when the latest update has no figure the new value can stand for:
 * the recent one that has (said so), several such asked about; none, the latest (which then says
 * it has no such figure).
 */
async function fittingRecent(ctx: CommandContext, req: CorrectionRequest, open: Update[]): Promise<Found> {
  const latest = open[0]!;
  if (!/\d|[一二两三四五六七八九十百千万]/.test(req.said) || fits(latest, req.said))
    return { update: latest };
  const fitting = open.slice(1, LOOSE_REACH).filter((u) => fits(u, req.said));
  if (fitting.length === 1) return { update: fitting[0]!, passed: latest };
  if (fitting.length > 1)
    return {
      ask: await whichCard(
        ctx,
        req,
        fitting,
        `${missingIn(`您最近报的 ${named(latest)}`, editBase(latest), req.said, true)}；下面几条有，是哪一条？`,
      ),
    };
  return { update: latest };
}

/**
 * 「那条报错了 是1300份」 the next day: no update named, so the recent ones the new value fits — one is
 * previewed (old beside new, to confirm), several are asked about; none, the recent ones are listed.
 */
async function looseRecent(ctx: CommandContext, req: CorrectionRequest, open: Update[]): Promise<Found> {
  const recent = open.slice(0, LOOSE_REACH);
  const fitting = recent.filter((u) => fits(u, req.said));
  if (fitting.length === 1) return { update: fitting[0]! };
  if (fitting.length > 1)
    return {
      ask: await whichCard(ctx, req, fitting, `您最近报的有 ${fitting.length} 条都能这样改，是哪一条？`),
    };
  const value = planCorrection(editBase(recent[0]!), req.said);
  const what = value.kind === "not-found" ? `能改成「${value.value}」的数字` : "能这样改的数字";
  return { ask: await whichCard(ctx, req, recent, `您最近报的 ${recent.length} 条里都没有${what}，是哪一条？`) };
}

/**
 * 「上周五的那个培训 实际来了85人 不是80」: the update that holds the old figure (the value denied) is
 * meant; several are asked about; none, nothing is changed and the bot asks in one line.
 */
async function holdingOld(
  ctx: CommandContext,
  req: CorrectionRequest,
  open: Update[],
  old: string,
): Promise<Found> {
  const value = /^[\d.]+$/.test(old) ? Number(old) : parseChineseNumber(old);
  const holding = open.filter(
    (u) => findFigures(editBase(u)).some((f) => f.figure.value === value) && fits(u, req.said),
  );
  if (holding.length === 1) return { update: holding[0]! };
  if (holding.length > 1)
    return { ask: await whichCard(ctx, req, holding, `有 ${holding.length} 条都写着「${old}」，是哪一条？`) };
  return {
    ask: {
      text: `您的填报里没有找到写着「${old}」的，没有做任何改动——要改的是哪一条？可以说「第几条 ${req.said}」（编号见「我的填报」）。`,
    },
  };
}

/** 「不是150」「150改成180」「写成150了」: the correction says which figure it replaces. */
function namesOldFigure(said: string): boolean {
  return /不是|(?:写|打|填|报|记|录)成|改成|改为|换成/.test(said);
}

/** The latest update whose text another, older one repeats (punctuation and spaces aside). */
function duplicateOf(open: readonly Update[]): Update | undefined {
  const key = (u: Update) => toSimplified(u.normalizedText).replace(/[^\u4e00-\u9fff\da-z]/gi, "");
  const alike = (a: string, b: string) => {
    if (a === b) return true;
    const short = a.length < b.length ? a : b;
    const long = a.length < b.length ? b : a;
    // The same figures, a character or two more or less (的、了): the same report typed again.
    const digits = (t: string) => t.replace(/\D/g, "");
    if (digits(a) !== digits(b) || long.length - short.length > 2) return false;
    const left = [...long];
    let kept = 0;
    for (const c of short) {
      const at = left.indexOf(c);
      if (at >= 0) {
        left.splice(at, 1);
        kept += 1;
      }
    }
    return kept >= short.length - 1;
  };
  return open.find((u, i) => open.slice(i + 1).some((v) => alike(key(u), key(v))));
}

/** 「#2「下午又跑了趟城关镇…」」: an update named with the start of its text. */
function named(u: Update): string {
  const chars = [...u.normalizedText];
  return `#${u.seq}「${chars.slice(0, 16).join("")}${chars.length > 16 ? "…" : ""}」`;
}

/**
 * What the update searched lacks for the correction, said plainly: 「#2 里没有人数」「#2 里已经是「1500份」了」
 * 「#2 里没有带「个」的数字」「#2 里没有能改成「1680万」的数字」 — `who` names the update as the reply needs.
 */
export function missingIn(who: string, base: string, said: string, short = false): string {
  const plan = planCorrection(base, said);
  if (plan.kind !== "not-found") return `${who}里没有能这样改的数字`;
  const where = short ? "" : `，不知道「${plan.value}」该改哪里`;
  if (plan.what) return `${who}里没有${plan.what}这个数${where}`;
  const value = findFigures(plan.value)[0]?.figure;
  const figs = findFigures(base);
  if (value && figs.some((f) => f.figure.value === value.value && f.figure.unit === value.unit))
    return `${who}里已经是「${plan.value}」了`;
  // The unit as said (「1680万」 is read as 元, but 元 was not said: not named).
  if (value?.unit && plan.value.endsWith(value.unit) && !figs.some((f) => f.figure.unit === value.unit))
    return `${who}里没有带「${value.unit}」的数字${where}`;
  return `${who}里没有能改成「${plan.value}」的数字`;
}

/** The update has a figure the correction's new value can replace. */
function fits(u: Update, said: string): boolean {
  const plan = planCorrection(editBase(u), said);
  return plan.kind === "substitute" || plan.kind === "which";
}

/** One line with a button per update: the request again, with that update's number. */
async function whichCard(
  ctx: CommandContext,
  req: CorrectionRequest,
  updates: Update[],
  title: string,
  note = "我不确定您说的是哪一条，先没有做任何改动。",
): Promise<Reply> {
  const shown = updates.slice(0, MAX_OPTIONS);
  const commandFor = (u: Update) =>
    req.action === "修改" && req.said !== ""
      ? refCommand({ ...req, ref: `#${u.seq}` })
      : `${req.action} ${u.seq}`;
  await rememberChoice(
    ctx.services,
    ctx.person.id,
    shown.map((u) => ({ seq: u.seq, command: commandFor(u) })),
  );
  return cardReply({
    title,
    template: "orange",
    blocks: [shown.map((u) => oneLine(u, ctx.services.org)).join("\n")],
    buttons: shown.map((u) => ({
      label: `${req.action} #${u.seq}`,
      // A correction with words keeps them (the request again, on that update); else the plain command.
      command: commandFor(u),
      // Typed, the same correction names the update by its number: 「第3条应该是650人」.
      ...(req.action === "修改" && req.said !== "" ? { typed: `第${u.seq}条${req.said}` } : {}),
      subject: updateSubject(u),
    })),
    note,
  });
}

/** Runs one of the engine's commands (修改 / 撤回 / 查看) on the update found. */
async function runCommand(ctx: CommandContext, name: string, args: string): Promise<Reply[]> {
  const command = ctx.commands.find((c) => c.names.includes(name));
  if (!command) return [{ text: `「${name}」暂不可用，没有做任何改动。` }];
  const out = await command.run({ ...ctx, args });
  return Array.isArray(out) ? out : [out];
}

/** The line that says which update was taken, put before the first reply. */
function saying(lead: string, replies: Reply[]): Reply[] {
  const [first, ...rest] = replies;
  // Named by its number (「#3」, a button): nothing to say before the reply — no empty message.
  if (lead === "" && replies.length > 0) return replies;
  if (!first) return [{ text: lead }];
  if (first.card) return [{ text: lead }, ...replies];
  return [{ ...first, text: `${lead}${first.text}` }, ...rest];
}

async function correct(
  ctx: CommandContext,
  req: CorrectionRequest,
  u: Update,
  lead: string,
): Promise<Reply[]> {
  if (u.status === "withdrawn") return [{ text: `${lead}#${u.seq} 已撤回；请先「恢复 ${u.seq}」再修改。` }];
  const original = editBase(u);
  // A correction while this update's edit preview is open revises that edit: it applies to the
  // text shown, and a figure said back to its old value undoes that change.
  const state = await getState(ctx.services.store, ctx.person.id);
  const pending = state.mode === "confirm-edit" && state.updateId === u.id ? state.text : undefined;
  const base = pending ?? original;
  const opened = pending ? openChanges(original, pending) : [];
  const prefer = opened.map((c) => c.at);
  // 「讲座是4场 听众是650人」: each figure said corrects its own — all of them, in one preview.
  const segments = segmentsOf(req.said);
  if (segments.length >= 2 || pending) {
    const changes = segments.map((s): CorrectionPlan => {
      const back = revertOf(s, opened);
      return back ? { kind: "substitute", ...back } : planCorrection(base, s, prefer);
    });
    const subs = changes.filter((c) => c.kind === "substitute");
    if (subs.length === changes.length && new Set(subs.map((c) => c.at)).size === subs.length)
      return saying(lead, [await revise(ctx, u, original, applyChanges(base, subs), subs)]);
  }
  const plan = planCorrection(base, req.said, prefer);
  if (pending && plan.kind !== "substitute") {
    const kept = await whilePreviewed(ctx, req, u, original, pending, lead);
    if (kept) return kept;
  }
  switch (plan.kind) {
    case "substitute": {
      if (pending) return saying(lead, [await revise(ctx, u, original, applyChanges(base, [plan]), [plan])]);
      const { from, to } = widen(base, plan);
      const preview = await showEdit(
        ctx.services,
        ctx.input,
        ctx.person.id,
        u,
        `「${from}」改成「${to}」`,
        undefined,
        filledNote([plan]),
      );
      return saying(lead, [preview]);
    }
    case "which":
      await markDisputed(ctx, u, req.said);
      return [
        offerCard(
          u,
          base,
          `#${u.seq} 里有 ${plan.options.length} 处可能要改成「${plan.value}」，是哪一处？`,
          plan.options,
          lead,
        ),
      ];
    case "not-found": {
      // The figure the update said was not known yet: it goes where that was said.
      const filled = pending ? undefined : fillGap(base, plan.value);
      if (filled)
        return saying(lead, [
          await showEdit(ctx.services, ctx.input, ctx.person.id, u, filled.text, "replace"),
        ]);
      // 「应该是23人 不是21」 on 「党员22人」: the old figure misremembered — the one the value fits
      // is offered, not changed.
      const misnamed = OLD_UNITLESS.exec(req.said);
      const alt = misnamed ? planCorrection(base, req.said.replace(misnamed[0], " "), prefer) : undefined;
      if (misnamed && alt?.kind === "substitute") {
        await markDisputed(ctx, u, req.said);
        // Said only when true: the old value named may be in the update under another reading.
        const absent = !findFigures(base).some((f) => f.figure.value === Number(misnamed[1]));
        return [
          await offerOneChange(
            ctx,
            u,
            base,
            absent ? `#${u.seq} 里没有「${misnamed[1]}」` : `#${u.seq}`,
            alt,
            lead,
          ),
        ];
      }
      const asked = await runCommand(ctx, "修改", String(u.seq));
      await markDisputed(ctx, u, req.said);
      const none = `${missingIn(`#${u.seq} `, base, req.said)}，没有改动。`;
      return saying(`${lead}${none}`, asked);
    }
    case "no-value": {
      // 「少写咧 再加一句 会上还定了…」: the words to add are said — shown added, not asked for.
      const added = pending ? undefined : addedWords(req.said);
      if (added)
        return saying(lead, [await showEdit(ctx.services, ctx.input, ctx.person.id, u, added, "append")]);
      const asked = await runCommand(ctx, "修改", String(u.seq));
      await markDisputed(ctx, u, req.said);
      return saying(lead, asked);
    }
  }
}

/**
 * A correction of an update whose edit preview waits, that the preview's text has no figure for:
 * read against the text as saved (「不是1200 是1600」 names the figure the preview changed; 「写错了 是1500份」
 * says again what the preview already has). Else nothing is changed and the preview stays open — said
 * so, never dropped for a question about the whole text. Undefined: the usual answers apply.
 */
async function whilePreviewed(
  ctx: CommandContext,
  req: CorrectionRequest,
  u: Update,
  original: string,
  pending: string,
  lead: string,
): Promise<Reply[] | undefined> {
  const change = throughOriginal(original, pending, req.said);
  if (change) {
    const text = applyChanges(pending, [change]);
    if (text !== pending) return saying(lead, [await revise(ctx, u, original, text, [change])]);
    return saying(`${lead}修改预览里已经是「${change.to}」了（还没有保存）：`, [
      await revise(ctx, u, original, pending, []),
    ]);
  }
  const plan = planCorrection(pending, req.said);
  if (plan.kind !== "not-found") return undefined;
  const missing = missingIn(`#${u.seq} `, pending, req.said);
  // 「还有学生是320个」 with #2's preview open, the 320个 fitting #1: asked, #2's preview kept meanwhile.
  if (req.ref === "shown") {
    const open = (await ctx.services.store.listUpdates({ author: ctx.person.id, status: ["draft", "confirmed"] }))
      .filter((o) => o.id !== u.id)
      .sort((a, b) => b.seq - a.seq)
      .slice(0, LOOSE_REACH)
      .filter((o) => fits(o, req.said));
    if (open.length > 0)
      return [
        await whichCard(
          ctx,
          req,
          open,
          `${missing}，是要改下面${open.length === 1 ? "这" : "哪"}一条吗？`,
          `先没有做任何改动；#${u.seq} 的修改预览还在，没有保存（回复「确认」保存它，「放弃修改」不要它）。`,
        ),
      ];
  }
  return [
    {
      text: `${lead}${missing}，没有改动。#${u.seq} 的修改预览还在：回复「确认」保存预览里的修改，回复「放弃修改」保持原样。`,
    },
  ];
}

/**
 * The correction planned on the text as saved, moved onto the preview's text: the same figure (by its
 * place among the figures, the preview having changed figures only) takes the new value.
 */
function throughOriginal(original: string, pending: string, said: string): Change | undefined {
  if (openChanges(original, pending).length === 0) return undefined;
  const plan = planCorrection(original, said);
  if (plan.kind !== "substitute") return undefined;
  const figs = findFigures(original);
  const i = figs.findIndex((f) => f.start === plan.at);
  const g = findFigures(pending)[i];
  if (i < 0 || !g) return undefined;
  // 「不是1200 是1600」 changes the number of 「1200份」: the unit after it stays.
  const was = original.slice(figs[i]!.start, figs[i]!.end);
  const to = was.startsWith(plan.from) ? `${plan.to}${was.slice(plan.from.length)}` : plan.to;
  return { from: pending.slice(g.start, g.end), to, at: g.start };
}

/**
 * A correction of a draft that was not made: the card (or the edit asked for) remembers what was
 * said, so a bare 确认 next says the draft is unchanged instead of saving it silently.
 */
async function markDisputed(ctx: CommandContext, u: Update, said: string): Promise<void> {
  if (u.status !== "draft") return;
  const state = await getState(ctx.services.store, ctx.person.id);
  if ((state.mode === "confirm" || state.mode === "edit") && state.updateId === u.id)
    await setState(
      ctx.services.store,
      ctx.person.id,
      { ...state, disputed: said },
      stampOf(ctx.services, ctx.input),
    );
}

/** The edit shown again as the whole new text; back to the original, the edit is dropped (said so). */
async function revise(
  ctx: CommandContext,
  u: Update,
  original: string,
  text: string,
  changes: readonly Change[],
): Promise<Reply> {
  if (text === original) {
    await setState(ctx.services.store, ctx.person.id, { mode: "idle" }, stampOf(ctx.services, ctx.input));
    const status = { draft: "仍是草稿，未计入总结", confirmed: "已确认", withdrawn: "已撤回" }[u.status];
    return { text: `改回去就和原来一样了：已放弃这次修改，#${u.seq} 保持原样（${status}）。` };
  }
  return showEdit(ctx.services, ctx.input, ctx.person.id, u, text, undefined, filledNote(changes));
}

/** The note on the units the changes took from the old figures. */
function filledNote(changes: readonly Change[]): string | undefined {
  return unitNote(changes.filter((c) => c.unit).map((c) => c.to));
}

export const correctCommands: Command[] = [
  {
    // The 「不用」 button of 「要撤回 #N 吗？」 (asked after 「刚才发错了」, which names no request).
    names: ["不撤回"],
    help: "不撤回 — 刚才问要不要撤回时，不撤回",
    async run(ctx) {
      const n = /^#?\s*(\d+)/.exec(ctx.args)?.[1];
      return { text: n ? `好的，#${n} 没有撤回。` : "好的，没有撤回任何一条。" };
    },
  },
  {
    names: [REF_COMMAND],
    help: "改以前的某一条，直接说哪条、怎么改：「刚才那条写错了，应该是650人」「把刚才那条的3家改成4家」「上一条金额不对，应该是95万元」「刚才那条不是12个村，是10个村」「科技活动周那条，发放资料是1.5万份」「科普进校园那条删了」「前面那条作废」「上一条我看看」——先给您看修改预览，确认后才改；拿不准是哪条或哪个数字时我会问",
    async run(ctx) {
      const req = readRefArgs(ctx.args);
      if (!req) return { text: "没看懂要改哪一条，没有做任何改动。可以发送「修改 编号」或「撤回 编号」。" };
      const found = await findMeant(ctx, req);
      if ("ask" in found) return found.ask;
      const u = found.update;
      const snippet = [...u.normalizedText].slice(0, 24).join("");
      const passed = found.passed
        ? `${missingIn(`您最近报的 ${named(found.passed)}`, editBase(found.passed), req.said, true)}，`
        : "";
      const lead = req.ref.startsWith("#")
        ? ""
        : `${passed}${passed ? "您说的应该" : "您说的"}是 #${u.seq}「${snippet}${[...u.normalizedText].length > 24 ? "…" : ""}」${passed ? "（有这个数）" : ""}。`;
      if (req.action === "修改") return correct(ctx, req, u, lead);
      // 「补充一下 还发了资料60份」: appended, shown as an edit to confirm (supplement.ts).
      if (req.action === "补充")
        return saying(`${lead}这句是对 #${u.seq} 的补充，加在原文后面（不另记一条）：`, [
          await showEdit(ctx.services, ctx.input, ctx.person.id, u, req.said, "append"),
        ]);
      return saying(lead, await runCommand(ctx, req.action, String(u.seq)));
    },
  },
];
