/**
 * Two negatives that say every one is fine (docs/extraction.md, 第二十四轮): 「没得一家不合格的」「冇一个村唔达标的」
 * 「没有一家不整改的」 deny that even one is not so — all are; 「一家不漏」「一户冇漏」「一个都没落下」 deny that even
 * one was missed. Read for the clause's kind only, they are said as what they mean (都合格的、都达标的、全部到了),
 * so the negatives are no problem sign. The figures are read from the words as typed. 「没断人」「没离过人」 (never
 * without someone on duty) read likewise as someone always there.
 */
const M = "(?:个|家|户|所|处|人|名|条|位|间|栋|座|台|辆|项|件|起|例|只|头|张|本|份|场)";
/** None … not X: 没有/没得/冇/无 + one + (a noun) + 不/唔/没 + X. */
const NONE_NOT = new RegExp(
  `(?:没有?|没得|冇得?|无|莫得)一${M}?([\\u4e00-\\u9fff]{0,3}?)(?:都|也)?(?:不|唔|没有?|冇)(?=[\\u4e00-\\u9fff])`,
  "g",
);
/** Not one missed: (没有/冇) one + 不/没/冇/唔 + 漏/落/少/掉. */
const NONE_MISSED = new RegExp(
  `(?:没有?|没得|冇得?)?一${M}(?:都|也)?(?:不|唔|没有?|冇得?)(?:漏|落|少|掉|剩)(?:掉|下)?(?:的)?|(?:没有?|没得|冇得?)一${M}(?:漏|落|少|掉|剩)(?:掉|下)?`,
  "g",
);

/** 苏北/江淮 「不曾」, 赣/客 「唔曾」, written 「未曾」: not yet, 没有 (不曾来几个、还唔曾写完). */
const NOT_YET = /(?:不|唔|冇|未)曾/g;

/** 「值班没断人」「值班室没离过人」: never without someone there — someone always was (same length). */
const NEVER_EMPTY = /(?:没|冇)[断离](过)?人/g;

export function plainDoubleNegative(t: string): string {
  return t
    .replace(NOT_YET, "没有")
    .replace(NONE_MISSED, "全部到了")
    .replace(NONE_NOT, "$1都")
    .replace(NEVER_EMPTY, (_m, ever: string | undefined) => (ever ? "一直有人" : "全有人"));
}
