import { tellColleague } from "../report-for-colleague.js";
import { afterLead, pendingNoteFor } from "../pending-notes.js";
import { type Org, type Person, sectionName } from "../../domain/org.js";
import type { Update } from "../../domain/update.js";
import { REF_COMMAND } from "../correction-request.js";
import { correctionNotText, editAsk, editBase, showEdit } from "../edit-update.js";
import { kindMissing } from "../figure-kind-missing.js";
import { draftsForYes, unheld } from "../draft-hold.js";
import { heldIn } from "../held-draft.js";
import { alreadyStoredText, justConfirmed } from "../just-confirmed.js";
import { askIfElsewhere } from "../edit-words-elsewhere.js";
import { answerAlreadySaid } from "../edit-already-said.js";

export { editAsk };
import { askSection, chooseSection, nextUnchosen } from "../intake.js";
import { cardReply, updateSubject } from "../render-update.js";
import { doneBy } from "../replay-steps.js";
import { chooseFirstText, offerText, sectionToOffer } from "../section-offer.js";
import { sectionUnchosen, shownSection } from "../section-unchosen.js";
import { type DialogueState, getState, setState, stampOf } from "../state.js";
import type { Command, Incoming, Reply, Services } from "../types.js";
import { isSettle, settleDrafts } from "./settle-drafts.js";
import { editSavedText, saveShownEdit } from "./edit-save.js";
import { filedForNote } from "../behalf-edit.js";
import { resolveTarget } from "./resolve-target.js";
import { withdrawnText } from "./withdraw-restore.js";

export { editSavedText, withdrawnText };
type Known = Incoming & { person: Person };

/**
 * 确认 / 全部确认 / 修改 (撤回 / 恢复: withdraw-restore.ts; saving a shown edit: edit-save.ts). Rules that must stay true:
 * - a confirmed update's content changes only after the user confirms the new text, and the
 *   old text is kept in its history;
 * - a draft is never confirmed by guesswork: 「确认」 with several drafts waiting lists them;
 * - 撤回 marks, it never deletes: 「恢复 N」 brings a withdrawn update back; 撤回 while an
 *   edit is shown drops the edit, not the update;
 * - people act only on their own updates;
 * - every change records the message that made it (history `messageId`), so a replayed message
 *   reports what it already did instead of acting twice.
 */
export const confirmedText = (org: Org, u: Update) =>
  `已确认保存（#${u.seq}，${sectionName(org, u.section)}），将计入${u.date.slice(0, 4)}年工作总结。谢谢！`;

/** 确认 without a number, or a yes to the pending card: never a guess between several drafts. */
export async function confirmOpen(services: Services, input: Known, state: DialogueState): Promise<Reply[]> {
  const { store } = services;
  if ((state.mode === "confirm" || state.mode === "edit") && state.disputed) {
    const u = await store.getUpdate(state.updateId);
    if (u?.status === "draft") return [await stillUnchanged(services, input, state, u)];
  }
  if (state.mode === "confirm-edit" || state.mode === "choose-section") {
    const u = await store.getUpdate(state.updateId);
    if (u) return confirmUpdate(services, input, u, state);
  }
  const open = (await store.listUpdates({ author: input.person.id, status: "draft" })).sort(
    (a, b) => a.seq - b.seq,
  );
  // A draft still waiting for its section is asked about once the others are settled, so it is
  // no second candidate for 「确认」 (「这条确认后我再问您 #1 的科室」).
  // A held draft beside the card shown is no candidate either: the yes is to that card (draft-hold.ts).
  const shown = state.mode === "confirm" ? state.updateId : undefined;
  const ready = draftsForYes(
    open.filter((u) => !sectionUnchosen(u)),
    shown,
  );
  const drafts = ready.length > 0 ? ready : open;
  if (drafts.length === 1) return confirmUpdate(services, input, drafts[0]!, state);
  if (drafts.length > 1) return [await listDrafts(services, input, drafts)];
  if ("updateId" in state) {
    const u = await store.getUpdate(state.updateId);
    if (u?.status === "confirmed") return [{ text: `#${u.seq} 已经确认过了，无需重复确认。` }];
  }
  // 「存吧」「确认」 just after the person's update was confirmed, nothing waiting: stored already (just-confirmed.ts).
  const stored = state.mode === "idle" ? await justConfirmed(services, input.person.id) : undefined;
  if (stored) return [{ text: alreadyStoredText(services.org, stored) }];
  // 「确认」 after the pre-approval check confirms no staff update: say what the draft still needs.
  const note = await pendingNoteFor(services, input.person, state);
  if (note) return [afterLead("当前没有待确认的填报。", note)];
  return [{ text: "当前没有待确认的内容。" }];
}

