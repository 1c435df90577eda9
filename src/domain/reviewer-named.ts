import type { Person } from "./org.js";

/**
 * A colleague named the way a leader names another (round fifty-one, 「发给林局长看看」): the full name, the id, or the
 * surname with a title after it (林局长、林局、周书记、王主任) when only one person of the roster has that surname and is
 * a leader or in the office. Nobody is picked by a guess: two 林 leave 林局 unread.
 */
const TITLE = /^(.)(?:副局长|局长|副局|局|书记|主任|科长|部长)$/u;

export function personNamed(people: readonly Person[], said: string): Person | undefined {
  const q = said.trim();
  const exact = people.find((p) => p.id === q || p.name === q);
  if (exact) return exact;
  const surname = TITLE.exec(q)?.[1];
  if (!surname) return undefined;
  const hits = people.filter(
    (p) => p.name.startsWith(surname) && (p.role === "leader" || p.role === "admin"),
  );
  return hits.length === 1 ? hits[0] : undefined;
}

/** The words that may name a colleague in a message: each roster name, and each surname with a title after it. */
export function namingForms(names: readonly string[]): string {
  const full = names.filter((n) => n.length >= 2);
  const surnames = [...new Set(full.map((n) => n.slice(0, 1)))];
  return [...full, ...surnames.map((s) => `${s}(?:副局长|局长|副局|局|书记|主任|科长|部长)`)].join("|");
}
