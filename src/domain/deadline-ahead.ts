import { BEFORE_AS_NAME } from "./clause-date.js";
import { parseDate } from "./period.js";
import { holidayDeadlinePast, monthDeadlinePast } from "./year-part.js";

/** Deadlines: future unless the piece says the work is done (「端午前走访了9户」). */
export const DEADLINE =
  /年内|年底之?前|(?<![\d一二三四五六七八九十两几多]|[\d一二三四五六七八九十]年)年前|月底之?前|月末之?前|(?:春节|元旦|国庆|中秋|端午|清明|五一|冬至|重阳|腊八|除夕|开学|放假|入冬|入汛|汛前|汛期|上冻|封冻|换届|节)(?:之|以)?前(?!后)|(?:[\d一二三四五六七八九十]+月|(?:周|礼拜|星期)[一二三四五六日天])(?:[上中下]旬|初|底|末|中)?(?:[\d]{1,2}[日号])?(?:之?前)(?!夕)|(?:本|这)(?:周|个?月)内(?=[\u4e00-\u9fff])|(?:(?:本|这个?|下个?)月)?(?<![\d一二三四五六七八九十])(?:[\d]{1,2}|[一二三四五六七八九十]{1,3})[号日](?:之|以)?前/;

/**
 * A deadline still ahead on the day the words were said (「年底前完成3所…」 said on 1 December, 「6月底前
 * 完成高企申报辅导」 said on 12 June, 「国庆前把两个基地验收完」 said in September): what is to be done
 * by then, a plan or a target — never work done, whatever verb follows. A deadline already past
 * (holidayDeadlinePast, monthDeadlinePast) or said done after it (「6月底前完成了…」) is not ahead.
 * Read by the drafter too (offline-plan.ts), so a stored plan with a deadline stays a plan.
 */
export function deadlineAhead(text: string, today?: string): boolean {
  const m = DEADLINE.exec(text);
  if (!m || BEFORE_AS_NAME.test(text.slice(m.index + m[0].length))) return false;
  const day = today ? parseDate(today) : undefined;
  if (holidayDeadlinePast(text, day) || monthDeadlinePast(text, day)) return false;
  return !toldDoneBy(text.slice(m.index + m[0].length));
}

/**
 * 「年底前把任务书签了」「月底前把协议签了」: after a deadline, 把 + what + one bare verb + 了 closing the piece is how
 * northern speech gives the step to do by then — no sign of work done. A verb with a result or an extent after it
 * (「春节前把消防安全查了一遍」「年前把结题材料收齐了」) or 已 still tells it done.
 */
const BA_BARE_STEP =
  /^[^，。；已]{0,8}?把[^，。；了已都全也]{1,12}?[\u4e00-\u9fff](?<![齐完好光掉上下出到遍去来新成过])了$/;

/** What follows a deadline says the work is done by then (了、已、过), unless it is only the 把…了 step to do. */
export function toldDoneBy(after: string): boolean {
  return /了|已|过(?!程)/.test(after) && !BA_BARE_STEP.test(after.trim());
}
