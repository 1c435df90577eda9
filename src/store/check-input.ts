import { z } from "zod";
import { type Update, UpdateSchema } from "../domain/update.js";
import { AppError } from "../errors.js";
import { jsonClone } from "./freeze.js";
import { describeZodError } from "./schema.js";

/**
 * What every store implementation checks before it writes, so that lowdb and PostgreSQL refuse
 * the same input with the same BAD_REQUEST. (Inbox entries: check-inbox-entry.ts, which the server
 * needs before the app — and classic zod — has loaded.)
 */

/** Input to addUpdate(s): a full Update, except that seq 0 means "assign the next number". */
export const NewUpdateSchema = UpdateSchema.extend({ seq: z.number().int().nonnegative() });
export type NewUpdate = z.infer<typeof NewUpdateSchema>;

/** The `i`-th of `count` records given to addUpdate(s), through JSON and the schema. */
export function parseNewUpdate(raw: Update, i: number, count: number): NewUpdate {
  const r = NewUpdateSchema.safeParse(jsonClone(raw));
  const label = count > 1 ? `#${i + 1} ` : "";
  if (!r.success) {
    throw new AppError(
      "BAD_REQUEST",
      `记录${label}无效 / update ${label}is invalid: ${describeZodError(r.error)}`,
    );
  }
  return r.data;
}

/** A document for collection `name`, through JSON and the caller's schema; its id must be `id`. */
export function checkCollectionDoc<T extends { id: string }>(
  name: string,
  schema: z.ZodType<T>,
  doc: T,
  id: string | undefined,
): T {
  const parsed = schema.safeParse(jsonClone(doc));
  if (!parsed.success) {
    throw new AppError("BAD_REQUEST", `invalid ${name} document: ${describeZodError(parsed.error)}`);
  }
  if (parsed.data.id !== id) {
    throw new AppError(
      "BAD_REQUEST",
      `${name}: document id must be ${JSON.stringify(id)}, got ${parsed.data.id}`,
    );
  }
  return parsed.data;
}