/**
 * 「确认」 after the person said the draft is wrong and nothing was changed: said so once, with
 * 按原样确认 / 修改 / 撤回 — a second 确认 confirms it as it is.
 */
async function stillUnchanged(
  services: Services,
  input: Known,
  state: Extract<DialogueState, { mode: "confirm" | "edit" }>,
  u: Update,
): Promise<Reply> {
  const said = [...(state.disputed ?? "")].slice(0, 30).join("");
  await setState(
    services.store,
    input.person.id,
    { mode: "confirm", updateId: u.id },
    stampOf(services, input),
  );
  const subject = updateSubject(u);
  return cardReply({
    title: `#${u.seq} 还没有改，仍是原来的内容`,
    template: "orange",
    blocks: [
      `您刚才说「${said}」，这个改动没有改进去，#${u.seq} 还是原样（未计入总结）：\n> ${u.originalText}`,
    ],
    buttons: [
      { label: "按原样确认", command: `确认 ${u.seq}`, subject },
      { label: "修改", command: `修改 ${u.seq}`, subject, style: "primary" },
      { label: "撤回", command: `撤回 ${u.seq}`, subject, style: "danger" },
    ],
    note: "要改请点「修改」发改正后的内容，或直接说「1860万元改成1680万元」；原样没问题就再回复「确认」。",
  });
}

/** Several drafts wait: list them with a button each and 「全部确认」, and wait for the choice. */
export async function listDrafts(services: Services, input: Known, drafts: Update[]): Promise<Reply> {
  const seqs = drafts.map((u) => u.seq);
  await setState(services.store, input.person.id, { mode: "choose-draft", seqs }, stampOf(services, input));
  return draftList(services.org, drafts);
}

export function draftList(org: Org, drafts: Update[]): Reply {
  const lines = drafts.map((u) => {
    const text = [...u.normalizedText.replace(/\s+/g, " ")];
    return `#${u.seq}（${shownSection(org, u)}）${text.slice(0, 30).join("")}${text.length > 30 ? "…" : ""}`;
  });
  return cardReply({
    title: `您有 ${drafts.length} 条填报还没有确认，确认哪一条？`,
    template: "orange",
    blocks: [lines.join("\n")],
    buttons: [
      ...drafts.slice(0, 8).map((u) => ({
        label: `确认 #${u.seq}`,
        command: `确认 ${u.seq}`,
        subject: updateSubject(u),
      })),
      { label: "全部确认", command: "全部确认", style: "primary" as const },
    ],
    note: "回复编号确认其中一条，回复「全部确认」确认全部；不确认的草稿不会计入总结。",
  });
}

