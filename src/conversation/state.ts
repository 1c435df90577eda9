import { z } from "zod";
import type { Store } from "../store/types.js";

/**
 * Per-person dialogue state, persisted in the store so a restart never loses a half-finished
 * exchange. Unknown or invalid stored state is treated as idle (never a crash).
 *
 * Every state records the transport message that set it (`messageId`) and when (`at`): the
 * state write is the last write of a message's handling, so a replayed message whose id is
 * here has finished its writes (see replay.ts), and `at` tells whether the question is fresh.
 */
const stamp = {
  messageId: z.string().optional(),
  at: z.string().optional(),
  /**
   * The bot has answered something else since it asked (「下周一放假吗」 while a card waits): the
   * question is no longer the last thing said, so a bare 好的 is not taken as its yes.
   */
  aside: z.boolean().optional(),
};

/**
 * The person said the draft shown is wrong (「写错了 是1680万」「不对」) and the bot could not change
 * it: what they said. A bare 确认 then first says that nothing was changed (commands/confirm.ts).
 */
const disputed = z.string().optional();
/** An unclear line sent while this question waited, not stored: 记为填报 records it (aside-on-card.ts). */
const unsaved = z.string().optional();
/**
 * The person put the draft off to check first (「先别存 我再问问」, card-hold.ts): a yes to an edit of it then
 * saves the edit only, and the draft waits for its own 确认 (commands/edit-save.ts).
 */
const held = z.boolean().optional();

export const DialogueStateSchema = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("idle"), ...stamp }),
  /**
   * A draft update was shown and awaits 确认 / 修改 / 撤回. `waiting`: an earlier draft whose
   * section the bot asked for (options as listed) and which is still unchosen — a bare 「1」 or a
   * section name now answers that question, the only one that listed sections.
   */
  z.object({
    mode: z.literal("confirm"),
    updateId: z.string(),
    waiting: z.object({ updateId: z.string(), options: z.array(z.string()) }).optional(),
    /** The other section the report plainly names (section-elsewhere.ts): the card offers to move it there. */
    elsewhere: z.string().optional(),
    disputed,
    unsaved,
    held,
    ...stamp,
  }),
  /**
   * A draft update needs its section chosen first. `offered`: the section the bot named after a yes to the
   * question (section-offer.ts) — a yes or 确认 now files the draft there and confirms it.
   */
  z.object({
    mode: z.literal("choose-section"),
    updateId: z.string(),
    options: z.array(z.string()),
    offered: z.string().optional(),
    unsaved,
    ...stamp,
  }),
  /** Waiting for the replacement text of an update. */
  z.object({ mode: z.literal("edit"), updateId: z.string(), disputed, held, ...stamp }),
  /**
   * An edit was shown; the stored update changes only on 确认. `text` is the whole text after
   * the edit, `input` what the person typed, `how` how one became the other.
   */
  z.object({
    mode: z.literal("confirm-edit"),
    updateId: z.string(),
    text: z.string(),
    input: z.string().optional(),
    how: z.enum(["replace", "append", "substitute"]).optional(),
    /** What the preview adds about the change (a unit taken from the old figure). */
    note: z.string().optional(),
    unsaved,
    /** 「这是改 #N，还是另一件事？」 was asked about `unsaved` (edit-or-new.ts): the 改 #N button's command. */
    editOrNew: z.object({ seq: z.number().int(), command: z.string() }).optional(),
    held,
    ...stamp,
  }),
  /** Guided questions (填报). */
  z.object({
    mode: z.literal("guided"),
    step: z.number().int().min(0),
    section: z.string().optional(),
    answers: z.record(z.string(), z.string()),
    /** Bare counts of the figures answer (「五场」) waiting to be told which work item they count. */
    pick: z.array(z.string()).optional(),
    /** Which work item (1-based) each bare count belongs to; 0: all the items together. */
    attach: z.record(z.string(), z.number().int().min(0)).optional(),
    ...stamp,
  }),
  /**
   * An unclear message: the bot asked whether to record it as a report. `offered`: the bot only
   * offered a 记为填报 button (a notice) and asked nothing, so a bare 好的 is no yes.
   */
  z.object({
    mode: z.literal("ask-report"),
    text: z.string(),
    offered: z.boolean().optional(),
    /** The bot asked 「这条是替孙磊报的吗？」: whose work it seems to be. A yes there is no 记为填报. */
    forOther: z.string().optional(),
    /**
     * The bot asked what a vague message means (vague-reply.ts), with no 记为填报 offered: the next
     * message is read afresh, and a bare 好的 records nothing.
     */
    vague: z.boolean().optional(),
    ...stamp,
  }),
  /**
   * A leader's 定稿 was held back by the pre-approval check (drafting): `period` is the draft's
   * period as typed in commands (2025, 2025上半年). A 「好的」 now is no approval.
   */
  z.object({ mode: z.literal("approval-check"), period: z.string(), version: z.number().int(), ...stamp }),
  /**
   * A leader's part command named no part, or one that may be two (「写短一点」「第二部分…」): the
   * bot asked which part; a part named next runs `command` on it with `rest` (the instruction).
   */
  z.object({
    mode: z.literal("choose-part"),
    command: z.string(),
    rest: z.string(),
    /** The parts offered, in the order numbered in the question: 「1」 is the first of these. */
    options: z.array(z.string()).optional(),
    /** "draft": the question was which draft (options are periods: 2026、2026上半年), not which part. */
    about: z.literal("draft").optional(),
    ...stamp,
  }),
  /**
   * The one pending yes/no question, whose answers are commands (pending-question.ts): 「要撤回 #3
   * 吗？」 (yes: 撤回 3), 「您是要定稿吗？」 (定稿 2026), 「您是想…吗？」 about a command the learned
   * guess found, the 请假 offer for an absence. An everyday yes (好的、行、嗯、是) runs `yes`; a no
   * runs `no`, or is answered with `noText`. Nothing is done meanwhile. `question` is the line
   * asked (asked again on a replay), `said` what the person typed when the question was about it.
   */
  z.object({
    mode: z.literal("ask-command"),
    yes: z.string(),
    no: z.string().optional(),
    noText: z.string().optional(),
    question: z.string().optional(),
    said: z.string().optional(),
    ...stamp,
  }),
  /**
   * The bot listed updates with a button each (「要撤回哪一条？」): a number typed next that is one
   * of the listed ones runs that button's command.
   */
  z.object({
    mode: z.literal("choose-update"),
    options: z.array(z.object({ seq: z.number().int(), command: z.string() })),
    ...stamp,
  }),
  /** Several drafts were listed after 确认: which one(s)? */
  z.object({ mode: z.literal("choose-draft"), seqs: z.array(z.number().int()), unsaved, ...stamp }),
]);

