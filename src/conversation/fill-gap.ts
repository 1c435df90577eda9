import { gapPlaceholder } from "../domain/mark-gaps.js";

/** Where clauses meet in a stored text: a stop, a comma, or a space between words. */
const EDGE = /([，,；;。！？!?\n]|(?<=[\u4e00-\u9fff\d%])[ \t\u3000]+(?=[\u4e00-\u9fff]))/u;

/**
 * 「科普进校园那条 经费数据出来了 是三万二千元」 to an update saying 「具体经费数据还没出」: the figure that
 * was not known yet arrives. The one clause that said so becomes the figure with its noun
 * (「经费三万二千元」); undefined when the text has no such clause, or more than one (then which one
 * is asked, as before).
 */
export function fillGap(text: string, value: string): { text: string; gap: string } | undefined {
  const pieces = text.split(EDGE);
  const gaps = pieces.flatMap((p, i) => (i % 2 === 0 && gapPlaceholder(p.trim()) ? [i] : []));
  if (gaps.length !== 1) return undefined;
  const i = gaps[0]!;
  const clause = pieces[i]!.trim();
  const noun = gapPlaceholder(clause)!
    .split("×")[0]!
    .replace(/^(?:具体|这个|那个)+/u, "");
  if (noun === "") return undefined;
  pieces[i] = pieces[i]!.replace(clause, `${noun}${value}`);
  return { text: pieces.join(""), gap: clause };
}
