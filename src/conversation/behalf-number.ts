import { findPerson, type Person } from "../domain/org.js";
import { filedForMe } from "./report-for-colleague.js";
import { cardReply, understoodBlocks } from "./render-update.js";
import { historyLines } from "./render-history.js";
import type { Reply, Services } from "./types.js";

/**
 * Lead53's console trial: 孙磊's 「我的填报」 lists 「#1 …（陈静代填）」, he types 「改一下1 农户是95个」 and was told 「没有找到您的第
 * 1 条填报」 — true, and no help. With no update of his own by that number, the one a colleague filed for him under it is
 * named, with what he can do (send the right content, which asks whether to replace it; or ask the filer), and that
 * nothing was changed.
 */
export async function filedForMeNumbered(
  services: Services,
  person: Person,
  n: number,
): Promise<Reply | undefined> {
  if (!(n > 0)) return undefined;
  return numberedText(services, await filedUnder(services, person, n), n);
}

/**
 * dlg54: the one confirmed update a colleague filed for the person under number `n` (a draft is the filer's to settle) — the
 * colleague may correct their own work by the number their 「我的填报」 shows (「改一下1 不是四十户 是四十六户」); the
 * filer is told when the change is saved (edit-save.ts). Lead55: withdrawing it (「撤回 1」) is theirs too, the filer told
 * (withdraw-restore.ts); 「恢复 1」 finds it withdrawn.
 */
export async function filedForMeOpen(
  services: Services,
  person: Person,
  n: number,
  status: "confirmed" | "withdrawn" = "confirmed",
) {
  // 「恢复 1」: one withdrawn by this person (a 代报 the filer withdrew is the filer's to bring back).
  const under =
    status === "confirmed"
      ? await filedUnder(services, person, n)
      : (await services.store.listUpdates({ status: ["withdrawn"] })).filter(
          (u) =>
            u.reportedFor === person.id &&
            u.seq === n &&
            u.history.findLast((h) => h.action === "withdrawn")?.by === person.id,
        );
  const theirs = under.filter((u) => u.status === status);
  return theirs.length === 1 ? theirs[0] : undefined;
}

/** Confirmed updates colleagues filed for the person, the latest first (what 「…不对 是N」 with no number may mean). */
export async function filedForMeLatest(services: Pick<Services, "store">, personId: string) {
  return (await filedForMe(services, personId, {}))
    .filter((u) => u.status === "confirmed")
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** What colleagues filed for the person under number `n` (each filer numbers their own). */
async function filedUnder(services: Services, person: Person, n: number) {
  return (await filedForMe(services, person.id, {})).filter((u) => u.seq === n);
}

function numberedText(
  services: Services,
  theirs: Awaited<ReturnType<typeof filedUnder>>,
  n: number,
): Reply | undefined {
  if (theirs.length === 0) return undefined;
  const names = [...new Set(theirs.map((u) => findPerson(services.org, u.author)?.name ?? u.author))];
  const by = names.join("、");
  return {
    text:
      `您自己没有第 ${n} 条填报；「我的填报」里的 #${n} 是${by}代您填的，编号是${by}的。` +
      `内容不对可以发「修改 ${n} 正确的内容」自己改（改好后我会告诉${by}），或直接把正确的内容发给我（我会问您要不要替换代填的那条）；不该报可以发「撤回 ${n}」（我会告诉${by}）。` +
      "这次没有改动任何填报。",
  };
}

/** 「查看 1」 of a 代报 under the filer's number: the update shown as 查看 shows one's own, without buttons that act on it. */
export async function filedForMeShown(
  services: Services,
  person: Person,
  n: number,
): Promise<Reply | undefined> {
  const theirs = await filedUnder(services, person, n);
  const [u] = theirs;
  if (!u || theirs.length > 1) return numberedText(services, theirs, n);
  const by = findPerson(services.org, u.author)?.name ?? u.author;
  return cardReply({
    title: `#${u.seq} ${u.date}（${by}代填）`,
    template: "blue",
    blocks: [
      ...understoodBlocks(services.org, u),
      `**原文**\n${u.originalText}`,
      `**记录**\n${historyLines(services.org, u, services.timezone).join("\n")}`,
      `编号是${by}的：要改请直接把正确的内容发给我（我会问您要不要替换这条），或发「修改 ${n}」「撤回 ${n}」（改了、撤了我会告诉${by}）。`,
    ],
  });
}
