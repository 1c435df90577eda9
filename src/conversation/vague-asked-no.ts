import type { Intent, IntentContext } from "./classify-intent.js";
import { SENT_BY_MISTAKE } from "./intent-lexicon.js";
import { FIGURE } from "./work-lexicon.js";

/**
 * 「不记 打错了」「别记 发错了」「莫记 手滑了」「发错哒 不用管」: said right after the bot asked what an unclear message
 * meant (vague-reply.ts, state ask-report with `vague`): the person takes that message back — a no to the
 * question, nothing stored and nothing offered to withdraw (the message was never stored). Only while that
 * question is recent (`vagueAsked`); with nothing pending the same words stay an aside or a withdraw offer
 * (talk-aside.ts). A slip said with something new (a figure, a right value) is left to the rules.
 */
const DONT_KEEP =
  /^(?:那?就?)?(?:不|别|莫|甭|不用|不要|莫要|别要|冇要|不消)(?:记|存|保存|管|理|看)(?:它|了|哒|咯|啊|哈)*(?=[\s，,。！!]|$)/;
const SLIP = /打错|按错|点错|手滑|输错|弄错|搞错|错了/;
/** 「不是 手滑了」「没啥 点错了」: the question's guess turned down beside the slip — only with the slip said. */
const NOT_MEANT = /^(?:不是|没|没啥|没事|没什么|啥也不是|不是这个意思)(?:啊|哈|的|了|哒|咯|嘞)*$/;

export function vagueAskedNo(norm: string, core: string, ctx: IntentContext): Intent | undefined {
  if (!ctx.vagueAsked || [...core].length > 14 || FIGURE.test(norm)) return undefined;
  const clauses = norm.split(/[\s，,。！!～~]+/).filter(Boolean);
  const dontKeep = clauses.some((c) => DONT_KEEP.test(c));
  const slip = clauses.some((c) => SLIP.test(c) || SENT_BY_MISTAKE.test(c));
  // Every clause must be one of the two (or a plain no beside the slip): 「不记 发错了」, 「打错了 莫管」, 「发错了」
  // alone, 「不是 手滑了」.
  const allSaid = clauses.every(
    (c) => DONT_KEEP.test(c) || SLIP.test(c) || SENT_BY_MISTAKE.test(c) || NOT_MEANT.test(c),
  );
  return (dontKeep || slip) && allSaid ? { kind: "answer", answer: "no" } : undefined;
}