export async function confirmUpdate(
  services: Services,
  input: Known,
  u: Update,
  state: DialogueState,
): Promise<Reply[]> {
  const { store, org } = services;
  const person = input.person;
  const at = services.clock.now().toISOString();
  const messageId = input.messageId;
  if (state.mode === "choose-section" && state.updateId === u.id && u.status === "draft") {
    // A yes to the section named after the first yes: filed there, then confirmed (section-offer.ts).
    if (state.offered && state.options.includes(state.offered)) {
      await chooseSection(services, input, u.id, state.offered);
      const chosen = await store.getUpdate(u.id);
      if (chosen) return confirmUpdate(services, input, chosen, { mode: "confirm", updateId: u.id });
    }
    const offered = sectionToOffer(org, u, state.options);
    if (!offered) return [{ text: chooseFirstText(org, u, state.options) }];
    await setState(store, person.id, { ...state, offered }, stampOf(services, input));
    return [{ text: offerText(org, u, offered) }];
  }
  if (state.mode === "confirm-edit" && state.updateId === u.id)
    return saveShownEdit(services, input, u, state);
  if (u.status === "confirmed") return [{ text: `#${u.seq} 已经确认过了，无需重复确认。` }];
  if (u.status === "withdrawn") return [{ text: `#${u.seq} 已撤回；如需恢复请发送「恢复 ${u.seq}」。` }];
  // Never filed under a section the person did not choose: ask it first.
  if (sectionUnchosen(u)) return askSection(services, input, u, `#${u.seq} 还没有选科室，选好后再确认。`);
  const saved = await store.modifyUpdate(u.id, (x) => ({
    ...unheld(x),
    status: "confirmed",
    updatedAt: at,
    history: [...x.history, { at, by: person.id, action: "confirmed", messageId }],
  }));
  // 代报: the colleague told, and the sender told truly whether that went (report-for-colleague.ts).
  const told = await tellColleague(services, saved);
  const next = await nextUnchosen(services, person.id);
  if (next) return [{ text: confirmedText(org, saved) + told }, ...(await askSection(services, input, next))];
  if (("updateId" in state && state.updateId === u.id) || state.mode === "choose-draft")
    await setState(store, person.id, { mode: "idle" }, stampOf(services, input));
  return [{ text: confirmedText(org, saved) + told }];
}

/** 「确认 1 3」: each named update confirmed as 「确认 N」 would, the answers in one list. */
async function confirmSeveral(
  services: Services,
  input: Known,
  args: string,
  state: DialogueState,
): Promise<Reply[]> {
  const seqs = [...new Set([...args.matchAll(/\d{1,6}/g)].map((m) => Number(m[0])))];
  const out: Reply[] = [];
  for (const n of seqs) {
    const u = await services.store.findBySeq(input.person.id, n);
    if (!u) out.push({ text: `没有找到您的第 ${n} 条填报。` });
    else out.push(...(await confirmUpdate(services, input, u, n === seqs.at(-1) ? state : { mode: "idle" })));
  }
  const now = await getState(services.store, input.person.id);
  if (now.mode === "choose-draft")
    await setState(services.store, input.person.id, { mode: "idle" }, stampOf(services, input));
  const left = (await services.store.listUpdates({ author: input.person.id, status: "draft" })).map(
    (u) => `#${u.seq}`,
  );
  if (left.length > 0)
    out.push({ text: `${left.join("、")} 还没有确认（未计入总结），需要时发送「确认」。` });
  return out;
}

