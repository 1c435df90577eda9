import type { Intent, IntentContext } from "./classify-intent.js";
import { saysDays } from "../domain/resolve-dates.js";
import type { Section } from "../domain/org.js";
import { numberOf } from "./intent-lexicon.js";
import { listPlace } from "./list-place.js";
import { sectionAnswer } from "./section-answer.js";
import { FIGURE } from "./work-lexicon.js";

export { listPlace };

/**
 * Short answers to the questions whose answer is a command the bot offered: a yes/no question
 * (「要撤回 #3 吗？」 → 撤回 3, 「您是要定稿吗？」 → 定稿 2026) and a list of updates with a button each
 * (「要撤回哪一条？」 → the number typed is the number shown). Pure: the classifier calls them.
 */

/** An offered command, as the intent the engine runs through its table. */
export function offered(text: string): Intent {
  return { kind: "command", command: text.split(" ")[0] ?? text, text };
}

/** 「好的」「行」 runs what was offered; 「不用」「算了」 runs the offered no, or is answered as a no. */
export function yesNoAnswer(ctx: IntentContext, said: "yes" | "no" | undefined): Intent | undefined {
  const q = ctx.yesNo;
  if (!q || !ctx.justAsked || !said) return undefined;
  if (said === "yes") return offered(q.yes);
  return q.no ? offered(q.no) : { kind: "answer", answer: "no" };
}

/**
 * What a yes takes when the bot offered one thing: the one update listed (「您上周没有填报记录。是下面哪一条？」
 * with #1 alone) or the command of 「要撤回 #3 吗？」. Undefined when several were listed or nothing was asked.
 */
export function oneOffered(ctx: IntentContext): Intent | undefined {
  if (!ctx.justAsked) return undefined;
  if (ctx.awaiting === "yes-no") return yesNoAnswer(ctx, "yes");
  const only =
    ctx.awaiting === "which-update" && ctx.updateChoice?.length === 1 ? ctx.updateChoice[0] : undefined;
  return only ? offered(only.command) : undefined;
}

/** 「2」「#2」「2号」「第2条」: the update numbered so on the list (not the second line of it); a yes to one listed. */
export function whichUpdateAnswer(
  core: string,
  ctx: IntentContext,
  saysNo: boolean,
  saysYes = false,
): Intent | undefined {
  if (!ctx.justAsked) return undefined;
  if (saysYes && ctx.updateChoice?.length === 1) return offered(ctx.updateChoice[0]!.command);
  // 「就是第二条」「是2号」「要第二个」「改第一条吧」: the pick said with a lead word, or counted with 个 (trial33's leftover).
  const m =
    /^(?:那|那就)?(?:就是|是|就|要|选|改)?(?:#|第|编号)?\s*(\d{1,6}|[一二两三四五六七八九十]{1,3})\s*(?:条|号|个)?(?:吧|啊|呀|哈|的|嘛)*$/.exec(
      core,
    );
  const n = numberOf(m?.[1]);
  const picked = ctx.updateChoice?.find((o) => o.seq === n);
  if (picked) return offered(picked.command);
  return saysNo ? { kind: "answer", answer: "no" } : undefined;
}

/** A draft whose section the bot asked for, still unchosen, and the sections as its question listed them. */
export interface SectionWaiting {
  seq: number;
  sections: ReadonlyArray<Pick<Section, "id" | "name" | "aliases">>;
}

/**
 * 「1」「高企那块」 while a newer card shows and an earlier draft still waits for its section: the
 * answer goes to the last question that listed sections (the card asked none), said as such.
 */
export function earlierSectionAnswer(core: string, waiting: SectionWaiting): Intent | undefined {
  const section = sectionAnswer(core, waiting.sections);
  return section ? { kind: "answer", answer: "section", section, seq: waiting.seq } : undefined;
}

/** A reply to a card that may name a section: the person reports for several, and it is no number. */
export function mayNameSection(core: string, ctx: IntentContext): boolean {
  return ctx.sections.length > 1 && !/\d|^[一二三四五六七八九十]$/.test(core) && !KEPT_CLAUSE.test(core);
}
/**
 * 「数我看了 没问题 入库」: 入库 said alone or after a yes (没问题、对了) is the card kept (answer-words.ts), though it is a word of 高企's
 * work (科技型中小企业入库) — no section named (round fifty-two).
 */
const KEPT_CLAUSE = /(?:^|(?<=[了题病对行好嘛吧咧哩错]))(?:入库|入进去)(?:吧|了|哈|嘛|咧|哩|撒)*$/u;

/** The draft described as the one just sent (新报的、是我刚报的), and 确认那个 after it: no more than the place said. */
const JUST_SENT =
  /(?:是)?(?:我)?(?:刚才?|刚刚|新|后来)(?:报|发|填|写|交)(?:的|那条|那个)|确认(?:那个|这个|那条|这条|它)?/g;

/**
 * 「底下那个 新报的」「后面那个是我刚报的 确认那个」 to the list of two drafts: the place said (listPlace), and beside it
 * only that it is the one just sent — the draft at that place.
 */
export function placeDescribed(norm: string, listed: readonly number[]): Intent | undefined {
  const rest = norm
    .replace(JUST_SENT, " ")
    .split(/[，,。\s]+/)
    .filter((c) => c !== "");
  if (rest.length !== 1 || rest[0] === norm.trim()) return undefined;
  const n = listPlace(rest[0]!, listed);
  return n === undefined ? undefined : { kind: "answer", answer: "number", n };
}

/** 「28号到31号吧」 to 「月底具体是哪几天？」: the days said are the 请假 asked for (it resolves them). */
export function daysAnswer(norm: string, core: string, ctx: IntentContext): Intent | undefined {
  const days = ctx.yesNo?.yes === "请假" && ctx.justAsked && saysDays(norm);
  return days && [...core].length <= 20 && !FIGURE.test(norm) ? offered(`请假 ${norm}`) : undefined;
}
