import { askedClauses, asksWhetherRight } from "./clause-answer.js";
import type { Intent } from "./classify-intent.js";
import { deniesProblem, deniesProblemAsked } from "./problem-denied.js";

/**
 * 「这个没麻达吧？」「没差错吧？今天跑了一天 累得不行」: a problem denied, typed as a question — the person asks
 * whether it is right, wherever the question stands among the clauses; no yes (the same asked clauses
 * yes-beside-talk.ts reads).
 */
export function denialAsked(norm: string, core: string): boolean {
  return (/[？?]\s*$/u.test(norm) && deniesProblem(core)) || asksWhetherRight(norm);
}

/** A figure or a change said beside the question: the rest of the rules read it (「没毛病吧？ 不对 人数是30人」). */
const MORE_BESIDE = /\d|[一二两三四五六七八九十百千万][个人家场次户村元项件]|改|不对|错|删|撤/u;

/**
 * To a card or an edit preview, beside a denial asked: what the other clauses answer on their own (「没麻达吧？
 * 那就改吧」 is the yes), else — with no figure or change beside it — unclear: the bot asks in one line and keeps
 * what waits (「这数没毛病吧？我今儿脑子有点懵」「改的没毛病吧？」). Undefined leaves it to the rest of the rules.
 */
export function answerBesideAsked(
  norm: string,
  answer: (rest: string) => Intent | undefined,
): Intent | undefined {
  const rest = askedClauses(norm)
    .filter((c) => !deniesProblemAsked(c.text, c.asked))
    .map((c) => c.text)
    .join("，");
  const beside = rest === "" ? undefined : answer(rest);
  if (beside?.kind === "answer" && beside.answer !== "text") return beside;
  return MORE_BESIDE.test(rest) ? undefined : { kind: "unclear" };
}

/**
 * 「刚才那个草稿帮我确认一下」「这个草稿给确认了吧」「那条帮我存一下」 while one card waits: the draft named (刚才、这、那
 * with 个 or 条, or 草稿) and confirmed — the yes to that card.
 */
const THIS_DRAFT =
  /^(?:刚才|刚刚|刚|上面|最后)?(?:这|那)?(?:一)?(?:个|条)?(?:草稿|填报)?(?:帮我|给我|麻烦你?|请你?|你)?(?:给)?(?:确认|存|提交|保存)(?:一下子?|下|了|掉|上|起来)?(?:吧|哈|啊|嘛|呗)*$/u;

export function thisDraftConfirmed(core: string): boolean {
  const named = /^(?:刚才|刚刚|刚|上面|最后)?(?:这|那)(?:一)?(?:个|条)|草稿/u.test(core);
  return named && THIS_DRAFT.test(core);
}
