/**
 * A thing broken down or cut off (故障、损坏、坏了、趴窝、跳闸、停电、断网、修不好…). One list for piece-context.ts (a count
 * of such times is no work held: 停电12次、跳闸3次) and drafting/problem-measures.ts (repairing or renewing it right after
 * answers it) — they had near copies (review38). 断 only with what is cut off: 诊断、不断、判断 are no breakdown.
 */
export const BREAKDOWN =
  "故障|损坏|坏[了掉过]|趴窝|跳闸|停电|停水|停网|断电|断水|断网|断供|断流|中断|不能用|用不了|修不好";
