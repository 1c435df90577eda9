/**
 * 「农民田间学校这块，举办了5期」「安全生产培训方面开展了12场」: an event count whose label is only a verb of holding
 * (举办了、开展了、办了、搞了) — what was held is the topic said before it, which the label reader drops as chat
 * (「…这块」「…那边」「…方面」: the section says it, round thirty-something). For a count of events the topic is the
 * event itself: the label is the verb with it (举办了农民田间学校), not 「举办 5期」 of nothing (round forty-one, label41).
 */

/** A verb of holding an event, alone. */
const HELD_ALONE = /^(?:举办|开展|组织|召开|举行|办|搞|开|弄|整)了?$/u;
/** Events counted (期、场、次、轮、趟、堂). */
const EVENT_COUNT = /[期场轮趟堂次]$/u;
/** The topic a clause opens with: the words before 这块、那边、方面…; no number in it. */
const TOPIC_SAID = /([\u4e00-\u9fff]{2,12}?)(?:这一块|这块|那块|那边|这边|方面)(?:的话|呢|啊|哈)?$/u;
/** Time and scope words opening the topic (今年、全年、我们): not the event's name. */
const TOPIC_LEAD = /^(?:今年|全年|本年|上半年|下半年|我们|咱们|俺们|我局|局里)+/u;

/**
 * The label with its topic when the label is only a verb of holding an event; `before` is the text from the start of
 * the clause before the number's (or of its own, when there is no comma) to the number.
 */
export function heldWithTopic(label: string, raw: string, before: string): string | undefined {
  if (!HELD_ALONE.test(label) || !EVENT_COUNT.test(raw)) return undefined;
  if (!before.endsWith(label)) return undefined;
  const upToVerb = before.slice(0, before.length - label.length);
  const topic = TOPIC_SAID.exec(upToVerb.replace(/[，,\s]+$/u, ""))?.[1]?.replace(TOPIC_LEAD, "");
  return topic && topic.length >= 2 && !/\d/u.test(topic) ? `${label}${topic}` : undefined;
}

/**
 * 「农民田间学校这块，举办了5期，宣讲会那天…」: a message's opening topic is read as a clause of its own, so the clause
 * holding the number labels it 「举办了」 alone. The label read in the whole message took the topic (heldWithTopic);
 * when the clause's own label is that verb alone, the message's is kept (round forty-one, label41b).
 */
export function topicFromMessage(own: string, inMessage: string): string {
  if (inMessage.length <= own.length) return own;
  if (HELD_ALONE.test(own) && inMessage.startsWith(own)) return inMessage;
  // label42: an outcome or a coming read in the message with what it is of (过了 → 高企申报通过, 来了 → 参加…对接会).
  if (OUTCOME_ALONE.test(own) && /(?:通过|获批)$/u.test(inMessage)) return inMessage;
  if (CAME_ALONE.test(own) && /^参加[\u4e00-\u9fff]{2,}$/u.test(inMessage)) return inMessage;
  if (own === "参加人数" && inMessage.endsWith(own)) return inMessage;
  if (own === "预计参加" && inMessage.endsWith(own)) return inMessage;
  return own;
}

/** An outcome said alone (过了、通过了、批下来了、获批了), maybe after 最后、最终、结果. */
const OUTCOME_ALONE = /^(?:最后|最终|结果|后来)?(?:过了|通过了?|批了|批下来了?|获批了?)$/u;
/** The coming alone, nothing before it in its clause (来了、到场了、参加了). */
const CAME_ALONE = /^(?:来了|到场了?|参加了?|出席了?|参会了?)$/u;
/** What was put forward, ending the previous figure's label (高企报了、项目报上去、课题申请了、项目申报了: 申报了 whole, not 申 + 报了). */
const APPLIED_END = /(?:申报了?|上报了?|报上去了?|报了|报|申请了?)$/u;

/**
 * 「高企今年共报了12家，过了9家」: an outcome said alone right after a count of what was put forward says what passed — the
 * thing the previous figure put forward (高企申报通过 9家; 批下来 → 获批), never a bare 「过了」. `between` is the text from
 * the previous figure's end to this number: only that figure's noun and a pause may stand before the outcome.
 */
export function outcomeOfApplied(
  label: string,
  prevContext: string | undefined,
  between: string,
): string | undefined {
  if (!prevContext || !OUTCOME_ALONE.test(label) || !between.endsWith(label)) return undefined;
  if (!/^[\u4e00-\u9fff]{0,4}[，,、\s]+$/u.test(between.slice(0, between.length - label.length)))
    return undefined;
  const thing = prevContext.replace(APPLIED_END, "");
  if (thing === prevContext || thing.length < 2 || /\d/u.test(thing)) return undefined;
  const applied = /申请了?$/u.test(prevContext) ? "申请" : "申报";
  return `${thing}${applied}${/批/u.test(label) ? "获批" : "通过"}`;
}
