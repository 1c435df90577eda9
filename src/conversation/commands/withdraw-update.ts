import type { Update } from "../../domain/update.js";
import type { Services } from "../types.js";

/**
 * Mark one update withdrawn (kept, not counted; 「恢复」 brings it back), with the history entry that
 * says who withdrew it, when, from which status and by which message. Used by 撤回 and by several
 * drafts settled in one message.
 */
export function markWithdrawn(
  services: Pick<Services, "store" | "clock">,
  updateId: string,
  by: string,
  messageId: string | undefined,
): Promise<Update> {
  const at = services.clock.now().toISOString();
  return services.store.modifyUpdate(updateId, (x) => ({
    ...x,
    status: "withdrawn",
    updatedAt: at,
    history: [...x.history, { at, by, action: "withdrawn", note: `was ${x.status}`, messageId }],
  }));
}
