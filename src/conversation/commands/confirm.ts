import { type Person, sectionName } from "../../domain/org.js";
import { type Update, extractedFields } from "../../domain/update.js";
import { extractText } from "../extract-text.js";
import { confirmCard } from "../render-update.js";
import { type DialogueState, getState, setState } from "../state.js";
import type { Command, CommandContext, Reply, Services } from "../types.js";

/**
 * 确认 / 修改 / 撤回 / 恢复. Rules that must stay true:
 * - a confirmed update's content changes only after the user confirms the new text, and the
 *   old text is kept in its history;
 * - 撤回 marks, it never deletes: 「恢复 N」 brings a withdrawn update back;
 * - people act only on their own updates.
 */
function resolveTarget(ctx: CommandContext): { update?: Update; error?: string } {
  const { store } = ctx.services;
  // A clicked button names its update (the engine has checked it is the clicker's own).
  const subject = ctx.input.subject;
  if (subject?.kind === "update") {
    const u = store.getUpdate(subject.id);
    return u ? { update: u } : { error: "这张卡片对应的填报已不存在。发送「我的填报」查看编号。" };
  }
  const m = /^#?\s*(\d+)/.exec(ctx.args);
  if (m) {
    const u = store.findBySeq(ctx.person.id, Number(m[1]));
    return u ? { update: u } : { error: `没有找到您的第 ${m[1]} 条填报。发送「我的填报」查看编号。` };
  }
  const state = getState(store, ctx.person.id);
  if ("updateId" in state) {
    const u = store.getUpdate(state.updateId);
    if (u) return { update: u };
  }
  return { error: "请带上编号，例如「修改 3」。发送「我的填报」查看编号。" };
}

export async function confirmPending(
  services: Services,
  person: Person,
  state: DialogueState,
): Promise<Reply[]> {
  if (!("updateId" in state)) return [{ text: "当前没有待确认的内容。" }];
  const u = services.store.getUpdate(state.updateId);
  if (!u) return [{ text: "当前没有待确认的内容。" }];
  return confirmUpdate(services, person, u, state);
}

async function confirmUpdate(
  services: Services,
  person: Person,
  u: Update,
  state: DialogueState,
): Promise<Reply[]> {
  const { store, org } = services;
  const at = services.clock.now().toISOString();
  if (state.mode === "choose-section" && state.updateId === u.id) {
    return [{ text: "请先选择这条内容所属的科室（回复序号或科室名称）。" }];
  }
  if (state.mode === "confirm-edit" && state.updateId === u.id) {
    const ex = await extractText(services, state.text);
    const saved = await store.modifyUpdate(u.id, (x) => ({
      ...x,
      ...extractedFields(state.text, ex),
      status: "confirmed",
      updatedAt: at,
      history: [
        ...x.history,
        { at, by: person.id, action: "edited", previousText: x.originalText },
        { at, by: person.id, action: "confirmed" },
      ],
    }));
    await setState(store, person.id, { mode: "idle" });
    return [
      { text: `已保存修改（#${saved.seq}，${sectionName(org, saved.section)}）。原内容保留在修改记录中。` },
    ];
  }
  if (u.status === "confirmed") return [{ text: `#${u.seq} 已经确认过了，无需重复确认。` }];
  if (u.status === "withdrawn") return [{ text: `#${u.seq} 已撤回；如需恢复请发送「恢复 ${u.seq}」。` }];
  const saved = await store.modifyUpdate(u.id, (x) => ({
    ...x,
    status: "confirmed",
    updatedAt: at,
    history: [...x.history, { at, by: person.id, action: "confirmed" }],
  }));
  if ("updateId" in state && state.updateId === u.id) await setState(store, person.id, { mode: "idle" });
  return [
    {
      text: `已确认保存（#${saved.seq}，${sectionName(org, saved.section)}），将计入${saved.date.slice(0, 4)}年工作总结。谢谢！`,
    },
  ];
}

