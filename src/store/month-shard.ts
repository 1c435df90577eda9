import { createHash } from "node:crypto";
import { closeSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import { join } from "node:path";
import { type Update, UpdateSchema, UpdateStatusSchema } from "../domain/update.js";
import { AppendLog, parseLine, readLogSync, runHook } from "./append-log.js";
import { writeFileAtomic } from "./atomic-file.js";
import { deepFreeze } from "./freeze.js";
import { corrupt, migrate } from "./migrations.js";
import { describeZodError, SHARD_VERSION } from "./schema.js";
import { type IndexEntry, ShardFileSchema } from "./update-schema.js";
import { bytesOf } from "./serialize.js";
import type { FileContext } from "./shard.js";

/**
 * One month of updates on disk: a snapshot `updates/<YYYY-MM>.json` and a journal
 * `updates/<YYYY-MM>.journal` of the changes since, one JSON line each:
 *
 *   {"put":{…update…}}                    added or replaced (the whole record)
 *   {"put":{…},"from":"2025-02"}          moved here from another month (its date changed)
 *   {"del":"<id>"}                        moved away to another month
 *
 * An append writes one line per change and fsyncs it, so its cost does not depend on how many
 * updates the month holds. When the journal outgrows a quarter of the snapshot the month is
 * compacted: a new snapshot (temp + fsync + rename), then the journal is deleted. Replaying a
 * journal over a snapshot that already holds its changes gives the same records (every line
 * states a record's whole new value), so a crash between the two steps loses nothing.
 *
 * The snapshot's first line holds its checksum and an index of every record's keys: a month of
 * a past year is known at open from that line and its journal alone; its records are read when
 * first asked for. A snapshot whose checksum matches is what the store wrote (after validating
 * every record), so it is not validated again record by record; one that does not match (edited
 * by hand, damaged) is validated in full and refused (STORE_CORRUPT, untouched) when it fails.
 */
export const JOURNAL_SUFFIX = ".journal";
const COMPACT_MIN_BYTES = 512 * 1024;

export type JournalOp = { put: Update; from?: string } | { del: string };

/** What a month holds, as far as the indexes need: id → [author, seq, sourceMessageId?]. */
export type MonthKeys = Map<string, IndexEntry>;

export class MonthShard {
  readonly month: string;
  readonly path: string;
  readonly journal: AppendLog;
  snapshotBytes: number;
  snapshotExists: boolean;
  /** The records, once loaded ("hot"); undefined while only the keys are known ("cold"). */
  records: Map<string, Update> | undefined;
  /** Ids whose last journal line moved them here from another month (for crash repair at open). */
  movedIn: Map<string, string>;

  constructor(ctx: FileContext, month: string, init: Partial<MonthState> = {}) {
    this.month = month;
    this.path = snapshotPath(ctx, month);
    this.journal = new AppendLog(
      join(ctx.dataDir, "updates", `${month}${JOURNAL_SUFFIX}`),
      init.journalBytes ?? 0,
      init.journalExists ?? false,
      ctx.onWrite,
    );
    this.snapshotBytes = init.snapshotBytes ?? 0;
    this.snapshotExists = init.snapshotExists ?? false;
    this.records = init.records;
    this.movedIn = init.movedIn ?? new Map();
  }

  /** True when the journal is big enough that a new snapshot is worth writing. */
  get wantsCompaction(): boolean {
    return this.journal.size > Math.max(COMPACT_MIN_BYTES, this.snapshotBytes / 4);
  }
}

interface MonthState {
  records: Map<string, Update>;
  snapshotBytes: number;
  snapshotExists: boolean;
  journalBytes: number;
  journalExists: boolean;
  movedIn: Map<string, string>;
}

export interface LoadedMonth extends MonthState {
  /** The snapshot's format version on disk (undefined: no snapshot file). */
  version: number | undefined;
}

export function snapshotPath(ctx: FileContext, month: string): string {
  return join(ctx.dataDir, "updates", `${month}.json`);
}

export function keysOf(u: Update): IndexEntry {
  const msgs = new Set<string>();
  if (u.sourceMessageId !== undefined) msgs.add(u.sourceMessageId);
  for (const h of u.history) if (h.messageId !== undefined) msgs.add(h.messageId);
  return msgs.size === 0 ? [u.id, u.author, u.seq, u.status] : [u.id, u.author, u.seq, u.status, [...msgs]];
}

/** The bytes of a snapshot of `records` (format v3, see the file doc). */
export function serializeSnapshot(month: string, records: Iterable<Update>): Buffer {
  const list = [...records];
  const chunks: Buffer[] = [];
  list.forEach((u, i) => {
    if (i > 0) chunks.push(COMMA_NL);
    chunks.push(bytesOf(u));
  });
  chunks.push(list.length ? CLOSE_NL : CLOSE);
  const body = Buffer.concat(chunks);
  const head = JSON.stringify({
    version: SHARD_VERSION,
    month,
    sha256: sha256(body),
    index: list.map(keysOf),
  });
  return Buffer.concat([Buffer.from(`${head.slice(0, -1)},"updates":[\n`), body]);
}
const COMMA_NL = Buffer.from(",\n");
const CLOSE_NL = Buffer.from("\n]}\n");
const CLOSE = Buffer.from("]}\n");

/** Writes the month's records as its snapshot (temp + fsync + rename), then drops its journal. */
export async function writeSnapshot(ctx: FileContext, shard: MonthShard): Promise<void> {
  const data = serializeSnapshot(shard.month, shard.records!.values());
  await runHook(ctx.onWrite, shard.path);
  await writeFileAtomic(shard.path, data);
  shard.snapshotBytes = data.length;
  shard.snapshotExists = true;
  if (shard.journal.exists) await shard.journal.remove();
  shard.movedIn.clear();
}

/** A journal line. */
export function journalLine(op: JournalOp): Buffer {
  if ("del" in op) return Buffer.from(`${JSON.stringify({ del: op.del })}\n`);
  const from = op.from === undefined ? "" : `,"from":${JSON.stringify(op.from)}`;
  return Buffer.concat([PUT, bytesOf(op.put), Buffer.from(`${from}}\n`)]);
}
const PUT = Buffer.from('{"put":');

/**
 * Reads a month in full: the snapshot (validated, see the file doc) with its journal replayed.
 * Throws STORE_CORRUPT naming the file and the problem; writes nothing but the cut of a torn
 * journal line.
 */
export function loadMonthSync(ctx: FileContext, month: string): LoadedMonth {
  const path = snapshotPath(ctx, month);
  const records = new Map<string, Update>();
  let version: number | undefined;
  let snapshotBytes = 0;
  const buf = readIfExists(path);
  if (buf) {
    snapshotBytes = buf.length;
    let raw: unknown;
    try {
      raw = JSON.parse(buf.toString("utf8"));
    } catch (e) {
      throw corrupt(path, `not valid JSON (${(e as Error).message})`, e);
    }
    const { data, from } = migrate("shard", raw, { file: path, now: ctx.now() });
    version = from;
    const d = data as { month?: unknown; sha256?: unknown; index?: unknown; updates?: unknown };
    const nl = buf.indexOf(10);
    const trusted =
      typeof d.sha256 === "string" &&
      nl >= 0 &&
      sha256(buf.subarray(nl + 1)) === d.sha256 &&
      Array.isArray(d.updates);
    let list: Update[];
    if (trusted && d.month === month && (d.updates as unknown[]).every(looksLikeUpdate)) {
      list = d.updates as Update[];
    } else {
      const parsed = ShardFileSchema.safeParse(data);
      const after = from < SHARD_VERSION ? ` (after migrating from format version ${from})` : "";
      if (!parsed.success)
        throw corrupt(path, `does not match the expected format${after}: ${describeZodError(parsed.error)}`);
      if (parsed.data.month !== month)
        throw corrupt(path, `"month" is ${parsed.data.month} but the file is for ${month}`);
      list = parsed.data.updates;
    }
    for (const [i, u] of list.entries()) {
      if (u.date.slice(0, 7) !== month)
        throw corrupt(path, `updates.${i} (${u.id}) has date ${u.date}, which is not in ${month}`);
      if (records.has(u.id)) throw corrupt(path, `updates.${i}: id ${u.id} appears twice`);
      records.set(u.id, deepFreeze(u));
    }
    const usable = Array.isArray(d.index) && d.index.every(isIndexEntry);
    if (usable && !sameKeys(d.index as unknown[], list)) {
      throw corrupt(
        path,
        "the index in its first line does not match its records (ids or numbers edited by hand?)",
      );
    }
  }
  const j = readJournal(ctx, month, (op) => {
    if ("del" in op) records.delete(op.del);
    else records.set(op.put.id, op.put);
  });
  return {
    records,
    version,
    snapshotBytes,
    snapshotExists: buf !== undefined,
    journalBytes: j.size,
    journalExists: j.exists,
    movedIn: j.movedIn,
  };
}

export interface MonthIndex {
  keys: MonthKeys;
  snapshotBytes: number;
  journalBytes: number;
  journalExists: boolean;
  movedIn: Map<string, string>;
}

/**
 * The keys of a month without reading its records: the snapshot's first line, with the journal
 * replayed. Undefined when the snapshot has no index (an older format): load it in full.
 */
export function readMonthIndexSync(ctx: FileContext, month: string): MonthIndex | undefined {
  const path = snapshotPath(ctx, month);
  const first = readFirstLine(path);
  const keys: MonthKeys = new Map();
  if (first !== undefined) {
    let head: Record<string, unknown>;
    try {
      head = JSON.parse(`${first}]}`) as Record<string, unknown>;
    } catch {
      // Not a first line the store wrote (a file written by hand, on one line, or damaged): read
      // it in full, which validates it and says precisely what is wrong.
      return undefined;
    }
    const { data, from } = migrate("shard", head, { file: path, now: ctx.now() });
    const index = (data as { index?: unknown }).index;
    if (from < SHARD_VERSION || !Array.isArray(index)) return undefined;
    if ((data as { month?: unknown }).month !== month) throw corrupt(path, `"month" is not ${month}`);
    for (const e of index) {
      // An index this code cannot use (hand-edited, or shaped by another version): read in full.
      if (!isIndexEntry(e) || keys.has(e[0])) return undefined;
      keys.set(e[0], e);
    }
  }
  const j = readJournal(ctx, month, (op) => {
    if ("del" in op) keys.delete(op.del);
    else keys.set(op.put.id, keysOf(op.put));
  });
  return {
    keys,
    snapshotBytes: first === undefined ? 0 : statSync(path).size,
    journalBytes: j.size,
    journalExists: j.exists,
    movedIn: j.movedIn,
  };
}

/** Replays a month's journal through `apply`, validating every record it holds. */
function readJournal(
  ctx: FileContext,
  month: string,
  apply: (op: JournalOp) => void,
): { size: number; exists: boolean; movedIn: Map<string, string> } {
  const path = join(ctx.dataDir, "updates", `${month}${JOURNAL_SUFFIX}`);
  const read = readLogSync(path, ctx.log);
  const movedIn = new Map<string, string>();
  read.lines.forEach((line, i) => {
    const raw = parseLine(path, line, i + 1);
    if (typeof raw.del === "string") {
      movedIn.delete(raw.del);
      apply({ del: raw.del });
      return;
    }
    if (raw.put === undefined)
      throw corrupt(path, `line ${i + 1} is not a change this bot knows (put/del) — written by a newer bot?`);
    const parsed = UpdateSchema.safeParse(raw.put);
    if (!parsed.success) throw corrupt(path, `line ${i + 1}: ${describeZodError(parsed.error)}`);
    const u = deepFreeze(parsed.data);
    if (u.date.slice(0, 7) !== month)
      throw corrupt(path, `line ${i + 1} (${u.id}) has date ${u.date}, not in ${month}`);
    if (typeof raw.from === "string") movedIn.set(u.id, raw.from);
    else movedIn.delete(u.id);
    apply({ put: u });
  });
  return { size: read.size, exists: read.exists, movedIn };
}

/** IndexEntrySchema, checked by hand: a past month's index has ~1k entries, read at every open. */
function isIndexEntry(e: unknown): e is IndexEntry {
  if (!Array.isArray(e) || (e.length !== 4 && e.length !== 5)) return false;
  const [id, author, seq, status, msgs] = e as unknown[];
  return (
    typeof id === "string" &&
    typeof author === "string" &&
    Number.isInteger(seq) &&
    (seq as number) > 0 &&
    STATUSES.has(status as string) &&
    (msgs === undefined || (Array.isArray(msgs) && msgs.every((m) => typeof m === "string")))
  );
}
const STATUSES = new Set<unknown>(UpdateStatusSchema.options);

function sameKeys(index: unknown[], list: Update[]): boolean {
  if (index.length !== list.length) return false;
  return list.every((u, i) => {
    const e = index[i] as unknown[];
    const k = keysOf(u);
    if (e.length !== k.length || e[0] !== k[0] || e[1] !== k[1] || e[2] !== k[2] || e[3] !== k[3])
      return false;
    const a = e[4] as string[] | undefined;
    const b = k[4];
    return a === undefined || (b !== undefined && a.length === b.length && a.every((m, j) => m === b[j]));
  });
}

/** The few fields the indexes rely on, checked on a snapshot whose checksum matched. */
function looksLikeUpdate(u: unknown): boolean {
  if (u === null || typeof u !== "object") return false;
  const r = u as Record<string, unknown>;
  return (
    typeof r.id === "string" &&
    typeof r.author === "string" &&
    typeof r.date === "string" &&
    typeof r.status === "string" &&
    Number.isInteger(r.seq) &&
    (r.seq as number) > 0
  );
}

function sha256(buf: Buffer): string {
  return createHash("sha256").update(buf).digest("hex");
}

function readIfExists(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw corrupt(path, `cannot be read (${(e as Error).message})`, e);
  }
}

/** The first line of a file (without reading the rest), or undefined when it does not exist. */
function readFirstLine(path: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw corrupt(path, `cannot be read (${(e as Error).message})`, e);
  }
  try {
    const chunks: Buffer[] = [];
    const chunk = Buffer.alloc(64 * 1024);
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      const nl = chunk.subarray(0, n).indexOf(10);
      if (nl >= 0) {
        chunks.push(Buffer.from(chunk.subarray(0, nl)));
        break;
      }
      chunks.push(Buffer.from(chunk.subarray(0, n)));
    }
    return Buffer.concat(chunks).toString("utf8");
  } catch (e) {
    throw corrupt(path, `cannot be read (${(e as Error).message})`, e);
  } finally {
    closeSync(fd);
  }
}
