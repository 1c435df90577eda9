/**
 * 「把那条直播培训的删了」「这条小米的不要了」: 那条/这条 first, the words after it, 的, then the withdrawal (round forty-six, lead).
 */
const CONTENT_AFTER_REF =
  /(?:那|这)(?:一)?条([\u4e00-\u9fffa-z0-9]{2,14}?)的(?=(?:也|就|先|给我|帮我)?(?:删|撤|不要|不算|作废|去掉))/;

/** The words 「那条X的删了」 names (X), where it stands; none when X is a pronoun or a request. */
export function contentAfterRef(norm: string): { words: string; at: number; len: number } | undefined {
  const m = CONTENT_AFTER_REF.exec(norm);
  if (!m || /[看瞅瞧查改弄帮给你我他她]/.test(m[1]!)) return undefined;
  return { words: m[1]!, at: m.index, len: m[0].length };
}
