import { existsSync } from "node:fs";
import { mkdtemp, readdir, rename, rm, rmdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { AppError, isAppError } from "../errors.js";
import type { GroupDigest } from "../store/dump-format.js";
import { syncDir } from "../store/atomic-file.js";
import { openStore } from "../store/open-store.js";
import { safeDatabaseLabel } from "../store/pg/pg-errors.js";
import type { Store } from "../store/types.js";
import { readDump, writeDump } from "./dump-file.js";
import {
  type CompareRow,
  compareDigests,
  digestStore,
  formatComparison,
  formatDigest,
} from "./verify-move.js";

/** A store to move from or to: a data dir, or a PostgreSQL database (with its local dir for logs). */
export type StoreLocation =
  | { kind: "lowdb"; dataDir: string }
  | { kind: "postgres"; url: string; dataDir: string };

export interface MoveIo {
  /** The command's own output (stdout). */
  print(line: string): void;
  /** The stores' notes (stderr). */
  log(msg: string): void;
  now(): Date;
}

/** How a location is named to the user: never with the database password. */
export function describeLocation(at: StoreLocation): string {
  return at.kind === "lowdb" ? `数据目录 ${resolve(at.dataDir)}` : `PostgreSQL ${safeDatabaseLabel(at.url)}`;
}

async function openAt(at: StoreLocation, io: MoveIo): Promise<Store> {
  if (at.kind === "postgres") {
    const { openPgStore } = await import("../store/pg/open-pg-store.js");
    return openPgStore(at.url, { dataDir: at.dataDir, log: io.log });
  }
  return openStore(at.dataDir, { log: io.log });
}

/** Opens a store to read from: a data dir must exist and must not be in use by a running bot. */
async function openSource(at: StoreLocation, io: MoveIo): Promise<Store> {
  if (at.kind === "lowdb" && !existsSync(at.dataDir)) {
    throw new AppError("BAD_REQUEST", `${describeLocation(at)} 不存在，没有可导出的数据 / no such DATA_DIR`);
  }
  try {
    return await openAt(at, io);
  } catch (e) {
    if (isAppError(e, "STORE_LOCKED")) {
      throw new AppError(
        "STORE_LOCKED",
        `${describeLocation(at)} 正被运行中的机器人使用，不能导出：导出期间数据还可能变化。请先停止机器人，再导出。\n  （${e.message}）`,
        { cause: e, hint: e.hint },
      );
    }
    throw e;
  }
}

/** `store export`: every record of `from` into the dump file `file`; prints counts and checksums. */
export async function exportStore(
  from: StoreLocation,
  file: string,
  io: MoveIo,
): Promise<Map<string, GroupDigest>> {
  if (!existsSync(dirname(resolve(file)))) {
    throw new AppError(
      "BAD_REQUEST",
      `导出文件所在的目录 ${dirname(resolve(file))} 不存在 / no such directory`,
      {
        hint: "先创建该目录，或换一个导出路径",
      },
    );
  }
  const store = await openSource(from, io);
  let digest: Map<string, GroupDigest>;
  try {
    digest = await writeDump(store, file, io.now());
  } finally {
    await store.close();
  }
  const total = [...digest.values()].reduce((n, d) => n + d.count, 0);
  io.print(`已从${describeLocation(from)} 导出 ${total} 条记录到 ${resolve(file)}。`);
  io.print(formatDigest(digest));
  return digest;
}

/** Counts and checksums of the file (keys still live at `now`) beside those of `store`. */
async function verify(file: string, store: Store, now: Date): Promise<CompareRow[]> {
  const reader = readDump(file, (r) => r.kind !== "seen" || r.expiresMs > now.getTime());
  for await (const _ of reader.records);
  return compareDigests(reader.result().digest, await digestStore(store, now));
}

/**
 * `store import`: the dump file into `to`, which must be empty; then both sides are counted and
 * checksummed and the table printed. A data dir must not exist or be empty: the import is
 * written into a fresh directory beside it, verified there, and only then renamed into place —
 * nothing appears at DATA_DIR unless all of it is there. PostgreSQL: one transaction.
 * Throws (non-zero exit) on a damaged file, a non-empty target, or any difference.
 */
export async function importStore(to: StoreLocation, file: string, io: MoveIo): Promise<CompareRow[]> {
  const source = resolve(file);
  if (!existsSync(source)) throw new AppError("IMPORT_INVALID", `找不到导出文件 ${source} / no such file`);
  const rows = to.kind === "lowdb" ? await importIntoDir(to, source, io) : await importIntoDb(to, source, io);
  const bad = rows.filter((r) => !r.same);
  io.print(`核对（两边的条数，和按同一规范形式算出的 sha256 校验和）：`);
  io.print(formatComparison(rows, "文件", "目标"));
  if (bad.length > 0) {
    throw new AppError(
      "STORE_CORRUPT",
      `导入后核对不一致：${bad.map((r) => r.label).join("、")} / the imported store differs from the file`,
      {
        hint:
          to.kind === "lowdb"
            ? "数据目录没有被改动；请保留导出文件并报告此问题"
            : "数据已写入数据库但与文件不符：请勿在其上启动机器人，清空数据库后重新导入，并报告此问题",
      },
    );
  }
  io.print(
    `全部一致：${rows.reduce((n, r) => n + (r.actual?.count ?? 0), 0)} 条记录已导入${describeLocation(to)}。`,
  );
  return rows;
}

async function importIntoDb(to: StoreLocation, file: string, io: MoveIo): Promise<CompareRow[]> {
  const store = await openAt(to, io);
  try {
    const reader = readDump(file);
    await store.importAll(reader.records);
    const { header } = reader.result();
    io.print(`已把 ${file}（${header.exportedAt} 导出自 ${header.source}）写入${describeLocation(to)}。`);
    return await verify(file, store, io.now());
  } finally {
    await store.close();
  }
}

async function importIntoDir(to: StoreLocation, file: string, io: MoveIo): Promise<CompareRow[]> {
  const dir = resolve(to.dataDir);
  if (existsSync(dir)) {
    const entries = await readdir(dir);
    if (entries.length > 0) {
      throw new AppError(
        "BAD_REQUEST",
        `目标存储不是空的，拒绝导入：${describeLocation(to)} 里已有 ${entries.slice(0, 5).join("、")}${entries.length > 5 ? " 等" : ""} / import target is not empty`,
        { hint: "导入到一个不存在或空的目录（DATA_DIR 指向新目录）；什么也没有写入" },
      );
    }
  }
  const stage = join(dirname(dir), `.${basename(dir)}.importing-${process.pid}`);
  await rm(stage, { recursive: true, force: true });
  try {
    const store = await openStore(stage, { log: io.log });
    try {
      const reader = readDump(file);
      await store.importAll(reader.records);
      const { header } = reader.result();
      io.print(
        `已把 ${file}（${header.exportedAt} 导出自 ${header.source}）写入临时目录，核对后移到 ${dir}。`,
      );
    } finally {
      await store.close();
    }
    // Verify what is on disk: a fresh open reads every file back.
    const check = await openStore(stage, { log: io.log });
    let rows: CompareRow[];
    try {
      rows = await verify(file, check, io.now());
    } finally {
      await check.close();
    }
    if (rows.some((r) => !r.same)) {
      await rm(stage, { recursive: true, force: true });
      return rows;
    }
    if (existsSync(dir)) await rmdir(dir);
    await rename(stage, dir);
    await syncDir(dirname(dir));
    return rows;
  } catch (e) {
    await rm(stage, { recursive: true, force: true });
    throw e;
  }
}

/** `store copy`: export `from` to a temp file, import it into `to` (verified), remove the file. */
export async function copyStore(from: StoreLocation, to: StoreLocation, io: MoveIo): Promise<CompareRow[]> {
  const tmp = await mkdtemp(join(tmpdir(), "zongjie-copy-"));
  try {
    const file = join(tmp, "store.jsonl");
    await exportStore(from, file, io);
    return await importStore(to, file, io);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
