import type { Update } from "../../domain/update.js";
import type { DialogueState } from "../state.js";
import type { Person } from "../../domain/org.js";
import type { Incoming, Reply, Services } from "../types.js";
import { markWithdrawn } from "./withdraw-update.js";

type Known = Incoming & { person: Person };

/** 「确认 1 2 留 3」「确认 1 撤回 2」: the args of a plan over several drafts (draft-subset.ts). */
export const SETTLE_ARGS =
  /^\s*((?:#?\d{1,6}[\s,，、]*)+?)\s*(?:撤回\s*((?:\d{1,6}\s*)+?))?\s*(?:留\s*((?:\d{1,6}\s*)+))?\s*$/;

export function isSettle(args: string): boolean {
  return /撤回|留/.test(args) && SETTLE_ARGS.test(args);
}

const nums = (s: string | undefined) => [...(s ?? "").matchAll(/\d{1,6}/g)].map((m) => Number(m[0]));

/**
 * Several drafts settled by one message: those after 撤回 withdrawn (each said, 「恢复 N」 brings it
 * back), then the rest of the numbers confirmed as 「确认 1 3」 does — whose answer names every draft
 * still left unconfirmed, so the reply tells which were kept back (留) as drafts.
 */
export async function settleDrafts(
  services: Services,
  input: Known,
  args: string,
  state: DialogueState,
  confirmSeveral: (s: Services, i: Known, args: string, st: DialogueState) => Promise<Reply[]>,
  withdrawnText: (u: Update) => string,
): Promise<Reply[]> {
  const m = SETTLE_ARGS.exec(args)!;
  const out: Reply[] = [];
  for (const n of nums(m[2])) {
    const u = await services.store.findBySeq(input.person.id, n);
    if (!u) out.push({ text: `没有找到您的第 ${n} 条填报。` });
    else if (u.status === "withdrawn") out.push({ text: `#${n} 已经撤回了。` });
    else {
      const saved = await markWithdrawn(services, u.id, input.person.id, input.messageId);
      out.push({ text: withdrawnText(saved) });
    }
  }
  return [...out, ...(await confirmSeveral(services, input, nums(m[1]).join(" "), state))];
}
