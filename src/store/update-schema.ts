import { z } from "zod";
import { UpdateSchema, UpdateStatusSchema } from "../domain/update.js";
import { SHARD_VERSION, YEAR_SHARD_VERSION } from "./schema.js";

/** The updates' files (classic zod, loaded with the app; the versions are in schema.ts). */
/**
 * One record's keys in a snapshot's index: [id, author, seq, status] and, when any, the transport
 * message ids that created or changed it ([…, ["om_1", "om_2"]]).
 */
export const IndexEntrySchema = z.union([
  z.tuple([z.string(), z.string(), z.number().int().positive(), UpdateStatusSchema]),
  z.tuple([z.string(), z.string(), z.number().int().positive(), UpdateStatusSchema, z.array(z.string())]),
]);
export type IndexEntry = z.infer<typeof IndexEntrySchema>;

/**
 * DATA_DIR/updates/<YYYY-MM>.json — the snapshot of the updates whose `date` falls in that month
 * (changes since are in <YYYY-MM>.journal). `sha256` covers the bytes after the first line; the
 * first line also holds `index`, the keys of every record, so a month of a past year can be known
 * (ids, numbers) without reading its records.
 */
export const ShardFileSchema = z.object({
  version: z.literal(SHARD_VERSION),
  month: z.string().regex(/^\d{4}-\d{2}$/),
  sha256: z.string().optional(),
  index: z.array(IndexEntrySchema).optional(),
  updates: z.array(UpdateSchema),
});
export type ShardFile = z.infer<typeof ShardFileSchema>;

/** DATA_DIR/updates/<year>.json — the layout before month shards (format v1). */
export const YearShardFileSchema = z.object({
  version: z.literal(YEAR_SHARD_VERSION),
  year: z.number().int().min(1000).max(9999),
  updates: z.array(UpdateSchema),
});
export type YearShardFile = z.infer<typeof YearShardFileSchema>;
