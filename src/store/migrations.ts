import { basename } from "node:path";
import { isoWeekOfDate, parseDate } from "../domain/period.js";
import { AppError } from "../errors.js";
import {
  COLLECTION_VERSION,
  INBOX_VERSION,
  SHARD_VERSION,
  STATE_VERSION,
  YEAR_SHARD_VERSION,
} from "./schema.js";

/**
 * Upgrades of the on-disk formats. A file without `version` is version 0.
 *
 * Version 0 is the shape before sharding metadata and de-duplication expiry existed:
 * - state:      `{ conversations, bindings, seen: string[] }` (seen keys never expired; no inbox,
 *               no seq counters);
 * - yearShard:  `{ updates: [...] }` whose updates have no `week`, `noProgress` or `source`;
 * - collection: a bare array of documents.
 *
 * Later versions:
 * - state v1:     `{ conversations, bindings, seen: {key: expiry}, inbox, seqCounters }`; v2 is the
 *                 same minus `seen`/`inbox`, which the store moves to the inbox log at open (a v2 file
 *                 may still carry them until then, see StateFileSchema);
 * - yearShard v1: `updates/<year>.json` `{ version, year, updates }` — the store splits it into
 *                 month shards (format "shard" v2, `updates/<YYYY-MM>.json`) at open, keeping the
 *                 original in backups/ (UpdatesRepo.finishMigration). A month shard starts at v2;
 *                 there is no older month shard. Shard v3 adds, in the first line, an index of
 *                 the records' keys and a checksum of the rest; changes since the snapshot are
 *                 appended to `updates/<YYYY-MM>.journal` (see month-shard.ts).
 *
 * Must stay true: every step is pure (it returns a new object, never touches disk), steps chain
 * from any known version to the current one, and the code never guesses about a file whose
 * version is newer than it knows — it refuses it (STORE_CORRUPT) so an old bot cannot damage data
 * written by a newer one.
 */
export type FileKind = "state" | "shard" | "yearShard" | "inbox" | "collection";

export interface MigrationContext {
  /** Path of the file being migrated (for messages, and the shard's year). */
  file: string;
  now: Date;
}

export interface Migration {
  kind: FileKind;
  from: number;
  to: number;
  describe: string;
  up(raw: unknown, ctx: MigrationContext): unknown;
}

export const CURRENT_VERSION: Readonly<Record<FileKind, number>> = {
  state: STATE_VERSION,
  shard: SHARD_VERSION,
  yearShard: YEAR_SHARD_VERSION,
  inbox: INBOX_VERSION,
  collection: COLLECTION_VERSION,
};

const SEVEN_DAYS_MS = 7 * 24 * 60 * 60 * 1000;

function asRecord(raw: unknown): Record<string, unknown> {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw))
    throw new Error("expected a JSON object");
  return raw as Record<string, unknown>;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    kind: "state",
    from: 0,
    to: 1,
    describe: "seen keys get an expiry (7 days from now); add inbox and seq counters",
    up(raw, ctx) {
      const old = asRecord(raw);
      const seenList = Array.isArray(old.seen) ? old.seen : [];
      const expires = new Date(ctx.now.getTime() + SEVEN_DAYS_MS).toISOString();
      const seen: Record<string, string> = {};
      for (const key of seenList) if (typeof key === "string") seen[key] = expires;
      return { ...old, version: 1, seen, inbox: old.inbox ?? [], seqCounters: old.seqCounters ?? {} };
    },
  },
  {
    kind: "state",
    from: 1,
    to: 2,
    describe: "seen keys and the inbox move to the inbox log (done by the store at open)",
    up(raw) {
      return { ...asRecord(raw), version: 2 };
    },
  },
  {
    kind: "yearShard",
    from: 0,
    to: 1,
    describe: "add year; updates get week (from date), noProgress=false, source=chat",
    up(raw, ctx) {
      const old = asRecord(raw);
      const year = Number(basename(ctx.file, ".json"));
      const updates = Array.isArray(old.updates) ? old.updates : [];
      return {
        ...old,
        version: 1,
        year: old.year ?? year,
        updates: updates.map((u) => {
          const rec = asRecord(u);
          const d = typeof rec.date === "string" ? parseDate(rec.date) : undefined;
          return {
            ...rec,
            week: rec.week ?? (d ? isoWeekOfDate(d) : undefined),
            noProgress: rec.noProgress ?? false,
            source: rec.source ?? "chat",
          };
        }),
      };
    },
  },
  {
    kind: "shard",
    from: 2,
    to: 3,
    describe: "month snapshots get an index and a checksum in their first line (written by the store)",
    up(raw) {
      return { ...asRecord(raw), version: 3 };
    },
  },
  {
    kind: "collection",
    from: 0,
    to: 1,
    describe: "wrap the bare array of documents as { version, docs }",
    up(raw) {
      if (Array.isArray(raw)) return { version: 1, docs: raw };
      return { ...asRecord(raw), version: 1 };
    },
  },
];

/** The file's format version: its `version` field, 0 when absent. Throws on anything else. */
export function readVersion(raw: unknown): number {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return 0;
  const v = (raw as Record<string, unknown>).version;
  if (v === undefined) return 0;
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0) {
    throw new Error(`"version" must be a non-negative integer, got ${JSON.stringify(v)}`);
  }
  return v;
}

/**
 * Brings `raw` to the current version of its kind. Returns the upgraded value and the version it
 * started from (equal to the current version when nothing was done). Throws AppError
 * STORE_CORRUPT when the file is newer than this code, or a step fails.
 */
export function migrate(
  kind: FileKind,
  raw: unknown,
  ctx: MigrationContext,
  migrations: readonly Migration[] = MIGRATIONS,
): { data: unknown; from: number } {
  const current = CURRENT_VERSION[kind];
  let version: number;
  try {
    version = readVersion(raw);
  } catch (e) {
    throw corrupt(ctx.file, (e as Error).message);
  }
  const from = version;
  if (version > current) {
    throw new AppError(
      "STORE_CORRUPT",
      `${ctx.file} 是更新版本的程序写的 (format version ${version}, this bot knows up to ${current}) — ` +
        "please upgrade the bot / 请升级总结助手后再启动",
      { hint: "upgrade zongjie-bot to the version that wrote this data; the file was not changed" },
    );
  }
  let data = raw;
  while (version < current) {
    const step = migrations.find((m) => m.kind === kind && m.from === version);
    if (!step) throw corrupt(ctx.file, `no migration from ${kind} format version ${version}`);
    try {
      data = step.up(data, ctx);
    } catch (e) {
      throw corrupt(
        ctx.file,
        `migration ${step.from}→${step.to} (${step.describe}) failed: ${(e as Error).message}`,
      );
    }
    version = step.to;
  }
  return { data, from };
}

/** The STORE_CORRUPT error every load failure uses: names the file and how to restore it. */
export function corrupt(file: string, what: string, cause?: unknown): AppError {
  return new AppError("STORE_CORRUPT", `数据文件损坏 / store file ${file} is unusable: ${what}`, {
    cause,
    hint:
      "the file was left untouched. Stop the bot, copy the newest good copy from DATA_DIR/backups/ over it " +
      "(state.json → backups/state.<timestamp>.json, updates/2025-03.json → backups/updates.2025-03.<timestamp>.json, " +
      "updates/2025-03.journal → backups/updates.2025-03.journal.<timestamp>.json), " +
      "then start again",
  });
}
