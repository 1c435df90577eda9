import { type Org, sectionName } from "../domain/org.js";
import { formatDate, toLocal } from "../domain/period.js";
import type { HistoryEntry, Update } from "../domain/update.js";

/**
 * An update's history as people read it: Chinese, in the configured time zone, with who did it
 * when that was not the author, and the text as it was before each edit.
 */
const ACTION: Record<HistoryEntry["action"], string> = {
  created: "提交",
  edited: "修改",
  confirmed: "确认",
  withdrawn: "撤回",
  "section-changed": "更改科室",
  imported: "导入",
  restored: "恢复",
};

const STATUS: Record<string, string> = { confirmed: "已确认", draft: "草稿", withdrawn: "已撤回" };

export function localTime(iso: string, timezone: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const t = toLocal(at, timezone);
  return `${formatDate(t)} ${String(t.hour).padStart(2, "0")}:${String(t.minute).padStart(2, "0")}`;
}

function noteOf(org: Org, h: HistoryEntry): string {
  if (!h.note) return "";
  if (h.action === "section-changed") {
    const [from, to] = h.note.split(" → ");
    if (from && to && from === to) return `（选定：${sectionName(org, to)}）`;
    if (from && to) return `（${sectionName(org, from)} → ${sectionName(org, to)}）`;
  }
  if (h.action === "withdrawn") {
    const was = /^was (\w+)$/.exec(h.note)?.[1];
    return was ? `（撤回前：${STATUS[was] ?? was}）` : "";
  }
  if (h.action === "created") return "";
  return `（${h.note}）`;
}

export function historyLines(org: Org, u: Update, timezone: string): string[] {
  return u.history.flatMap((h) => {
    const who = h.by === u.author ? "" : ` · ${org.people.find((p) => p.id === h.by)?.name ?? h.by}`;
    const line = `${localTime(h.at, timezone)} ${ACTION[h.action] ?? h.action}${noteOf(org, h)}${who}`;
    if (h.action !== "edited" || h.previousText === undefined) return [line];
    const before = [...h.previousText];
    const shown = before.length > 300 ? `${before.slice(0, 300).join("")}…` : h.previousText;
    // A text of several lines (存在问题：…、下一步计划：…) stays indented under its entry, line by line.
    const [first = "", ...rest] = shown.split("\n");
    return [line, `　修改前：${first}`, ...rest.filter((l) => l.trim() !== "").map((l) => `　　　　　${l}`)];
  });
}
