import { findPerson } from "../domain/org.js";
import type { Update } from "../domain/update.js";
import { cardReply } from "./render-update.js";
import type { Reply, Services } from "./types.js";

/**
 * dlg54: the colleague a 代报 was filed for corrects it by the number their 「我的填报」 shows (「改一下1 不是四十户 是四十六户」).
 * It is their own work, so the change is theirs to make; the filer (whose number and record it is) is told. The preview
 * they see says so, and carries no buttons (a card's buttons act only for its author): they type 「确认」 or 「取消」.
 */
export function colleaguePreview(services: Services, u: Update, personId: string, preview: Reply): Reply {
  if (u.author === personId || u.reportedFor !== personId) return preview;
  const by = findPerson(services.org, u.author)?.name ?? u.author;
  const note = `这条是${by}代您填的（编号是${by}的）。回复「确认」保存这次修改，我会告诉${by}；回复「取消」放弃修改。`;
  return preview.card
    ? cardReply({ ...preview.card, buttons: [], note })
    : { text: `${preview.text}\n${note}` };
}

/** After the colleague's change is saved: the filer told through the outbox, and the colleague's reply says whether. */
export function tellFilerEdited(services: Services, u: Update, personId: string): Promise<string> {
  return tellFiler(
    services,
    u,
    personId,
    "这条改了",
    (me) =>
      `${me}改了您替他/她填的 #${u.seq}，现在是：\n> ${u.originalText}\n修改前的内容保留在修改记录中（「查看 ${u.seq}」可看到）。`,
  );
}

/** Lead55: a confirmed 代报 withdrawn by the colleague it was filed for — the filer told, the reply saying whether it went. */
export function tellFilerWithdrawn(services: Services, u: Update, personId: string): Promise<string> {
  return tellFiler(
    services,
    u,
    personId,
    "这条撤回了",
    (me) =>
      `${me}把您替他/她填的 #${u.seq} 撤回了，不再计入总结：\n> ${u.originalText}\n${me}可以发「恢复 ${u.seq}」恢复。`,
  );
}

/** Lead55: and brought back by them — the filer, told it was withdrawn, told it counts again. */
export function tellFilerRestored(services: Services, u: Update, personId: string): Promise<string> {
  return tellFiler(
    services,
    u,
    personId,
    "这条恢复了",
    (me) => `${me}把您替他/她填的 #${u.seq} 恢复了，重新计入总结：\n> ${u.originalText}`,
  );
}

/** The filer of a 代报 the person (its colleague) acted on, told through the outbox; the sentence for the person's reply. */
async function tellFiler(
  services: Services,
  u: Update,
  personId: string,
  what: string,
  message: (me: string) => string,
): Promise<string> {
  if (u.author === personId || u.reportedFor !== personId) return "";
  const filer = findPerson(services.org, u.author);
  const by = filer?.name ?? u.author;
  const me = findPerson(services.org, personId)?.name ?? personId;
  const outbox = services.outbox;
  if (!filer || !outbox) return `\n没有消息通道，没能通知${by}，请您当面告诉${by}${what}。`;
  try {
    await outbox.sendToPerson(filer.id, { text: message(me) });
    return `\n已通知${by}：${what}。`;
  } catch (e) {
    services.log.warn("behalf: notify filer failed", { to: filer.id, error: String(e) });
    return `\n通知${by}的消息没有发出去，请您当面告诉${by}${what}。`;
  }
}

/** Beside the question for the new text (「修改 1」 alone): whose 代报 it is, and that the filer hears of the change. */
export function filedForNote(services: Services, u: Update, personId: string): string {
  if (u.author === personId || u.reportedFor !== personId) return "";
  const by = findPerson(services.org, u.author)?.name ?? u.author;
  return `\n这条是${by}代您填的（编号是${by}的），改好保存后我会告诉${by}。`;
}
