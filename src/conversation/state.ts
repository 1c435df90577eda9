import { z } from "zod";
import type { Store } from "../store/types.js";

/**
 * Per-person dialogue state, persisted in the store so a restart never loses a half-finished
 * exchange. Unknown or invalid stored state is treated as idle (never a crash).
 */
export const DialogueStateSchema = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("idle") }),
  /** A draft update was shown and awaits 确认 / 修改 / 撤回. */
  z.object({ mode: z.literal("confirm"), updateId: z.string() }),
  /** A draft update needs its section chosen first. */
  z.object({ mode: z.literal("choose-section"), updateId: z.string(), options: z.array(z.string()) }),
  /** Waiting for the replacement text of an update. */
  z.object({ mode: z.literal("edit"), updateId: z.string() }),
  /** Replacement text received and shown; the stored update changes only on 确认. */
  z.object({ mode: z.literal("confirm-edit"), updateId: z.string(), text: z.string() }),
  /** Guided questions (填报). */
  z.object({
    mode: z.literal("guided"),
    step: z.number().int().min(0),
    section: z.string().optional(),
    answers: z.record(z.string(), z.string()),
  }),
]);

export type DialogueState = z.infer<typeof DialogueStateSchema>;

export function getState(store: Store, personId: string): DialogueState {
  const parsed = DialogueStateSchema.safeParse(store.getConversation(personId));
  return parsed.success ? parsed.data : { mode: "idle" };
}

export async function setState(store: Store, personId: string, state: DialogueState): Promise<void> {
  await store.setConversation(personId, state.mode === "idle" ? undefined : state);
}
