/**
 * 「倒数第二页」「第三段那里」「昨天会上讲的」「群里说的那个」: a place in some document, or what was said somewhere, only
 * pointed at — what is meant is not said, so it is asked (vague-message.ts, only when nothing waits: while a part or a
 * choice is asked, 第二段 may answer it; 「第三部分」 alone is left as talk, as t3-007 is labelled). Read on the message's core without its leading fillers.
 */
const PAGE =
  /^(?:就|在|看|是)?(?:第[一二两三四五六七八九十\d]{1,3}(?:页|行)(?:的|那里|那儿|那块|上)?|倒数第[一二两三四五六七八九十\d]{1,3}(?:页|段|行|张|节|部分)(?:的|那里|那儿|那块|上)?|第[一二两三四五六七八九十\d]{1,3}(?:段|节|部分)(?:那里|那儿|那块))(?:呢|哈|啊|吧|嘛|噻)*$/;
const SAID_AT =
  /^(?:昨天|前天|今天|上午|下午|早上|上次|上回|那天|刚才|刚刚)?(?:会上|群里|电话里|会里|开会时|开会的时候)(?:领导)?(?:讲|说|提|定|布置)(?:了)?的(?:那个|那件|那些|事|事情)?(?:呢|哈|啊|吧|嘛)*$/;

export function placePointed(said: string): boolean {
  return PAGE.test(said) || SAID_AT.test(said);
}
