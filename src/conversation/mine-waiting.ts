import type { Org } from "../domain/org.js";
import type { Update } from "../domain/update.js";
import { oneLine } from "./render-update.js";
import type { Reply } from "./types.js";

/**
 * 「还有哪些没确认的」「哪些还没确认啊」 (我的填报 待确认): the drafts still waiting, and only those — or, when
 * none waits, said so with what was confirmed — never the whole year's list to search through
 * (29th-round console trial). Withdrawn ones are not waiting.
 */
export function waitingList(org: Org, mine: readonly Update[], year: string): Reply {
  const drafts = mine.filter((u) => u.status === "draft").sort((a, b) => a.seq - b.seq);
  const confirmed = mine.filter((u) => u.status === "confirmed" && u.date.startsWith(year)).length;
  if (drafts.length === 0)
    return {
      text: `您没有待确认的填报${confirmed > 0 ? `，${year}年已确认的 ${confirmed} 条都计入总结` : ""}。发送「我的填报」看全部填报和编号。`,
    };
  const how =
    drafts.length === 1
      ? `回复「确认 ${drafts[0]!.seq}」确认，要改发「修改 ${drafts[0]!.seq}」。`
      : "回复「确认 编号」确认一条，「全部确认」一起确认；要改发「修改 编号」。";
  return {
    text: `待确认的填报 ${drafts.length} 条（确认后才计入总结）：\n${drafts.map((u) => oneLine(u, org)).join("\n")}\n\n${how}`,
  };
}
