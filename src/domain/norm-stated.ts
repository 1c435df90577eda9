/**
 * A norm stated, not a plan: 「按要求每个季度要开一次联席会议」「按规定至少要配6个」「按省里的标准每千名老人
 * 要有40张养老床位」. Its 要 is what a rule asks for, so the piece is no plan of the office; what it is
 * said for is the shortfall after it (「今年到现在只开过一回」), so a norm frames the problem that
 * follows (piece-context.ts). The numbers in it are the standard's, never a figure of the work
 * (figure-blocked.ts). A norm is general — per unit (每), at least (至少、不少于), a ratio (一比十) —
 * so 「按要求开展自查」 (work done as required) and 「根据要求需要在年底前完成」 (a deadline) are no norm.
 */
const NORM =
  /(?:按|按照|依照|根据|依据)?[^，。；]{0,6}?(?:规定|标准|要求|政策|规范|文件|上级)[^，。；了已过]{0,12}?(?:每|至少|起码|不少于|不低于|不得低于|不能少于|一比[一二三四五六七八九十\d]|[\d]+[:：比][\d]+)[^，。；了已过]*?(?:要|应该?|须|必须|得|需要?|配|有|达到|不少于|不低于)/;

/** Whether a piece (no comma) states a norm, with nothing said done in it. */
export function statesNorm(piece: string): boolean {
  return NORM.test(piece) && !/了|已|过(?!程)/.test(piece);
}

/** Where norms stand in a text: from the norm to the end of its piece, numbers there are no figures. */
export function normSpans(t: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of t.matchAll(/[^，。；,;\n]+/g))
    if (statesNorm(m[0])) {
      const at = NORM.exec(m[0])?.index ?? 0;
      spans.push([m.index + at, m.index + m[0].length]);
    }
  return spans;
}
