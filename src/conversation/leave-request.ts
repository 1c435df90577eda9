import { CALLED_SOUTHERN } from "./colleague-called.js";
import { resolveDaySpan } from "../domain/resolve-dates.js";
import { withoutTrailingMarks } from "./trailing-marks.js";
import { hasFigure } from "./leader-part.js";
import { WORK_VERB } from "./work-lexicon.js";
import { PAST_ABSENCE } from "./not-own-work.js";

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
  /请(?:个)?(?:半天|半日|[一两二三四五六七八九十\d]{1,2}(?:天|日))|请(?:了)?(?:个|一个)?(?:[一两二三四五六七八九十\d]{1,2}|半)?(?:个)?(?:天|日)假|告(?:个|[一两三\d]天)?假|放我(?:个|[一两三\d]天)?假|(?:请|休)(?:了|过|好)?(?:个|一下)?(?:[一两二三四五六七八九十\d几]{1,2}天|一礼拜|一周)?(?:的)?(?:事|病|年|婚|产|陪产|探亲|丧|公休|年休)?假|年休假|年假|事假|病假|婚假|产假|丧假/;
/**
 * 「下礼拜三四我调休」「下周四周五我轮休」「明后天我补休」: a day off in lieu, one's own — the same absence
 * as leave (a question, 「周日调休不」, is asked of the calendar: workday-asked.ts).
 */
const DAY_OFF =
  /(?<![没不别甭])(?:调休|轮休|补休|倒休|(?<!早点|早些|好好|注意|多|早)休息(?!一下|会|下|室|日|得|好|不)|(?:休|歇)(?:个)?(?:[一两二三四五六七八九十\d]{1,2}|半)(?:个)?(?:天|日))/;
/**
 * 「娃儿病了明天去不了」「我明天上不了班」「这礼拜四来不了单位了」「听日返唔到工」: not coming to work on a
 * day — not 去不了城关村 (a place: one's errand, not one's absence).
 */
const CANT_COME =
  /(?:去|来|到)不(?:了|成)(?:单位|班)?(?:了|啦|咯|哈|哦)*(?=$|[，,。！!～~\s])|上不(?:了|成)班|(?:返|番)(?:唔|不)到工|(?:不|没法)(?:能)?(?:去|来)(?:单位|上班)|(?:我|俺|本人|都)?不来(?:单位|局里)?了(?=$|[，,。！!～~\s])|不上班/;
/**
 * 「下礼拜整周都在党校学习 别催我报了哈」: away on days that can be worked out, and no reminder asked for
 * on them — the 请假 command is that pause (the days of this week are 下周提醒, everyday-command.ts).
 */
// 「别撵我报了」「甭找我交」「莫喊我」「汝无用催我」: not to be chased — any verb of chasing with me as its object.
const NO_REMINDER =
  /(?:别|莫|覅|嫑|不要|不用|甭|无用|勿)(?:再)?(?:催|提醒|(?:[撵喊叫找烦逼追]|[\u4e00-\u9fff][撵喊叫找烦逼追催])(?:我|俺|额|阮)(?:报|填|交)?(?:了|啦|哈|咯|嘞|咧|喽|哒)?(?=$|[，,。\s!！~～]))/;
const THIS_WEEK = /(?:这|本)(?:个)?(?:周|星期|礼拜)(?![一二三四五六日天1-7])/;
/**
 * Permission asked at the end of leave stated (「明天请一天假哈 可以不」「后天想请个事假 行不」): the request
 * itself, politely — not a question about leave.
 */
const PERMISSION_TAIL =
  /[\s，,]*(?:可以|行|中|成|好|ok|OK)(?:不|吗|么|嘛|伐|冇)?(?:可以|行|中|成)?[?？。!！～~]*$|[\s，,]*(?:麻烦)?(?:批一下|批下|准一下)(?:吧|哈)?[?？。!！～~]*$/;
/** A past absence of today (「上午请假去医院了」「下午请了假」): told, not asked for. */
const LEAVE_DONE = /请了|假了|休了|请假[^，,。\s]{0,8}了/;
/** Half a day or part of one said: the leave is that day (today, when no day is said). */
const PART_OF_DAY = /半天|上午|下午|中午|早上|晚上|下晡|上晡/;
/** How long left open (请几天假、休一阵; not 这几天 said of days named): the days are asked, not guessed. */
const HOW_LONG_UNSAID = /(?<![这那])几天|(?<![这那])几日|一阵|一段时间|(?<![这那])些天/;
/**
 * The leave system or someone else's leave, not the sender's request: 「老张明天请假」「小王这周休年假去了」
 * (someone named 老X/小X, or 阿X/阿X仔 as the south calls a colleague, before the leave, no 我 between; not 老母亲、小孩、
 * 阿嬷). A count of people beside the leave
 * word (「到场党员23名 请假2个」「到会21人 请假3人」「有2人请假」) is a meeting's attendance: others' absence,
 * reported — not 请假2个小时、请假3个工作日 (how long).
 */
