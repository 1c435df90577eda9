/**
 * 「下午要去三江那边看示范基地」「等会要克园区看孵化器」「明天得去乡里对一下数」: one's own going somewhere still ahead —
 * a time to come, tomorrow's or later today's (下午、晚上、等会), then 要/得 and a verb of going (去、到、跑、赶, and the
 * 克 of 桂柳、西南、鄂 speech) — whatever work it names, nothing is done yet: a trip to come is asked about, never stored
 * (docs/understanding.md: 说行程是先问、不存). spoken-work-done.ts reads the same shape with a spoken verb of doing
 * (要到一中搞消防演练); this reads any verb after the going. A plan said as one (计划、准备、打算: a plan reported)
 * and a week or month ahead (下周要去…) are read apart, as a whole message only (weekTripAhead below);
 * done aspect anywhere (了、已、完成: 上午去了…，下午要去…) makes it a report of what was done. A figure does not
 * make it one (「下午要去两个村送宣传资料」「后天得带3个专家克大坪乡」: how many places or people, still ahead).
 */
const TIME_AHEAD =
  "(?:明天|明早|明儿个?|明晚|明日|后天|今晚|今天(?:上午|下午|晚上)|上午|下午|中午|晚上|待会儿?|等会儿?|等下|一会儿?|晚点)";

/** 克 as 去, not 克服、克制、克扣、克隆 or a gram. */
const GO = "(?:去|到|跑|赶|克(?![服制扣隆拉罗]))";

/** 「得带3个专家克大坪乡」「要陪两个专家跑一趟」: whom one takes along comes before the going. */
const ALONG = "(?:(?:带|陪|领)[^，,。；;\\s]{1,8}?)?";

/**
 * A day to come said first (明天、后天、明早) and a verb of going (去、跑、赶、克, after 到 + the place): the going is ahead with
 * or without 要/得 (「明天去4个村发资料」「明天到互助去4个村发资料」). 到 + the place + what is held or done there (开、办、搞、
 * 召开、举办、开展、组织、参加…: 「明天到城关镇开座谈会」) is the same: one's own work at a village, a town or a school still ahead
 * is asked about (README: 自己要去某个村、乡镇…办的事 … 问要不要记为下一步计划; round thirty-five).
 */
const DAY_FIRST = "(?:明天|明早|明儿个?|明晚|明日|后天|大后天)";
const HELD_THERE =
  "(?:开(?!始|通|工|发|展)|召开|办|举办|搞|开展|组织|参加|讲|宣讲|培训|调研|检查|指导|走访|对接|座谈|送|发放)";
const GONE_AHEAD = `^${DAY_FIRST}(?:我们?|咱们?)?(?:还|又|也|就)?${ALONG}(?:(?:到[^，,。；;\\s]{1,6}?)?(?:去|跑|赶|克(?![服制扣隆拉罗]))|到[^，,。；;\\s]{2,8}?${HELD_THERE})`;
const TRIP_AHEAD = new RegExp(
  `${TIME_AHEAD}(?:我们?|咱们?)?(?:还|又|也|就)?(?:要|得)${ALONG}${GO}|${GONE_AHEAD}`,
);

/**
 * 「明天局长带队克企业检查，我要陪同」「后天书记带队下乡调研 我跟着去」「明早县领导来检查 我得陪着」: someone else leads a
 * visit or an inspection and I go along (陪同、陪着、跟着去、一起去) — still ahead when said with a day to come or with
 * 要/得 before the going along. Whoever does the work, nothing is done yet: asked about like a trip of one's own.
 */
const ALONG_WORDS = "(?:全程)?(?:陪同|陪着|陪|跟着去|跟着|跟去|一起去|随同|同去|作陪)";
const ME = "(?:我|俺|咱)们?(?:也|还|就|都)?";
const GOING_ALONG = new RegExp(`${ME}(?:要|得|需要|负责|会)?${ALONG_WORDS}`);
const GOING_ALONG_AHEAD = new RegExp(`${ME}(?:要|得|需要|负责)${ALONG_WORDS}`);
const DAY_AHEAD = /明天|明早|明儿|明晚|明日|后天|今晚|待会|等会|等下|一会儿?|晚点/;

/** Whether `norm` says only a trip of one's own still ahead (`done`: the message has a done aspect). */
export function tripAhead(norm: string, done: boolean): boolean {
  if (done || /[?？]|计划|准备|打算/.test(norm)) return false;
  return (
    TRIP_AHEAD.test(norm) || GOING_ALONG_AHEAD.test(norm) || (DAY_AHEAD.test(norm) && GOING_ALONG.test(norm))
  );
}

/**
 * 「下个礼拜要带4家企业的人克武汉考察」「下周得去省里跑项目」: the same going, said first of a week or month to come — as a
 * whole message, nothing done and no plan word (计划、准备、打算: a plan reported, which the summary's plan part takes),
 * it is a trip still ahead like tomorrow's: asked in one line, never stored, with or without a count of whom one takes.
 */
const WEEK_FIRST = "^(?:下个?(?:周|礼拜|星期|月)|下下周|月底|年底)[一二三四五六日天]?(?:上午|下午|早上)?";
const WEEK_TRIP_AHEAD = new RegExp(
  `${WEEK_FIRST}(?:我们?|咱们?|俺们?)?(?:还|又|也|就)?(?:要|得)${ALONG}${GO}`,
);

/** Whether the whole of `norm` says only a trip still ahead, said first of next week or month. */
export function weekTripAhead(norm: string, done: boolean): boolean {
  if (done || /[?？]|计划|准备|打算/.test(norm)) return false;
  return WEEK_TRIP_AHEAD.test(norm);
}
