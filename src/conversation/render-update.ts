import { type Org, sectionName } from "../domain/org.js";
import { shownSection } from "./section-unchosen.js";
import type { Figure, Update } from "../domain/update.js";
import { isTopicTag, tidyForCard } from "./tidy-card-text.js";
import type { ButtonSubject, CardButton, CardModel, Reply } from "./types.js";

const MAX_LIST = 12;

export function describeFigure(f: Figure): string {
  const context = tidyForCard(f.context).replace(/[，,。；;：:\s]+$/, "");
  const counted = f.counted ?? "";
  const kind = f.kind === "target" ? "（目标）" : f.kind === "problem" ? "（问题）" : "";
  // 「5所学校安装了净水设备」: a context read after the figure already starts with what it counts.
  if (counted && context.startsWith(counted)) return `${f.raw}${context}${kind}`;
  return `${context ? `${context} ` : ""}${f.raw}${counted}${kind}`.trim();
}

function bullet(lines: string[], numbered = true): string {
  const shown = lines.slice(0, MAX_LIST).map((l, i) => (numbered ? `${i + 1}. ${l}` : `· ${l}`));
  if (lines.length > MAX_LIST) shown.push(`……另有 ${lines.length - MAX_LIST} 条`);
  return shown.join("\n");
}

/** The blocks that say what the bot understood from an update. */
export function understoodBlocks(
  org: Org,
  u: Pick<Update, "section" | "items" | "figures" | "problems" | "plans">,
): string[] {
  const blocks = [`**科室**：${sectionName(org, u.section)}`];
  const items = u.items.map((i) => tidyForCard(i.text));
  const shown = items.some((i) => !isTopicTag(i)) ? items.filter((i) => !isTopicTag(i)) : items;
  if (shown.length > 0) blocks.push(`**工作事项**\n${bullet(shown)}`);
  if (u.figures.length > 0)
    blocks.push(`**数据**（${u.figures.length} 个）\n${bullet(u.figures.map(describeFigure), false)}`);
  if (u.problems.length > 0) blocks.push(`**问题与困难**\n${bullet(u.problems.map(tidyForCard))}`);
  if (u.plans.length > 0) blocks.push(`**下一步计划**\n${bullet(u.plans.map(tidyForCard))}`);
  if (u.items.length === 0 && u.problems.length === 0 && u.plans.length === 0) {
    blocks.push("（没有识别出具体事项，将按原文保存）");
  }
  return blocks;
}

export function blocksToText(
  title: string,
  blocks: string[],
  buttons: CardButton[] = [],
  note?: string,
): string {
  const body = blocks.map((b) => b.replace(/\*\*/g, "")).join("\n");
  const hint = buttons.length > 0 ? `\n回复：${buttons.map((b) => `「${typedForm(b)}」`).join(" ")}` : "";
  return `【${title}】\n${body}${hint}${note ? `\n${note}` : ""}`;
}

/** What to type for a button: its command, unless that is internal (`/ref …`). */
export function typedForm(b: Pick<CardButton, "command" | "label" | "typed">): string {
  return b.typed ?? (b.command.startsWith("/") ? b.label : b.command);
}

export function cardReply(card: CardModel): Reply {
  return { text: blocksToText(card.title, card.blocks, card.buttons, card.note), card, textIsCardCopy: true };
}

/** The subject of a button acting on one update: only its author may click it. */
export function updateSubject(u: Pick<Update, "id" | "author">): ButtonSubject {
  return { kind: "update", id: u.id, owner: u.author };
}

/** A button on an update's card: `verb seq`, carrying the update as its subject. */
export function updateButton(
  u: Pick<Update, "id" | "author" | "seq">,
  verb: string,
  style?: CardButton["style"],
): CardButton {
  return { label: verb, command: `${verb} ${u.seq}`, subject: updateSubject(u), ...(style ? { style } : {}) };
}

/** The confirmation shown after a new update: what was understood, with 确认 / 修改 / 撤回. */
export function confirmCard(org: Org, u: Update, extraNote?: string): Reply {
  const buttons: CardButton[] = [
    updateButton(u, "确认", "primary"),
    updateButton(u, "修改"),
    updateButton(u, "撤回", "danger"),
  ];
  return cardReply({
    title: `请确认填报内容（#${u.seq}）`,
    template: "blue",
    blocks: understoodBlocks(org, u),
    buttons,
    note: extraNote ?? "确认后才会计入总结；识别有误可点「修改」重新发送。",
  });
}

export function statusLabel(u: Update): string {
  if (u.noProgress) return "本周无进展";
  return { draft: "待确认", confirmed: "已确认", withdrawn: "已撤回" }[u.status];
}

export function oneLine(u: Update, org: Org): string {
  const text = u.normalizedText.replace(/\s+/g, " ");
  const short = [...text].length > 40 ? `${[...text].slice(0, 40).join("")}…` : text;
  return `#${u.seq} ${u.date} ${shownSection(org, u)}【${statusLabel(u)}】${short}`;
}
