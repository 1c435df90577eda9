import { join } from "node:path";
import { AppError } from "../errors.js";
import { jsonClone } from "./freeze.js";
import { JsonFile } from "./json-file.js";
import { describeZodError, emptyInbox, type InboxFile, InboxFileSchema, InboxEntrySchema } from "./schema.js";
import { inboxJson, type SeenBytesCache } from "./serialize.js";
import type { FileContext } from "./shard.js";
import type { InboxEntry } from "./types.js";

export const INBOX_FILE = "inbox.json";
export const DEFAULT_SEEN_TTL_MS = 7 * 24 * 60 * 60 * 1000;
const PRUNE_EVERY_MS = 60_000;

/** De-duplication keys and inbox entries found in a state.json of format v1. */
export interface LegacyInbox {
  seen: Readonly<Record<string, string>>;
  inbox: readonly InboxEntry[];
}

/**
 * DATA_DIR/inbox.json: the de-duplication keys (key → expiry) and the inbox of events received
 * but not yet processed. The busiest file of the store (the Feishu webhook writes it before
 * answering every event), kept apart from state.json so those writes stay small and never wait
 * behind conversation or binding changes; one entry per line.
 *
 * Must stay true: each method is one read-modify-write, group-committed by the file (concurrent
 * events share one fsync); a call that changes nothing does not write; a write drops the expired
 * keys (checked cheaply: only once the earliest expiry has passed); what is kept in memory went
 * through JSON and is frozen.
 */
export class InboxRepo {
  readonly #file: JsonFile<InboxFile>;
  readonly #now: () => Date;
  /**
   * When the next write should drop expired keys (ms): the earliest expiry in the file, at most a
   * minute later. A hint: too early costs one scan; too late (after a failed write) only delays it.
   */
  #pruneAt: number;

  private constructor(file: JsonFile<InboxFile>, now: () => Date) {
    this.#file = file;
    this.#now = now;
    this.#pruneAt = earliestExpiry(file.data.seen);
  }

  /**
   * Loads and validates inbox.json; writes nothing (see finishOpen). `legacy` (from a state.json
   * of format v1) is merged in: keys keep their latest expiry, entries missing by id are appended.
   */
  static async load(ctx: FileContext, legacy?: LegacyInbox): Promise<InboxRepo> {
    const seenBytes: SeenBytesCache = new Map();
    const file = await JsonFile.load<InboxFile>({
      path: join(ctx.dataDir, INBOX_FILE),
      base: "inbox",
      kind: "inbox",
      schema: InboxFileSchema,
      serialize: (data) => inboxJson(data, seenBytes),
      empty: emptyInbox,
      backups: ctx.backups,
      now: ctx.now,
      log: ctx.log,
      onWrite: ctx.onWrite,
    });
    if (legacy) {
      const seen = { ...file.data.seen };
      for (const [key, exp] of Object.entries(legacy.seen)) {
        const mine = seen[key];
        if (mine === undefined || Date.parse(exp) > Date.parse(mine)) seen[key] = exp;
      }
      const ids = new Set(file.data.inbox.map((e) => e.id));
      const inbox = [...file.data.inbox, ...legacy.inbox.filter((e) => !ids.has(e.id))];
      file.replaceAtOpen({ ...file.data, seen, inbox });
      ctx.log(
        `store: moving ${Object.keys(legacy.seen).length} de-duplication key(s) and ` +
          `${legacy.inbox.length} inbox entr(ies) from state.json to ${file.path}`,
      );
    }
    return new InboxRepo(file, ctx.now);
  }

  /** Writes inbox.json when it took over keys from state.json — before state.json drops them. */
  finishOpen(): Promise<void> {
    return this.#file.finishMigration();
  }

  /** True when newly recorded (or its earlier record had expired); false when seen and still live. */
  async markSeen(key: string, ttlMs = DEFAULT_SEEN_TTL_MS): Promise<boolean> {
    if (!(Number.isFinite(ttlMs) && ttlMs > 0))
      throw new AppError("BAD_REQUEST", `markSeen: bad ttlMs ${ttlMs}`);
    return this.#change((d, now) => {
      if (live(d, key, now)) return false;
      d.seen[key] = new Date(now + ttlMs).toISOString();
      this.#pruneAt = Math.min(this.#pruneAt, now + ttlMs);
      return true;
    });
  }

  hasSeen(key: string): boolean {
    return live(this.#file.data, key, this.#now().getTime());
  }

  async putInbox(entry: InboxEntry): Promise<void> {
    const parsed = InboxEntrySchema.safeParse(jsonClone(entry));
    if (!parsed.success)
      throw new AppError("BAD_REQUEST", `invalid inbox entry: ${describeZodError(parsed.error)}`);
    const e = parsed.data as InboxEntry;
    await this.#change((d) => {
      const at = d.inbox.findIndex((x) => x.id === e.id);
      if (at < 0) d.inbox.push(e);
      else d.inbox[at] = e;
      return true;
    });
  }

  async removeInbox(id: string): Promise<void> {
    await this.#change((d) => {
      const at = d.inbox.findIndex((x) => x.id === id);
      if (at < 0) return false;
      d.inbox.splice(at, 1);
      return true;
    });
  }

  /** Oldest first. */
  listInbox(): InboxEntry[] {
    return [...(this.#file.data.inbox as InboxEntry[])];
  }

  get path(): string {
    return this.#file.path;
  }

  /** Resolves when every write queued so far has settled. */
  idle(): Promise<void> {
    return this.#file.idle();
  }

  /**
   * One read-modify-write of the batch's draft (JsonFile.edit): `fn` changes it in place and says
   * whether it did (false: no write). A change also drops the expired keys, when any may have
   * expired (see #pruneAt).
   */
  #change(fn: (draft: InboxFile, now: number) => boolean): Promise<boolean> {
    return this.#file.edit(draftOf, (d) => {
      const now = this.#now().getTime();
      if (!fn(d, now)) return { changed: false, result: false };
      if (now >= this.#pruneAt) {
        for (const [key, exp] of Object.entries(d.seen)) if (!(Date.parse(exp) > now)) delete d.seen[key];
        // At most one scan a minute: a key expired since stays in the file a little longer,
        // harmless since hasSeen/markSeen check the expiry.
        this.#pruneAt = Math.max(earliestExpiry(d.seen), now + PRUNE_EVERY_MS);
      }
      return { changed: true, result: true };
    });
  }
}

/** A mutable copy of the containers (records themselves stay shared and frozen). */
function draftOf(data: InboxFile): InboxFile {
  return { ...data, seen: { ...data.seen }, inbox: [...data.inbox] };
}

function live(s: InboxFile, key: string, now: number): boolean {
  const expires = s.seen[key];
  return expires !== undefined && Date.parse(expires) > now;
}

function earliestExpiry(seen: Readonly<Record<string, string>>): number {
  let min = Number.POSITIVE_INFINITY;
  for (const exp of Object.values(seen)) {
    const t = Date.parse(exp);
    // An unparseable expiry counts as expired: it is dropped by the next write.
    min = Math.min(min, Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t);
  }
  return min;
}
