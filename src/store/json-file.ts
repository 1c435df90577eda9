import { Low } from "lowdb";
import type { Adapter } from "lowdb";
import { AppError } from "../errors.js";
import { readTextIfExists, writeFileAtomic } from "./atomic-file.js";
import type { Backups } from "./backups.js";
import { deepFreeze } from "./freeze.js";
import { GroupCommit } from "./group-commit.js";
import { Mutex } from "./mutex.js";
import { CURRENT_VERSION, corrupt, type FileKind, migrate } from "./migrations.js";
import { type CheckSchema, describeZodError } from "./schema.js";

export interface JsonFileOptions<T> {
  /** Absolute path of the file. */
  path: string;
  /** Its name in backups/ (e.g. "state", "updates.2025"). */
  base: string;
  kind: FileKind;
  /** Validates the file after migration; its output is what is kept in memory. */
  schema: CheckSchema<T>;
  /** Extra checks the schema cannot express; returns what is wrong, or undefined. */
  check?: (data: T) => string | undefined;
  serialize: (data: T) => string | Uint8Array;
  /** The content of a file that does not exist yet. */
  empty: () => T;
  backups: Backups;
  now: () => Date;
  log: (msg: string) => void;
  /** Called before every replacement of the file; throwing fails that write (tests, metrics). */
  onWrite?: WriteHook;
}

/** See OpenStoreOptions.onWrite. */
export type WriteHook = (path: string) => void | Promise<void>;

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
    const { path, onWrite, serialize } = this.opts;
    if (onWrite) {
      try {
        await onWrite(path);
      } catch (e) {
        throw e instanceof AppError
          ? e
          : new AppError("STORE_IO", `写入失败 / failed to write ${path}: ${(e as Error).message}`, {
              cause: e,
            });
      }
    }
    await writeFileAtomic(path, serialize(data));
  }
}

/** The working copy of one batch. */
interface Batch<T> {
  data: T;
  dirty: boolean;
}

/**
 * One validated JSON file of the store, held in memory (a lowdb `Low` with a validating adapter).
 *
 * Must stay true:
 * - `data` is deep-frozen and always equals what is on disk (or `empty()` when the file does not
 *   exist yet): a change is computed on a copy, written, and only then committed in memory, so a
 *   failed write leaves memory as it was;
 * - `mutate` calls are group-committed (GroupCommit): those arriving while a write is in flight are
 *   applied together to the next copy and written by ONE temp+fsync+rename; each resolves once the
 *   write holding its change is on disk, and all of them reject (memory unchanged) if it fails;
 * - every write of the file (batches, migrations) runs under the file's own
 *   promise-chain mutex, so none interleave;
 * - before a write, a rolling backup is taken when due (Backups);
 * - a file that fails to load is never written.
 */
export class JsonFile<T> {
  readonly #low: Low<T>;
  readonly #adapter: ValidatingAdapter<T>;
  readonly #opts: JsonFileOptions<T>;
  readonly #mutex = new Mutex();
  readonly #batches: GroupCommit<Batch<T>>;
  #exists = false;
  /** Set during open when memory was changed on purpose and the file must be rewritten. */
  #rewriteAtOpen = false;

  private constructor(opts: JsonFileOptions<T>, data: T) {
    this.#opts = opts;
    this.#adapter = new ValidatingAdapter(opts);
    this.#low = new Low<T>(this.#adapter, deepFreeze(data));
    this.#batches = new GroupCommit<Batch<T>>(
      {
        begin: () => ({ data: this.#low.data, dirty: false }),
        dirty: (w) => w.dirty,
        write: (w) => this.#write(w.data),
        commit: (w) => this.commit(w.data),
      },
      this.#mutex,
    );
  }

  /**
   * Loads and validates the file (migrating an older format in memory only). Throws
   * STORE_CORRUPT for an unusable file, which is left untouched. Call `finishMigration` once
   * every file that must load together has loaded, so a failure elsewhere rewrites nothing.
   */
  static async load<T>(opts: JsonFileOptions<T>): Promise<JsonFile<T>> {
    const file = new JsonFile(opts, opts.empty());
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

  /** The format version the file had on disk; undefined when it did not exist. */
  get versionOnDisk(): number | undefined {
    return this.#adapter.versionOnDisk;
  }

  /**
   * During open only (before any write): replaces the content in memory, to be written by
   * `finishMigration` (a layout migration moved part of it to another file).
   */
  replaceAtOpen(next: T): void {
    this.#low.data = deepFreeze(next);
    this.#rewriteAtOpen = true;
  }

  /**
   * If the format was older, copies the original to backups/ (pre-migration, never rotated), then
   * rewrites it; also rewrites it after `replaceAtOpen`.
   */
  finishMigration(): Promise<void> {
    return this.#mutex.run(async () => {
      const from = this.#adapter.versionOnDisk;
      const migrate = this.needsMigration && from !== undefined;
      if (!migrate && !this.#rewriteAtOpen) return;
      const { path, base, backups, kind, log } = this.#opts;
      if (migrate) {
        const copy = await backups.snapshotBeforeMigration(path, base, from);
        await this.#adapter.write(this.#low.data);
        this.#adapter.versionOnDisk = CURRENT_VERSION[kind];
        log(`store: migrated ${path} from format v${from} to v${CURRENT_VERSION[kind]} (original: ${copy})`);
      } else {
        await this.#write(this.#low.data);
      }
      this.#exists = true;
      this.#rewriteAtOpen = false;
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
   * Read-modify-write, group-committed (see class doc): `fn` sees the latest content — committed,
   * plus the changes of the calls before it in the same batch — and returns the next content (or
   * undefined for "no change") and a result. `fn` must not change what it is given, and must
   * throw (if at all) before returning. Resolves after the rename of the write holding the change.
   */
  mutate<R>(fn: (current: T) => { next?: T; result: R }): Promise<R> {
    return this.#batches.run((w) => {
      const { next, result } = fn(w.data);
      if (next !== undefined) {
        w.data = deepFreeze(next);
        w.dirty = true;
      }
      return result;
    });
  }

  /** Makes `next` (already on disk) the in-memory content. */
  commit(next: T): void {
    this.#low.data = deepFreeze(next);
  }

  /** Resolves when every write queued so far has settled. */
  async idle(): Promise<void> {
    await this.#batches.idle();
    await this.#mutex.idle();
  }

  async #write(next: T): Promise<void> {
    await this.#opts.backups.beforeWrite(this.#opts.path, this.#opts.base, this.#exists);
    await this.#low.adapter.write(next);
    this.#exists = true;
  }
}
