/**
 * 「把那条养牛的删了」「将嗰条菠萝嘅删咗」「那条小米的撤了吧」「那条讲座的人数写错了」「那个专利的 帮我删了」 (round fifty:
 * 那个/那项/那笔 too, and a space before the request; 「那个是去年的 撤了」 says when, not which: no words): an update named by its words said after
 * 那条/这条 (the other order from 「养牛那条」, correction-request.ts CONTENT_REF), followed soon by what is asked of it —
 * withdrawn, changed or said wrong. A /ref content code, as the words before 那条 give.
 *
 * Not this: 那条 as a road or a river with nothing asked of it (「那条路的路灯装好了」), or words after 那条 with no request
 * near (「那条消息的意思是明天开会」).
 */
const AFTER_REF =
  /(?:^|[把将给帮])?(?:那|这)(?:一)?(?:条|个|项|笔)(?!是|係|就是|也是|都是|还是)([\u4e00-\u9fff]{2,10}?)的(?=\s?[^，,。\s]{0,6}?(?:删|撤|不要|作废|去掉|改|写错|错了|不对))/u;
/** Words that are no update's content: a pointer or a count (那条最新的、这条第一个). */
const NOT_CONTENT = /^(?:最新|最后|刚才|刚刚|上面|前面|第一个?|最早|[一二两三四五六七八九十\d]+)$/u;

export function contentAfterRef(norm: string): { code: string; at: number; len: number } | undefined {
  const m = AFTER_REF.exec(norm);
  if (!m || NOT_CONTENT.test(m[1]!)) return undefined;
  return { code: `content:${m[1]}`, at: m.index, len: m[0].length };
}
