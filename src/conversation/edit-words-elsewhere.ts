import { toSimplified } from "../domain/normalize.js";
import type { Update } from "../domain/update.js";
import { editBase } from "./edit-update.js";
import { whichCard } from "./correction-target.js";
import { commandOverAnswer } from "./command-over-answer.js";
import { partWrongOnCard } from "./card-field-wrong.js";
import type { Intent, IntentContext } from "./intent-types.js";
import type { CommandContext, Reply } from "./types.js";

/**
 * 「第二条写错了 专家服务团是2次」 after one message was split by section into #2 and #3: the number may count
 * the drafts just listed, not the updates. When the words of the correction (专家服务团) are not in the update
 * named but are in exactly one other of the person's recent updates, that one may be meant — the caller asks
 * which (commands/confirm.ts 修改), unless the update was picked from a card already.
 */

/** A figure and its unit (2次、15条、45万元): the new value, which names no thing. */
const FIGURE = /\d+(?:\.\d+)?\s*[万亿千百]?[\u4e00-\u9fff]?/g;
/** What a correction says besides the thing: the complaint, the verbs of the new value, pointers, particles. */
const NOT_NAMING =
  /写错了?|填错了?|搞错了?|弄错了?|打错了?|报错了?|记错了?|错了|有误|不对|应该是|应该|应为|改成|改为|换成|正确的?是|不是|数字|数目|那条|这条|那个|这个|刚才|上一条|第[一二三四五六七八九十两\d]+[条个]|[一二三四五六七八九十两\d]+号|修改|[的了是呢啊吧哈嘛呀里数]/g;
/** The unit of the new value said (6家 → 家). */
const UNIT_SAID = /\d+(?:\.\d+)?\s*[万亿千百]?([\u4e00-\u9fff])/u;
/** How many of the latest updates are searched for the words. */
const RECENT = 5;
/** Shortest run of words that names a thing in another update. */
const NAMES_AT = 3;

/** The runs of Chinese words in a correction that may name a thing (figures and complaint taken out). */
export function namingRuns(said: string): string[] {
  return toSimplified(said)
    .replace(FIGURE, " ")
    .replace(NOT_NAMING, " ")
    .split(/[^\u4e00-\u9fff]+/)
    .filter((r) => [...r].length >= 2);
}

/** The longest stretch of any run found in `text`. */
function longestIn(text: string, runs: readonly string[]): string {
  const t = toSimplified(text);
  let best = "";
  for (const run of runs) {
    const chars = [...run];
    for (let len = chars.length; len > [...best].length; len--)
      for (let i = 0; i + len <= chars.length; i++) {
        const part = chars.slice(i, i + len).join("");
        if (t.includes(part)) {
          best = part;
          break;
        }
      }
  }
  return best;
}

/**
 * The one other update that holds the words of `said` while `target` does not (and the words), or
 * undefined when the target holds them, none does, or several do.
 */
export function wordsElsewhere(
  target: Update,
  said: string,
  others: readonly Update[],
): { update: Update; words: string } | undefined {
  const runs = namingRuns(said);
  if (runs.length === 0) return undefined;
  const here = [...longestIn(editBase(target), runs)].length;
  // 「第2条写错了 是走访了6家」 (round fifty-one, console trial): a two-character word (走访) names the thing when the other
  // update also counts in the unit said (5家) and the one named has no count in it — the 6家 was appended to #2 before.
  const unit = UNIT_SAID.exec(toSimplified(said))?.[1];
  const counts = (u: Update) =>
    unit !== undefined && new RegExp(`\\d\\s*[万亿千百]?${unit}`, "u").test(editBase(u));
  const found = others
    .filter((u) => u.id !== target.id)
    .map((u) => ({ update: u, words: longestIn(editBase(u), runs) }))
    .filter(
      (f) =>
        [...f.words].length >= here + 2 &&
        ([...f.words].length >= NAMES_AT || (here === 0 && counts(f.update) && !counts(target))),
    );
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The question when the words of an edit are only in another of the person's latest updates: one line, a
 * button for each of the two (the correction kept on both), nothing changed. Undefined: no reason to ask.
 */
export async function askIfElsewhere(
  ctx: CommandContext,
  target: Update,
  said: string,
): Promise<Reply | undefined> {
  const latest = (
    await ctx.services.store.listUpdates({ author: ctx.person.id, status: ["draft", "confirmed"] })
  )
    .sort((a, b) => b.seq - a.seq)
    .slice(0, RECENT);
  const other = wordsElsewhere(target, said, latest);
  if (!other) return undefined;
  return whichCard(
    ctx,
    { action: "修改", ref: `#${target.seq}`, said },
    [other.update, target],
    `「${other.words}」在 #${other.update.seq} 里，#${target.seq} 里没有：改哪一条？`,
  );
}

/** A mistake said in so many words (写错了、不对、有误); 「还要改」 only puts the draft off. */
const MISTAKE = /写错|填错|搞错|弄错|打错|报错|错了|有误|不对/;

/**
 * 「第二条写错了 专家服务团是2次」 to 「确认哪一条？」: the draft picked is the one said to be wrong — the correction of
 * it (修改 of that number, read from the whole message), never its confirmation. 「头一个 第二个还要改」 stays the pick.
 */
export function pickedWrong(
  norm: string,
  ctx: IntentContext,
  answer: Intent | undefined,
  classify: (text: string, ctx: IntentContext) => Intent,
): Extract<Intent, { kind: "command" }> | undefined {
  if (ctx.awaiting !== "which-draft" || answer?.kind !== "answer" || answer.answer !== "number")
    return undefined;
  if (!MISTAKE.test(norm)) return undefined;
  const read = commandOverAnswer(norm, ctx, classify, true);
  const n = read ? /^修改\s+#?(\d+)/.exec(read.text)?.[1] : undefined;
  return n !== undefined && Number(n) === answer.n ? read : undefined;
}

/**
 * A complete command said over the answer to the pending question (command-over-answer.ts: after an opening answer word,
 * or the whole message when the answer was a yes, a no or all), or the pick said wrong (pickedWrong).
 */
export function commandOverPick(
  norm: string,
  ctx: IntentContext,
  answer: Intent | undefined,
  classify: (text: string, ctx: IntentContext) => Intent,
): Extract<Intent, { kind: "command" }> | undefined {
  const said = answer?.kind === "answer" && ["yes", "no", "all"].includes(answer.answer);
  // 「金额唔啱 要改」 to the card: a part said wrong and a change asked for is 修改 of it (card-field-wrong.ts).
  const edit = answer?.kind === "answer" && answer.answer === "no" ? partWrongOnCard(norm, ctx) : undefined;
  return edit ?? commandOverAnswer(norm, ctx, classify, said) ?? pickedWrong(norm, ctx, answer, classify);
}
