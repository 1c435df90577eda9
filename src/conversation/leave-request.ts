import { resolveDaySpan } from "../domain/resolve-dates.js";
import { withoutTrailingMarks } from "./trailing-marks.js";

/**
 * 「周四周五请两天假 家里老人住院」「下周一到周三请个年假🙏」「从下周二开始请三天假」「後天請假一天」:
 * leave asked for in so many words (请假、请个事假、休年假) with days that can be worked out — in words
 * or written — is the 请假 command on those days, done, not asked about: nothing is missing. The
 * command reads the days on the message's date and says which it registered (reversible: 取消请假).
 *
 * Still asked (the caller's 「不在单位」 question, not-own-work.ts): an absence said without a leave
 * word (下周去市里培训三天), days that cannot be worked out (这几天、月底、元旦前后), part of a day
 * (明天上午请假半天 — the reminders know whole days), a question about leave (请假了还要报吗), and
 * someone else's leave or the leave system (老张请假、请假制度修订了).
 */
const LEAVE_SAID =
  /(?:请|休)(?:个|一下)?(?:[一两二三四五六七八九十\d几]{1,2}天|一礼拜|一周)?(?:的)?(?:事|病|年|婚|产|陪产|探亲|丧|公休|年休)?假|年休假|年假|事假|病假|婚假|产假|丧假/;
/** Part of a day: the leave command registers whole days. */
const PART_OF_DAY = /半天|上午|下午|中午|早上|晚上|[\d一两三四五六七八九十]\s*(?:点|個?小时)/;
/** How long left open (请几天假、休一阵; not 这几天 said of days named): the days are asked, not guessed. */
const HOW_LONG_UNSAID = /(?<![这那])几天|(?<![这那])几日|一阵|一段时间|(?<![这那])些天/;
/** The leave system or someone else's leave, not the sender's request. */
const NOT_OWN =
  /请假(?:条|单|制度|审批|系统|手续|流程|记录|情况|的人)|(?:老|小)[\u4e00-\u9fff](?:又|也|老)?请|同志|志愿者|党员|同事|有个|有人|个别|他们|[他她]|大家|职工|员工|群众|学生|老师/;
/** A question about leave, not leave asked for: 请假了还要报吗、能请假不、要不要请假. */
const ASKED = /[吗么嘛?？]$|要不要|用不用|还要|还得|能不能|可不可以|能请|可以请|[能可]不|怎么|咋/;
/** Days written as dates (12月3号、12.14-12.16、8号到10号): definite whatever the day they are read on. */
const WRITTEN = /\d{1,2}\s*[月.\-/]\s*\d{1,2}|\d{1,2}\s*[号日]\s*(?:至|到|-|~|～|—)\s*\d{1,2}\s*[号日]/;
/** A reference day from which every day said lies ahead: used only to tell definite days from vague ones. */
const AHEAD = { year: 2001, month: 1, day: 1 }; // a Monday

/** The message, as the 请假 command's arguments, when it asks for leave on days that can be worked out. */
export function leaveRequest(norm: string, core: string): string | undefined {
  if ([...core].length > 36 || !LEAVE_SAID.test(norm)) return undefined;
  if (PART_OF_DAY.test(norm) || NOT_OWN.test(norm) || HOW_LONG_UNSAID.test(norm)) return undefined;
  const last = withoutTrailingMarks(norm);
  if (ASKED.test(last)) return undefined;
  const written = WRITTEN.test(norm);
  const span = written ? undefined : resolveDaySpan(norm, AHEAD);
  if (!written && (!span || "vague" in span)) return undefined;
  // The days as said, without polite padding or the thanks after: the command reads them.
  return norm
    .replace(/^(?:麻烦|帮我|请帮我|帮忙|劳驾|你好|您好)+[\s，,]*(?:登记|记)?(?:一下|下)?[\s，,]*/, "")
    .replace(/[\s，,]*(?:谢谢|多谢|辛苦了?|麻烦了)[\s。.!！～~]*$/, "")
    .trim();
}

/**
 * 「月底想请几天假」「过几天请个假」: leave asked for on days not yet worked out — the 「不在单位」
 * question, which asks which days (not a question to answer, not small talk).
 */
export function leaveSaidVaguely(norm: string, core: string): boolean {
  if ([...core].length > 36 || !LEAVE_SAID.test(norm) || NOT_OWN.test(norm)) return false;
  const last = withoutTrailingMarks(norm);
  return !ASKED.test(last) && leaveRequest(norm, core) === undefined;
}