const NOT_OWN_THING =
  /请假(?:条|单|制度|审批|系统|手续|流程|记录|情况)|(?:请假|休假|调休|轮休|休息)的(?:人|同志|同事)|(?:请假|缺席|因事|因病)(?:了|的有|的)?\s*(?:[一两二三四五六七八九十\d]{1,3}|几)\s*(?:个|人|名|位)(?![小钟天日月礼星周工半])|(?:[一两二三四五六七八九十\d]{1,3}|几)\s*(?:个|人|名|位)(?:同志)?\s*(?:请假|请了假|缺席)/;
/**
 * Someone else before the leave word, in its clause (小王明天请假、有几个同志老请假): their leave. A person
 * in the reason after it (陪她去医院、家里有个亲戚结婚、孩子他爸出差了) or in another clause (孩子老师叫去学校)
 * leaves the leave the sender's; so does one cared for or gone with (陪他、照顾她).
 */
const NOT_OWN = new RegExp(
  `(?:(?:老|小)(?![母父人家婆公爷太妈爸伴孩儿朋时区组])[\\u4e00-\\u9fff]|${CALLED_SOUTHERN})[^，,。！!？?\\s我]{0,6}?(?:又|也|老)?(?:请|休|调休|轮休)|同志|志愿者|党员|同事|有个|有人|个别|他们|[他她]|大家|职工|员工|群众|学生|老师|全局|人员`,
);
/** A question about leave, not leave asked for: 请假了还要报吗、能请假不、要不要请假. */
const ASKED = /[吗么嘛?？]$|要不要|用不用|还要|还得|能不能|可不可以|能请|可以请|[能可]不|怎么|咋/;
/** Days written as dates (12月3号、12.14-12.16、8号到10号): definite whatever the day they are read on. */
const WRITTEN = /\d{1,2}\s*[月.\-/]\s*\d{1,2}|\d{1,2}\s*[号日]\s*(?:至|到|-|~|～|—)\s*\d{1,2}\s*[号日]/;
/** A reference day from which every day said lies ahead: used only to tell definite days from vague ones. */
const AHEAD = { year: 2001, month: 1, day: 1 }; // a Monday

/** The message, as the 请假 command's arguments, when it asks for leave on days that can be worked out. */
export function leaveRequest(norm: string, core: string): string | undefined {
  if ([...core].length > MAX_CHARS || !leaveSaid(norm)) return undefined;
  // 「前天请了一天假 今天才回来」: an absence already over, told.
  if (notOwn(norm) || HOW_LONG_UNSAID.test(norm) || PAST_ABSENCE.test(norm)) return undefined;
  const last = withoutTrailingMarks(norm).replace(PERMISSION_TAIL, "");
  if (ASKED.test(last)) return undefined;
  // 「今天完成全局年休假统计，名单11人已报」「上午请假去医院了 下午…录入企业数据23条」: work reported.
  // A figure in the reason (家里2个娃没人带、大概要3个小时) is no work: only with a verb of work beside it.
  const counted = norm.replace(WRITTEN_ALL, "").replace(DAYS_LONG, "").replace(HOURS_LONG, "");
  if (hasFigure(counted) && WORK_VERB.test(counted.replace(LEAVE_WORK_WORDS, ""))) return undefined;
  // 「这周都在外面跑 别催了」: this week's pause is 下周提醒, not leave.
  if (!LEAVE_SAID.test(norm) && !DAY_OFF.test(norm) && !CANT_COME.test(norm) && THIS_WEEK.test(norm))
    return undefined;
  const written = WRITTEN.test(norm);
  const span = written ? undefined : resolveDaySpan(norm, AHEAD);
  // 「下午请半天假去医院」: part of a day with no day said is today's.
  const today = !written && !span && (PART_OF_DAY.test(norm) || HOURS.test(norm));
  if (today && LEAVE_DONE.test(norm)) return undefined;
  if (!written && !today && (!span || "vague" in span)) return undefined;
  // The days as said, without polite padding or the thanks after: the command reads them. 「请一天事假
  // 材料下周一回来补」: what follows the leave's clause (the day back, what is done then) is no day of it.
  return (
    (today ? "今天 " : "") +
    leaveClauses(norm)
      .replace(/^(?:麻烦|帮我|请帮我|帮忙|劳驾|你好|您好)+[\s，,]*(?:登记|记)?(?:一下|下)?[\s，,]*/, "")
      .replace(/[\s，,]*(?:谢谢|多谢|辛苦了?|麻烦了)[\s。.!！～~]*$/, "")
      .trim()
  );
}

