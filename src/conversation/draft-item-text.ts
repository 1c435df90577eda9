import type { Intent, IntentContext } from "./intent-types.js";
import { canonical } from "./everyday-command.js";
import { N, partIn } from "./leader-part.js";
import { ITEM_REPLACING } from "../drafting/item-edit.js";
import { wordsAsTyped } from "./words-as-typed.js";

/**
 * 「计划部分第2条换成：开展科技下乡活动20场次」「（四）第一条改为 全年下乡服务180余场次」「问题第二条改成人员力量不足」: a
 * leader's own words for one item of a part named — 改写 that part's item (item-edit.ts), never the whole part (the
 * plan became one line) nor the leader's own update #2. The part opens the message; a word of replacing (改成、换成、
 * 应为) or a colon stands between the item and its words, 4 characters or more.
 */
const BARE_PART =
  /^(?:(?:存在的?|主要)?(?:问题和不足|问题|不足)|(?:明年|下一年|来年|\d{4}年)?的?(?:工作)?计划)(?=的?\s*第\s*(?:[0-9]|[一二三四五六七八九十]))/u;

export function draftItemText(norm: string, ctx: IntentContext, raw: string): Intent | undefined {
  if (!ctx.leader) return undefined;
  // 「问题第二条」「计划第一条」: the bare part word (which alone opens many a report) names the part when an item follows.
  const bare = BARE_PART.exec(norm);
  const part = bare
    ? { label: /问题|不足/.test(bare[0]) ? "问题" : "计划", at: 0, length: bare[0].length }
    : partIn(norm, ctx);
  if (!part || part.at > 8) return undefined;
  const after = norm.slice(part.at + part.length);
  const m = new RegExp(
    `^(?:部分|那块|那段|这块|这段|那一块|里面?|中)?的?\\s*第\\s*${N}\\s*(?:条|项|点)(?:的?(?:内容|文字|那句|这句|那一句))?\\s*${ITEM_REPLACING}\\s*[：:]?\\s*([\\s\\S]{4,})$`,
    "u",
  ).exec(after);
  if (!m?.[1] || !m[2]) return undefined;
  // The words go into the draft as typed (words-as-typed.ts), not as the rules read them.
  return wordsAsTyped(canonical("改写", `${part.label} 第${m[1]}条 ${m[2].trim()}`), raw);
}

/**
 * review56: 「计划里加上明年搞个科技活动周」「第三部分加一句：全年接待参观群众1.2万人次」「计划里再整一条：…」 from a leader —
 * words to add to a part of the draft, not a report of the leader's own (they went to 记为填报). Read as 改写 with
 * 「加一条？」 (item-edit.ts): the part's reply asks once whether to add them as its next item, nothing changed unasked.
 */
const ADD_BARE =
  /^(?:(?:存在的?)?(?:问题和不足|问题|不足)|(?:明年|下一年|来年|\d{4}年)?的?(?:工作)?计划)(?=(?:里面?|里头|中|上)?(?:再|也|还)?(?:给我)?(?:加|添|补|整|弄|搞))/u;
const ADDED_AFTER =
  /^(?:部分|那块|那段|这块|这段|那一块|里面?|里头|中|上)?(?:再|也|还)?(?:给我)?(?:加上|添上|补上|加进|加一句|添一句|补一句|加一条|添一条|补一条|加一项|添一项|补一项|(?:整|弄|搞|写)一(?:条|句|项)|加个)(?:话)?\s*[：:，,]?\s*([\s\S]{4,})$/u;

export function draftItemAdded(norm: string, ctx: IntentContext, raw: string): Intent | undefined {
  if (!ctx.leader) return undefined;
  const bare = ADD_BARE.exec(norm);
  const part = bare
    ? { label: /问题|不足/.test(bare[0]) ? "问题" : "计划", at: 0, length: bare[0].length }
    : partIn(norm, ctx);
  if (!part || part.at > 8) return undefined;
  const m = ADDED_AFTER.exec(norm.slice(part.at + part.length));
  const text = m?.[1]?.trim();
  const named = `${norm.slice(part.at, part.at + part.length)}${m?.[0] ?? ""}`;
  if (!text || topicOnly(text, m![0]) || saidOfPart(named, m![0], text)) return undefined;
  return wordsAsTyped(canonical("改写", `${part.label} 加一条？ ${text}`), raw);
}

/**
 * 「人才部分加一句引进博士的情况」「计划部分再加一条数字化改革的内容」: what to write about, not the words to add — a 重写
 * with that instruction (leader-corpus l-040, lf-012). After a colon, or with a figure, the words are the item's.
 */
function topicOnly(text: string, said: string): boolean {
  if (/[：:]/.test(said) || /\d/.test(text)) return false;
  return /^关于|(?:的|方面的?|相关的?)?(?:情况|内容|事情?|工作|表述|提法|亮点|成效|做法)$/u.test(text);
}

/**
 * 「存在问题那块加一句经费保障不足」: one plain sentence for a part named with 那块/部分, no colon, no figure — the offline review
 * adds it at the part's end as a new version at once (重写, round fifty: review-add-sentence-50), as before review56.
 */
function saidOfPart(named: string, said: string, text: string): boolean {
  return /(?:部分|那块|那段|这块|这段|那一块)/u.test(named) && !/[：:]/.test(said) && !/\d/.test(text);
}
