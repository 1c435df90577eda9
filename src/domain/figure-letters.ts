/**
 * Letters or a tolerance sign next to a number make it no count of its own: 5G, G318, A-3 are codes; 「±20微米」
 * 「正负五毫米」 is the tolerance of the figure before it, not a second figure (round forty-four, fig44: i7-hetan).
 * An acronym in capitals before a count in Chinese numerals is what the count is of: 「KPI九项全部达标」
 * 「PPT二十页」 — read (fig44); 「G三」 (one letter) and letters before Arabic digits (5G, G318) stay codes.
 */
export function blockedByLetters(t: string, cs: number, ce: number, arabic: boolean): boolean {
  const prevChar = t[cs - 1] ?? "";
  const before = t.slice(Math.max(0, cs - 4), cs);
  if (/(?:±|\+\/-|正负)\s?$/.test(before)) return true;
  if (/[A-Za-z]/.test(t[ce] ?? "")) return true;
  if (prevChar === "-" && /[A-Za-z]/.test(t[cs - 2] ?? "")) return true;
  return (
    /[A-Za-z]/.test(prevChar) &&
    (arabic || !/(?<![A-Za-z])[A-Z]{2,5}$/.test(t.slice(Math.max(0, cs - 6), cs)))
  );
}
