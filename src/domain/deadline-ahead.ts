import { BEFORE_AS_NAME } from "./clause-date.js";
import { DEADLINE } from "./clause-kind.js";
import { parseDate } from "./period.js";
import { holidayDeadlinePast, monthDeadlinePast } from "./year-part.js";

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
  return !/了|已|过(?!程)/.test(text.slice(m.index + m[0].length));
}
