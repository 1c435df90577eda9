import type { Org } from "../domain/org.js";
import { sectionScores } from "../domain/section-hints.js";
import type { SectionPart } from "../domain/split-by-section.js";
import { extractText } from "./extract-text.js";
import type { Services } from "./types.js";
import { FIGURE } from "./work-lexicon.js";

/**
 * dlg52 (d51-d09 left by dlg51): one message carrying the work of two of the sender's sections, the two pieces joined by a
 * word that turns to another matter (另外、还有、此外、再就是) or by the afternoon after the morning (上午… 下午…), where
 * the clause-by-clause cut (split-by-section.ts) found no clean cut: 「…签了切割工艺的技术转让合同 四十万 还有今年引进了一个
 * 材料学博士 安家费二十万」 from someone who reports for 成果转化 and 人才 was kept as one 人才 update, the 技术转让 in it.
 * Each piece is scored on its own: pieces pointing at two different sections of the sender's are two drafts; one piece
 * pointing at one of them and the other at no section at all (技术转让 is in no section's words) is two drafts when the
 * sender has exactly two sections — that piece goes to the other, and the reply says it was not named (unnamedLine).
 * Each piece must tell work with a count; otherwise undefined and the message is taken as before.
 */
const JOINER = /[\s，,；;。]+(?:另外|还有|此外|再就是|再一个|另一个是)[，,：:\s]*/u;
const AFTERNOON = /[\s，,；;。]+(?=(?:下午|后晌|晚上|中午)\S)/u;
const MORNING = /^(?:今天|今个|今儿)?(?:上午|早上|早晨|上半天)/u;

export interface JoinedParts {
  parts: SectionPart[];
  /** The index of the piece whose section was not named but taken as the sender's other one. */
  unnamed?: number;
}

export async function partsAtJoiner(
  services: Services,
  text: string,
  org: Org,
  options: readonly string[],
): Promise<JoinedParts | undefined> {
  if (options.length < 2) return undefined;
  const cut = JOINER.exec(text) ?? (MORNING.test(text.trim()) ? AFTERNOON.exec(text) : null);
  if (!cut) return undefined;
  const pieces = [text.slice(0, cut.index).trim(), text.slice(cut.index + cut[0].length).trim()];
  if (pieces.some((p) => (p.match(/\p{Script=Han}/gu)?.length ?? 0) < 8 || !FIGURE.test(p))) return undefined;
  const tops = pieces.map((p) => {
    const all = sectionScores(p, org);
    const own = all.filter((s) => options.includes(s.id));
    if (own.length === 0) return all.length === 0 ? null : undefined;
    return own[1] && own[1].score === own[0]!.score ? undefined : own[0]!.id;
  });
  let unnamed: number | undefined;
  if (tops.includes(undefined)) return undefined;
  if (tops[0] && tops[1]) {
    if (tops[0] === tops[1]) return undefined;
  } else if (options.length === 2 && (tops[0] || tops[1])) {
    unnamed = tops[0] ? 1 : 0;
    tops[unnamed] = options.find((o) => o !== tops[1 - unnamed!])!;
  } else return undefined;
  const parts: SectionPart[] = [];
  for (const [i, p] of pieces.entries()) {
    const ex = await extractText(services, p);
    parts.push({
      section: tops[i] as string,
      text: p,
      extraction: { ...ex, sectionHints: [tops[i] as string] },
    });
  }
  return { parts, unnamed };
}

/** Said after the split: the piece whose section was taken, not named, and how to move it. */
export function unnamedLine(seq: number, sectionName: string): string {
  return `#${seq} 没有说是哪个科室的工作，我先记在您的另一个科室「${sectionName}」；不对请发「科室 ${seq} 科室名」。`;
}
