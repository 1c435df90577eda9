import { chineseNumber, parseChineseNumber } from "./document-labels.js";
import type { DraftPart, DraftVersion } from "./draft-model.js";

/**
 * Reading which part a reviewer means: 「（二）」「(2)」「第二部分」「二」, a section's name,
 * or 开头 / 问题 / 计划. Returns the part key and the rest of the text (the instruction).
 */
const WORDS: Array<[RegExp, string]> = [
  [/^(开头|开篇|总述|导语|开头段)/u, "opening"],
  [/^(存在的问题|存在问题|问题和不足|问题)/u, "problems"],
  [/^(下一年工作计划|下半年工作计划|工作计划|计划)/u, "plan"],
];

export function resolvePart(v: DraftVersion, args: string): { part?: DraftPart; rest: string } {
  const text = args.trim();
  const sections = v.parts.filter((p) => p.kind === "section");
  const m = /^第?\s*[（(]?\s*([一二三四五六七八九十]+|\d{1,2})\s*[)）]?\s*(?:部分)?/u.exec(text);
  if (m?.[0] && m[1]) {
    const n = /^\d+$/.test(m[1]) ? Number(m[1]) : parseChineseNumber(m[1]);
    const part = n ? sections[n - 1] : undefined;
    return { part, rest: cleanRest(text.slice(m[0].length)) };
  }
  for (const [re, key] of WORDS) {
    const w = re.exec(text);
    if (w) return { part: v.parts.find((p) => p.key === key), rest: cleanRest(text.slice(w[0].length)) };
  }
  const byName = sections
    .filter((p) => p.sectionName && text.startsWith(p.sectionName))
    .sort((a, b) => (b.sectionName?.length ?? 0) - (a.sectionName?.length ?? 0))[0];
  if (byName) return { part: byName, rest: cleanRest(text.slice(byName.sectionName?.length ?? 0)) };
  return { rest: text };
}

function cleanRest(s: string): string {
  return s.replace(/^[\s:：,，、。]+/u, "").trim();
}

/** How a part is named to the reviewer and in button commands: （二）, 开头, 问题, 计划. */
export function partLabel(v: DraftVersion, part: DraftPart): string {
  if (part.kind === "section") {
    const n = v.parts.filter((p) => p.kind === "section").findIndex((p) => p.key === part.key) + 1;
    return `（${chineseNumber(n)}）`;
  }
  return part.kind === "opening" ? "开头" : part.kind === "problems" ? "问题" : "计划";
}
