import type { Intent, IntentContext } from "./classify-intent.js";
import {
  AWAY_IN_WORDS,
  AWAY_THEN_LATER,
  BOT_COMPLAINT,
  PERSONAL_NEWS,
  SENT_BY_MISTAKE,
  WRONG_CHAT,
} from "./intent-lexicon.js";
import { notOwnWork } from "./not-own-work.js";
import { FIGURE } from "./work-lexicon.js";

/**
 * Messages said beside the work, recognised before anything is weighed as a report: a message
 * sent to the wrong chat, a complaint about the bot, private news, and being away with the report
 * to come later. None is stored; each is answered as what it is.
 */
export function talkAside(norm: string, core: string, ctx: IntentContext): Intent | undefined {
  const len = [...core].length;
  // 「不好意思刚才发错群了」: a withdraw to offer only when the last message was just stored as a draft.
  if (WRONG_CHAT.test(norm) && len <= 16)
    return ctx.awaiting === "confirm"
      ? { kind: "unclear", suggest: "withdraw" }
      : { kind: "smalltalk", topic: "sorry" };
  if (SENT_BY_MISTAKE.test(norm) && len <= 16) return { kind: "unclear", suggest: "withdraw" };
  // 「这个机器人反应咋这么慢」: a complaint about the bot, answered with an apology.
  if (BOT_COMPLAINT.test(norm)) return { kind: "smalltalk", topic: "complaint" };
  // 「我家闺女今天研究生复试过了哈哈哈」: private news, answered and never stored.
  if (PERSONAL_NEWS.test(norm) && !FIGURE.test(norm) && len <= 30)
    return { kind: "smalltalk", topic: "news" };
  // 「我这周出差，下周二回来再报」「我这周在党校学习，回来再补」: away now, reporting later — answered
  // as an absence (not-own-work-reply.ts offers to pause the reminders for the days said).
  if ((AWAY_THEN_LATER.test(norm) || AWAY_IN_WORDS.test(norm)) && len <= 24) {
    const away = notOwnWork(norm);
    const when = away?.kind === "away" ? away.when : /这周|本周|下周/.exec(norm)?.[0];
    return { kind: "unclear", suggest: "away", ...(when ? { when } : {}) };
  }
  return undefined;
}
