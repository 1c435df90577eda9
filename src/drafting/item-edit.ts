import { AppError } from "../errors.js";
import { endSentence, trimEnd } from "./document-labels.js";
import type { DraftPart } from "./draft-model.js";

/**
 * Lead53's console trial: a leader reviewing the draft typed 「计划部分第2条换成：开展科技下乡活动20场次」 and the whole plan
 * became that one line (改写 replaces a part); 「问题第二条改成人员力量不足」 went to the leader's own update #2. One item
 * of a part, replaced by the reviewer's words, keeps every other item, its wording and its sources: 「改写 计划 第2条 新的文字」.
 */

const NUM = "([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})";
/** What says the item's words are replaced: 改成、换成、应为, or a colon. */
export const ITEM_REPLACING = "(?:改成|改为|换成|写成|替换为|替换成|更正为|应为|应该是|[:：])";
/** 「第2条 改成 X」「第二项：X」 opening 改写's words after the part: the item's number and its new words. */
const ITEM_REPLACED = new RegExp(
  `^第\\s*${NUM}\\s*(?:条|项|点)(?:的?(?:内容|文字|那句|这句|那一句))?\\s*${ITEM_REPLACING}?\\s*[：:]?\\s*([\\s\\S]+)$`,
  "u",
);

const CN: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** A number as typed (2、２、二、十二) as an integer. */
export function itemNumber(s: string): number {
  const ascii = s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  if (s.length === 1) return CN[s] ?? 0;
  const [a, b, c] = [...s];
  if (a === "十") return 10 + (b ? (CN[b] ?? 0) : 0);
  return (CN[a as string] ?? 0) * 10 + (c ? (CN[c] ?? 0) : 0) * (b === "十" ? 1 : 0);
}

/** 「加一条 …」「新增一条：…」 opening 改写's words: a new item at the end (n 0 below). */
const ITEM_ADDED = /^(?:加|新加|增加|新增|添|添加|补|补充)(?:一|1)?(?:条|项)\s*[：:，,]?\s*([\s\S]+)$/u;

/**
 * The item and its new words when 改写's words open with 「第N条 …」 (n 0: 「加一条 …」, added at the end; n -1: 「加一条？ …」,
 * to be asked first); otherwise
 * undefined (the whole part is replaced).
 */
export function itemReplaced(rest: string): { n: number; text: string } | undefined {
  // 「加一条？ …」 (draft-item-text.ts): words a leader said to add, asked before added (n -1).
  const asked = /^加一条？\s*([\s\S]+)$/u.exec(rest.trim())?.[1]?.trim();
  if (asked) return { n: -1, text: asked };
  const added = ITEM_ADDED.exec(rest.trim())?.[1]
    ?.replace(/^[「“"]|[」”"]$/gu, "")
    .trim();
  if (added) return { n: 0, text: added };
  const m = ITEM_REPLACED.exec(rest.trim());
  if (!m?.[1] || !m[2]) return undefined;
  const text = m[2].replace(/^[「“"]|[」”"]$/gu, "").trim();
  const n = itemNumber(m[1]);
  return n > 0 && text !== "" ? { n, text } : undefined;
}

/**
 * The part with item `n` (1-based) holding `text` instead — or, n 0, `text` added as a last item: the other items,
 * paragraphs and sources as they were.
 */
export function withItemReplaced(part: DraftPart, n: number, text: string, name: string): DraftPart {
  if (part.items.length === 0)
    throw new AppError(
      "BAD_REQUEST",
      `${name}没有编号的条目，不能按第几条替换；请发送「改写 ${name} 新的文字」替换整段。`,
    );
  if (n > part.items.length)
    throw new AppError(
      "BAD_REQUEST",
      `${name}只有 ${part.items.length} 条，没有第 ${n} 条；草稿没有改动。发送「查看草稿 ${name}」可以看各条。`,
    );
  const words = text.replace(/^\s*(?:\d{1,2}\s*[.、．]|[一二三四五六七八九十]{1,3}是)\s*/u, "").trim();
  const own = {
    title: "",
    text: part.kind === "problems" ? trimEnd(words) : endSentence(words),
    sourceIds: [],
    manual: true,
  };
  const items = n === 0 ? [...part.items, own] : part.items.map((it, i) => (i === n - 1 ? own : it));
  return { ...part, ...claimsLeft(part, items), items, status: "draft", instruction: undefined };
}

/**
 * review55: what the part still claims once an item is replaced — the sources its items cite (when its items, not its
 * paragraphs, carried them all), and its 待核实 figures only while a 「×」 is left in its text.
 */
function claimsLeft(part: DraftPart, items: DraftPart["items"]): Pick<DraftPart, "sourceIds" | "unverified"> {
  const citedBefore = new Set(part.items.flatMap((i) => i.sourceIds));
  const cited = new Set(items.flatMap((i) => i.sourceIds));
  const byItems = part.sourceIds.every((id) => citedBefore.has(id));
  const text = [...part.paragraphs, ...items.map((i) => i.text), part.closing ?? ""].join("");
  return {
    sourceIds: byItems ? part.sourceIds.filter((id) => cited.has(id)) : part.sourceIds,
    unverified: text.includes("×") ? part.unverified : [],
  };
}
