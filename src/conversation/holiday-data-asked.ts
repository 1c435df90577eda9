/**
 * 「明年的放假安排录了没」「27年的节假日弄了没有」「后年放假通知有了吗」: a leader or the admin asking whether the working
 * calendar holds a year's holidays — the 节假日数据 reply (reminders/holiday-status.ts), which says which years are in and
 * which is missing. Read only for leaders and the admin (the command is theirs; intent of staff is left as it was).
 *
 * Not this: a day asked about (明天放假吗、明年元旦放几天 — 上班吗, workday-asked.ts), one's own leave (我的休假安排),
 * duty rosters (节假日值班安排), the notice passed on to people (放假通知发给大家了没), or a statement (已经录进去了).
 */
const TOPIC =
  /放假(?:的)?(?:安排|通知|日子|数据|日历)|节假日|节假期|假日安排|法定假日|工作日历|调休(?:的)?(?:安排|数据)/;
/** Whether it is in: entered, filled, updated, out, there — asked (了没、吗、没有、有没有). */
const ENTERED =
  /(?:录|填|弄|补|导|输|加|更新|放|配|设|整|搞|上传|维护|改|有|出来?|到位|齐|全)(?:入|进去?|上去?|好|完|齐)?(?:了)?(?:没有?|吗|么|嘛|冇|未|不|没得|伐)|有没有(?:录|填|弄|补|导|输|加|更新|放|配|设|整|搞)|(?:缺|差)(?:不缺|不差|哪年|哪一年|哪几年|几年)|齐不齐|全不全|(?:录|填|弄|补|更新)(?:了)?(?:没|吗)/;
/** A day or a holiday named: whether that day is off is 上班吗's. */
const DAY_NAMED =
  /今天|明天|后天|今儿|明儿|(?:这|本|下)(?:周|星期|礼拜)|周[一二三四五六日天]|星期|礼拜[一二三四五六日天]|\d{1,2}\s*[号日]|\d{1,2}\s*月|元旦|春节|过年|除夕|清明|五一|劳动节|端午|中秋|国庆|十一/;
const NOT_THIS = /值班|休假|年假|请假|我的|发给|发到|转给|通知(?:到|给)|告诉|大家|群里/;
const YEAR_OR_DATA = /明年|后年|今年|来年|下一?年|\d{2,4}\s*年|[〇零一二三四五六七八九]{2,4}年|数据|日历/;

export function holidayDataAsked(norm: string): boolean {
  const s = norm.replace(/[\s，,。.！!？?～~]+$/u, "");
  if (!TOPIC.test(s) || DAY_NAMED.test(s) || NOT_THIS.test(s)) return false;
  if (!YEAR_OR_DATA.test(s)) return false;
  return ENTERED.test(s) || /[?？]$/.test(norm.trim());
}
