import type { Intent, IntentContext } from "./intent-types.js";

/**
 * 「算了 我再问问主任」「算了 等会再说」「算了 回头再说吧」 with nothing waiting (after the bot asked what the matter
 * was, s20-d19, s21-d11, s22-d04): the person turns away to ask someone or to come back later — talk put off, not
 * the 取消 of anything (nothing is in progress). With an edit or guided filling in progress it stays 取消 (the
 * awaiting state is then not 「nothing」).
 */
const TURN_AWAY = /^(?:哎呀?|唉|嗨|哦|噢)?(?:算了|算咯|算啦|算喽|罢了)+[，,、。\s]+(.+)$/u;
/** Asking someone first, or later: 我再问问主任、问下老王去、等会再说、回头再讲、改天再聊. */
const LATER =
  /^(?:我|俺)?(?:再|先|去)?(?:去)?(?:问问|问一?下|问一?哈|打听(?:一)?下)[\u4e00-\u9fff]{0,6}$|^(?:我|俺)?(?:等会儿?|等下|待会儿?|回头|以后|改天|晚点|过两天|明天|下回)?(?:再)(?:说|讲|聊|问问?|弄|看看?)(?:吧|哈|啊|了)*$/u;

export function turnsAwayLater(norm: string, ctx: IntentContext): Intent | undefined {
  if (ctx.awaiting !== "nothing") return undefined;
  const rest = TURN_AWAY.exec(norm)?.[1];
  if (!rest) return undefined;
  const clauses = rest.split(/[，,。；;！!～~\s]+/u).filter((c) => c !== "");
  return clauses.length > 0 && clauses.every((c) => LATER.test(c))
    ? { kind: "smalltalk", topic: "later" }
    : undefined;
}
