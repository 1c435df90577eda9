import { toSimplified } from "../domain/normalize.js";
import { findPerson, type Org, reportableSections, sectionName } from "../domain/org.js";
import type { Update } from "../domain/update.js";
import type { Intent } from "./intent-types.js";
import { type Known, newUpdate } from "./intake.js";
import { markWithdrawn } from "./commands/withdraw-update.js";
import { justConfirmed } from "./just-confirmed.js";
import { leavesItToThem } from "./on-behalf.js";
import { cardReply, oneLine } from "./render-update.js";
import { type DialogueState, setState, stampOf } from "./state.js";
import type { Reply, Services } from "./types.js";

/**
 * 代报 (round fifty-two): 「孙磊休假了 我替他报一下：…」 names one roster colleague, so the work is filed for them —
 * author the sender (who typed it, who confirms, fixes or withdraws it by its number), `reportedFor` the colleague,
 * the section the colleague's (their two sections asked as any report's; a section named that is theirs taken).
 * The card says 「代孙磊填报 · 科技特派员与乡村振兴」; once confirmed the colleague is told through the outbox
 * (the reminders' path), and the sender is told truly whether that message went.
 */
export async function fileForColleague(
  services: Services,
  input: Known,
  colleague: Known["person"],
  text: string,
) {
  return newUpdate(services, { ...input, forColleague: colleague }, text, "chat");
}

/**
 * After a 代报 is confirmed: the colleague is told who filed what for them and how to fix it. Returns the sentence
 * for the sender's reply — 「已通知孙磊」 only when the send went; a failed or impossible send said so.
 */
export async function tellColleague(services: Services, u: Update): Promise<string> {
  const by = findPerson(services.org, u.author)?.name ?? u.author;
  return sendToColleague(
    services,
    u,
    (text) =>
      `${by}替您填报了一条（${sectionName(services.org, u.section)}，${u.date}），已计入总结：\n> ${text}\n发「我的填报」可以看到（标「${by}代填」）；内容不对可以发「修改 ${u.seq} 正确内容」，不该报可以发「撤回 ${u.seq}」（改了、撤了我会告诉${by}）。`,
    "",
  );
}

/**
 * A confirmed 代报 withdrawn by its sender (round fifty-three): the colleague was told it was filed, so they are told
 * it was withdrawn, through the same outbox — the sender's reply says whether that went (never 「已通知」 when it failed).
 */
export async function tellColleagueWithdrawn(services: Services, u: Update): Promise<string> {
  const by = findPerson(services.org, u.author)?.name ?? u.author;
  return sendToColleague(
    services,
    u,
    (text) => `${by}把替您填的那条撤回了，不再计入总结：\n> ${text}\n如果这项工作还要报，请直接发给我。`,
    "这条撤回了",
  );
}

/**
 * A confirmed 代报 changed by its sender (lead55): the colleague was told what was filed, so they hear the new text —
 * the sender's reply says whether that went. The colleague's own change tells the filer instead (behalf-edit.ts).
 */
export async function tellColleagueEdited(services: Services, u: Update, personId: string): Promise<string> {
  if (u.author !== personId) return "";
  const by = findPerson(services.org, u.author)?.name ?? u.author;
  return sendToColleague(
    services,
    u,
    (text) => `${by}改了替您填的那条，现在计入总结的是：\n> ${text}\n内容不对可以直接告诉我，或请${by}再改。`,
    "这条改了",
  );
}

/** A 代报 the colleague was told was withdrawn, restored by its sender: the colleague told it counts again. */
export async function tellColleagueRestored(
  services: Services,
  u: Update,
  personId: string,
): Promise<string> {
  if (u.author !== personId) return "";
  const by = findPerson(services.org, u.author)?.name ?? u.author;
  return sendToColleague(
    services,
    u,
    (text) => `${by}把替您填的那条恢复了，重新计入总结：\n> ${text}`,
    "这条恢复了",
  );
}

async function sendToColleague(
  services: Services,
  u: Update,
  message: (text: string) => string,
  what: string,
) {
  if (!u.reportedFor) return "";
  const them = findPerson(services.org, u.reportedFor);
  const name = them?.name ?? u.reportedFor;
  const outbox = services.outbox;
  if (!them || !outbox) return `\n没有消息通道，没能通知${name}，请您当面告诉${name}${what}。`;
  const text =
    [...u.normalizedText].length > 60 ? `${[...u.normalizedText].slice(0, 60).join("")}…` : u.normalizedText;
  try {
    await outbox.sendToPerson(them.id, { text: message(text) });
    return `\n已通知${name}${what ? `：${what}` : ""}。`;
  } catch (e) {
    services.log.warn("behalf: notify failed", { to: them.id, error: String(e) });
    return `\n通知${name}的消息没有发出去，请您当面告诉${name}${what}。`;
  }
}

/** 「不是 是我自己的」「记我名下」「是我自己做的」: the work is the sender's own after all. */
export function ownWorkSaid(text: string): boolean {
  return /是?我自己(?:的|哩|嘞|做的|干的|搞的)|记(?:到|在|为)?我(?:的|名下)|我的填报|算我的/.test(
    toSimplified(text),
  );
}

/**
 * 「我的填报」 of the colleague: what others filed for them (`forMe`, from filedForMe), each marked 「李明代填」 — numbered by
 * its author, who withdraws it; the colleague may correct it by that number (dlg54, behalf-edit.ts); empty when there is none.
 */
export function reportedForMe(org: Org, personId: string, forMe: readonly Update[]): string {
  if (forMe.length === 0) return "";
  return `\n同事代您填的 ${forMe.length} 条（编号是代填人的；内容不对可以发「修改 编号 正确内容」，不该报可以发「撤回 编号」，改了、撤了我会告诉代填人）：\n${forMe
    .map((u) => oneLine(u, org, personId))
    .join("\n")}`;
}

