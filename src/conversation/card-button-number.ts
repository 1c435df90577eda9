import { foldWidth } from "../domain/normalize.js";
import type { Intent, IntentContext } from "./intent-types.js";

/**
 * The buttons of a draft's card in the order the console numbers them ([1 确认] [2 修改] [3 撤回]): a bare 「1」
 * typed to the card may mean its first button rather than an update's number.
 */
export const CARD_BUTTONS = ["确认", "修改", "撤回"] as const;

/** A bare number, typed alone or after 按/点/选 (按1、点2): the n-th button or the update numbered n. */
export function bareButtonNumber(core: string): number | undefined {
  const m = /^(?:按|点|选)?([1-9])(?:号)?$/.exec(foldWidth(core));
  return m ? Number(m[1]) : undefined;
}

/**
 * 「1」 to the card just shown, one draft waiting, one section reported for: button 1 is 确认, and as an update's
 * number it names either that draft or none waiting — one reading, the card's yes; 「2」 likewise its 修改 (below).
 * Where it could mean another draft, another button, or a section, the rules leave it (the engine asks:
 * ask-bare-number.ts).
 */
export function cardFirstButton(core: string, ctx: IntentContext): Intent | undefined {
  if (ctx.awaiting !== "confirm" || !ctx.justAsked || ctx.pendingDrafts !== 1 || ctx.sections.length > 1)
    return undefined;
  if (ctx.sectionWaiting || (ctx.pendingSeqs && ctx.pendingSeqs.length !== 1)) return undefined;
  const n = bareButtonNumber(core);
  if (n === 1) return { kind: "answer", answer: "yes" };
  // 「2」: the card's 修改 — where it names no draft (the one waiting is not #2), the draft is opened for editing:
  // the reply asks what to change, nothing is changed until the new words come (「取消」 leaves it), so a colleague
  // takes it at its word. 「3」 (撤回) would drop the draft: that stays asked (ask-bare-number.ts askCardButton).
  const seq = ctx.pendingSeqs?.[0];
  if (n === 2 && seq !== 2)
    return { kind: "command", command: "修改", text: seq === undefined ? "修改" : `修改 ${seq}` };
  return undefined;
}
