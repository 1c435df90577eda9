import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { open, readFile, stat, unlink } from "node:fs/promises";
import { join } from "node:path";
import { AppError } from "../errors.js";

export const LOCK_FILE = ".lock";

/** What DATA_DIR/.lock holds while a process has the store open. */
export interface LockInfo {
  pid: number;
  host: string;
  startedAt: string;
  /** Unique per open, so this process can tell its own live locks from a stale one with its pid. */
  token: string;
}

export interface DirLock {
  readonly path: string;
  readonly info: LockInfo;
  /** Deletes the lock file if it is still ours. Idempotent. */
  release(): Promise<void>;
}

/** A lock file this young that cannot be parsed is taken to be one another process is writing now. */
const UNREADABLE_GRACE_MS = 10_000;

/** Tokens of the locks this process holds (or is acquiring). */
const heldTokens = new Set<string>();

/**
 * Makes sure only one store is open on `dataDir` at a time, across processes and inside this
 * one: creates DATA_DIR/.lock exclusively ("wx").
 *
 * Must stay true: a lock whose pid is alive on this host is never taken over (STORE_LOCKED);
 * a lock of a dead pid, or of this pid but not opened by this process (a container restarted
 * with the same pid), is stale and is taken over; a lock from another host is never taken over
 * (we cannot check its pid). Opening the same directory twice in one process fails.
 */
export async function acquireLock(
  dataDir: string,
  opts: { now: () => Date; log: (msg: string) => void },
): Promise<DirLock> {
  const path = join(dataDir, LOCK_FILE);
  const info: LockInfo = {
    pid: process.pid,
    host: hostname(),
    startedAt: opts.now().toISOString(),
    token: randomUUID(),
  };
  // Registered before the file exists, so a concurrent open in this process that reads our
  // freshly written lock recognises it as live.
  heldTokens.add(info.token);
  try {
    for (let attempt = 0; ; attempt++) {
      if (attempt >= 5) throw lockedError(dataDir, path, "the lock keeps reappearing while being taken over");
      if (await tryCreate(path, info)) break;
      const existing = await readLock(path);
      if (existing === "gone") continue;
      refuseIfLive(existing, path, dataDir);
      opts.log(
        `store: taking over stale lock ${path}` +
          (existing === "unreadable" ? " (unreadable)" : ` (pid ${existing.pid} is not running)`),
      );
      await unlink(path).catch(() => undefined);
    }
  } catch (e) {
    heldTokens.delete(info.token);
    throw e;
  }
  let released = false;
  return {
    path,
    info,
    async release() {
      if (released) return;
      released = true;
      heldTokens.delete(info.token);
      const current = await readLock(path).catch(() => "gone" as const);
      if (typeof current === "object" && current.token === info.token)
        await unlink(path).catch(() => undefined);
    },
  };
}

async function tryCreate(path: string, info: LockInfo): Promise<boolean> {
  let fh: Awaited<ReturnType<typeof open>>;
  try {
    fh = await open(path, "wx");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw new AppError(
      "STORE_IO",
      `无法创建锁文件 / cannot create lock file ${path}: ${(e as Error).message}`,
      {
        cause: e,
        hint: "check that DATA_DIR exists and is writable",
      },
    );
  }
  try {
    // Not fsync'd: other processes read it from the page cache whether or not it reached the disk,
    // and after a power cut no process holding it is alive — an empty or torn lock is then older
    // than UNREADABLE_GRACE_MS and taken over. (An fsync cost 1–16 ms of the start before READY.)
    await fh.writeFile(`${JSON.stringify(info)}\n`, "utf8");
  } finally {
    await fh.close();
  }
  return true;
}

/** "unreadable": garbage old enough to be stale; "being-written": garbage too young to judge. */
type ReadResult = LockInfo | "unreadable" | "being-written" | "gone";

async function readLock(path: string): Promise<ReadResult> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return "gone";
    return "unreadable";
  }
  try {
    const v = JSON.parse(text) as Partial<LockInfo>;
    if (typeof v.pid === "number" && typeof v.host === "string") {
      return {
        pid: v.pid,
        host: v.host,
        startedAt: String(v.startedAt ?? "?"),
        token: String(v.token ?? ""),
      };
    }
  } catch {
    // fall through
  }
  // A lock being written right now is briefly empty: only call it stale once it has aged.
  const age = await stat(path).then(
    (s) => Date.now() - s.mtimeMs,
    () => Number.POSITIVE_INFINITY,
  );
  return age < UNREADABLE_GRACE_MS ? "being-written" : "unreadable";
}

function refuseIfLive(
  existing: Exclude<ReadResult, "gone">,
  path: string,
  dataDir: string,
): asserts existing is LockInfo | "unreadable" {
  if (existing === "unreadable") return;
  if (existing === "being-written")
    throw lockedError(dataDir, path, "another process is creating the lock right now");
  if (existing.host !== hostname()) {
    throw lockedError(
      dataDir,
      path,
      `it is held by pid ${existing.pid} on another host "${existing.host}" (since ${existing.startedAt})`,
      `stop the bot on ${existing.host}; if it is surely not running, delete ${path}`,
    );
  }
  if (existing.pid === process.pid) {
    if (heldTokens.has(existing.token)) {
      throw lockedError(
        dataDir,
        path,
        "this process already has it open / 本进程已打开该目录",
        "call close() on the first store before opening it again, or share that store",
      );
    }
    return; // our pid, but not our lock: left by an earlier process that had the same pid
  }
  if (isAlive(existing.pid)) {
    throw lockedError(
      dataDir,
      path,
      `pid ${existing.pid} (started ${existing.startedAt}) is using it / 进程 ${existing.pid} 正在使用`,
      `stop that bot first (e.g. \`kill ${existing.pid}\`), or point DATA_DIR elsewhere`,
    );
  }
}

function lockedError(dataDir: string, path: string, why: string, hint?: string): AppError {
  return new AppError(
    "STORE_LOCKED",
    `数据目录已被占用 / DATA_DIR ${dataDir} is locked by another zongjie-bot: ${why}`,
    { hint: hint ?? `if no bot is running, delete ${path}` },
  );
}

/** True when a process with this pid exists on this host (EPERM means it exists, owned by someone else). */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
