import { BOT_COMPLAINT, intentText, SMALL_TALK } from "./intent-lexicon.js";
import type { Intent } from "./intent-types.js";

/**
 * 「在吗 帮我看下我报了啥」「早上好～帮我确认一下」「烦 又要报 这周下乡了三天 走了五个村」「哎呀 这
 * 系统真难用 科普讲座那条改成三百人」: a greeting, an apology for disturbing or a sigh about the
 * chore in front of the real message. Returns the message without those opening clauses (when
 * something is left), so it is read for what follows; undefined when nothing opens it so.
 */
export function withoutLeadAside(norm: string): string | undefined {
  const quote = QUOTE_LEAD.exec(norm.trim());
  // 「回复 总结助手：「#2 金银花夏剪培训 花农30户」 30户是错的」: what is said of a quoted update is said of #2.
  const seq = quote ? /#\s*(\d+)|第(\d+)条/.exec(quote[1]!) : undefined;
  let rest = quote
    ? `${seq ? `第${seq[1] ?? seq[2]}条 ` : ""}${norm.trim().slice(quote[0].length)}`
    : norm.trim();
  let cut = quote !== null;
  for (;;) {
    const m = /^([^，,。！!？?～~\s]+)[，,。！!？?～~\s]+/.exec(rest);
    if (!m || !isAside(m[1]!)) break;
    rest = rest.slice(m[0].length).trim();
    cut = true;
  }
  return cut && intentText(rest).core !== "" ? rest : undefined;
}

/**
 * 「主任让我问问 高企今年认定了好多家」: a question relayed opens the message — what follows is asked, never work of
 * one's own told (classify-intent.ts reads no report after it).
 */
export function opensWithRelayedAsk(norm: string): boolean {
  const first = /^([^，,。！!？?～~\s]+)[，,。！!？?～~\s]+/.exec(norm.trim())?.[1];
  return first !== undefined && RELAYED_ASK.test(intentText(first).core);
}

/**
 * Whether what follows the opening aside is taken as read: a rule's command, or a report not after a relayed ask.
 * What follows a quote-reply is the message itself, however it reads.
 */
export function readPastAside(inner: Intent, norm: string): boolean {
  return (
    QUOTE_LEAD.test(norm.trim()) ||
    (inner.kind === "command" && !inner.guessed) ||
    (inner.kind === "report" && !opensWithRelayedAsk(norm))
  );
}

/**
 * 「回复 总结助手：「本周工作还没填报」 …」「回复：「#5 …」 …」「引用：「#2 …」 …」: a chat's quote-reply — the quoted line
 * (the bot's reminder, or a card's line with its number) and then what is said to it, which is the message.
 */
export const QUOTE_LEAD =
  /^(?:回复|引用|答复)\s*(?:[^\s:：「」“”『』]{1,12}\s*)?[:：]\s*[「“『"]([^」”』"]*)[」”』"][，,。：:\s]*/;

/** One opening clause that says nothing of the request: greeting, apology, sigh, complaint. */
function isAside(clause: string): boolean {
  const { core } = intentText(clause);
  // An emoji or a stray mark on its own is no greeting: it stays (「'; DROP TABLE…」 is stored as typed).
  if (core === "") return false;
  if (SMALL_TALK.some(({ topic, re }) => (topic === "greeting" || topic === "sorry") && re.test(core)))
    return true;
  return SIGH.test(core) || BOT_COMPLAINT.test(clause) || RELAYED_ASK.test(core);
}

/** 「王主任让我问下」「科长叫我问问」「帮小李问一下」 before the question itself: the question is what is asked. */
const RELAYED_ASK =
  /^(?:[\u4e00-\u9fff]{1,4}(?:让|叫|托|要)我|(?:我)?(?:帮|替)[\u4e00-\u9fff]{1,4})(?:来)?问(?:一下|一声|下|问)?(?:你|您|机器人)?$/;

/** Sighs and grumbles about the chore: 烦、烦死了、哎呀、又要报、老是提醒、忙死了、这系统真难用、无语. */
const SIGH =
  /^(?:哎呀?|唉|嗨|哎哟|我的天|天哪|无语|服了|头大|真烦|好烦|烦+|烦死了?|累死了?|忙死了?|气死了?|(?:怎么)?又(?:要|得)(?:报|填|交)(?:了|啊)?|(?:老是|总是|天天|每周都)(?:提醒|催|要报)(?:我)?(?:啊|了)?|(?:这|这个)?(?:系统|机器人|玩意儿?)(?:真|太|好|有点)?(?:难用|麻烦|烦人|不好用)(?:了|啊)?|(?:领导|老师)好)(?:了|啊|呀|啦)*$/;

/** A closing clause that ends the telling: 嗯就这些、先这样、以上、报完了. */
const CLOSER =
  /^(?:嗯+|好|好的|ok)?(?:就|先|暂时)?(?:这些|这样|这么多|这么些)(?:了|吧|啊|哈|哦)*$|^(?:以上|完了|没了|报完了|说完了|汇报完毕|就这)(?:了|吧|哈|哦)*$/i;

/**
 * The text of a report as read for its work: a greeting or a sigh in front (「在吗 今天上午去…」) and a
 * closing clause at the end (「…把培训搞到每个村 嗯就这些」) are no part of it. The update keeps the
 * message as typed (originalText); extraction (extract-text.ts) reads this.
 */
export function reportText(text: string): string {
  let out = withoutLeadAside(text) ?? text;
  for (;;) {
    const m = /[，,。！!？?～~\s]+([^，,。！!？?～~\s]+)[，,。！!？?～~\s]*$/.exec(out);
    if (!m || !CLOSER.test(intentText(m[1]!).core)) break;
    out = out.slice(0, m.index);
  }
  return out.trim() === "" ? text : out;
}
