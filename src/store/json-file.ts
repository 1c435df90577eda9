import { unlink } from "node:fs/promises";
import { Low } from "lowdb";
import type { Adapter } from "lowdb";
import type { z } from "zod";
import { readTextIfExists, writeFileAtomic } from "./atomic-file.js";
import type { Backups } from "./backups.js";
import { deepFreeze } from "./freeze.js";
import { Mutex } from "./mutex.js";
import { CURRENT_VERSION, corrupt, type FileKind, migrate } from "./migrations.js";
import { describeZodError } from "./schema.js";

export interface JsonFileOptions<T> {
  /** Absolute path of the file. */
  path: string;
  /** Its name in backups/ (e.g. "state", "updates.2025"). */
  base: string;
  kind: FileKind;
  /** Validates the file after migration; its output is what is kept in memory. */
  schema: z.ZodType<T, unknown>;
  /** Extra checks the schema cannot express; returns what is wrong, or undefined. */
  check?: (data: T) => string | undefined;
  serialize: (data: T) => string | Uint8Array;
  /** The content of a file that does not exist yet. */
  empty: () => T;
  backups: Backups;
  now: () => Date;
  log: (msg: string) => void;
}

/**
 * lowdb adapter that validates: read() parses JSON, migrates older versions and checks the
 * schema, throwing STORE_CORRUPT (naming the file and the problem) instead of returning data
 * that does not fit; write() replaces the file atomically.
 */
class ValidatingAdapter<T> implements Adapter<T> {
  /** Version the file had on disk, set by read(); undefined when it did not exist. */
  versionOnDisk: number | undefined;

  constructor(private readonly opts: JsonFileOptions<T>) {}

  async read(): Promise<T | null> {
    const { path, kind, schema, check, now } = this.opts;
    let text: string | undefined;
    try {
      text = await readTextIfExists(path);
    } catch (e) {
      throw corrupt(path, `cannot be read (${(e as Error).message})`, e);
    }
    if (text === undefined) return null;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (e) {
      throw corrupt(path, `not valid JSON (${(e as Error).message})`, e);
    }
    const { data, from } = migrate(kind, raw, { file: path, now: now() });
    this.versionOnDisk = from;
    const parsed = schema.safeParse(data);
    const after = from < CURRENT_VERSION[kind] ? ` (after migrating from format version ${from})` : "";
    if (!parsed.success)
      throw corrupt(path, `does not match the expected format${after}: ${describeZodError(parsed.error)}`);
    const problem = check?.(parsed.data);
    if (problem) throw corrupt(path, problem + after);
    return parsed.data;
  }

  async write(data: T): Promise<void> {
    await writeFileAtomic(this.opts.path, this.opts.serialize(data));
  }
}

/**
 * One validated JSON file of the store, held in memory (a lowdb `Low` with a validating adapter).
 *
 * Must stay true:
 * - `data` is deep-frozen and always equals what is on disk (or `empty()` when the file does not
 *   exist yet): a change is computed on a copy, written, and only then committed in memory, so a
 *   failed write leaves memory as it was;
 * - writes are serialized by the file's own promise-chain mutex: `mutate` is a read-modify-write
 *   that no other write can interleave with;
 * - before a write, a rolling backup is taken when due (Backups);
 * - a file that fails to load is never written.
 */
export class JsonFile<T> {
  readonly #low: Low<T>;
  readonly #adapter: ValidatingAdapter<T>;
  readonly #opts: JsonFileOptions<T>;
  readonly #mutex = new Mutex();
  #exists = false;

  private constructor(opts: JsonFileOptions<T>) {
    this.#opts = opts;
    this.#adapter = new ValidatingAdapter(opts);
    this.#low = new Low<T>(this.#adapter, deepFreeze(opts.empty()));
  }

  /**
   * Loads and validates the file (migrating an older format in memory only). Throws
   * STORE_CORRUPT for an unusable file, which is left untouched. Call `finishMigration` once
   * every file that must load together has loaded, so a failure elsewhere rewrites nothing.
   */
  static async load<T>(opts: JsonFileOptions<T>): Promise<JsonFile<T>> {
    const file = new JsonFile(opts);
    await file.#low.read();
    file.#exists = file.#adapter.versionOnDisk !== undefined;
    file.#low.data = deepFreeze(file.#low.data);
    return file;
  }

  /** True when the file on disk is in an older format than `data`. */
  get needsMigration(): boolean {
    const from = this.#adapter.versionOnDisk;
    return from !== undefined && from < CURRENT_VERSION[this.#opts.kind];
  }

  /** If needed, copies the original to backups/ (pre-migration, never rotated), then rewrites it. */
  finishMigration(): Promise<void> {
    return this.#mutex.run(async () => {
      const from = this.#adapter.versionOnDisk;
      if (!this.needsMigration || from === undefined) return;
      const { path, base, backups, kind, log } = this.#opts;
      const copy = await backups.snapshotBeforeMigration(path, base, from);
      await this.#adapter.write(this.#low.data);
      this.#adapter.versionOnDisk = CURRENT_VERSION[kind];
      log(`store: migrated ${path} from format v${from} to v${CURRENT_VERSION[kind]} (original: ${copy})`);
    });
  }

  get path(): string {
    return this.#opts.path;
  }

  /** The committed content (frozen). */
  get data(): T {
    return this.#low.data;
  }

  get existsOnDisk(): boolean {
    return this.#exists;
  }

  /**
   * Read-modify-write under this file's mutex: `fn` sees the latest committed content and returns
   * the next content (or undefined for "no change", which skips the write) and a result.
   * Resolves after the rename; on failure memory is unchanged.
   */
  mutate<R>(fn: (current: T) => { next?: T; result: R }): Promise<R> {
    return this.#mutex.run(async () => {
      const { next, result } = fn(this.#low.data);
      if (next !== undefined) {
        await this.#write(next);
        this.commit(next);
      }
      return result;
    });
  }

  /**
   * Writes `next` to disk WITHOUT committing it in memory — the first half of a write that must
   * succeed or fail together with other files. The caller must hold a lock that keeps every other
   * writer of this file out until it calls `commit` or `rollbackDisk`.
   */
  writeUncommitted(next: T): Promise<void> {
    return this.#mutex.run(() => this.#write(next));
  }

  /** Makes `next` (already on disk) the in-memory content. */
  commit(next: T): void {
    this.#low.data = deepFreeze(next);
  }

  /**
   * Puts the committed content back on disk after a `writeUncommitted` that must be undone.
   * A file that did not exist before is removed.
   */
  rollbackDisk(existedBefore: boolean): Promise<void> {
    return this.#mutex.run(async () => {
      if (existedBefore) {
        await this.#low.adapter.write(this.#low.data);
        return;
      }
      await unlink(this.#opts.path).catch((e) => {
        if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
      });
      this.#exists = false;
    });
  }

  /** Resolves when every write queued so far has settled. */
  idle(): Promise<void> {
    return this.#mutex.idle();
  }

  async #write(next: T): Promise<void> {
    await this.#opts.backups.beforeWrite(this.#opts.path, this.#opts.base, this.#exists);
    await this.#low.adapter.write(next);
    this.#exists = true;
  }
}