/** 全部确认: every draft of the person (the one still waiting for its section excepted). */
export async function confirmAll(services: Services, input: Known): Promise<Reply[]> {
  const { store, org } = services;
  const person = input.person;
  const state = await getState(store, person.id);
  const blocked = state.mode === "choose-section" ? state.updateId : undefined;
  // A replay finds the drafts this message already confirmed before it stopped.
  const before = input.messageId ? await doneBy(store, person.id, input.messageId) : [];
  const done = new Map(
    before.filter((s) => s.entry.action === "confirmed").map((s) => [s.update.id, s.update]),
  );
  const open = await store.listUpdates({ author: person.id, status: "draft" });
  // The draft the person just called wrong, unchanged: not confirmed with the rest (said below).
  const disputed = (state.mode === "confirm" || state.mode === "edit") && state.disputed ? state : undefined;
  const held = disputed ? open.find((u) => u.id === disputed.updateId) : undefined;
  // A draft whose section was never chosen waits for it (asked below), whatever 全部 says.
  const drafts = open.filter((u) => u.id !== blocked && u.id !== held?.id && !sectionUnchosen(u));
  const unchosen = open.filter((u) => u.id !== blocked && sectionUnchosen(u)).sort((a, b) => a.seq - b.seq);
  const at = services.clock.now().toISOString();
  let told = "";
  for (const u of drafts) {
    const saved = await store.modifyUpdate(u.id, (x) => ({
      ...unheld(x),
      status: "confirmed",
      updatedAt: at,
      history: [...x.history, { at, by: person.id, action: "confirmed", messageId: input.messageId }],
    }));
    done.set(saved.id, saved);
    told += await tellColleague(services, saved);
  }
  const askNext = !blocked && !held && unchosen[0] && state.mode !== "guided" && state.mode !== "edit";
  if (done.size === 0 && held && disputed) return [await stillUnchanged(services, input, disputed, held)];
  if (done.size === 0) {
    const waiting = blocked ? await store.getUpdate(blocked) : undefined;
    if (askNext)
      return askSection(services, input, unchosen[0]!, `#${unchosen[0]!.seq} 还没有选科室，选好后再确认。`);
    return [
      {
        text:
          waiting?.status === "draft"
            ? `#${waiting.seq} 还在等您选择科室，选好后再确认：回复序号或科室名称（或点上面卡片的按钮）。`
            : "当前没有待确认的草稿。",
      },
    ];
  }
  if (state.mode !== "choose-section" && state.mode !== "guided" && state.mode !== "edit")
    await setState(store, person.id, { mode: "idle" }, stampOf(services, input));
  const list = [...done.values()].sort((a, b) => a.seq - b.seq);
  const years = [...new Set(list.map((u) => u.date.slice(0, 4)))].join("、");
  const waiting = blocked
    ? `\n#${(await store.getUpdate(blocked))?.seq} 还在等您选择科室，选好后再确认。`
    : "";
  const said: Reply = {
    text: `已确认 ${list.length} 条：${list.map((u) => `#${u.seq}（${sectionName(org, u.section)}）`).join("、")}，将计入${years}年工作总结。${waiting}${told}`,
  };
  if (held && disputed) return [said, await stillUnchanged(services, input, disputed, held)];
  if (!askNext) return [said];
  return [
    said,
    ...(await askSection(services, input, unchosen[0]!, `#${unchosen[0]!.seq} 还没有选科室，选好后再确认。`)),
  ];
}

/** Several update numbers: 「1 3」「5、6两条」「5号和6号」「第5条跟第6条都」. */
const SEVERAL =
  /^\s*(?:第)?#?\d{1,6}(?:号|条)?(?:\s*(?:[\s,，、和跟与及]|还有)\s*(?:第)?#?\d{1,6}(?:号|条)?)+\s*(?:这|那)?(?:[两二三四五六七八九十](?:条|个))?\s*(?:都|也)?\s*$/;

