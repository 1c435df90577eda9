import { type Org, sectionName } from "../domain/org.js";
import type { Update } from "../domain/update.js";
import { yesBesideCourtesy } from "./answer-words.js";
import { replyClauses } from "./clause-answer.js";
import type { Intent, IntentContext } from "./intent-types.js";
import type { Services } from "./types.js";
import { saysYes } from "./yes-beside-talk.js";

/**
 * A store word just after the person's own update was confirmed (「对」 to the edit preview saved and confirmed it),
 * nothing else waiting: 「存吧」「行 存上」「存起来」「存咗佢」 answer that card — five blind writers label it so
 * (b77-d02, b79-d06, b81-d06, b82-d06, b83-d06) — and are told truly that it is stored already, never a new save.
 * Read only while nothing is asked and no draft waits (a draft's card takes 存吧 as its yes, as before).
 */

/** How long after a confirm a store word is still read as said to it. */
export const JUST_CONFIRMED_MS = 30 * 60 * 1000;

/**
 * The person's update whose confirming (by the person) is their latest change to any update, made within
 * JUST_CONFIRMED_MS, while none of their updates is a draft; otherwise undefined.
 */
export async function justConfirmed(
  services: Pick<Services, "store" | "clock">,
  personId: string,
): Promise<Update | undefined> {
  const mine = await services.store.listUpdates({ author: personId });
  if (mine.some((u) => u.status === "draft")) return undefined;
  const latest = mine.reduce<Update | undefined>(
    (a, u) => (a === undefined || u.updatedAt > a.updatedAt ? u : a),
    undefined,
  );
  const last = latest?.history.at(-1);
  // Restored to confirmed (撤回 then 恢复 of a confirmed one) is as good as confirmed: 存吧 then is told so (trial40).
  const stored = last?.action === "confirmed" || last?.action === "restored";
  if (latest?.status !== "confirmed" || !stored || last?.by !== personId) return undefined;
  const age = services.clock.now().getTime() - Date.parse(last.at);
  return age >= 0 && age < JUST_CONFIRMED_MS ? latest : undefined;
}

/**
 * Keeping said in so many words, a whole clause: 存吧、存上、存起来、存下来、保存吧、那就存吧、记上、报上去、交上去、
 * 就这么存 (存咗佢、存起 arrive folded to 存上).
 */
const STORE =
  /^(?:那就?|就|你就?|您就?|帮我|给我)?(?:(?:保存|存)(?:上|起来?|下来?|进去|好|着)?|(?:记|报|交)(?:上|起来?|下来?|进去|上去)|就?这么(?:存|记|报))(?:一下)?(?:吧|哈|啊|呀|嘛|咯|噻|撒|嘞|哦|喽|咧|了|呗|啦)*$/;

/** A question (存好了吗、存上没有) asks how it stands; it is no answer. */
const ASKED = /[?？]|吗|么$|没有?$|不$/;

/** 「行 存上」「存吧」「好的 存起来吧」: a store word, beside it only yes words or courtesy. */
export function storeSaid(norm: string): boolean {
  if (ASKED.test(norm)) return false;
  const clauses = replyClauses(norm);
  if (!clauses.some((c) => STORE.test(c))) return false;
  return clauses.length === 1 || yesBesideCourtesy(clauses, (c) => STORE.test(c) || saysYes(c));
}

/**
 * Step 2 of classify-intent.ts while nothing is asked: a store word just after a confirm answers that card (not in
 * the context a command over an answer is read in, where nothing was just asked: command-over-answer.ts).
 */
export function storeAfterConfirm(norm: string, ctx: IntentContext): Intent | undefined {
  if (ctx.justConfirmed === undefined || !ctx.justAsked) return undefined;
  return storeSaid(norm) ? { kind: "answer", answer: "yes" } : undefined;
}

/** The answer to it: stored already, nothing done again, and where to look or change it. */
export function alreadyStoredText(org: Org, u: Update): string {
  // 「恢复 1」 brought back a confirmed one: the restore itself stored it again — said so, not a bare 「好的。」.
  if (u.history.at(-1)?.action === "restored")
    return `#${u.seq} 恢复后就是已确认状态（${sectionName(org, u.section)}），会计入${u.date.slice(0, 4)}年工作总结，不用再存。要看发「查看 ${u.seq}」，要改发「修改 ${u.seq}」。`;
  return `#${u.seq} 这条已经保存确认了（${sectionName(org, u.section)}），会计入${u.date.slice(0, 4)}年工作总结，不用再存。要看发「查看 ${u.seq}」，要改发「修改 ${u.seq}」。`;
}
