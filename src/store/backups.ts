import { constants } from "node:fs";
import { access, copyFile, mkdir, readdir, rename, unlink } from "node:fs/promises";
import { join } from "node:path";
import { AppError } from "../errors.js";

/** A new rolling backup of a file is taken at most this often. */
export const BACKUP_INTERVAL_MS = 60 * 60 * 1000;

export interface BackupsOptions {
  /** DATA_DIR/backups */
  dir: string;
  /** How many rolling backups to keep per file; 0 turns rolling backups off. */
  keep: number;
  now: () => Date;
  log: (msg: string) => void;
}

/**
 * Rolling copies of the store's files in DATA_DIR/backups, named `<base>.<timestamp>.json`
 * (`base` is the file's path inside DATA_DIR with "/" → ".", e.g. `updates.2025-03`). Month
 * shards keep each copy small (the first write of a shard in a process copies it before writing).
 *
 * Must stay true: a file is copied before its first write in this process and then at most once
 * per BACKUP_INTERVAL_MS; only the newest `keep` rolling copies per file survive; pre-migration
 * snapshots (`<base>.pre-migration-v<N>.<timestamp>.json`) are never rotated away; a copy is
 * written to a temp name and renamed, so a backup file is never half-written.
 */
export class Backups {
  readonly #opts: BackupsOptions;
  readonly #last = new Map<string, number>();

  constructor(opts: BackupsOptions) {
    this.#opts = opts;
  }

  get dir(): string {
    return this.#opts.dir;
  }

  /**
   * Called before every write of `file`. Copies it when due (see class doc). A failed rolling
   * backup is logged, not thrown: it must not stop the user's data from being saved.
   */
  async beforeWrite(file: string, base: string, existsOnDisk: boolean): Promise<void> {
    if (this.#opts.keep <= 0) return;
    const now = this.#opts.now().getTime();
    const last = this.#last.get(base);
    if (last !== undefined && now - last < BACKUP_INTERVAL_MS) return;
    this.#last.set(base, now);
    if (!existsOnDisk) return;
    try {
      await this.#copy(file, base, "");
      await this.#prune(base);
    } catch (e) {
      this.#opts.log(`store: backup of ${file} failed (${(e as Error).message}); writing anyway`);
    }
  }

  /**
   * Keeps the untouched original of a file about to be migrated. Throws STORE_IO on failure so
   * the migration does not go ahead without it. Returns the backup's path.
   */
  async snapshotBeforeMigration(file: string, base: string, fromVersion: number): Promise<string> {
    try {
      const path = await this.#copy(file, base, `pre-migration-v${fromVersion}.`);
      this.#last.set(base, this.#opts.now().getTime());
      return path;
    } catch (e) {
      throw new AppError("STORE_IO", `迁移前备份失败 / could not back up ${file} before migrating it`, {
        cause: e,
        hint: `check that ${this.#opts.dir} is writable; the file was not changed`,
      });
    }
  }

  /** The rolling backups of `base`, oldest first (full paths). */
  async list(base: string): Promise<string[]> {
    let names: string[];
    try {
      names = await readdir(this.#opts.dir);
    } catch {
      return [];
    }
    const re = new RegExp(
      `^${escapeRegExp(base)}\\.(\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3}Z)(?:-(\\d+))?\\.json$`,
    );
    return names
      .map((name) => ({ name, m: re.exec(name) }))
      .filter((x): x is { name: string; m: RegExpExecArray } => x.m !== null)
      .sort((a, b) => a.m[1]!.localeCompare(b.m[1]!) || Number(a.m[2] ?? 0) - Number(b.m[2] ?? 0))
      .map((x) => join(this.#opts.dir, x.name));
  }

  async #copy(file: string, base: string, tag: string): Promise<string> {
    await mkdir(this.#opts.dir, { recursive: true });
    const stamp = this.#opts.now().toISOString().replace(/[:.]/g, "-");
    const tmp = join(this.#opts.dir, `.${base}.${process.pid}.backup.tmp`);
    // Kernel copy; a copy-on-write clone where the filesystem can (btrfs, xfs, APFS), else a copy.
    await copyFile(file, tmp, constants.COPYFILE_FICLONE);
    try {
      // Only this process writes here (it holds the directory lock), so a free name stays free.
      let dest = "";
      for (let n = 0; !dest || (await exists(dest)); n++) {
        dest = join(this.#opts.dir, `${base}.${tag}${stamp}${n ? `-${n}` : ""}.json`);
      }
      await rename(tmp, dest);
      return dest;
    } catch (e) {
      await unlink(tmp).catch(() => undefined);
      throw e;
    }
  }

  async #prune(base: string): Promise<void> {
    const all = await this.list(base);
    const excess = all.slice(0, Math.max(0, all.length - this.#opts.keep));
    for (const path of excess) {
      await unlink(path).catch((e) => this.#opts.log(`store: could not remove old backup ${path}: ${e}`));
    }
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
