/**
 * 「我还有哪些没确认的」「我这周要报的都报完了吗」「待确认的有哪些」「我还有没确认的吗」: a person asking after the
 * state of their own reports — 我的填报 answers it (each update with its status, and this week's sections), never
 * 「这个问题我答不了」. Whole message, short; a rule of COMMAND_RULES (command-rules.ts).
 */
const TIME = "(?:这周|本周|这个?礼拜|这个?星期|今年|这个月|本月|最近)?";
const WHICH = "(?:哪些|哪几条|哪几个|几条|几个|啥|什么|多少)";
const ASK_END = "(?:吗|么|嘛|没有?|不)?(?:[啊呀呢哈？?]*)$";

export const OWN_STATUS_ASKED = new RegExp(
  [
    // 我还有哪些没确认的、还有啥没确认的、我还有没确认的吗、我有几条没确认
    `^(?:我|自己)?${TIME}(?:还|都)?有(?:没有)?${WHICH}?(?:是)?(?:没|未|还没|没有)(?:确认|报|交|填|提交)(?:的)?${WHICH}?${ASK_END}`,
    // 我这周要报的都报完了吗、我的都报齐了没、该交的都交了吗
    `^(?:我|自己)?${TIME}(?:的|要报的|该报的|要填的|该交的|要交的)(?:都|全)?(?:报|填|交)(?:完|齐|全|好)?了${ASK_END}`,
    // 待确认的有哪些、没确认的还有几条、没确认的都有啥、还有没确认的草稿吗
    `^(?:我的?)?(?:还有)?(?:待确认|没确认|未确认|还没确认)的?(?:草稿|填报)?(?:还|都)?(?:有)?${WHICH}?${ASK_END}`,
    // 哪些还没确认啊、哪几条没确认、还有哪几条没确认呢: the which first
    `^(?:我)?(?:还有)?${WHICH}(?:还|是)?(?:没|未|还没|没有)确认(?:的)?${ASK_END}`,
  ].join("|"),
);
