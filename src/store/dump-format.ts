import { createHash } from "node:crypto";
import { z } from "zod";
import { UpdateSchema } from "../domain/update.js";
import { COLLECTION_NAME } from "./collection.js";
import { InboxEntrySchema } from "./schema.js";

/**
 * The store dump: every record a store holds, in a form both stores write and read
 * (`Store.exportAll` / `Store.importAll`), so that a DATA_DIR can move to PostgreSQL and back.
 * On disk (store-move/dump-file.ts) it is JSON Lines — a header, the records, a footer with the
 * count and checksum of every group — each line canonical JSON (keys sorted), so two stores with
 * the same content give byte-identical records.
 *
 * Record order, which both exports keep: seq floors (by author), updates (in listing order: date,
 * createdAt, then the order they were added), conversations (by user), bindings (by external id),
 * live de-duplication keys (by key), inbox entries (oldest first), collection documents (by
 * collection name, then the order they were first put). Importing in that order keeps every
 * listing order of the source.
 */
export const DUMP_FORMAT = "zongjie-store-dump";
/** Bump when a record's shape changes; a reader refuses versions newer than its own. */
export const DUMP_VERSION = 1;

/**
 * The highest `seq` ever handed out to `author` (the next one is seq + 1) — kept apart from the
 * updates, so numbers taken away from their record (renumbered, given to another author) are not
 * reused after a move either.
 */
const SeqFloorRecord = z.object({
  kind: z.literal("seqFloor"),
  author: z.string().min(1),
  seq: z.number().int().positive(),
});
const UpdateRecord = z.object({ kind: z.literal("update"), update: UpdateSchema });
const ConversationRecord = z.object({
  kind: z.literal("conversation"),
  userId: z.string().min(1),
  state: z.record(z.string(), z.unknown()),
});
const BindingRecord = z.object({
  kind: z.literal("binding"),
  externalId: z.string().min(1),
  personId: z.string().min(1),
});
/** A de-duplication key, live until expiresMs (ms since the epoch). */
const SeenRecord = z.object({
  kind: z.literal("seen"),
  key: z.string().min(1),
  expiresMs: z.number().int().positive(),
});
const InboxRecord = z.object({ kind: z.literal("inbox"), entry: InboxEntrySchema });
/** A document of a generic collection; its own schema is the owning module's (checked when it is read). */
const DocRecord = z.object({
  kind: z.literal("doc"),
  collection: z.string().regex(COLLECTION_NAME),
  doc: z.looseObject({ id: z.string().min(1) }),
});

export const StoreRecordSchema = z.discriminatedUnion("kind", [
  SeqFloorRecord,
  UpdateRecord,
  ConversationRecord,
  BindingRecord,
  SeenRecord,
  InboxRecord,
  DocRecord,
]);
export type StoreRecord = z.infer<typeof StoreRecordSchema>;
export type StoreRecordKind = StoreRecord["kind"];

export const DumpHeaderSchema = z.object({
  format: z.literal(DUMP_FORMAT),
  version: z.number().int().positive(),
  exportedAt: z.string(),
  /** The store it came from: "lowdb" or "postgres". */
  source: z.string(),
});
export type DumpHeader = z.infer<typeof DumpHeaderSchema>;

/** The last line: what the file must hold, so a cut or edited file is refused as a whole. */
export const DumpFooterSchema = z.object({
  kind: z.literal("end"),
  counts: z.record(z.string(), z.number().int().nonnegative()),
  checksums: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
});
export type DumpFooter = z.infer<typeof DumpFooterSchema>;

/** The group a record is counted and checksummed in: its kind, or `doc:<collection>`. */
export function groupOf(r: StoreRecord): string {
  return r.kind === "doc" ? `doc:${r.collection}` : r.kind;
}

const GROUP_LABELS: Record<string, string> = {
  seqFloor: "编号计数",
  update: "工作动态",
  conversation: "会话状态",
  binding: "身份绑定",
  seen: "去重键",
  inbox: "待处理事件",
};
const GROUP_ORDER = Object.keys(GROUP_LABELS);

/** The Chinese name of a group, for the verification table. */
export function groupLabel(group: string): string {
  if (group.startsWith("doc:")) return `集合 ${group.slice(4)}`;
  return GROUP_LABELS[group] ?? group;
}

/** Groups in export order: the fixed kinds, then collections by name. */
export function sortGroups(groups: Iterable<string>): string[] {
  const rank = (g: string) => {
    const i = GROUP_ORDER.indexOf(g);
    return i < 0 ? GROUP_ORDER.length : i;
  };
  return [...new Set(groups)].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * JSON with every object's keys sorted (by code unit), no spaces: equal values give equal text,
 * whatever order a store (PostgreSQL's jsonb reorders keys) hands them out in. `undefined`
 * properties are left out, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? "null" : canonicalJson(v))).join(",")}]`;
  const keys = Object.keys(value)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(",")}}`;
}

export interface GroupDigest {
  count: number;
  /** sha256 (hex) of the group's canonical lines, sorted, joined by "\n". */
  checksum: string;
}

/**
 * Counts and checksums per group, fed one canonical line at a time. The checksum ignores order
 * (lines are sorted first), so two stores listing the same records differently still agree.
 */
export class DumpDigest {
  readonly #lines = new Map<string, string[]>();

  add(group: string, line: string): void {
    let lines = this.#lines.get(group);
    if (!lines) {
      lines = [];
      this.#lines.set(group, lines);
    }
    lines.push(line);
  }

  addRecord(r: StoreRecord): string {
    const line = canonicalJson(r);
    this.add(groupOf(r), line);
    return line;
  }

  /** Group → count and checksum, in export order. Groups without records are left out. */
  finish(): Map<string, GroupDigest> {
    const out = new Map<string, GroupDigest>();
    for (const group of sortGroups(this.#lines.keys())) {
      const lines = this.#lines.get(group)!.sort();
      const hash = createHash("sha256");
      for (const [i, l] of lines.entries()) hash.update(i === 0 ? l : `\n${l}`);
      out.set(group, { count: lines.length, checksum: hash.digest("hex") });
    }
    return out;
  }
}

export function footerOf(digest: Map<string, GroupDigest>): DumpFooter {
  const counts: Record<string, number> = {};
  const checksums: Record<string, string> = {};
  for (const [g, d] of digest) {
    counts[g] = d.count;
    checksums[g] = d.checksum;
  }
  return { kind: "end", counts, checksums };
}
