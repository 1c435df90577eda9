/**
 * 「支部嘅」「支部的东西」「算安全检查」 to 「归哪个科室？」: a word that ends (or is) exactly one listed section's keyword (支部 of 党支部) and
 * names no other section — that section, as its alias would (section-answer.ts). Only when the name, the aliases and
 * the abbreviations found nothing; two characters at least.
 */
export function sectionByKeywordTail(
  bare: string,
  sections: ReadonlyArray<{ id: string; keywords?: readonly string[] }>,
): string | undefined {
  if ([...bare].length < 2) return undefined;
  // 「算安全检查」 (b91-d08): a whole keyword of one section names it too.
  const ends = sections.filter((s) => (s.keywords ?? []).some((k) => k.endsWith(bare)));
  return ends.length === 1 ? ends[0]!.id : undefined;
}