const confirm: Command = {
  names: ["确认", "/confirm", "/ok"],
  help: "确认 [编号] — 确认刚才的填报（或指定编号）",
  async run(ctx) {
    const { update, error } = resolveTarget(ctx);
    if (!update) return { text: /编号/.test(error ?? "") && !ctx.args ? "当前没有待确认的内容。" : error! };
    return confirmUpdate(ctx.services, ctx.person, update, getState(ctx.services.store, ctx.person.id));
  },
};

const edit: Command = {
  names: ["修改", "/edit"],
  help: "修改 编号 [新内容] — 修改一条填报（不带内容时我会请您发送新内容）",
  async run(ctx) {
    const { update, error } = resolveTarget(ctx);
    if (!update) return { text: error! };
    if (update.status === "withdrawn")
      return { text: `#${update.seq} 已撤回；请先「恢复 ${update.seq}」再修改。` };
    const inline = ctx.args.replace(/^#?\s*\d+\s*/, "").trim();
    const { store, org } = ctx.services;
    if (inline.length >= 4) {
      await setState(store, ctx.person.id, { mode: "confirm-edit", updateId: update.id, text: inline });
      const ex = await extractText(ctx.services, inline);
      return confirmCard(
        org,
        { ...update, ...ex },
        `确认后替换 #${update.seq} 的原内容（原内容保留在修改记录中）。`,
      );
    }
    await setState(store, ctx.person.id, { mode: "edit", updateId: update.id });
    return {
      text: `请发送 #${update.seq} 修改后的完整内容（发送「取消」放弃修改）。\n原内容：\n${update.originalText}`,
    };
  },
};

const withdraw: Command = {
  names: ["撤回", "/withdraw", "/undo"],
  help: "撤回 编号 — 撤回一条填报（不计入总结，可「恢复」）",
  async run(ctx) {
    const { update, error } = resolveTarget(ctx);
    if (!update) return { text: error! };
    if (update.status === "withdrawn") return { text: `#${update.seq} 已经撤回了。` };
    const { store } = ctx.services;
    const at = ctx.services.clock.now().toISOString();
    await store.modifyUpdate(update.id, (x) => ({
      ...x,
      status: "withdrawn",
      updatedAt: at,
      history: [...x.history, { at, by: ctx.person.id, action: "withdrawn", note: `was ${x.status}` }],
    }));
    const state = getState(store, ctx.person.id);
    if ("updateId" in state && state.updateId === update.id)
      await setState(store, ctx.person.id, { mode: "idle" });
    return { text: `已撤回 #${update.seq}，不会计入总结。如需恢复请发送「恢复 ${update.seq}」。` };
  },
};

const restore: Command = {
  names: ["恢复", "/restore"],
  help: "恢复 编号 — 恢复一条已撤回的填报",
  async run(ctx) {
    const { update, error } = resolveTarget(ctx);
    if (!update) return { text: error! };
    if (update.status !== "withdrawn") return { text: `#${update.seq} 没有被撤回，无需恢复。` };
    const last = [...update.history].reverse().find((h) => h.action === "withdrawn");
    const back = last?.note === "was confirmed" ? "confirmed" : "draft";
    const at = ctx.services.clock.now().toISOString();
    const u = await ctx.services.store.modifyUpdate(update.id, (x) => ({
      ...x,
      status: back,
      updatedAt: at,
      history: [...x.history, { at, by: ctx.person.id, action: "restored" }],
    }));
    if (back === "draft") {
      await setState(ctx.services.store, ctx.person.id, { mode: "confirm", updateId: u.id });
      return confirmCard(ctx.services.org, u, "已恢复为草稿，请确认。");
    }
    return { text: `已恢复 #${u.seq}（已确认状态）。` };
  },
};

export const confirmCommands: Command[] = [confirm, edit, withdraw, restore];
