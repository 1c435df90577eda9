import type { Org } from "../domain/org.js";
import { FORWARDED_FROM } from "./not-own-work.js";

/**
 * 「转发 孙磊：今年稻虾共作新推了2800亩 带动农户一百四十户」 sent by someone with no section of their own (a leader):
 * a colleague of the roster passed on by name, reporting for one section — the update goes to that section, as the
 * colleague would have filed it, instead of asking whether to record it for some section. A name nobody on the roster
 * carries, or a colleague of several sections, leaves it to the usual question.
 */
export function forwardedColleagueSection(text: string, org: Org): string | undefined {
  const name = FORWARDED_FROM.exec(text.trim())?.[1];
  if (!name) return undefined;
  const named = org.people.filter((p) => p.name === name);
  return named.length === 1 && named[0]?.sections.length === 1 ? named[0].sections[0] : undefined;
}
