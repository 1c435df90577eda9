import { trimEnd } from "./document-labels.js";
import type { DraftPart } from "./draft-model.js";
import { withoutCitedClauses, clausesNaming } from "./removal-reach.js";

/** A part's texts as one, a part with every text rewritten, and the opening following a removal (offline-instruction.ts). */

/** A part with `f` applied to every text; an item left with nothing goes. */
export function mapTexts(p: DraftPart, f: (t: string) => string): DraftPart {
  const items = p.items
    .map((i) => ({ ...i, title: trimEnd(f(i.title)), text: f(i.text) }))
    .filter((i) => i.text.replace(/[，。；、\s]/gu, "") !== "");
  return {
    ...p,
    items,
    paragraphs: p.paragraphs.map(f),
    ...(p.closing !== undefined ? { closing: f(p.closing) } : {}),
  };
}

/** Every text of a part, one per line. */
export function bodyOf(p: DraftPart): string {
  return [...p.paragraphs, ...p.items.flatMap((i) => [i.title, i.text]), p.closing ?? ""].join("\n");
}

/** The parts with the opening's quote of the removed figures taken out, and what was taken; undefined when none was. */
export function followOpening(
  parts: DraftPart[],
  changed: ReadonlySet<string>,
  phrase: string,
  gone: ReadonlySet<string>,
  editable: (p: DraftPart) => boolean,
): { parts: DraftPart[]; said: string } | undefined {
  const opening = parts.find((p) => p.kind === "opening" && !changed.has(p.key) && editable(p));
  if (!opening || gone.size === 0) return undefined;
  const after = mapTexts(opening, (t) => withoutCitedClauses(t, phrase, gone));
  if (bodyOf(after) === bodyOf(opening)) return undefined;
  const said = clausesNaming(bodyOf(opening), phrase)
    .filter((c) => !bodyOf(after).includes(c))
    .join("，");
  return { parts: parts.map((p) => (p === opening ? after : p)), said };
}
