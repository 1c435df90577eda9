import { findPerson, type Org, type Person } from "../domain/org.js";
import { AGAIN_WORDS } from "./nudge-records.js";

/**
 * Whom 「催报 …」 chases: everyone missing (no name), or the one colleague named (「催报 何婷」, which the
 * conversation makes of 「小何还没报 催一下」). A name not on the roster is said back, never chased as everyone.
 */
export type NudgeTarget =
  | { kind: "everyone" }
  | { kind: "person"; person: Person }
  | { kind: "unknown"; said: string };

export function nudgeTarget(args: string, org: Org): NudgeTarget {
  // 「再提醒」 (the button's own word) and the like say when, not whom.
  const again = new RegExp(`^(?:${AGAIN_WORDS})(?:提醒|催)?(?:一次|一下)?$`);
  const said = args
    .split(/[\s，,]+/)
    .filter((w) => w !== "" && !again.test(w))
    .join("");
  if (!said) return { kind: "everyone" };
  const person = findPerson(org, said);
  return person ? { kind: "person", person } : { kind: "unknown", said };
}
