import { type Org, sectionName } from "../domain/org.js";
import type { Update } from "../domain/update.js";

/** History note on "created" when the bot asked for the section (a replay asks again). */
export const ASK_SECTION_NOTE = "ask-section";

/**
 * A draft whose section the bot asked for and the person has not chosen yet: its `section` is
 * only the bot's suggestion, so it is never confirmed (or shown as filed) under it.
 */
export function sectionUnchosen(u: Update): boolean {
  return (
    u.status === "draft" &&
    u.history.some((h) => h.action === "created" && h.note === ASK_SECTION_NOTE) &&
    !u.history.some((h) => h.action === "section-changed")
  );
}

/** The section as shown to the person: 「科室待选」 while they have not chosen it. */
export function shownSection(org: Org, u: Update): string {
  return sectionUnchosen(u) ? "科室待选" : sectionName(org, u.section);
}
