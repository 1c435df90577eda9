import { toSimplified } from "../domain/normalize.js";
import { findPerson, type Org } from "../domain/org.js";
import { isoWeek } from "../domain/period.js";
import type { Update } from "../domain/update.js";
import { confirmUpdate } from "./commands/confirm.js";
import { markWithdrawn } from "./commands/withdraw-update.js";
import type { Known } from "./intake.js";
import { cardReply, updateSubject } from "./render-update.js";
import { filedForMe, ownAfterAll } from "./report-for-colleague.js";
import type { DialogueState } from "./state.js";
import type { Command, Reply, Services } from "./types.js";

/**
 * Round fifty-three: the colleague, not knowing a 代报 was filed for them, sends the same work again. Their new draft is
 * never silently a second copy: its card asks in one line whether it replaces the one filed for them this week, both
 * stay, or the new one goes — 替换 / 两条都留 / 不要这条.
 */

const bigrams = (t: string) => {
  const s = toSimplified(t)
    .replace(/[^\u4e00-\u9fff0-9]/gu, "")
    .replace(/[他她]/g, "");
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
};

/** Two texts about the same work: half or more of the shorter one's character pairs in the other. */
export function sameWork(a: string, b: string): boolean {
  const x = bigrams(a);
  const y = bigrams(b);
  const small = x.size <= y.size ? x : y;
  const big = small === x ? y : x;
  if (small.size < 6) return false;
  let n = 0;
  for (const g of small) if (big.has(g)) n++;
  return n / small.size >= 0.5;
}

/** The update a colleague filed for the person this week that `u` (the person's own new draft) repeats, if any. */
export async function filedAlike(
  services: Services,
  personId: string,
  u: Update,
): Promise<Update | undefined> {
  if (u.reportedFor || u.status !== "draft") return undefined;
  const week = isoWeek(services.clock.now(), services.timezone);
  const mine = await filedForMe(services, personId, {});
  return mine.filter((x) => x.week === week && sameWork(x.normalizedText, u.normalizedText)).at(-1);
}

/** The new draft's card, asking the one question. */
export function alikeCard(org: Org, u: Update, old: Update): Reply {
  const by = findPerson(org, old.author)?.name ?? old.author;
  const subject = updateSubject(u);
  return cardReply({
    title: `这条和${by}本周代您填的那条很像：用这条替换它、两条都留，还是不要这条？`,
    template: "orange",
    blocks: [`**${by}代填**\n> ${old.originalText}`, `**您这条（#${u.seq}，草稿）**\n> ${u.originalText}`],
    buttons: [
      { label: "替换", command: `替换代填 ${u.seq}`, subject, style: "primary" },
      { label: "两条都留", command: `确认 ${u.seq}`, subject },
      { label: "不要这条", command: `撤回 ${u.seq}`, subject, style: "danger" },
    ],
  });
}

const REPLACE = /换|替换|顶替|代替|(?:代填|代报|帮我报|替我报)的?(?:那|这)?条?(?:撤|删|不要|作废)/;
const BOTH = /(?:两|二|俩)(?:条|个)?都(?:留|要|存|记)|都留|都要|都存|不是一回事|不是一个事/;

/**
 * Said to that card: 「用我这条 把陈静代填那条换了」 replaces; 「两条都留着 不是一回事」 keeps both (the new one confirmed) —
 * however they read (a no would have dropped the new one). Undefined when not that card or neither is said.
 */
export async function answerAlike(services: Services, input: Known, state: DialogueState, text: string) {
  if (state.mode !== "confirm") return undefined;
  const u = await services.store.getUpdate(state.updateId);
  if (!u || u.author !== input.person.id) return undefined;
  const t = toSimplified(text);
  const replace = REPLACE.test(t);
  if (!replace && !BOTH.test(t)) return undefined;
  const old = await filedAlike(services, input.person.id, u);
  if (!old) return undefined;
  return replace ? replaceFiled(services, input, u, old, state) : confirmUpdate(services, input, u, state);
}

async function replaceFiled(services: Services, input: Known, u: Update, old: Update, state: DialogueState) {
  await markWithdrawn(services, old.id, input.person.id, input.messageId);
  const by = findPerson(services.org, old.author)?.name ?? old.author;
  const done = await confirmUpdate(services, input, u, state);
  return [{ text: `好的，${by}代您填的那条撤回了（不计入总结），用您这条。` }, ...done];
}

/** 「替换代填 N」, the card's 替换 button: draft N confirmed, the alike 代报 of this week withdrawn. */
export const replaceBehalfCommands: Command[] = [
  {
    names: ["替换代填"],
    help: "替换代填 编号 — 用自己这条替换同事本周代您填的那条",
    async run(ctx) {
      const m = /^#?\s*(\d+)/.exec(ctx.args);
      const u = m ? await ctx.services.store.findBySeq(ctx.person.id, Number(m[1])) : undefined;
      const input = { ...ctx.input, person: ctx.person };
      const old = u ? await filedAlike(ctx.services, ctx.person.id, u) : undefined;
      if (!u || !old) return { text: "没有找到要替换的代填内容，没有做任何改动。" };
      const state = { mode: "confirm" as const, updateId: u.id };
      return replaceFiled(ctx.services, input, u, old, state);
    },
  },
];

/** What is said about whose work a card is (report-for-colleague.ts ownAfterAll), then answerAlike: replies, or undefined. */
export async function whoseAfterAll(services: Services, input: Known, state: DialogueState, text: string) {
  const own = await ownAfterAll(services, input, state, text);
  return own ? [own] : answerAlike(services, input, state, text);
}
