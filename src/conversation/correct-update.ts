import type { Update } from "../domain/update.js";
import { findFigures } from "../domain/figure-scan.js";
import {
  type CorrectionRequest,
  planCorrection,
  REF_COMMAND,
  readRefArgs,
  widen,
} from "./correction-request.js";
import { fillGap } from "./fill-gap.js";
import { addedWords } from "./added-words.js";
import { editBase, showEdit, unitNote } from "./edit-update.js";
import { type Change, type CorrectionPlan, OLD_UNITLESS } from "./plan-correction.js";
import { offerCard, offerOneChange } from "./offer-change.js";
import { applyChanges, openChanges, revertOf, segmentsOf } from "./correction-segments.js";
import { getState, setState, stampOf } from "./state.js";
import { offerItemWithdraw } from "./withdraw-one-item.js";
import type { Command, CommandContext, Reply } from "./types.js";
import {
  findMeant,
  fits,
  LOOSE_REACH,
  missingIn,
  named,
  runCommand,
  saying,
  whichCard,
} from "./correction-target.js";

/**
 * `/ref 修改|撤回|查看 <ref> <said>` (made by correction-request.ts from everyday words, and sent by
 * the which-update buttons): finds the update meant and hands over to the existing commands —
 * 修改 (the edit preview; nothing changes until it is confirmed), 撤回, 查看 — saying which update
 * it took. When more than one update (or none) could be meant, or more than one figure, it asks
 * in one line with buttons and changes nothing.
 */

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
    const open = (
      await ctx.services.store.listUpdates({ author: ctx.person.id, status: ["draft", "confirmed"] })
    )
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
  return unitNote(changes.flatMap((c) => (c.unit ? [{ to: c.to, unit: c.unit }] : [])));
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
      // 「把那条直播培训的删了」: the words name one item of several — that item is offered out, not the whole update.
      if (req.action === "撤回" && req.ref.startsWith("content:")) {
        const one = await offerItemWithdraw(ctx, u, req.ref.slice("content:".length), lead);
        if (one) return one;
      }
      return saying(lead, await runCommand(ctx, req.action, String(u.seq)));
    },
  },
];
