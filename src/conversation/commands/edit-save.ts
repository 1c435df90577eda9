import { type Org, sectionName } from "../../domain/org.js";
import { extractedFields, type Update } from "../../domain/update.js";
import { extractText } from "../extract-text.js";
import { askSection, type Known } from "../intake.js";
import { sectionUnchosen } from "../section-unchosen.js";
import { type DialogueState, setState, stampOf } from "../state.js";
import type { Reply, Services } from "../types.js";

/** An edit saved; `confirmedNow` when the update was a draft, which saving the edit confirmed. */
export const editSavedText = (org: Org, u: Update, confirmedNow = false) =>
  `已保存修改${confirmedNow ? "并确认" : ""}（#${u.seq}，${sectionName(org, u.section)}）${confirmedNow ? `，将计入${u.date.slice(0, 4)}年工作总结` : ""}。修改前的内容保留在修改记录中，发送「查看 ${u.seq}」可以看到。`;

/**
 * A yes to the edit preview (确认修改, 对, 确认): the shown text saved, the old one kept in the history. A draft is
 * confirmed with it (the preview said so), unless its section is still to be chosen (asked first).
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
  const saved = await store.modifyUpdate(u.id, (x) => ({
    ...x,
    ...extractedFields(state.text, ex),
    status: unchosen ? x.status : "confirmed",
    updatedAt: at,
    history: [
      ...x.history,
      { at, by: person.id, action: "edited", previousText: x.originalText, messageId },
      ...(unchosen ? [] : [{ at, by: person.id, action: "confirmed" as const, messageId }]),
    ],
  }));
  if (unchosen)
    return askSection(
      services,
      input,
      saved,
      `已保存修改（#${saved.seq}）。这条还没有选科室：选好后再确认，确认前不计入总结。`,
    );
  await setState(store, person.id, { mode: "idle" }, stampOf(services, input));
  return [{ text: editSavedText(org, saved, u.status !== "confirmed") }];
}
