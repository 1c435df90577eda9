import { type Org, sectionName } from "../../domain/org.js";
import { extractedFields, type Update } from "../../domain/update.js";
import { tellFilerEdited } from "../behalf-edit.js";
import { tellColleague, tellColleagueEdited } from "../report-for-colleague.js";
import { unheld } from "../draft-hold.js";
import { extractText } from "../extract-text.js";
import { heldEditedReply, heldIn } from "../held-draft.js";
import { intentText } from "../intent-lexicon.js";
import { storeSaid } from "../just-confirmed.js";
import { askSection, type Known } from "../intake.js";
import { sectionUnchosen } from "../section-unchosen.js";
import { type DialogueState, setState, stampOf } from "../state.js";
import type { Reply, Services } from "../types.js";

/** The command 确认 typed alone (with its number or 一下), not 确认修改. */
const CONFIRM_TYPED = /^(?:确认|确定)(?:一下)?(?:#?\d+)?[。.!！]*$/;

/** An edit saved; `confirmedNow` when the update was a draft, which saving the edit confirmed. */
export const editSavedText = (org: Org, u: Update, confirmedNow = false) =>
  `已保存修改${confirmedNow ? "并确认" : ""}（#${u.seq}，${sectionName(org, u.section)}）${confirmedNow ? `，将计入${u.date.slice(0, 4)}年工作总结` : ""}。修改前的内容保留在修改记录中，发送「查看 ${u.seq}」可以看到。`;

/**
 * A yes to the edit preview (确认修改, 对, 确认): the shown text saved, the old one kept in the history. A draft is
 * confirmed with it (the preview said so), unless its section is still to be chosen (asked first) or the person held
 * it to check first (held-draft.ts: the edit saved, the draft kept) — unless the yes says in so many words to store it
 * (存吧、存起来、行 存上: review39b; before, the reply asked for the 「存吧」 just said).
 */
export async function saveShownEdit(
  services: Services,
  input: Known,
  u: Update,
  state: Extract<DialogueState, { mode: "confirm-edit" }>,
): Promise<Reply[]> {
  const { store, org } = services;
  const person = input.person;
  const at = services.clock.now().toISOString();
  const messageId = input.messageId;
  const ex = await extractText(services, state.text);
  // A draft whose section is still to be chosen keeps the edit and stays a draft: asked first.
  const unchosen = sectionUnchosen(u);
  // A draft the person held (「先别存 我再问问」) keeps the edit and stays a draft: the yes was to the change.
  // The preview of a held draft says 「核对好了再回复「确认」保存」: the word 确认 typed alone (not the button's 确认修改) is
  // that, as 「核过了 是26人」 then 「确认」 means (behalf53 p06, dlg54).
  const norm = intentText(input.text).norm;
  const held = heldIn(state, u) && !storeSaid(norm) && !CONFIRM_TYPED.test(norm);
  const stays = unchosen || held;
  // Held, the hold is kept on the draft (draft-hold.ts: 「先别存 是44家」 holds it from here on); stored, it ends.
  const saved = await store.modifyUpdate(u.id, (x) => ({
    ...(held ? { ...x, held: true } : stays ? x : unheld(x)),
    ...extractedFields(state.text, ex),
    status: stays ? x.status : "confirmed",
    updatedAt: at,
    history: [
      ...x.history,
      { at, by: person.id, action: "edited", previousText: x.originalText, messageId },
      ...(stays ? [] : [{ at, by: person.id, action: "confirmed" as const, messageId }]),
    ],
  }));
  if (unchosen)
    return askSection(
      services,
      input,
      saved,
      `已保存修改（#${saved.seq}）。这条还没有选科室：选好后再确认，确认前不计入总结。`,
    );
  if (held) {
    // Still held, and the card is no longer the last question: a bare 好的 is no yes, 确认 or 存吧 stores it.
    const still = { mode: "confirm" as const, updateId: u.id, held, aside: true };
    await setState(store, person.id, still, stampOf(services, input));
    return [heldEditedReply(saved)];
  }
  await setState(store, person.id, { mode: "idle" }, stampOf(services, input));
  // Whoever was told of a 代报 hears of its change: the filer when the colleague changed it, the colleague when the
  // filer did (or, a draft confirmed by this yes, that it was filed — as a confirm tells them).
  const told =
    (await tellFilerEdited(services, saved, person.id)) ||
    (u.status === "confirmed"
      ? await tellColleagueEdited(services, saved, person.id)
      : await tellColleague(services, saved));
  return [{ text: `${editSavedText(org, saved, u.status !== "confirmed")}${told}` }];
}
