/**
 * 「资金到位了200万，按照省里的要求，年底前建成」「…到位了二百八十万 按照县水〔2026〕9号的要求 六月底前维修管网」:
 * what a step is done by (按照、根据、依据 + 要求、部署、文件…) leads into the clause after it, so when the kind turns
 * right after it, it goes with that clause, not the one before (round thirty-eight, fig38).
 */
const GUIDED_TAIL =
  /[，,\s]((?:按照|根据|依据|遵照|对照)[^，。；,\s]{1,20}(?:要求|部署|安排|规定|精神|文件|通知|标准)[，,\s]*)$/;

export function moveGuidedBy(out: { text: string; kind: string }[]): void {
  for (let j = 0; j + 1 < out.length; j++) {
    const cur = out[j]!;
    const next = out[j + 1]!;
    const m = GUIDED_TAIL.exec(cur.text);
    if (!m || cur.kind === next.kind) continue;
    cur.text = cur.text.slice(0, m.index + 1);
    next.text = (m[1] ?? "") + next.text;
  }
}
