import { thingNamedWrong } from "./thing-named-wrong.js";
import { isoWeek, localDateString } from "../domain/period.js";
import type { Update } from "../domain/update.js";
import { findFigures } from "../domain/figure-scan.js";
import { toSimplified } from "../domain/normalize.js";
import { parseChineseNumber } from "../domain/chinese-number.js";
import { type CorrectionRequest, planCorrection, refCommand } from "./correction-request.js";
import { rememberChoice } from "./ask-which-update.js";
import { draftItemAsked } from "./draft-item-asked.js";
import { filedForMeLatest, filedForMeNumbered, filedForMeOpen } from "./behalf-number.js";
import { offerDraftRemoval } from "./draft-removal-offer.js";
import { editBase } from "./edit-update.js";
import { cardReply, oneLine, updateSubject } from "./render-update.js";
import { matchesWords } from "./update-words.js";
import { daysBack, PERIOD_WORDS, weekdayWord } from "./ref-period.js";
import { getState } from "./state.js";
import type { CommandContext, Reply } from "./types.js";

/**
 * Which update a correction in everyday words means (「刚才那条写错了」「城关镇那条」「那条报错了 是1300份」):
 * the recent updates it can reach, the one whose figures the new value fits, and the card that asks
 * which when more than one (or none) could be meant. Used by correct-update.ts.
 */
const DAY_MS = 24 * 60 * 60 * 1000;
/** Most updates offered on a which-update card. */
const MAX_OPTIONS = 5;

/** `passed`: the latest update, passed over for `update` because it had no figure the value fits. */
type Found = { update: Update; passed?: Update } | { ask: Reply };

export async function findMeant(ctx: CommandContext, req: CorrectionRequest): Promise<Found> {
  const { store, clock, timezone } = ctx.services;
  // One read of the person's updates: the latest whatever its state, and those the action can reach.
  const own = (await store.listUpdates({ author: ctx.person.id })).sort((a, b) => b.seq - a.seq);
  const reach = req.action === "查看" ? ["draft", "confirmed", "withdrawn"] : ["draft", "confirmed"];
  let open = own.filter((u) => reach.includes(u.status));
  const num = /^#(\d+)$/.exec(req.ref);
  if (num) {
    const u = await store.findBySeq(ctx.person.id, Number(num[1]));
    if (u) return { update: u };
    // 「改一下1 …」 by the colleague a 代报 was filed for, under the number their 「我的填报」 shows (dlg54).
    const filed =
      req.action === "修改" ? await filedForMeOpen(ctx.services, ctx.person, Number(num[1])) : undefined;
    if (filed) return { update: filed };
    // Said as the command itself says it (撤回 4、查看 5): no such update, so nothing was done to one.
    const item =
      (await filedForMeNumbered(ctx.services, ctx.person, Number(num[1]))) ??
      (await draftItemAsked(ctx.services, ctx.person, Number(num[1])));
    return { ask: item ?? { text: `没有找到您的第 ${num[1]} 条填报。发送「我的填报」查看编号。` } };
  }
  const ownLatest = own[0];
  // 「65人不对 是56人」 from the colleague a 代报 was filed for, with nothing of their own: what was filed for them (lead56).
  if (!ownLatest && req.action !== "查看") open = await filedForMeLatest(ctx.services, ctx.person.id);
  if (open.length === 0) {
    // 「刚才那条撤了吧」 after it was withdrawn: that one, already withdrawn — not "no reports".
    const latest = ownLatest;
    if (latest && (req.ref === "recent" || req.ref === "shown" || req.ref.startsWith("recent:")))
      return { update: latest };
    if (latest)
      return {
        ask: {
          text: `您的填报都已撤回，没有做任何改动；需要时发送「恢复 编号」（最近一条是 #${latest.seq}）。`,
        },
      };
    // 「科普画廊那条也不要了吧」 from a leader reviewing the draft: where it stands in the draft (draft-removal-offer.ts).
    const inDraft =
      req.action === "撤回"
        ? await offerDraftRemoval(ctx.services, ctx.person, ctx.input.text, [])
        : undefined;
    return { ask: inDraft ?? { text: "您还没有可以修改或撤回的填报，没有做任何改动。" } };
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
    if (ownLatest && ownLatest.seq > open[0]!.seq) return { update: ownLatest };
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
  // 「上次报的科技馆那个」: when it was reported only says it is an earlier one; the thing is 科技馆.
  const thing = words.replace(REPORTED_BEFORE, "");
  const by = (w: string) => open.filter((u) => matchesWords(u.normalizedText, w));
  const asSaid = by(words);
  const matching = asSaid.length === 0 && thing.length >= 2 && thing !== words ? by(thing) : asSaid;
  if (matching.length === 1) return { update: matching[0]! };
  if (matching.length > 1)
    return {
      ask: await whichCard(ctx, req, matching, `有 ${matching.length} 条都提到「${words}」，是哪一条？`),
    };
  return { ask: await whichCard(ctx, req, open, `没有找到提到「${words}」的填报。是下面哪一条？`) };
}

/** 上次报的、之前填的、我前几天发过的: when an update was sent, said before the thing it is about. */
const REPORTED_BEFORE =
  /^(?:我|俺|咱)?(?:上次|上回|上一次|之前|以前|前面|先前|刚才|刚刚|前几天|前两天|前些天|那天|早先)(?:我|俺)?(?:报|填|发|说|写|提|交)(?:过)?的/u;

/** How many recent updates a loose 「上一条」 correction may reach back to. */
export const LOOSE_REACH = 5;

/**
 * 「上一条金额不对 应该是2530万元」 when the latest update has no figure the new value can stand for:
 * the recent one that has (said so), several such asked about; none, the latest (which then says
 * it has no such figure).
 */
async function fittingRecent(ctx: CommandContext, req: CorrectionRequest, open: Update[]): Promise<Found> {
  const latest = open[0]!;
  // 「大棚不对 是24个」: the one recent update that says the thing named (thing-named-wrong.ts).
  const thing = thingNamedWrong(req.said, open.slice(0, LOOSE_REACH));
  if (thing) return { update: thing };
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
  return {
    ask: await whichCard(ctx, req, recent, `您最近报的 ${recent.length} 条里都没有${what}，是哪一条？`),
  };
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
export function named(u: Update): string {
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
export function fits(u: Update, said: string): boolean {
  const plan = planCorrection(editBase(u), said);
  return plan.kind === "substitute" || plan.kind === "which";
}

/** One line with a button per update: the request again, with that update's number. */
export async function whichCard(
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
export async function runCommand(ctx: CommandContext, name: string, args: string): Promise<Reply[]> {
  const command = ctx.commands.find((c) => c.names.includes(name));
  if (!command) return [{ text: `「${name}」暂不可用，没有做任何改动。` }];
  const out = await command.run({ ...ctx, args });
  return Array.isArray(out) ? out : [out];
}

/** The line that says which update was taken, put before the first reply. */
export function saying(lead: string, replies: Reply[]): Reply[] {
  const [first, ...rest] = replies;
  // Named by its number (「#3」, a button): nothing to say before the reply — no empty message.
  if (lead === "" && replies.length > 0) return replies;
  if (!first) return [{ text: lead }];
  if (first.card) return [{ text: lead }, ...replies];
  return [{ ...first, text: `${lead}${first.text}` }, ...rest];
}
