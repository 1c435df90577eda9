import * as z from "zod/mini";

/**
 * What a card button acts on, and the check made against whoever clicks it.
 *
 * A button's `command` is plain text, looked up among the *clicker's* things ("撤回 1" is the
 * clicker's #1). In a group chat anyone can click a card the bot posted for someone else, and a
 * card stays clickable after the thing it shows has moved on. So a button may carry a
 * `subject`: the transport sends it with the click (Feishu: the card `value.subject`; the
 * console: the numbered button typed as 「#按钮 N」) and the engine checks it before the command
 * runs. A click whose subject fails the check gets a clear answer and changes nothing.
 *
 * Kinds: "update" (id = update id, owner = its author) and "person" (id = owner = the person a
 * card was sent to) are built in; features register others with `registerSubjectKind` (the
 * drafting feature registers "draft": id = draft id, version = the version the card shows,
 * leadersOnly). A kind nobody registered is refused — an unverifiable subject never passes
 * (button-subject.ts). zod/mini: a transport checks a click's subject before the app has loaded.
 */
export const ButtonSubjectSchema = z.object({
  /** What sort of thing: "update", "draft", "person", or a kind a feature registered. */
  kind: z.string().check(z.minLength(1), z.maxLength(40)),
  /** The thing's id (update id, draft id, person id). */
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  /** The roster person who alone may act on it (an update's author). Checked against the store too. */
  owner: z.optional(z.string().check(z.maxLength(200))),
  /** The version the card showed; a newer current version makes the click stale. */
  version: z.optional(z.number().check(z.int(), z.nonnegative())),
  /** Only leaders and admins may click. */
  leadersOnly: z.optional(z.boolean()),
});
export type ButtonSubject = z.infer<typeof ButtonSubjectSchema>;
