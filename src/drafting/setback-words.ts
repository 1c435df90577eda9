import type { Rewrite } from "./whole-phrases.js";

/** A setback said with a count (domain/setback.ts) as a document writes it: 退回来了要补 → 被退回、需补充完善; 被否了 → 未获通过. */
export const SETBACK_PHRASES: Array<[RegExp, Rewrite]> = [
  // 材料退回来了（还）要补 → 材料被退回、需补充完善.
  [
    /被?退了?回来了?[，,、\s]*(?:还)?(?:要|得|需要?)补(?:充|正|交|齐)?(?:材料|资料)?(?:完善)?/gu,
    "被退回、需补充完善",
  ],
  // 被退了回来 / 退回来了 (alone) → 被退回.
  [/被?退了?回来了?/gu, "被退回"],
  // 被驳回了 → 被驳回; 被否了 → 未获通过.
  [/被驳回了/gu, "被驳回"],
  [/被否(?:决)?了/gu, "未获通过"],
  // 有3份要补材料 → 有3份需补充材料; 资料需要补充 → 资料需补充完善.
  [/(?:要|得|还得)补(?:充)?(材料|资料)/gu, (_m, what: string) => `需补充${what}`],
  [/需要补充(?!材料|资料|完善)/gu, "需补充完善"],
];
