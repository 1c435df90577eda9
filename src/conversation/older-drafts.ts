import type { Store } from "../store/types.js";

/**
 * A new report while several drafts wait (intake.ts): the earlier drafts beside the one last shown are named with it,
 * so none drops from sight — 「#1、#2 还没有确认」 rather than only 「上一条 #2」.
 */
export async function olderDrafts(
  store: Store,
  author: string,
  besides: ReadonlyArray<{ id: string }>,
): Promise<number[]> {
  const ids = new Set(besides.map((u) => u.id));
  return (await store.listUpdates({ author, status: "draft" }))
    .filter((u) => !ids.has(u.id))
    .map((u) => u.seq)
    .sort((a, b) => a - b);
}

const listed = (seqs: readonly number[]) => seqs.map((n) => `#${n}`).join("、");
const confirms = (seqs: readonly number[]) => seqs.map((n) => `「确认 ${n}」`).join("");

/** The last draft shown and the older ones, all unconfirmed, in one line. */
export function prevAndOlderLine(prev: number, older: readonly number[]): string {
  const all = [...older, prev].sort((a, b) => a - b);
  return `之前的 ${listed(all)} 都还没有确认，已保留为草稿（没有计入总结）；需要时分别发送${confirms(all)}。`;
}

/** The older drafts, after another line. */
export function olderLine(older: readonly number[]): string {
  return older.length === 0 ? "" : `另外 ${listed(older)} 也还没有确认，需要时分别发送${confirms(older)}。`;
}
