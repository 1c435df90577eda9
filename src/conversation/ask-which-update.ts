import type { Update, UpdateStatus } from "../domain/update.js";
import { filedForMeLatest } from "./behalf-number.js";
import { cardReply, statusLabel, updateSubject } from "./render-update.js";
import { askQuestion } from "./pending-question.js";
import { getState, mayAskWhich, type Stamp, setState } from "./state.js";
import type { Reply, Services } from "./types.js";

/** The verbs that act on one update, and which updates each can act on. */
const ELIGIBLE: Record<string, readonly UpdateStatus[]> = {
  确认: ["draft"],
  修改: ["draft", "confirmed"],
  撤回: ["draft", "confirmed"],
  恢复: ["withdrawn"],
  查看: ["draft", "confirmed", "withdrawn"],
};

/** The person's latest open update; with none ever sent, the latest a colleague filed for them (lead56). */
export async function latestToWithdraw(services: Pick<Services, "store">, personId: string) {
  const all = await services.store.listUpdates({ author: personId });
  if (all.length === 0) return (await filedForMeLatest(services, personId))[0];
  return all.filter((u) => u.status === "draft" || u.status === "confirmed").sort((a, b) => b.seq - a.seq)[0];
}

/**
 * 「撤了吧」「改一下」 with no number and nothing on screen: never a guess. The person's latest
 * updates that the verb can act on, newest first, one button each; or, when there are none, why.
 * 「那条撤了吧」 when there is exactly one to withdraw: that one is offered (要撤回 #N 吗？).
 */
export async function askWhichUpdate(services: Services, personId: string, verb: string): Promise<Reply> {
  const statuses = ELIGIBLE[verb] ?? ["draft", "confirmed"];
  const own = (await services.store.listUpdates({ author: personId })).sort((a, b) => b.seq - a.seq);
  let mine = own.filter((u) => statuses.includes(u.status));
  // 「那条撤了吧」 from the colleague a 代报 was filed for, with nothing of their own: what was filed for them (lead56).
  const latest = own[0];
  if (mine.length === 0 && !latest && (verb === "撤回" || verb === "修改"))
    mine = await filedForMeLatest(services, personId);
  if (mine.length === 0) {
    // 「删掉这条吧」 right after it was withdrawn: every update is withdrawn — said so, not 「还没有填报」.
    if (latest && (verb === "撤回" || verb === "修改"))
      return {
        text: `您的填报都已撤回（最近一条是 #${latest.seq}），没有可以${verb}的内容；需要时发送「恢复 ${latest.seq}」。`,
      };
    const none = verb === "恢复" ? "没有已撤回的填报" : verb === "确认" ? "没有待确认的填报" : "还没有填报";
    return { text: `您${none}，没有可以${verb}的内容。发送「我的填报」查看全部。` };
  }
  if (verb === "撤回" && mine.length === 1) return offerWithdraw(services, personId, mine[0]!);
  const shown = mine.slice(0, 5);
  await rememberChoice(
    services,
    personId,
    shown.map((u) => ({ seq: u.seq, command: `${verb} ${u.seq}` })),
  );
  return cardReply({
    title: `要${verb}哪一条？`,
    template: verb === "撤回" ? "red" : "blue",
    blocks: [
      `您没有说编号，我先没有${verb}任何一条。请点选，或发送「${verb} 编号」：`,
      shown
        .map((u) => `#${u.seq}${u.status === "confirmed" ? "" : `【${statusLabel(u)}】`} ${preview(u)}`)
        .join("\n"),
    ],
    buttons: shown.map((u) => ({
      label: `${verb} #${u.seq}`,
      command: `${verb} ${u.seq}`,
      subject: updateSubject(u),
    })),
    note:
      mine.length > shown.length
        ? `只列出最近 ${shown.length} 条；更早的请发送「我的填报」查看编号。`
        : undefined,
  });
}

function preview(u: Update): string {
  const chars = [...u.normalizedText];
  return chars.length > 30 ? `${chars.slice(0, 30).join("")}…` : chars.join("");
}

/** The listed updates stay the open question: 「2」「#2」「2号」 typed next picks that one. */
export async function rememberChoice(
  services: Services,
  personId: string,
  options: Array<{ seq: number; command: string }>,
): Promise<void> {
  const state = await getState(services.store, personId);
  if (!mayAskWhich(state)) return;
  await setState(
    services.store,
    personId,
    { mode: "choose-update", options },
    { at: services.clock.now().toISOString() },
  );
}

/**
 * 「要撤回 #N 吗？」 with one button: the question stays open, so 「好的」「嗯」 withdraws and
 * 「不用」「算了」 keeps it (said so). Nothing is withdrawn until then.
 */
export async function offerWithdraw(
  services: Pick<Services, "store" | "clock">,
  personId: string,
  u: Update,
  stamp: Stamp = { at: services.clock.now().toISOString() },
): Promise<Reply> {
  await askQuestion(
    services,
    personId,
    { yes: `撤回 ${u.seq}`, no: `不撤回 ${u.seq}`, question: `要撤回 #${u.seq} 吗？` },
    stamp,
  );
  return cardReply({
    title: `要撤回${u.author === personId ? "" : "代您填的"} #${u.seq} 吗？`,
    template: "orange",
    blocks: [`> ${[...u.normalizedText].slice(0, 60).join("")}`],
    buttons: [
      { label: `撤回 #${u.seq}`, command: `撤回 ${u.seq}`, subject: updateSubject(u), style: "danger" },
      { label: "不用", command: `不撤回 ${u.seq}`, subject: updateSubject(u) },
    ],
    note: "撤回后不计入总结，可以「恢复」。",
  });
}
