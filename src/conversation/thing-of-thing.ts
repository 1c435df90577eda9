/**
 * 「申报系统嗰个账号」「项目库那个密码」「党员大会那张签到表」: one thing named, then a thing of it only pointed at
 * (X那个Y, X的这份Y) and nothing said of either — no doing, no figure: what is wanted of it must be asked, never
 * stored (vague-message.ts reads it as a pointer). Both parts are bare words; the caller rules out words of talk
 * or doing in them.
 */
const THING_OF_THING =
  /^([\u4e00-\u9fff]{2,6}?)(?:的)?(?:那|这)(?:个|张|份|条|块|本|套|批)([\u4e00-\u9fff]{1,4})(?:呢|啊|哦|嘞|哈)?$/;

/** The thing named and the thing of it pointed at, when that is all a message says; else nothing. */
export function thingOfThing(said: string): { thing: string; of: string } | undefined {
  const m = THING_OF_THING.exec(said);
  return m ? { thing: m[1]!, of: m[2]! } : undefined;
}
