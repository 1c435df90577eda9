/**
 * 「今年呢，我们一共培训农民420人次」「十一月份呢组织了3场科普讲座」「我们呢…」「培训这块呢…」: 呢 after
 * the topic a clause opens with (a time, the speaker, a field of work) is a spoken pause. It is kept in
 * no item nor figure label; the topic itself stays.
 */
const TOPIC =
  "(?:今年|去年|全年|上半年|下半年|本月|这个?月|上个?月|本周|这周|上周|这个?礼拜|上个?礼拜|这个?星期|上个?星期|今天|昨天|前天|最近|近期|目前|现在|年初|年底|(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月份?(?:[上中下]旬)?|我们?|咱们?|俺们?|我们?(?:[科站所局股队办]|这边)|[\\u4e00-\\u9fff]{2,6}?(?:这块|那块|这边|那边|方面))";

const TOPIC_NE = new RegExp(`(^|[，,、\\s])(${TOPIC})呢(?=[，,\\s]|[\\u4e00-\\u9fff\\d])`, "g");

/** `text` with the pause 呢 after each clause-opening topic left out. */
export function withoutTopicParticle(text: string): string {
  return text.replace(TOPIC_NE, "$1$2");
}
