import { findPerson, isLeader, type Org, type Person } from "../domain/org.js";
import { surnameOf } from "./person-said.js";

/**
 * A colleague named the way a leader names another (round fifty-one, 「发给林局长看看」): the full name, the id, or the
 * surname with a title after it (林局长、林局、周书记、王主任) when only one leader or office member has that surname.
 * Nobody is picked by a guess: two 林 leave 林局 unread. Surnames as person-said.ts reads them (欧阳 is one).
 */
const TITLES = "(?:副局长|局长|副局|局|书记|主任|科长|部长)";
const TITLED = new RegExp(`^(.{1,2}?)${TITLES}$`, "u");

export function personNamed(org: Org, said: string): Person | undefined {
  const q = said.trim();
  const exact = findPerson(org, q);
  if (exact) return exact;
  const surname = TITLED.exec(q)?.[1];
  if (!surname) return undefined;
  const hits = org.people.filter((p) => isLeader(p) && surnameOf(p.name) === surname);
  return hits.length === 1 ? hits[0] : undefined;
}

/** The words that may name a colleague in a message: each roster name, and each surname with a title after it. */
export function namingForms(names: readonly string[]): string {
  const full = names.filter((n) => n.length >= 2);
  const surnames = [...new Set(full.map(surnameOf))];
  return [...full, ...surnames.map((s) => `${s}${TITLES}`)].join("|");
}
