import { END } from "./intent-lexicon.js";

/**
 * A person asking after their own reporting — what is still unreported or unconfirmed, whether it is complete:
 * 「我还有哪个科室没报」「我这周报齐了没」「我还有哪些没确认的」「我是不是还有哪条没确认齁」「我这周要报的都报完了吗」
 * 「待确认的有哪些」. 我的填报 answers it (each update with its status, and this week's sections), never 进度 nor
 * 「这个问题我答不了」. The one place for this pattern: the command rules (command-rules.ts) read the whole message
 * with OWN_UNREPORTED_ASKED and OWN_STATUS_ASKED, and classify-intent keeps a staff member's such question off the
 * leaders' commands with OWN_REPORTING.
 */

/** This week, said before or after who asks (这周我…、我两个科室这周…). */
export const WEEK_SAID = "这周|本周|这礼拜|这个礼拜|这星期|这个星期|今天";

/**
 * 我这周还有啥没报的吗、我还有哪个科室没报、我这周报齐了没; 我这周两个科室都报了没、我这礼拜的报全了没有 (the
 * sections or the week's reporting, complete or not); 这周我是不是还有个科室没报、我两个科室这周都交了没得、我这礼拜的
 * 东西都报上去了吗 (the week before or after). Whole message.
 */
export const OWN_UNREPORTED_ASKED = new RegExp(
  `^(?:${WEEK_SAID})?(?:我|自己|俺)(?:${WEEK_SAID})?(?:的)?(?:(?:两|俩|几|[二三])个?科室|(?:东西|填报|报的?))?(?:${WEEK_SAID})?(?:还|都|是不是|是否)*(?:有)?(?:(?:啥|什么|哪个科室|哪些科室|个科室|哪个|哪些|哪块|哪样|啥子)(?:还)?(?:没|没有|冇|未)(?:报|填|交)(?:的)?|(?:报|填|交)?(?:齐|全)(?:全)?了?|(?:报|填|交)(?:上去|上来|上)?(?:了|过)(?=没|吗|么|不))(?:没有?|没得|吗|么|不|啊|呢|吧)?${END}`,
);

/** Whether one reported in a period (this week or one past), asked: 我上周是不是没报、上礼拜我是不是忘了填. Whole message. */
const PERIOD_SAID =
  "(?:这周|本周|这一?个?礼拜|这一?个?星期|上周|上个?礼拜|上个?星期|这一?个月|本月|上个?月|今天|昨天|前几天|最近)";
export const OWN_MISSED_ASKED = new RegExp(
  `^${PERIOD_SAID}?(?:我|自己|俺)${PERIOD_SAID}?(?:是不是|是否|好像|怕是|该不会)(?:还|又)?(?:没|没有|冇|未|忘了?|漏了?)(?:报|填|交|提交)(?:过)?(?:了)?(?:吧|吗|么|嘛|啊|呢|哦|呀)?${END}`,
);

const TIME = "(?:这周|本周|这一?个?礼拜|这一?个?星期|今年|这一?个月|本月|最近)?";
/** A time one's reports were made in, past or this one. */
const DONE_TIME =
  "(?:这周|本周|这一?个?礼拜|这一?个?星期|上周|上个?礼拜|上个?星期|今年|这一?个月|本月|上个?月|最近|今天|昨天|前几天)?";
/** 哪个 only before 没确认 (confirming is one's own; 「还有哪个没交的」 is a leader's 进度). */
const WHICH =
  "(?:哪些|哪几条|哪几个|哪条|好多(?:条|个)|哪个(?=(?:还)?(?:没|未)(?:有)?确认)|几条|几个|啥|什么|多少)";
/**
 * The question's close, with the particles of the south (齁、喔、啦; 西南 喃). 好多条 is 西南 多少条. 吧 asks as a
 * presumption (这周的都报完了吧): the same question.
 */
const ASK_END = "(?:吗|么|嘛|没有?|不|吧)?(?:[啊呀呢哈齁喔啦喃？?]*)$";

/** Not yet confirmed, said of one's own: 没确认、没有确认、未确认、待确认、还没确认 (mine-period.ts reads it too). */
export const UNCONFIRMED = /(?:没有?|未|待|还没)确认/;

/** 我还有哪些没确认的、我是不是还有哪条没确认齁、我这周要报的都报完了吗、待确认的有哪些. Whole message. */
export const OWN_STATUS_ASKED = new RegExp(
  [
    // 我还有哪些没确认的、还有啥没确认的、我还有没确认的吗、我有几条没确认、我是不是还有哪条没确认
    `^(?:我|自己)?${TIME}(?:是不是|是否)?(?:还|都)?有(?:没有)?${WHICH}?(?:是)?(?:没|未|还没|没有)(?:确认|报|交|填|提交)(?:的)?${WHICH}?${ASK_END}`,
    // 我这周要报的都报完了吗、我的都报齐了没、该交的都交了吗
    `^(?:我|自己)?${TIME}(?:的|要报的|该报的|要填的|该交的|要交的)(?:都|全)?(?:报|填|交)(?:完|齐|全|好)?了${ASK_END}`,
    // 待确认的有哪些、没确认的还有几条、没确认的都有啥、还有没确认的草稿吗
    `^(?:我的?)?(?:还有)?${UNCONFIRMED.source}的?(?:草稿|填报)?(?:还|都)?(?:有)?${WHICH}?${ASK_END}`,
    // 哪些还没确认啊、哪几条没确认、还有哪几条没确认呢: the which first
    `^(?:我)?(?:还有)?${WHICH}(?:还|是)?(?:没|未|还没|没有)确认(?:的)?${ASK_END}`,
    // 我这礼拜报的有没有确认、我上周报的那几条都确认了没、我昨天交的确认了吗: whether what one reported (in a time said)
    // is confirmed
    `^(?:我|自己)${DONE_TIME}(?:报|填|交|发)(?:了|过)?的(?:那些|那几条|几条|东西|那条|那个)?(?:都|全)?(?:有没有确认|有没确认|确认(?:了|好了?)?(?:没有?|没得|吗|么|不))(?:[啊呀呢哈齁喔啦喃咯哦？?]*)$`,
  ].join("|"),
);

/**
 * Looser, inside a longer message: the sender, then within a few characters a not-yet of reporting or confirming,
 * or its completeness asked (「我还有哪个科室没报」「我这周两个科室都报了没」「我是不是还有哪条没确认」) — never
 * a leader's 进度 said by staff.
 */
export const OWN_REPORTING =
  /^(?:我|自己)(?!们)[^，,。？?]{0,12}(?:没(?:有)?(?:报|填|交|确认)|[报填交](?:齐|全|了没))/;