const confirm: Command = {
  names: ["确认", "/confirm", "/ok"],
  help: "确认 [编号] — 确认刚才的填报（或指定编号；有几条草稿时我会列出来让您选；命令的字打错一个同音字也认，如确任、撤会、尽度）。也可以说：确认一下、没问题、对的、刚才那个草稿帮我确认一下、确任一下",
  async run(ctx) {
    const state = await getState(ctx.services.store, ctx.person.id);
    const known = { ...ctx.input, person: ctx.person };
    if (!ctx.args && !ctx.input.subject) return confirmOpen(ctx.services, known, state);
    // 「确认 1 撤回 2」「确认 1 2 留 3」: a plan over several drafts (draft-subset.ts).
    if (isSettle(ctx.args) && !ctx.input.subject)
      return settleDrafts(ctx.services, known, ctx.args, state, confirmSeveral, withdrawnText);
    // 「确认 1 3」: several at once (which-draft-answer.ts makes it of 「第一个和第三个」); typed 「确认5、6两条」
    // 「确认 5号和6号」, each number said is confirmed, the count after them counts those.
    const several = SEVERAL.test(ctx.args) && !ctx.input.subject;
    if (several) return confirmSeveral(ctx.services, known, ctx.args, state);
    const { update, error } = await resolveTarget(ctx, "确认");
    if (!update) return error!;
    // 「确认 N 原样」 (「第N条不改了 直接确认」 over N's edit preview, edit-dropped.ts): the edit dropped, never saved.
    const asIs = /原样$/.test(ctx.args) && state.mode === "confirm-edit" && state.updateId === update.id;
    if (asIs)
      await setState(ctx.services.store, ctx.person.id, { mode: "idle" }, stampOf(ctx.services, ctx.input));
    return confirmUpdate(ctx.services, known, update, asIs ? { mode: "idle" } : state);
  },
};

const confirmEvery: Command = {
  names: ["全部确认", "/confirmall"],
  help: "全部确认 — 确认所有还没确认的草稿（也可以说：都确认了吧、两条都没问题 一起确认）",
  run: (ctx) => confirmAll(ctx.services, { ...ctx.input, person: ctx.person }),
};

const edit: Command = {
  names: ["修改", "/edit"],
  help: "修改 编号 [新内容] — 修改一条填报（也可以说：改一下、更正、改成；「修改 3 1500改成1600」只改一处）",
  async run(ctx) {
    const { update, error } = await resolveTarget(ctx, "修改");
    if (!update) return error!;
    if (update.status === "withdrawn")
      return { text: `#${update.seq} 已撤回；请先「恢复 ${update.seq}」再修改。` };
    const inline = ctx.args.replace(/^#?\s*\d+\s*/, "").trim();
    const { store } = ctx.services;
    // 「第二条写错了 专家服务团是2次」 when only #3 has 专家服务团: which one is asked (not when picked on a card).
    const elsewhere = inline && !ctx.input.subject ? await askIfElsewhere(ctx, update, inline) : undefined;
    if (elsewhere) return elsewhere;
    // 「修改 1 写错了 应该是23人 不是21」: a correction said about #1, handed to the correction path
    // (the figure meant, or a question) — the complaint never becomes #1's text.
    const fix = ctx.commands.find((c) => c.names.includes(REF_COMMAND));
    if (fix && correctionNotText(editBase(update), inline))
      return fix.run({ ...ctx, args: `修改 #${update.seq} ${inline}` });
    // 「修改 2 宣传册1500份」 when #2 already says so: nothing to change — said, not appended a second time.
    const same = await answerAlreadySaid(ctx, update, inline);
    if (same) return same;
    // 「第3条人数改成46人」 when #3 has no count of people: said so, and the new text asked for.
    const missing = kindMissing(editBase(update), inline);
    if ([...inline].length >= 2 && !missing)
      return showEdit(ctx.services, ctx.input, ctx.person.id, update, inline);
    // A draft put off to check (「先别存」) stays held while its new text is asked for (held-draft.ts).
    const held = heldIn(await getState(store, ctx.person.id), update);
    await setState(
      store,
      ctx.person.id,
      { mode: "edit", updateId: update.id, ...(held ? { held } : {}) },
      stampOf(ctx.services, ctx.input),
    );
    const ask = editAsk(update);
    ask.text += filedForNote(ctx.services, update, ctx.person.id);
    return missing
      ? {
          text: `#${update.seq} 里没有${missing.what}这个数，不知道「${missing.value}」该改哪里，没有改动。\n${ask.text}`,
        }
      : ask;
  },
};

export const confirmCommands: Command[] = [confirm, confirmEvery, edit];
