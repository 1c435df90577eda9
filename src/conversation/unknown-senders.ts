import { z } from "zod";
import type { Store } from "../store/types.js";

/**
 * People who messaged the bot but are in no roster (and are not waiting for an admin's binding
 * decision): remembered per chat account so the administrators see them in the weekly digest and
 * can add them from chat (「添加 张三 科普」). Kept in the store collection "unknown-senders".
 */
export const UNKNOWN_SENDERS_COLLECTION = "unknown-senders";

export const UnknownSenderSchema = z.object({
  /** The account id on the chat platform (Feishu open_id). */
  id: z.string().min(1),
  /** The display name the platform gave, when it gave one. */
  name: z.string().optional(),
  firstSeen: z.string(),
  lastSeen: z.string(),
  messages: z.number().int().nonnegative(),
});
export type UnknownSender = z.infer<typeof UnknownSenderSchema>;

const open = (store: Pick<Store, "collection">) =>
  store.collection(UNKNOWN_SENDERS_COLLECTION, UnknownSenderSchema);

export async function noteUnknownSender(
  store: Pick<Store, "collection">,
  sender: { id: string; name?: string },
  at: Date,
): Promise<UnknownSender> {
  return (await open(store)).update(sender.id, (prev) => ({
    id: sender.id,
    name: sender.name ?? prev?.name,
    firstSeen: prev?.firstSeen ?? at.toISOString(),
    lastSeen: at.toISOString(),
    messages: (prev?.messages ?? 0) + 1,
  }));
}

/** Everyone remembered, most recent first. */
export async function listUnknownSenders(store: Pick<Store, "collection">): Promise<UnknownSender[]> {
  return (await (await open(store)).list()).sort((a, b) => b.lastSeen.localeCompare(a.lastSeen));
}

export async function forgetUnknownSender(store: Pick<Store, "collection">, id: string): Promise<void> {
  await (await open(store)).delete(id);
}
