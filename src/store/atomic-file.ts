import { randomBytes } from "node:crypto";
import { open, readdir, readFile, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { AppError } from "../errors.js";

const TEMP_SUFFIX = ".tmp";

/**
 * Replaces `path` with `content` so that a crash at any moment leaves either the old or the new
 * content, never a mix: write a temp file in the same directory, fsync it, rename it over the
 * target, then fsync the directory.
 *
 * Must stay true: resolves only after the rename; on failure the temp file is removed, the
 * target is untouched, and the error is an AppError("STORE_IO") naming the file.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}${TEMP_SUFFIX}`);
  try {
    const fh = await open(tmp, "wx");
    try {
      await fh.writeFile(content);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw new AppError("STORE_IO", `写入失败 / failed to write ${path}: ${(e as Error).message}`, {
      cause: e,
      hint: "check free disk space and permissions of DATA_DIR; the previous content of the file is intact",
    });
  }
  await syncDir(dir);
}

/** fsync a directory so a rename inside it survives a power cut (best effort: not every OS allows it). */
export async function syncDir(dir: string): Promise<void> {
  let fh: Awaited<ReturnType<typeof open>> | undefined;
  try {
    fh = await open(dir, "r");
    await fh.sync();
  } catch {
    // Some platforms (Windows) cannot open or fsync a directory; the rename itself is still atomic.
  } finally {
    await fh?.close().catch(() => undefined);
  }
}

/** The file's text, or undefined when it does not exist. Other errors (EACCES, EISDIR) are thrown as-is. */
export async function readTextIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw e;
  }
}

/**
 * Deletes temp files left in `dir` by a crashed writer. Only call while holding the directory
 * lock, when no other writer can be mid-write. Returns the names removed.
 */
export async function removeStaleTempFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const stale = names.filter((n) => n.startsWith(".") && n.endsWith(TEMP_SUFFIX));
  await Promise.all(stale.map((n) => unlink(join(dir, n)).catch(() => undefined)));
  return stale;
}
