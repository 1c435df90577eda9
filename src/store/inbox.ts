import { existsSync } from "node:fs";
import { unlink } from "node:fs/promises";
import { dirname, join } from "node:path";
import { AppError } from "../errors.js";
import { AppendLog, parseLine, readLogSync } from "./append-log.js";
import { syncDir } from "./atomic-file.js";
import { parseInboxEntry } from "./check-inbox-entry.js";
import { deepFreeze } from "./freeze.js";
import { GroupCommit } from "./group-commit.js";
import { JsonFile } from "./json-file.js";
import { corrupt } from "./migrations.js";
import { describeZodError, emptyInbox, type InboxFile, InboxFileSchema, InboxEntrySchema } from "./schema.js";
import type { FileContext } from "./shard.js";
import type { InboxEntry } from "./types.js";

/** The inbox log (current layout) and the whole-file inbox of format v1 (migrated at open). */
export const INBOX_LOG = "inbox.log";
export const INBOX_FILE = "inbox.json";
export const DEFAULT_SEEN_TTL_MS = 7 * 24 * 60 * 60 * 1000;
const PRUNE_EVERY_MS = 60_000;
/** The log is rewritten with only its live lines once it is this big and mostly dead lines. */
const COMPACT_MIN_BYTES = 1 << 20;

/** De-duplication keys and inbox entries found in a state.json of format v1. */
export interface LegacyInbox {
  seen: Readonly<Record<string, string>>;
  inbox: readonly InboxEntry[];
}

/** One batch's changes on top of the committed maps. */
interface Work {
  lines: string[];
  seen: Map<string, number>;
  /** id → new entry, or null when removed in this batch. */
  inbox: Map<string, InboxEntry | null>;
}

/**
 * DATA_DIR/inbox.log: the de-duplication keys (key → expiry) and the inbox of events received
 * but not yet processed, as an append-only log — one JSON line per change:
 *
 *   {"seen":"event:ev_1","exp":1767225600000}    a key, live until exp (ms since the epoch)
 *   {"put":{"id":"feishu:om_1",…}}               an inbox entry added or replaced
 *   {"rm":"feishu:om_1"}                         an entry processed
 *
 * The busiest file of the store (the Feishu webhook writes it before answering every event): a
 * change costs one appended line, whatever the number of keys and entries held; look-ups are
 * map reads. When the log is mostly dead lines (replaced entries, removed ones, expired keys) it
 * is rewritten with the live ones only (temp + fsync + rename), in the write that finds it so.
 *
 * Must stay true: each method is one change, group-committed (concurrent events share one
 * append and one fsync); a call that changes nothing does not write; a failed write changes
 * nothing in memory; what is kept went through JSON and is frozen; replaying the log gives
 * exactly the committed maps (later lines win).
 */
export class InboxRepo {
  readonly #log: AppendLog;
  readonly #now: () => Date;
  readonly #ctx: FileContext;
  readonly #batches: GroupCommit<Work>;
  readonly #seen = new Map<string, number>();
  readonly #inbox = new Map<string, InboxEntry>();
  /** Lines in the log file (live or not). */
  #lines = 0;
  #pruneAt = 0;
  /** Set at open when the log must be (re)written from memory: a migration brought content in. */
  #migrated: { json?: JsonFile<InboxFile>; legacy: boolean } | undefined;

