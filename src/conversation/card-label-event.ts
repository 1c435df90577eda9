/**
 * draft50: a count of those who came to one event, said after it (「又在石板村培训一场，30人」「避险转移演练 来了40多户」).
 * The card showed the whole clause before the count (「又在石板村培训一场 30人」) or only the coming (「来了 40多户」).
 * The row names the event where it was held, without the chat that joins it to the clause before (又、再、还、也), the
 * 去/到/在 before its place and the one event counted (一场、一次、一期): 「石板村培训 30人」; households that came took
 * part (参加户数), as people who came are 参加人数 (domain/figure-label.ts). Only the card's display.
 */
const AGAIN_AT =
  /^(?:[\u4e00-\u9fff]{0,8}?)(?:又|再|还|也)(?:次)?(?:在|去|到)(?=[\u4e00-\u9fff]{0,8}?(?:村|镇|乡|社区|县城|街道|学校|园区|企业))/u;
const ONE_EVENT = /(?:了)?一(?:场|次|期|轮|回)$/u;
const EVENT_VERB = /(?:培训|宣讲|演练|讲座|宣传|义诊|讲课|授课|会|活动)$/u;

/** The label of a count of those who came to one event (see module comment), or the label as it was. */
export function eventCountLabel(label: string, raw: string): string {
  if (/^(?:来了|到了|到场了?)$/u.test(label) && /户$/u.test(raw)) return "参加户数";
  if (!/[人户名位]$/u.test(raw) || !ONE_EVENT.test(label)) return label;
  const event = label.replace(ONE_EVENT, "");
  if (!EVENT_VERB.test(event)) return label;
  const at = AGAIN_AT.exec(event);
  return at ? event.slice(at[0].length) : event.replace(/^(?:又|再|还|也)(?=[\u4e00-\u9fff]{2})/u, "");
}