/** What colleagues filed for the person (not withdrawn) in the span. */
export async function filedForMe(
  services: Pick<Services, "store">,
  personId: string,
  span: { from?: string; to?: string },
) {
  const all = await services.store.listUpdates(span);
  return all.filter((u) => u.reportedFor === personId && u.status !== "withdrawn");
}

/**
 * 「嗯 她那份也存上」「就这 替她存咧」「她让我代报的 数没错 入了」 to a 代报 draft's card: the colleague named by 她/他/替/代
 * beside a verb of keeping, neither denied nor asked — a yes to the card (blind writers, round 52: read as small talk).
 */
export function behalfKeepSaid(text: string): boolean {
  const t = text.trim();
  if (/[?？]|(?:吗|么|没有?|没得|不)$|[不别莫甭没](?:要|用)?(?:存|记|入|录)/.test(t)) return false;
  return /[她他替代]/.test(t) && /(?:存|记|入|录)(?:上|下|咧|了|起来|进去|吧|嘛)|(?:存|记|入|录)$/.test(t);
}

/** A yes to the 代报 draft's card said as behalfKeepSaid, not read as an answer by the rules. */
export async function behalfYes(services: Services, state: DialogueState, text: string, intent: Intent) {
  if (intent.kind === "answer" || state.mode !== "confirm" || !behalfKeepSaid(text)) return false;
  const u = await services.store.getUpdate(state.updateId);
  return Boolean(u?.reportedFor && u.status === "draft");
}

/**
 * What is said about whose a 代报 is, whatever intent it reads as: to its draft's card (or its section question)
 * 「不是 是我自己哩」「记我名下」 files it as the sender's own; 「算了 等他回来自己报」「让她自己报吧」 withdraws it
 * (restorable) — as it does to a 代报 just confirmed. `text` undefined: the 记为填报 button, own work said by it.
 */
export async function ownAfterAll(services: Services, input: Known, state: DialogueState, text?: string) {
  const { store } = services;
  const shown =
    state.mode === "confirm" || state.mode === "choose-section"
      ? await store.getUpdate(state.updateId)
      : undefined;
  if (shown?.reportedFor && shown.status === "draft") {
    if (text === undefined || ownWorkSaid(text)) return makeOwn(services, input, shown);
    if (leavesItToThem(text) || /^(?:那|哦|噢)?算了/.test(text)) return dropBehalf(services, input, shown);
    return undefined;
  }
  if (text === undefined || state.mode !== "idle" || !leavesItToThem(text)) return undefined;
  const last = await justConfirmed(services, input.person.id);
  return last?.reportedFor ? dropBehalf(services, input, last) : undefined;
}

async function dropBehalf(services: Services, input: Known, u: Update): Promise<Reply> {
  const gone = await markWithdrawn(services, u.id, input.person.id, input.messageId);
  await setState(services.store, input.person.id, { mode: "idle" }, stampOf(services, input));
  const name = findPerson(services.org, u.reportedFor!)?.name ?? u.reportedFor;
  // Told it was filed, the colleague is told it was withdrawn (tellColleagueWithdrawn).
  const told = u.status === "confirmed" ? await tellColleagueWithdrawn(services, gone) : "";
  return { text: `好的，代${name}的这条 #${u.seq} 撤回了，不计入总结（可发「恢复 ${u.seq}」恢复）。${told}` };
}

async function makeOwn(services: Services, input: Known, u: Update): Promise<Reply> {
  const { org, store } = services;
  const own = reportableSections(org, input.person).map((s) => s.id);
  const section = own.includes(u.section) ? u.section : own.length === 1 ? own[0]! : undefined;
  const at = services.clock.now().toISOString();
  const saved = await store.modifyUpdate(u.id, (x) => {
    const { reportedFor: _, ...rest } = x;
    return {
      ...rest,
      ...(section ? { section } : {}),
      updatedAt: at,
      history: [
        ...x.history,
        { at, by: input.person.id, action: "section-changed" as const, note: "不是代报，记为本人填报" },
      ],
    };
  });
  const stamp = stampOf(services, input);
  if (!section) {
    await setState(store, input.person.id, { mode: "choose-section", updateId: u.id, options: own }, stamp);
    return {
      text: `好的，#${u.seq} 记为您自己的填报。放哪个科室？回复序号或名称：${own.map((s, i) => `${i + 1}. ${sectionName(org, s)}`).join("  ")}`,
    };
  }
  await setState(store, input.person.id, { mode: "confirm", updateId: u.id }, stamp);
  return cardReply({
    title: `好的，#${saved.seq} 记为您自己的填报`,
    template: "blue",
    blocks: [`科室：${sectionName(org, saved.section)}。没有确认前不计入总结。`],
    buttons: [
      { label: "确认", command: `确认 ${saved.seq}`, style: "primary" },
      { label: "撤回", command: `撤回 ${saved.seq}`, style: "danger" },
    ],
  });
}

/**
 * A yes (确认、好的、是的) to 「这条是替小张报的吗？」 — asked now only when the one named is no single roster person, or
 * a section: nothing can be filed for them here, so nothing is stored; the card's own choices are offered again.
 */
export function forOtherYes(whom: string): Reply {
  return cardReply({
    title: `这条是${whom}的工作，没有记到您名下`,
    template: "orange",
    blocks: [
      `填报按各人负责的科室记，这条我没有保存。请${whom}自己发给我（可以把这条转给${whom}）。如果这也是您自己做的工作，点「记为我的填报」。`,
    ],
    buttons: [
      { label: "记为我的填报", command: "记为填报", style: "primary" },
      { label: "不用", command: "不用记" },
    ],
  });
}