  private constructor(ctx: FileContext, log: AppendLog) {
    this.#ctx = ctx;
    this.#log = log;
    this.#now = ctx.now;
    this.#batches = new GroupCommit<Work>({
      begin: () => ({ lines: [], seen: new Map(), inbox: new Map() }),
      dirty: (w) => w.lines.length > 0,
      write: (w) => this.#write(w),
      commit: (w) => this.#commit(w),
    });
  }

  /**
   * Loads the log (and an inbox.json of format v1, and `legacy` keys from a state.json of format
   * v1: merged first, the log's lines win); writes nothing but the cut of a torn last line (see
   * finishOpen).
   */
  static async load(ctx: FileContext, legacy?: LegacyInbox): Promise<InboxRepo> {
    const path = join(ctx.dataDir, INBOX_LOG);
    const jsonPath = join(ctx.dataDir, INBOX_FILE);
    let json: JsonFile<InboxFile> | undefined;
    if (existsSync(jsonPath)) {
      json = await JsonFile.load<InboxFile>({
        path: jsonPath,
        base: "inbox",
        kind: "inbox",
        schema: InboxFileSchema,
        serialize: (d) => JSON.stringify(d),
        empty: emptyInbox,
        backups: ctx.backups,
        now: ctx.now,
        log: ctx.log,
        onWrite: ctx.onWrite,
      });
    }
    const read = readLogSync(path, ctx.log);
    const repo = new InboxRepo(ctx, new AppendLog(path, read.size, read.exists, ctx.onWrite));
    const now = ctx.now().getTime();
    for (const source of [json?.data, legacy]) {
      if (!source) continue;
      for (const [key, exp] of Object.entries(source.seen)) {
        const t = Date.parse(exp);
        if (t > now && t > (repo.#seen.get(key) ?? 0)) repo.#seen.set(key, t);
      }
      for (const e of source.inbox) if (!repo.#inbox.has(e.id)) repo.#inbox.set(e.id, deepFreeze(e));
    }
    for (const [i, line] of read.lines.entries()) repo.#replay(path, line, i + 1, now);
    repo.#lines = read.lines.length;
    repo.#pruneAt = now + PRUNE_EVERY_MS;
    if (json || legacy) {
      repo.#migrated = { json, legacy: legacy !== undefined };
      ctx.log(
        `store: moving ${repo.#seen.size} de-duplication key(s) and ${repo.#inbox.size} inbox entr(ies) ` +
          `${json ? `from ${jsonPath} ` : ""}${legacy ? "from state.json " : ""}to ${path}`,
      );
    }
    return repo;
  }

  /**
   * Once every file has loaded: after a migration, writes the log with everything (before
   * state.json drops the keys it held), then keeps inbox.json in backups/ and removes it. A crash
   * in between leaves both, and the next open merges them again (the log's lines win).
   * Otherwise compacts a log left mostly dead.
   */
  /** True when the open brought content in from an older layout (finishOpen writes it). */
  get migrating(): boolean {
    return this.#migrated !== undefined;
  }

  async finishOpen(): Promise<void> {
    const m = this.#migrated;
    if (!m) {
      if (this.#shouldCompact(0, 0)) await this.#compact();
      return;
    }
    await this.#compact();
    if (m.json) {
      const copy = await this.#ctx.backups.snapshotBeforeMigration(
        m.json.path,
        "inbox",
        m.json.versionOnDisk ?? 0,
      );
      try {
        await unlink(m.json.path);
      } catch (e) {
        throw new AppError(
          "STORE_IO",
          `迁移失败 / could not remove ${m.json.path} after moving it to ${this.#log.path}`,
          {
            cause: e,
            hint: "check permissions of DATA_DIR; inbox.log holds everything it held",
          },
        );
      }
      await syncDir(dirname(m.json.path));
      this.#ctx.log(`store: migrated ${m.json.path} to ${this.#log.path} (original: ${copy})`);
    }
    this.#migrated = undefined;
  }

  /** True when newly recorded (or its earlier record had expired); false when seen and still live. */
  async markSeen(key: string, ttlMs = DEFAULT_SEEN_TTL_MS): Promise<boolean> {
    if (!(Number.isFinite(ttlMs) && ttlMs > 0))
      throw new AppError("BAD_REQUEST", `markSeen: bad ttlMs ${ttlMs}`);
    return this.#batches.run((w) => {
      const now = this.#now().getTime();
      const exp = w.seen.get(key) ?? this.#seen.get(key);
      if (exp !== undefined && exp > now) return false;
      const next = now + ttlMs;
      w.seen.set(key, next);
      w.lines.push(JSON.stringify({ seen: key, exp: next }));
      return true;
    });
  }

  hasSeen(key: string): boolean {
    const exp = this.#seen.get(key);
    return exp !== undefined && exp > this.#now().getTime();
  }

  async putInbox(entry: InboxEntry): Promise<void> {
    const e = checkedEntry(entry);
    await this.#batches.run((w) => {
      w.inbox.set(e.id, e);
      w.lines.push(JSON.stringify({ put: e }));
    });
  }

  /** Puts the entry unless its id is in the inbox (committed or in this batch); true when put. */
  async addInbox(entry: InboxEntry): Promise<boolean> {
    const e = checkedEntry(entry);
    return this.#batches.run((w) => {
      const current = w.inbox.has(e.id) ? w.inbox.get(e.id) : this.#inbox.get(e.id);
      if (current) return false;
      w.inbox.set(e.id, e);
      w.lines.push(JSON.stringify({ put: e }));
      return true;
    });
  }

  async removeInbox(id: string): Promise<void> {
    await this.#batches.run((w) => {
      const current = w.inbox.has(id) ? w.inbox.get(id) : this.#inbox.get(id);
      if (!current) return;
      w.inbox.set(id, null);
      w.lines.push(JSON.stringify({ rm: id }));
    });
  }

  /** The de-duplication keys live at `now` (ms), with their expiry. */
  liveSeen(now: number): Array<[string, number]> {
    return [...this.#seen].filter(([, exp]) => exp > now);
  }

  /**
   * Adds keys (with their own expiry; those already expired are left out) and entries, in
   * order, in one write — an import into an empty store.
   */
  async addAll(
    seen: ReadonlyArray<readonly [string, number]>,
    entries: readonly InboxEntry[],
  ): Promise<void> {
    const parsed = entries.map(checkedEntry);
    await this.#batches.run((w) => {
      const now = this.#now().getTime();
      for (const [key, exp] of seen) {
        if (exp <= now) continue;
        w.seen.set(key, exp);
        w.lines.push(JSON.stringify({ seen: key, exp }));
      }
      for (const e of parsed) {
        w.inbox.set(e.id, e);
        w.lines.push(JSON.stringify({ put: e }));
      }
    });
  }

  /** Oldest first. */
  listInbox(group?: string): InboxEntry[] {
    const all = [...this.#inbox.values()];
    return group === undefined ? all : all.filter((e) => e.group === group);
  }

  getInbox(id: string): InboxEntry | undefined {
    return this.#inbox.get(id);
  }

  get path(): string {
    return this.#log.path;
  }

  /** Resolves when every write queued so far has settled. */
  idle(): Promise<void> {
    return this.#batches.idle();
  }

  async close(): Promise<void> {
    await this.idle();
    await this.#log.close();
  }

  #replay(path: string, line: string, n: number, now: number): void {
    const op = parseLine(path, line, n);
    if (typeof op.seen === "string" && typeof op.exp === "number") {
      if (op.exp > now) this.#seen.set(op.seen, op.exp);
      else this.#seen.delete(op.seen);
    } else if (op.put !== undefined) {
      const parsed = InboxEntrySchema.safeParse(op.put);
      if (!parsed.success) throw corrupt(path, `line ${n}: ${describeZodError(parsed.error)}`);
      this.#inbox.set(parsed.data.id, deepFreeze(parsed.data as InboxEntry));
    } else if (typeof op.rm === "string") {
      this.#inbox.delete(op.rm);
    } else {
      throw corrupt(path, `line ${n} is not a change this bot knows (seen/put/rm) — written by a newer bot?`);
    }
  }

  #shouldCompact(addBytes: number, addLines: number): boolean {
    const live = this.#seen.size + this.#inbox.size;
    return this.#log.size + addBytes > COMPACT_MIN_BYTES && this.#lines + addLines > 2 * live + 1000;
  }

  /** Appends the batch's lines — or, when the log is mostly dead, rewrites it with the live ones. */
  async #write(w: Work): Promise<void> {
    const data = Buffer.from(`${w.lines.join("\n")}\n`);
    if (this.#shouldCompact(data.length, w.lines.length)) {
      await this.#compact(w);
      return;
    }
    await this.#ctx.backups.beforeWrite(this.#log.path, "inbox", this.#log.exists);
    await this.#log.append(data);
    this.#lines += w.lines.length;
  }

  /** Rewrites the log with the live keys and entries (committed, plus `w` when given). */
  async #compact(w?: Work): Promise<void> {
    const now = this.#now().getTime();
    const seen = new Map(this.#seen);
    const inbox = new Map(this.#inbox);
    if (w) {
      for (const [k, exp] of w.seen) seen.set(k, exp);
      for (const [id, e] of w.inbox) {
        if (e) inbox.set(id, e);
        else inbox.delete(id);
      }
    }
    const lines: string[] = [];
    for (const [key, exp] of seen) if (exp > now) lines.push(JSON.stringify({ seen: key, exp }));
    for (const e of inbox.values()) lines.push(JSON.stringify({ put: e }));
    await this.#ctx.backups.beforeWrite(this.#log.path, "inbox", this.#log.exists);
    await this.#log.replace(Buffer.from(lines.length ? `${lines.join("\n")}\n` : ""));
    this.#lines = lines.length;
  }

  #commit(w: Work): void {
    for (const [k, exp] of w.seen) this.#seen.set(k, exp);
    for (const [id, e] of w.inbox) {
      if (e) this.#inbox.set(id, e);
      else this.#inbox.delete(id);
    }
    const now = this.#now().getTime();
    if (now >= this.#pruneAt) {
      // At most one scan a minute: expired keys leave memory (and the log at its next compaction).
      for (const [k, exp] of this.#seen) if (exp <= now) this.#seen.delete(k);
      this.#pruneAt = now + PRUNE_EVERY_MS;
    }
  }
}

function checkedEntry(entry: InboxEntry): InboxEntry {
  return deepFreeze(parseInboxEntry(entry));
}
