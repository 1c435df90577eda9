/**
 * The week a leader's 进度 asks about, as the command takes it: 上周 (上礼拜、上一周、上个星期), 上上周
 * (上上个礼拜), or this week (nothing). 「上上周」 is never 上周.
 */
const LAST_WEEK = /上一?个?(?:周|礼拜|星期)/;
const WEEK_BEFORE_LAST = /上上个?(?:周|礼拜|星期)/;

export function progressWeek(norm: string): string {
  return WEEK_BEFORE_LAST.test(norm) ? "上上周" : LAST_WEEK.test(norm) ? "上周" : "";
}
