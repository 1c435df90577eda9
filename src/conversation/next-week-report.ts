import { hasFigure } from "./leader-part.js";

/**
 * 「这礼拜来不赢报咯 下礼拜一起报」「这周忙不过来 下周一块儿报」「来不及了 下个礼拜再交」: this week's report put off to
 * next week, with or without why (no time: 来不及、来不赢、忙不赢、忙不过来、顾不上) — 下周提醒, the week's pause the
 * person asks for in effect, as 「下周再报」 alone is. It was read as a mood (忙) or chat, and the week's reminders
 * would have gone on. Kept out: a question (「下周一起报行不」 asks the rules), a day of next week (「下周二回来再报」:
 * back from an absence — the leave offer reads it), an absence named (出差、培训、请假: not-own-work.ts), a figure
 * (work reported beside it).
 */
/** Next week, not a day of it (下礼拜二) — 下礼拜一起报's 一 opens 一起. */
const NEXT_WEEK = "(?:下周|下个?礼拜|下个?星期|下个?周)(?![二三四五六日天1-7]|一(?![起块道并齐]))";
const PUT_OFF = new RegExp(
  `${NEXT_WEEK}(?:的?时候|我)?(?:再|一起|一块儿?|一道|一并|一齐|统一|合起来|才|来|补)+(?:报|填|交|写|补|上报)`,
);
const THIS_WEEK = /(?:这|本)(?:个)?(?:周|星期|礼拜)(?![一二三四五六日天1-7])/;
const NO_TIME =
  /来不及|来不赢|忙不赢|搞不赢|赶不赢|忙不过来|顾不上|顾不过来|没空|没时间|抽不出(?:空|时间)|腾不出(?:手|空)|太忙|忙死|忙得很|事多|事情多/;
const ASKED = /[?？]|吗|行不|可以不|好不|中不|成不|可不可以|能不能|行吗|要不要|用不用/;
const AWAY =
  /出差|培训|学习|开会|会议|请假|休假|年假|病假|事假|调休|住院|不在|在外|回来|外出|下乡|驻村|借调|党校|轮训/;
const MAX_CORE = 26;
/**
 * 「这周在外面出差 提醒留到下礼拜」「下个礼拜先至提醒我 呢几日喺外面出差」「催报挪到下周吧」: the reminder itself moved to
 * next week (留/挪/推/改 到 next week, or next week 才/先至/再 remind me) — 下周提醒 whatever keeps one away this week. The
 * reminding closes its clause or names the report (提醒我报): 「下礼拜再提醒我去市里开会」 is a reminder of something else.
 * Round fifty-one: the weekly report itself moved the same way (「周报推到下个礼拜 到时候叫我」).
 */
const REMINDER_MOVED = new RegExp(
  `(?:提醒|催报|催|周报|填报)(?:我|俺)?(?:就|都|先)?(?:留|挪|推|放|改|延|移|拖|押)(?:后)?(?:到|至|去)${NEXT_WEEK}(?:再|吧|啦|了|哈|嘛)*(?=$|[，,。\\s!！~～])|${NEXT_WEEK}(?:先至|先|才|再|记得|要|请)+(?:提醒|催|叫|喊)(?:我|俺)?(?:报|填|交|填报)?(?:吧|啦|哈|嘛|啊|呀|了)*(?=$|[，,。\\s!！~～])`,
);

/** Whether `norm` only puts this week's report, or its reminder, off to next week (see above). */
export function reportPutToNextWeek(norm: string, core: string): boolean {
  if ([...core].length > MAX_CORE || ASKED.test(norm)) return false;
  // 这几天、呢几日 (the days away) are no figure of work.
  if (REMINDER_MOVED.test(norm)) return !hasFigure(norm.replace(/[这呢那]?几(?:天|日)/g, ""));
  if (AWAY.test(norm) || !PUT_OFF.test(norm)) return false;
  // 一块儿报 is together, not a yuan.
  return !hasFigure(norm.replace(PUT_OFF, "")) && (THIS_WEEK.test(norm) || NO_TIME.test(norm));
}
