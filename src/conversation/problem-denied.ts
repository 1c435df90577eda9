/**
 * A yes said as a problem or a doubt denied: 「没啥不对的」「冇得错」「不差啥」「一点不差」「挑不出毛病」「看不出啥问题」
 * 「莫得问题哈」. The shape, not a dialect's word: a negation (没、冇、莫、木、无、么, with 得/有 after it, or 挑不出、
 * 找不出、看不出), optionally what it is (啥、么子、什么、一点、半点、任何), then a word for something wrong (问题、毛病、
 * 麻达、错、不对、差错、岔子、出入、偏差、纰漏、不妥) — and 差 denied (不差啥、一点不差、分毫不差). Read on the core
 * after the dialect folds (冇 → 没). A clause that goes on with what is wrong (「没问题 就是场次写错了」) is more
 * than this clause; callers read the clauses beside it (answer-pending-question.ts).
 */
const WRONG =
  "(?:问题|毛病|麻达|麻搭|岔子|差错|错误?|错处|不对(?:的地方|的)?|不妥|出入|偏差|误差|纰漏|漏洞|要改的)";
const WHAT = "(?:啥子?|撒子?|什么|甚么?|么子?|么个|么斯|哪样|一点儿?|半点|任何|丁点)?(?:的)?";
const DENIED = new RegExp(
  "^(?:我看|我觉得|看了|核了|核过了|对过了|都|也|全|(?:这|那)?(?:条|个|数字?|数据|内容)|内容|(?:改|写|填|报)(?:的|得))?(?:都|也|全)?" +
    `(?:(?:没|莫|木|无|么|毛)(?:得|有)?|挑不出|找不出|看不出|查不出|说不出)(?:来)?${WHAT}${WRONG}` +
    "(?:了|啊|呀|哈|吧|的|嘞|啦|哦|呢|哒|滴|咯|喔|咧|哩|撒|唻|嘛|噻|哇)*$",
  "u",
);
/** 差 denied: 不差啥、不差什么、一点不差、分毫不差、一个不差、丝毫不差. */
const NOT_SHORT =
  /^(?:一点(?:儿)?(?:都|也)?|分毫|丝毫|半点|一个|一丁点)?不差(?:啥子?|什么|么子?|撒)?(?:了|啊|哈|吧|的|嘞|咧|哩|撒|唻|嘛)*$/u;

/** A problem or doubt denied (没毛病、挑不出啥错、一点不差): the shape of a yes. Asked, it is none (deniesProblemAsked). */
export function deniesProblem(clause: string): boolean {
  return DENIED.test(clause) || NOT_SHORT.test(clause);
}

/**
 * The denial typed as a question: the shape of a yes, asked — or any few words before it (「这么改没毛病吧？」「人数没差吧？」):
 * what is asked about goes first in a question.
 */
export function deniesProblemAsked(clause: string, asked: boolean): boolean {
  return asked && (deniesProblem(clause) || ASKED_TAIL.test(clause));
}
const ASKED_TAIL = new RegExp(
  `^[\\u4e00-\\u9fff]{0,6}?(?:没|莫|木|无|么|冇)(?:得|有)?${WHAT}(?:${WRONG.slice(3, -1)}|差)(?:吧|吗|么|哇|不)?$`,
  "u",
);
