import { filedForMeNumbered, filedForMeOpen } from "../behalf-number.js";
import { draftItemAsked } from "../draft-item-asked.js";
import type { Update } from "../../domain/update.js";
import { askWhichUpdate } from "../ask-which-update.js";
import { getState } from "../state.js";
import type { CommandContext, Reply } from "../types.js";

/**
 * The update a command acts on: the one a clicked button names, the number typed (「确认 3」), or the one the
 * pending state points at; otherwise which one is asked (the person's own updates only).
 */

export async function resolveTarget(
  ctx: CommandContext,
  verb: string,
): Promise<{ update?: Update; error?: Reply }> {
  const { store } = ctx.services;
  // A clicked button names its update (the engine has checked it is the clicker's own).
  const subject = ctx.input.subject;
  if (subject?.kind === "update") {
    const u = await store.getUpdate(subject.id);
    return u ? { update: u } : { error: { text: "这张卡片对应的填报已不存在。发送「我的填报」查看编号。" } };
  }
  const m = /^#?\s*(\d+)/.exec(ctx.args);
  if (m) {
    const u = await store.findBySeq(ctx.person.id, Number(m[1]));
    if (u) return { update: u };
    // 「修改 1 …」「撤回 1」 by the colleague a 代报 was filed for, under the number their 「我的填报」 shows (dlg54, lead55,
    // behalf-number.ts); 「恢复 1」 finds it withdrawn.
    const own = verb === "修改" || verb === "撤回" ? "confirmed" : verb === "恢复" ? "withdrawn" : undefined;
    const filed = own ? await filedForMeOpen(ctx.services, ctx.person, Number(m[1]), own) : undefined;
    if (filed) return { update: filed };
    // A leader reviewing the draft: its 第2条 may be meant (draft-item-asked.ts); a 代报 under that number (behalf-number.ts).
    const item =
      (await filedForMeNumbered(ctx.services, ctx.person, Number(m[1]))) ??
      (await draftItemAsked(ctx.services, ctx.person, Number(m[1])));
    return { error: item ?? { text: `没有找到您的第 ${m[1]} 条填报。发送「我的填报」查看编号。` } };
  }
  const state = await getState(store, ctx.person.id);
  if ("updateId" in state) {
    const u = await store.getUpdate(state.updateId);
    if (u) return { update: u };
  }
  return { error: await askWhichUpdate(ctx.services, ctx.person.id, verb) };
}
