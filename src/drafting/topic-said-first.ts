/**
 * draft56: a problem or a plan said after a topic tag (「民族刺绣这块 绣娘年纪偏大」「核桃这块 价格低」「扎染这块明年要多整几场
 * 体验活动」): the cleaning takes the tag for chat and the topic went with it — 「价格低」 of what? A problem joins the topic to
 * what is said of it (核桃价格低); a plan whose sentence no longer names it says it first (扎染方面，开展更多体验活动).
 * Whoever speaks (我们这块、局里那边) or a bare 这/那 is no topic.
 */
import { shortNamesWritten } from "./document-words.js";

const TAG =
  /^\s*(?:今年|全年|我们|咱们|俺们)*([\u4e00-\u9fffA-Za-z]{2,8}?)(?:这一块|这块儿?|那块儿?|那边|这边|方面)(?:的工作|工作)?(?:的话|呢|嘛|啊|哈)?[，,：:\s]*/u;
const SPEAKER =
  /^(?:我们?|咱们?|俺们?|他们|局里|科里|单位|我局|其他|别的|工作|业务|日常|这个|那个|下一步|明年|今后)$/u;

/** The topic a problem or plan opens with, and what is said after its tag; undefined when there is none. */
export function topicSaidFirst(said: string): { topic: string; rest: string } | undefined {
  const m = TAG.exec(said);
  const topic = m?.[1];
  if (!m || !topic || SPEAKER.test(topic) || /\d/u.test(topic)) return undefined;
  const rest = said.slice(m[0].length);
  return rest.trim() ? { topic, rest } : undefined;
}

/** A problem with its topic joined to what is said of it (核桃价格低), or as said. */
export function problemTopicJoined(said: string): string {
  const t = topicSaidFirst(said);
  if (!t || t.rest.includes(t.topic)) return said;
  return `${t.topic}${t.rest}`;
}

/** A verb of growing or bringing in, then a count, opening a plan (争取再培育5家): the topic is what is counted. */
const COUNTED_PLAN =
  /^((?:争取|力争)?(?:再|新)?(?:培育|引进|新建|建设|建成|认定|培训|推广|发展|新增|申报|签订|登记))(\d+(?:多|余)?(?:个|家|项|名|人|户|所|座|处|份|件))/u;

/**
 * A written plan that lost the topic it was said under: joined to a counted verb opening it (争取再培育高新技术企业5家), else
 * said first (扎染方面，…); a plan that still names it stays as written. The topic named as the draft names it (高企 in full).
 */
export function planTopicKept(said: string, written: string): string {
  const t = topicSaidFirst(said);
  if (!t || !written || written.includes(t.topic)) return written;
  const topic = shortNamesWritten(t.topic);
  if (written.includes(topic)) return written;
  const counted = COUNTED_PLAN.exec(written);
  // 「科小那边 明年新增入库三十家」: a register entered is the topic's (科技型中小企业新增入库30家).
  if (/^(?:新增|新)?(?:入库|备案|入驻|挂牌)\d/u.test(written)) return `${topic}${written}`;
  if (counted) return `${counted[1]}${topic}${written.slice(counted[1]?.length ?? 0)}`;
  return `${topic}方面，${written}`;
}
