/**
 * 「支部嘅」「支部的东西」「算安全检查」 to 「归哪个科室？」: a word that ends (or is) exactly one listed section's keyword (支部 of 党支部) and
 * names no other section — that section, as its alias would (section-answer.ts). Only when the name, the aliases and
 * the abbreviations found nothing; two characters at least. 机关/局里 before it is the bureau's own, dropped.
 */
export function sectionByKeywordTail(
  bare: string,
  sections: ReadonlyArray<{ id: string; keywords?: readonly string[] }>,
): string | undefined {
  // Round fifty: 「机关党支部这块」「局里的党建」: the bureau's own (机关、局里、单位) said before the keyword names nothing more.
  const word = bare.replace(/^(?:局机关|机关|局里|单位|本局|我们局|咱局)(?:的)?(?=[\u4e00-\u9fff]{2})/, "");
  if ([...word].length < 2) return undefined;
  // 「算安全检查」 (b91-d08): a whole keyword of one section names it too.
  const ends = sections.filter((s) => (s.keywords ?? []).some((k) => k.endsWith(word)));
  return ends.length === 1 ? ends[0]!.id : undefined;
}

/**
 * 「党风廉政」「众创空间孵化那些」「引专家那一块」「引才那摊子」 to 「归哪个科室？」: a short reply made only of pieces of one
 * section's words (keywords, aliases, name) — each piece a word, its first or last two characters or more, or a single
 * first character before another piece (引 of 引进 in 引专家; 引才 = 引进人才, first and last) — and of no other
 * section's. Two pieces at least (one is sectionByKeywordTail's); at most eight characters.
 */
export function sectionByKeywordParts(
  bare: string,
  sections: ReadonlyArray<{
    id: string;
    name: string;
    aliases: readonly string[];
    keywords?: readonly string[];
  }>,
): string | undefined {
  const chars = [...bare];
  if (chars.length < 2 || chars.length > 8) return undefined;
  const covering = sections.filter((s) => coveredBy(chars, [s.name, ...s.aliases, ...(s.keywords ?? [])]));
  return covering.length === 1 ? covering[0]!.id : undefined;
}

/** Whether chars split into two or more pieces of the words (see sectionByKeywordParts). */
function coveredBy(chars: readonly string[], words: readonly string[]): boolean {
  const whole = new Set<string>();
  const firsts = new Set<string>();
  const lasts = new Set<string>();
  for (const w of words) {
    const cs = [...w];
    if (cs.length < 2) continue;
    firsts.add(cs[0]!);
    lasts.add(cs[cs.length - 1]!);
    for (let n = 2; n <= cs.length; n++) {
      whole.add(cs.slice(0, n).join(""));
      whole.add(cs.slice(cs.length - n).join(""));
    }
  }
  // reach[i]: the pieces that end at i (0 none yet); single: the piece ending at i was a lone first character.
  const n = chars.length;
  const best: Array<{ pieces: number; single: boolean } | undefined> = [{ pieces: 0, single: false }];
  for (let i = 0; i < n; i++) {
    const at = best[i];
    if (!at) continue;
    const put = (end: number, single: boolean) => {
      const was = best[end];
      if (!was || was.pieces < at.pieces + 1) best[end] = { pieces: at.pieces + 1, single };
    };
    for (let j = i + 2; j <= n; j++) if (whole.has(chars.slice(i, j).join(""))) put(j, false);
    // A lone first character, always followed by another piece; a lone last character only right after one (引才).
    if (i + 1 < n && firsts.has(chars[i]!)) put(i + 1, true);
    if (at.single && lasts.has(chars[i]!)) put(i + 1, false);
  }
  const end = best[n];
  return end !== undefined && end.pieces >= 2 && !end.single;
}