/**
 * 「这周都在外面跑 别催了哈」「这礼拜在党校 莫催」: no reminder asked for this week — 下周提醒 (the week's
 * pause), whatever keeps one away; not a question, not work reported.
 */
export function pausesThisWeek(norm: string, core: string): boolean {
  if ([...core].length > 24 || !THIS_WEEK.test(norm) || !NO_REMINDER.test(norm)) return false;
  return !ASKED.test(withoutTrailingMarks(norm)) && !hasFigure(norm.replace(DAYS_LONG, ""));
}

/**
 * The message without what follows the leave's clause from a return on (材料下周一回来补、后天回来): the day
 * back at work is no day of the leave.
 */
function leaveClauses(norm: string): string {
  const m = new RegExp(`${LEAVE_SAID.source}|${DAY_OFF.source}|${CANT_COME.source}`).exec(norm);
  if (!m) return norm;
  const after = norm.slice(m.index + m[0].length);
  const back = /[，,。；;！!\s][^，,。；;！!\s]*(?:回来|返回|回单位|回局里?|返岗|到岗|上班)/.exec(after);
  return back ? norm.slice(0, m.index + m[0].length + back.index) : norm;
}

/**
 * A voice-typed run-on (「领导好 我明天家里老人要去市医院做检查 我得陪着去 请一天事假 这周的材料我回来再补
 * 谢谢」) still asks for the leave: long, but no figure of work in it.
 */
const MAX_CHARS = 64;
/** Hours said (下午3点以后、两个小时): part of a day, today's when no day is said. */
const HOURS = /[\d一两三四五六七八九十]\s*(?:点|個?小时)/;

/** Whether the leave said is someone else's or the leave system's (see NOT_OWN). */
function notOwn(norm: string): boolean {
  if (NOT_OWN_THING.test(norm)) return true;
  const m = new RegExp(`${LEAVE_SAID.source}|${DAY_OFF.source}|${CANT_COME.source}`).exec(norm);
  if (!m) return NOT_OWN.test(norm);
  // The clause of the leave word, up to and with it; those cared for or gone with are not its subject.
  const start = Math.max(
    ...[...norm.slice(0, m.index).matchAll(/[，,。；;！!？?\s]/g)].map((x) => x.index! + 1),
    0,
  );
  const clause = norm
    .slice(start, m.index + m[0].length)
    .replace(/(?:陪|陪同|照顾|看望|带|接|送|给|帮|和|跟)(?:着)?(?:他|她)(?:们)?/g, "");
  return NOT_OWN.test(clause);
}

/** Leave said: a leave word, a day off in lieu, not coming to work, or away with no reminder asked for. */
function leaveSaid(norm: string): boolean {
  if (LEAVE_SAID.test(norm) || DAY_OFF.test(norm) || CANT_COME.test(norm)) return true;
  return NO_REMINDER.test(norm) && AWAY.test(norm);
}

/** Away from the office on duty or otherwise (出差、培训、在党校、下乡、驻村、不在单位、在外地). */
const AWAY = /出差|培训|学习|开会|下乡|驻村|蹲点|调研|不在单位|不在局里|在外|外地|党校|省里|市里|休假|回老家/;
/** How many days (请一天假、明后两天、休三天) and weekdays (周三起): the leave's days, no figure of work. */
const DAYS_LONG =
  /[一两二三四五六七八九十\d]{1,3}\s*(?:个)?(?:天|日|礼拜|星期|周)|半天|(?:周|星期|礼拜)[一二三四五六日天1-7]/g;
/** Hours it takes (3个小时、两个钟头): how long, no figure of work. */
const HOURS_LONG = /[一两二三四五六七八九十\d]{1,2}\s*个?(?:小时|钟头)/g;
/** Work verbs that are part of the absence itself (出差、培训、学习、开会): no work reported by them. */
const LEAVE_WORK_WORDS = /出差|培训|学习|开会|参会|参加|看望|陪同|体检|复查|登记/g;
/** Dates as written, whatever else is said (a date is no figure of work). */
const WRITTEN_ALL = /\d{1,2}\s*[月.\-/]\s*\d{1,2}\s*[号日]?|\d{1,2}\s*[号日]/g;

/**
 * 「月底想请几天假」「过几天请个假」: leave asked for on days not yet worked out — the 「不在单位」
 * question, which asks which days (not a question to answer, not small talk).
 */
export function leaveSaidVaguely(norm: string, core: string): boolean {
  if ([...core].length > MAX_CHARS || !(LEAVE_SAID.test(norm) || DAY_OFF.test(norm)) || notOwn(norm))
    return false;
  const last = withoutTrailingMarks(norm);
  return !ASKED.test(last) && leaveRequest(norm, core) === undefined;
}
