/**
 * 「请问这周六要上班吗🙏」「下周再提醒我哈😄～」: a message without what trails it — spaces, emoji (with
 * their joiners and variation selectors) and closing marks — so its last word can be read (a question
 * particle, 了/吧). One helper for every reader that looks at how a message ends.
 */
const cache = new Map<string, RegExp>();

/** The closing marks most readers drop: full stop, exclamation, tilde (full and half width). */
export const CLOSING_MARKS = "。.!！～~";

/**
 * `text` without its trailing spaces, emoji and `marks` (each a character; default CLOSING_MARKS):
 * readers that also drop commas or question marks pass their own set.
 */
export function withoutTrailingMarks(text: string, marks: string = CLOSING_MARKS): string {
  let re = cache.get(marks);
  if (!re) {
    const set = [...marks].map((c) => c.replace(/[\\\]^-]/g, "\\$&")).join("");
    re = new RegExp(`(?:[\\s${set}]|\\p{Extended_Pictographic}|\\u200d|\\ufe0f)+$`, "u");
    cache.set(marks, re);
  }
  return text.replace(re, "");
}
