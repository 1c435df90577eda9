import { sectionName } from "../domain/org.js";
import { toSimplified } from "../domain/normalize.js";
import type { Known } from "./intake.js";
import { numberOf } from "./intent-lexicon.js";
import { type DialogueState, setState, stampOf } from "./state.js";
import type { Reply, Services } from "./types.js";

/**
 * A bare number past the sections listed (hold40; b85-030 「3」 when asked which of two sections, b86-036 「4」): no
 * section has that number, and a draft of that number is no answer to 「属于哪个科室？」. Nothing is guessed — neither a
 * section nor an update of that number confirmed. Said in one line which choices there are, and the question kept open
 * (state kept, stamped now), as no-such-button.ts does for a number past a card's three buttons.
 */
const BARE_NUMBER =
  /^\s*(?:#|＃|第)?\s*([0-9０-９]{1,4}|[一二两三四五六七八九十]{1,3})\s*(?:条|号)?\s*[。.!！]?\s*$/;

/** The number said alone, when it is none of `count` options (1…count); undefined otherwise. */
export function pastOptions(text: string, count: number): number | undefined {
  const m = BARE_NUMBER.exec(toSimplified(text));
  const digits = m?.[1]?.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const n = digits !== undefined && /^0+$/.test(digits) ? 0 : numberOf(digits);
  return n !== undefined && (n < 1 || n > count) ? n : undefined;
}

/** The one-line answer to a number past the sections asked, or undefined when the text is no such number. */
export async function sectionPastOptions(
  services: Services,
  input: Known,
  state: DialogueState,
  text: string,
): Promise<Reply | undefined> {
  if (state.mode !== "choose-section" || state.options.length === 0) return undefined;
  const n = pastOptions(text, state.options.length);
  if (n === undefined) return undefined;
  const u = await services.store.getUpdate(state.updateId);
  if (u?.status !== "draft") return undefined;
  await setState(services.store, input.person.id, { ...state }, stampOf(services, input));
  const choices = state.options.map((id, i) => `${i + 1}（${sectionName(services.org, id)}）`);
  const or = choices.length === 1 ? choices[0] : `${choices.slice(0, -1).join("、")}或 ${choices.at(-1)}`;
  return {
    text: `「${n}」不在选项里：#${u.seq} 的科室只能回 ${or}，也可以直接回科室名称；还没有做任何操作，#${u.seq} 仍是草稿，选好科室后再确认。`,
  };
}
