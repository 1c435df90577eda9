import { PEOPLE, PEOPLE_VERB } from "../drafting/spoken-leftovers.js";

/**
 * draft49: people counted by 个 after a verb of bringing them in (引进了三个硕士, 引进了3个林学硕士): the draft writes
 * 引进硕士3人 (spoken-leftovers.ts), so the card reads the same — what they are after the verb, the count in 人. Only a
 * label that ends in such a verb, a count in 个 and people named after it; anything else is left to the card's rules.
 */
const VERB_END = new RegExp(`(?:${PEOPLE_VERB})$`, "u");
const WHO = new RegExp(`^[\\u4e00-\\u9fff]{0,4}?(?:${PEOPLE})$`, "u");

export function peopleAfterVerb(
  label: string,
  raw: string,
  counted: string | undefined,
): { label: string; raw: string } | undefined {
  const n = /^((?:约|近|共)?[\d.]+(?:多|余)?)个$/u.exec(raw);
  if (!n || !counted || !VERB_END.test(label) || !WHO.test(counted)) return undefined;
  return { label: `${label}${counted}`, raw: `${n[1]}人` };
}
