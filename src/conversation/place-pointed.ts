/**
 * 「倒数第二页」「第三段那里」「昨天会上讲的」「群里说的那个」: a place in some document, or what was said somewhere, only
 * pointed at — what is meant is not said, so it is asked (vague-message.ts, only when nothing waits: while a part or a
 * choice is asked, 第二段 may answer it; 「第三部分」 alone is left as talk, as t3-007 is labelled). Read on the message's core without its leading fillers. Where on
 * the page is said too (第七页下面那个: blind85, round forty) — still nothing said of what is there.
 */
/** Where on the page (第七页下面那个、第3页最上面那段、第二页中间的): still only a place pointed at. */
const SPOT_ON_PAGE =
  "(?:最?(?:上面|下面|上头|下头|底下)|中间|开头|末尾|最后)(?:的)?(?:那个|那段|那句|那条|那行|那块|那里|那儿|那)?";
const PAGE = new RegExp(
  String.raw`^(?:就|在|看|是)?(?:第[一二两三四五六七八九十\d]{1,3}(?:页|行)(?:(?:的)?${SPOT_ON_PAGE}|的|那里|那儿|那块|上)?|倒数第[一二两三四五六七八九十\d]{1,3}(?:页|段|行|张|节|部分)(?:的|那里|那儿|那块|上)?|第[一二两三四五六七八九十\d]{1,3}(?:段|节|部分)(?:那里|那儿|那块))(?:呢|哈|啊|吧|嘛|噻)*$`,
);
const SAID_AT =
  /^(?:昨天|前天|今天|上午|下午|早上|上次|上回|那天|刚才|刚刚)?(?:会上|群里|电话里|会里|开会时|开会的时候)(?:领导)?(?:讲|说|提|定|布置)(?:了)?的(?:那个|那件|那些|事|事情)?(?:呢|哈|啊|吧|嘛)*$/;

export function placePointed(said: string): boolean {
  return PAGE.test(said) || SAID_AT.test(said);
}
