import type { Update } from "../domain/update.js";
import { CARD_BUTTONS } from "./card-button-number.js";
import type { Known } from "./intake.js";
import { cardReply, updateSubject } from "./render-update.js";
import { type DialogueState, setState, stampOf } from "./state.js";
import type { Reply, Services } from "./types.js";

/**
 * 「4」 typed to a draft's card that has three buttons, and no draft numbered 4 (trial40, as b86-036 met it): it was
 * answered as chat — 「收到，这条我没有记为填报。工作情况请直接发给我…」 — which reads as if the draft were dropped, and
 * the card stopped being the question, so the 「对」 after it asked 「要确认这条吗？」 again. It may be a button
 * mistyped or a figure meant for the card: neither is guessed. Said plainly that nothing was done and that the card
 * still waits, with how to fix a figure; the card is asked again (its state kept, held or not, stamped now), so the
 * next yes answers the card.
 */
export async function noSuchButton(
  services: Services,
  input: Known,
  state: Extract<DialogueState, { mode: "confirm" }>,
  u: Update,
  n: number,
): Promise<Reply> {
  await setState(services.store, input.person.id, { ...state, aside: undefined }, stampOf(services, input));
  // The example in the unit of the card's first figure (「改成4个」), none when it counts nothing.
  const unit = u.figures.find((f) => f.unit !== "")?.unit ?? "";
  const buttons = CARD_BUTTONS.map((b, i) => `${i + 1} ${b}`).join("、");
  return cardReply({
    title: `「${n}」是指什么？`,
    template: "orange",
    blocks: [
      `#${u.seq} ${[...u.normalizedText].slice(0, 30).join("")}${[...u.normalizedText].length > 30 ? "…" : ""}`,
      `卡片上的按钮是 ${buttons}，您也没有第 ${n} 条草稿，所以还没有做任何操作，#${u.seq} 仍在等您确认：没问题回复「对」保存；数不对直接说改成多少（如「改成${n}${unit}」）。`,
    ],
    buttons: CARD_BUTTONS.map((b) => ({
      label: `${b} #${u.seq}`,
      command: `${b} ${u.seq}`,
      subject: updateSubject(u),
      ...(b === "确认" ? { style: "primary" as const } : {}),
    })),
  });
}
