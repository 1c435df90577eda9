import { AppError } from "../errors.js";
import { jsonClone } from "./freeze.js";
import { describeZodError, InboxEntrySchema } from "./schema.js";
import type { InboxEntry } from "./types.js";

/** An inbox entry given to putInbox/addInbox (or an import), through JSON and the schema. */
export function parseInboxEntry(entry: InboxEntry): InboxEntry {
  const parsed = InboxEntrySchema.safeParse(jsonClone(entry));
  if (!parsed.success)
    throw new AppError("BAD_REQUEST", `invalid inbox entry: ${describeZodError(parsed.error)}`);
  return parsed.data as InboxEntry;
}
