import { closeSync, ftruncateSync, fsyncSync, openSync, readFileSync } from "node:fs";
import { type FileHandle, open, unlink } from "node:fs/promises";
import { dirname } from "node:path";
import { AppError } from "../errors.js";
import { syncDir, writeFileAtomic } from "./atomic-file.js";
import type { WriteHook } from "./json-file.js";
import { corrupt } from "./migrations.js";

/**
 * An append-only file of JSON lines (one change per line), the store's journal format.
 *
 * Must stay true:
 * - `append` resolves only after its bytes are on disk (write + fdatasync; the directory is
 *   fsync'd when the write created the file), so a caller may say "saved" afterwards;
 * - a failed append leaves the file at its previous length (truncated back) and rejects STORE_IO;
 * - one append never interleaves with another (callers serialize; the store's group commit does);
 * - `size` is the length of the acknowledged content — what a reload reads.
 *
 * What a crash can leave: only the LAST append may be incomplete (an append starts after the one
 * before it was fsync'd), so a final line without its newline, or a line holding NUL bytes (a
 * hole the file system had not filled), is the remains of a write nobody was told about. `read`
 * cuts the file back to the last whole line before it (and says so); any other bad line is
 * damage and refuses the file (STORE_CORRUPT, untouched).
 */
export class AppendLog {
  readonly path: string;
  #fh: FileHandle | undefined;
  #size: number;
  #exists: boolean;
  readonly #onWrite: WriteHook | undefined;

  constructor(path: string, size: number, exists: boolean, onWrite?: WriteHook) {
    this.path = path;
    this.#size = size;
    this.#exists = exists;
    this.#onWrite = onWrite;
  }

  get size(): number {
    return this.#size;
  }

  get exists(): boolean {
    return this.#exists;
  }

  /** Appends `data` (whole lines, each ending in "\n") durably. */
  async append(data: Buffer): Promise<void> {
    if (data.length === 0) return;
    await runHook(this.#onWrite, this.path);
    const created = !this.#exists;
    try {
      this.#fh ??= await open(this.path, "a");
      await this.#fh.writeFile(data);
      await this.#fh.datasync();
      if (created) await syncDir(dirname(this.path));
    } catch (e) {
      await this.#fh?.truncate(this.#size).catch(() => undefined);
      throw ioError(this.path, e);
    }
    this.#exists = true;
    this.#size += data.length;
  }

  /** Undoes appends: cuts the file back to `size` bytes (removing it when `size` is 0 and it was new). */
  async truncateTo(size: number, removeIfEmpty: boolean): Promise<void> {
    try {
      if (size === 0 && removeIfEmpty) {
        await this.remove();
        return;
      }
      this.#fh ??= await open(this.path, "a");
      await this.#fh.truncate(size);
      await this.#fh.datasync();
      this.#size = size;
    } catch (e) {
      throw ioError(this.path, e);
    }
  }

  /** Replaces the whole file atomically (temp + fsync + rename) — compaction. */
  async replace(data: Buffer): Promise<void> {
    await runHook(this.#onWrite, this.path);
    await this.close();
    await writeFileAtomic(this.path, data);
    this.#exists = true;
    this.#size = data.length;
  }

  /** Deletes the file (its content now lives elsewhere, e.g. in a compacted snapshot). */
  async remove(): Promise<void> {
    await this.close();
    try {
      await unlink(this.path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw ioError(this.path, e);
    }
    await syncDir(dirname(this.path));
    this.#exists = false;
    this.#size = 0;
  }

  async close(): Promise<void> {
    const fh = this.#fh;
    this.#fh = undefined;
    await fh?.close().catch(() => undefined);
  }
}

export interface ReadLog {
  /** The whole lines, without their newlines (empty lines skipped). */
  lines: string[];
  /** Bytes of whole, acknowledged content (the file's size after any torn tail was cut). */
  size: number;
  exists: boolean;
}

/**
 * Reads a log synchronously (see AppendLog for what a crash may leave and how it is cut). The
 * store holds the directory lock, so cutting a torn tail cannot race another writer.
 */
export function readLogSync(path: string, log: (msg: string) => void): ReadLog {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return { lines: [], size: 0, exists: false };
    throw corrupt(path, `cannot be read (${(e as Error).message})`, e);
  }
  const lines: string[] = [];
  let start = 0;
  let good = 0;
  while (start < buf.length) {
    const nl = buf.indexOf(10, start);
    if (nl < 0) break; // a last line without its newline: torn
    const line = buf.subarray(start, nl);
    if (line.includes(0)) break; // a hole left by a crash mid-write: torn from here on
    if (line.length > 0) lines.push(line.toString("utf8"));
    start = nl + 1;
    good = start;
  }
  if (good < buf.length) {
    try {
      const fd = openSync(path, "r+");
      try {
        ftruncateSync(fd, good);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    } catch (e) {
      throw new AppError("STORE_IO", `cannot repair ${path}: ${(e as Error).message}`, { cause: e });
    }
    log(
      `store: ${path}: removed ${buf.length - good} byte(s) of an append cut short by a crash (never acknowledged)`,
    );
  }
  return { lines, size: good, exists: true };
}

/** Parses one line of a log; a line that is not a JSON object is damage (STORE_CORRUPT). */
export function parseLine(path: string, line: string, n: number): Record<string, unknown> {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (e) {
    throw corrupt(path, `line ${n} is not valid JSON (${(e as Error).message})`, e);
  }
  if (v === null || typeof v !== "object" || Array.isArray(v))
    throw corrupt(path, `line ${n} is not a JSON object`);
  return v as Record<string, unknown>;
}

export async function runHook(hook: WriteHook | undefined, path: string): Promise<void> {
  if (!hook) return;
  try {
    await hook(path);
  } catch (e) {
    throw e instanceof AppError ? e : ioError(path, e);
  }
}

export function ioError(path: string, e: unknown): AppError {
  if (e instanceof AppError) return e;
  return new AppError("STORE_IO", `写入失败 / failed to write ${path}: ${(e as Error).message}`, {
    cause: e,
    hint: "check free disk space and permissions of DATA_DIR; what was saved before is intact",
  });
}
