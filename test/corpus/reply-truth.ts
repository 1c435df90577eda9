import type { Update } from "../../src/domain/update.js";

/**
 * Does a reply tell the truth about what its turn did to the store? A dialogue turn's updates are
 * snapshot before and after; a reply that claims a change that did not happen (「已确认保存」 with
 * nothing confirmed, 「没有保存」 while a draft was made), or a change made without a word of it
 * (a draft confirmed, withdrawn, restored, edited or moved silently), is untrue.
 */
export type Snapshot = ReadonlyMap<string, { seq: number; status: string; text: string; section: string }>;

export function snapshot(updates: readonly Update[]): Snapshot {
  return new Map(
    updates.map((u) => [u.id, { seq: u.seq, status: u.status, text: u.normalizedText, section: u.section }]),
  );
}

interface Changes {
  created: number[];
  confirmed: number;
  withdrawn: number;
  restored: number;
  edited: number;
  moved: number;
}

function changes(before: Snapshot, after: Snapshot): Changes {
  const c: Changes = { created: [], confirmed: 0, withdrawn: 0, restored: 0, edited: 0, moved: 0 };
  for (const [id, a] of after) {
    const b = before.get(id);
    if (!b) {
      // 「本周无进展」 is recorded confirmed at once (「已记录」): a creation, not a confirmation.
      c.created.push(a.seq);
      continue;
    }
    if (a.status === "confirmed" && b.status === "draft") c.confirmed += 1;
    if (a.status === "withdrawn" && b.status !== "withdrawn") c.withdrawn += 1;
    if (a.status !== "withdrawn" && b.status === "withdrawn") c.restored += 1;
    if (a.text !== b.text) c.edited += 1;
    if (a.section !== b.section) c.moved += 1;
  }
  return c;
}

/** What is untrue in a turn's reply, given the store before and after it (empty when it is all true). */
export function untruths(before: Snapshot, after: Snapshot, reply: string): string[] {
  const c = changes(before, after);
  const out: string[] = [];
  const claims: Array<[RegExp, number, string]> = [
    [/已确认保存|已确认 \d+ 条：/, c.confirmed, "claims a confirmation"],
    [/已撤回 #\d+/, c.withdrawn, "claims a withdrawal"],
    [/已恢复 #\d+/, c.restored, "claims a restore"],
    [/已保存修改/, c.edited, "claims an edit"],
    [/已把 #\d+ 改到/, c.moved, "claims a section change"],
  ];
  for (const [said, happened, what] of claims)
    if (said.test(reply) && happened === 0) out.push(`${what} that did not happen`);
  const silent: Array<[number, RegExp, string]> = [
    [c.confirmed, /确认/, "confirmed"],
    [c.withdrawn, /撤回/, "withdrew"],
    [c.restored, /恢复/, "restored"],
    [c.edited, /修改|补充|改/, "edited"],
    [c.moved, /科室|改到|归到|挪/, "moved"],
  ];
  for (const [happened, told, what] of silent)
    if (happened > 0 && !told.test(reply)) out.push(`${what} without saying so`);
  if (c.created.length > 0 && /没有保存|没有记为填报/.test(reply))
    for (const seq of c.created)
      if (!reply.includes(`#${seq}`)) out.push(`says nothing was saved, but #${seq} was`);
  return out;
}