export type DialogueState = z.infer<typeof DialogueStateSchema>;

export async function getState(store: Store, personId: string): Promise<DialogueState> {
  const parsed = DialogueStateSchema.safeParse(fromEarlierShape(await store.getConversation(personId)));
  return parsed.success ? parsed.data : { mode: "idle" };
}

/**
 * A question stored before the two yes/no states became one: 「ask-yes-no」 (yes/no/noText) and the
 * guess's 「ask-command」 (command, text) read as the one pending question.
 */
function fromEarlierShape(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null) return raw;
  const r = raw as Record<string, unknown>;
  if (r.mode === "ask-yes-no") return { ...r, mode: "ask-command" };
  if (r.mode === "ask-command" && typeof r.command === "string" && r.yes === undefined) {
    const { command, text, ...rest } = r;
    return { ...rest, yes: command, said: text };
  }
  return raw;
}

/** The message being handled, so state writes carry its id and time. */
export interface Stamp {
  messageId?: string;
  at: string;
}

/**
 * Writes the state. With a stamp, even idle is written (with the message id) so a replay of the
 * message can tell its handling finished; without one, idle removes the record.
 */
export async function setState(
  store: Store,
  personId: string,
  state: DialogueState,
  stampOf?: Stamp,
): Promise<void> {
  const stamped = stampOf ? { ...state, messageId: stampOf.messageId, at: stampOf.at } : state;
  if (stamped.mode === "idle" && !stamped.messageId) return store.setConversation(personId, undefined);
  await store.setConversation(personId, stamped);
}

/** The stamp of the message being handled. */
export function stampOf(services: { clock: { now(): Date } }, input: { messageId?: string }): Stamp {
  return { messageId: input.messageId, at: services.clock.now().toISOString() };
}

/** States a which-update question may replace: nothing in progress that it would cut short. */
export function mayAskWhich(state: DialogueState): boolean {
  return ["idle", "confirm", "ask-command", "choose-update", "choose-draft", "ask-report"].includes(
    state.mode,
  );
}
