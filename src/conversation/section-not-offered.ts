import { type Org, type Person, reportableSections } from "../domain/org.js";
import type { Intent } from "./intent-types.js";
import type { DialogueState } from "./state.js";

/** Longer text, or text with a figure, is no answer naming a section. */
const MAX_CHARS = 24;

/**
 * Lead53's console trial: 赵丽 (成果转化、人才), asked which of her sections a report goes to, answers 「不对 这个要放科普那边」
 * and was told 「我没看出这是不是工作情况」. A short reply to the section question that the rules left unclear (or talk),
 * naming exactly one roster section the question did not offer and none it did, is that section said — 科室 with it, whose
 * answer is that the roster decides who reports for it (the question stays; nothing stored or moved). Not for a 代报.
 */
export function notOfferedSection(
  intent: Intent,
  text: string,
  state: DialogueState,
  org: Org,
  person: Person,
): Intent {
  if (state.mode !== "choose-section" || (intent.kind !== "unclear" && intent.kind !== "smalltalk"))
    return intent;
  // A 代报's question offers the colleague's sections: 科室 would answer with the sender's own — left as read.
  const own = reportableSections(org, person).map((s) => s.id);
  if (!state.options.every((id) => own.includes(id))) return intent;
  if ([...text].length > MAX_CHARS || /[0-9０-９]/.test(text)) return intent;
  const says = (s: Org["sections"][number]) =>
    [s.name, ...s.aliases].find((w) => [...w].length >= 2 && text.includes(w));
  if (org.sections.some((s) => state.options.includes(s.id) && says(s))) return intent;
  const named = org.sections.filter((s) => !state.options.includes(s.id) && says(s));
  if (named.length !== 1) return intent;
  const word = says(named[0]!) as string;
  return { kind: "command", command: "科室", text: `科室 ${word}` };
}
