import { plainDialect } from "./dialect-words.js";

/**
 * 「今年县级科技计划3月31日截止 收到申报书八十三份」: the day named with 截止 closes a window others
 * send things in by; the count received so far, said next, is what the office has done. Read alone the
 * first piece is a date ahead (a plan) and the second has no kind of its own, so the sentence followed
 * the plan; read where the pieces are joined (sentence-clauses.ts), the window piece is done.
 */
const WINDOW_CLOSES =
  /(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号]|月底|月末|月中|(?:周|礼拜|星期)[一二三四五六日天]|(?:[上中下]旬|底|末)/;
const CLOSES_AT_END = /(?:就|才|便)?截止(?:了)?$/;
/** Something the piece itself sets to do: then it is a plan, whatever follows. */
const OWN_STEP = /要|将|需|须|得|请|务必|抓紧|计划(?:于|在)|准备|打算|争取/;
/** 收到 / 收了 / 接到 / 受理 / 报上来 + what + a count, or 已经有 + a count + 报名 / 申报. */
const RECEIVED =
  /^(?:目前|现在|眼下|到现在|截至目前|截至今天|一共|共|总共)?(?:已经|已|都)?(?:收到|收了|收上来|接到|受理|报上来|报来|交上来)了?[^\s，,。]{0,8}?[0-9一二两三四五六七八九十百千万几]+|^(?:目前|现在|眼下)?(?:已经|已)有[0-9一二两三四五六七八九十百千万几]+[^\s，,。]{0,4}(?:报名|申报|报了|交了)/;

export function windowWithCount(piece: string, next: string | undefined): boolean {
  if (!next) return false;
  const core = plainDialect(piece.replace(/[，,\s。]+$/, "").trim());
  if (!CLOSES_AT_END.test(core) || !WINDOW_CLOSES.test(core)) return false;
  const head = core.replace(CLOSES_AT_END, "");
  if (OWN_STEP.test(head.replace(/科技计划|项目计划|计划项目/g, ""))) return false;
  return RECEIVED.test(plainDialect(next.replace(/[，,\s。]+$/, "").trim()));
}
