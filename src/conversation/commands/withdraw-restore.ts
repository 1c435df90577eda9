import type { Update } from "../../domain/update.js";
import { tellFilerRestored, tellFilerWithdrawn } from "../behalf-edit.js";
import { cancelEdit } from "../edit-cancel.js";
import { confirmCard } from "../render-update.js";
import { tellColleagueRestored, tellColleagueWithdrawn } from "../report-for-colleague.js";
import { getState, setState, stampOf } from "../state.js";
import type { Command, CommandContext } from "../types.js";
import { resolveTarget } from "./resolve-target.js";
import { markWithdrawn } from "./withdraw-update.js";

/**
 * 撤回 / 恢复: withdrawing marks an update, never deletes it (「恢复 N」 brings it back as it was, draft or
 * confirmed); 撤回 while an edit is shown drops the edit, not the update.
 */
export const withdrawnText = (u: Update) =>
  `已撤回 #${u.seq}，不会计入总结。如需恢复请发送「恢复 ${u.seq}」。`;

const withdraw: Command = {
  names: ["撤回", "/withdraw", "/undo"],
  help: "撤回 编号 — 撤回一条填报（不计入总结，可「恢复」）。也可以说：删除、删掉、作废、撤销、不要了、把第五条弄掉",
  async run(ctx) {
    const { update, error } = await resolveTarget(ctx, "撤回");
    if (!update) return error!;
    const { store } = ctx.services;
    const state = await getState(store, ctx.person.id);
    if (state.mode === "confirm-edit" && state.updateId === update.id) {
      const reply = await cancelEdit(ctx, update);
      return { text: `${reply.text}如要撤回整条 #${update.seq}，请再发送「撤回 ${update.seq}」。` };
    }
    if (update.status === "withdrawn") return { text: `#${update.seq} 已经撤回了。` };
    const saved = await markWithdrawn(ctx.services, update.id, ctx.person.id, ctx.input.messageId);
    if ("updateId" in state && state.updateId === update.id)
      await setState(store, ctx.person.id, { mode: "idle" }, stampOf(ctx.services, ctx.input));
    // A confirmed 代报: the colleague, told it was filed, is told it was withdrawn (report-for-colleague.ts); withdrawn by
    // that colleague, the filer is told (lead55, behalf-edit.ts).
    const byColleague = update.author !== ctx.person.id;
    const told =
      update.status !== "confirmed"
        ? ""
        : byColleague
          ? await tellFilerWithdrawn(ctx.services, saved, ctx.person.id)
          : await tellColleagueWithdrawn(ctx.services, saved);
    return { text: `${withdrawnText(saved)}${told}` };
  },
};

const restore: Command = {
  names: ["恢复", "/restore"],
  help: "恢复 编号 — 恢复一条已撤回的填报（也可以说：删错了 弄回来、刚撤的那条还给我、刚删的那条给我找回来、头先删咗嗰条帮我揾返出嚟）",
  async run(ctx) {
    // 「哎删错了，恢复吧」 just after a withdraw: the one just withdrawn, named in the reply.
    const just = ctx.args || ctx.input.subject ? undefined : await justWithdrawn(ctx);
    const { update, error } = just ? { update: just, error: undefined } : await resolveTarget(ctx, "恢复");
    if (!update) return error!;
    const lead = just ? `您说的是刚撤回的 #${update.seq}。` : "";
    if (update.status !== "withdrawn") return { text: `#${update.seq} 没有被撤回，无需恢复。` };
    const last = [...update.history].reverse().find((h) => h.action === "withdrawn");
    const back = last?.note === "was confirmed" ? "confirmed" : "draft";
    const at = ctx.services.clock.now().toISOString();
    const u = await ctx.services.store.modifyUpdate(update.id, (x) => ({
      ...x,
      status: back,
      updatedAt: at,
      history: [...x.history, { at, by: ctx.person.id, action: "restored", messageId: ctx.input.messageId }],
    }));
    if (back === "draft") {
      await setState(
        ctx.services.store,
        ctx.person.id,
        { mode: "confirm", updateId: u.id },
        stampOf(ctx.services, ctx.input),
      );
      return confirmCard(ctx.services.org, u, `${lead}已恢复为草稿，请确认。`);
    }
    // A confirmed 代报 brought back: whoever was told it was withdrawn hears it counts again (lead55).
    const told =
      u.author !== ctx.person.id
        ? await tellFilerRestored(ctx.services, u, ctx.person.id)
        : await tellColleagueRestored(ctx.services, u, ctx.person.id);
    return { text: `${lead}已恢复 #${u.seq}（已确认状态）。${told}` };
  },
};

/**
 * The update the person withdrew last, when withdrawing it is the last change to any of their
 * updates (「恢复吧」 right after 「删了」); otherwise none, and 恢复 without a number asks which.
 */
async function justWithdrawn(ctx: CommandContext): Promise<Update | undefined> {
  const mine = await ctx.services.store.listUpdates({ author: ctx.person.id });
  const latest = mine.reduce<Update | undefined>(
    (a, u) => (a === undefined || u.updatedAt > a.updatedAt ? u : a),
    undefined,
  );
  if (latest?.status !== "withdrawn") return undefined;
  return latest.history.at(-1)?.action === "withdrawn" ? latest : undefined;
}

export const withdrawCommands: Command[] = [withdraw, restore];
