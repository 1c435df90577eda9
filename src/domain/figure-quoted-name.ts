/**
 * An Arabic number inside a short quoted span that is the name of an honour, a badge or a campaign
 * (“光荣在党50年”纪念章、“服务基层20年”奖章、“攻坚100天”行动): the number is part of the name and counts
 * nothing. Chinese numerals inside quotes are never figures already (figure-read-number.ts); quoted Arabic
 * figures not followed by such a name (“今年完成了30个”) still count.
 */
const NAME_AFTER_QUOTE =
  /^(?:荣誉)?(?:纪念章|纪念牌|纪念证|纪念册|奖章|勋章|徽章|证章|称号|奖牌|奖状|奖杯|证书|荣誉证书|牌匾|牌子|荣誉|表彰|行动|活动|工程|专项行动)/;

/** `spans` are the quoted spans of `t`; `cs` where the number starts. */
export function quotedName(t: string, spans: [number, number][], cs: number): boolean {
  const span = spans.find(([a, b]) => cs >= a && cs < b);
  return span !== undefined && NAME_AFTER_QUOTE.test(t.slice(span[1]));
}
