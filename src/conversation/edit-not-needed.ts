import { onlyAsides } from "./answer-words.js";
import { replyClauses } from "./clause-answer.js";
import { reportsWork } from "./message-clauses.js";
import { FIGURE } from "./work-lexicon.js";

/**
 * While an edit's new text is asked for, a message that brings no text and says the change is not
 * wanted now — in any of the ways people say it (docs/understanding.md 第十九轮):
 * - not changing it: 不改咧、算球了、不弄了、别动了、先不整了 (the verb of changing under a no, in any dialect's
 *   particle);
 * - it was right all along: 那条没错、原来写的是对的、是我看错了、我看岔了;
 * - not now: 我再想想、晚点再改、回头再弄、先放着;
 * - keep it as it is: 就那样吧、照原来的.
 * Every clause must be one of these or an aside (哦、那、谢谢); one with a figure or work of its own is a
 * new text, as is anything longer than a short reply. Pure.
 */

/** A no, then the verb of changing it: 不改、别动、莫改、甭弄、先不整、暂时不用改. */
const NOT_CHANGING =
  /^(?:那|那就|就|还是|先|暂时|今天|现在)?(?:不|别|莫|甭|覅|唔|冇)(?:用|要|必|需要)?(?:再)?(?:改|弄|动|整|搞|修改|更改|换)(?:了|咧|啦|哒|喽|嘞|咯|吧|哈|嘛|哦|噢|啊)*$/u;
/** Giving it up: 算了、算球了、算逑、拉倒、罢了、不弄了 — with nothing after it. */
const GIVING_UP =
  /^(?:那|哎呀?|唉)?(?:算(?:了|球了?|逑了?|求了?|咧|哒|喽)|拉倒(?:吧|了)?|罢了|不用了|不需要了)(?:吧|哈|嘛)*$/u;
/** It was right: 那条没错、原来写的是对的、本来就对、没写错、是我看错了、我看岔了. */
const WAS_RIGHT =
  /^(?:哦|噢|啊)?(?:那条|这条|那个|原来|原先|本来|之前)?(?:写的|的|那条|那个)?(?:是|就|也)?(?:蛮|挺|很|还|都)?(?:没错|没写错|对的|是对的|对|没问题|对着呢|没毛病|好|行|可以)(?:的|了|啊|哈|嘛|呢|咧|哒)*$|^(?:是)?(?:我|俺|额)(?:自己)?(?:看错|看岔|看花眼|记错|搞混)(?:了|咧|啦|哒)?$/u;
/** Not now: 我再想想、晚点再改、回头再弄、等下再说、先放着. */
const NOT_NOW =
  /^(?:我|那我)?(?:先)?(?:再想想|想一想|再看看|考虑一下|先放着|放一放|先放一放|先搁着)(?:吧|哈|再说)?$|^(?:等我|我|那我)?(?:晚点|晚些|回头|过会儿?|等会儿?|等下|明天|下午|改天|有空)(?:[\u4e00-\u9fff]{0,8}?再|了再|再)?(?:改|弄|说|发|整|搞|动)(?:吧|哈|嘛)?$/u;
/** Keep it as it is: 就那样吧、照原来的、原样就行. */
const AS_IT_IS = /^(?:就|还是|照|按)(?:那样|这样|原来的?|原样|原来那样)(?:吧|就行|就好|哈|了)*$/u;

const SHORT = 24;

export function editNotNeeded(norm: string): boolean {
  if ([...norm].length > SHORT || FIGURE.test(norm) || /\d/.test(norm) || reportsWork(norm)) return false;
  const clauses = replyClauses(norm).filter(
    (c) => !/^(?:(?:哦|噢|嗯|啊|诶|哎)+|哎呀|那|好吧|行吧)$/u.test(c),
  );
  const says = (c: string) =>
    NOT_CHANGING.test(c) ||
    GIVING_UP.test(c) ||
    WAS_RIGHT.test(c) ||
    NOT_NOW.test(c) ||
    AS_IT_IS.test(c) ||
    /^(?:不改|不弄|不动)(?:了|咧|啦)?(?:不改|不弄|不动)(?:了|咧|啦)?$/u.test(c);
  return clauses.some(says) && clauses.every((c) => says(c) || onlyAsides([c]));
}
