import { createReadStream } from "node:fs";
import { open, rename, rm } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { createInterface } from "node:readline";
import { AppError } from "../errors.js";
import {
  canonicalJson,
  DUMP_FORMAT,
  DUMP_VERSION,
  DumpDigest,
  type DumpFooter,
  DumpFooterSchema,
  type DumpHeader,
  DumpHeaderSchema,
  footerOf,
  type GroupDigest,
  groupOf,
  type StoreRecord,
  StoreRecordSchema,
} from "../store/dump-format.js";
import { describeZodError } from "../store/schema.js";
import type { Store } from "../store/types.js";
import { syncDir } from "../store/atomic-file.js";

/** Bytes gathered before one write to the file. */
const FLUSH_BYTES = 1 << 20;

/**
 * Writes every record of `store` to `path` as a dump file (dump-format.ts): a header line, one
 * canonical JSON line per record, the footer with each group's count and checksum. Written to a
 * temp file beside it, fsync'd, then renamed into place: a failed export leaves no half file.
 */
export async function writeDump(store: Store, path: string, now: Date): Promise<Map<string, GroupDigest>> {
  const target = resolve(path);
  const temp = `${target}.tmp-${process.pid}`;
  const digest = new DumpDigest();
  const fh = await open(temp, "w");
  try {
    const header: DumpHeader = {
      format: DUMP_FORMAT,
      version: DUMP_VERSION,
      exportedAt: now.toISOString(),
      source: store.kind,
    };
    let chunk: string[] = [canonicalJson(header)];
    let size = chunk[0]!.length;
    for await (const r of store.exportAll({ now })) {
      const line = digest.addRecord(r);
      chunk.push(line);
      size += line.length;
      if (size >= FLUSH_BYTES) {
        await fh.write(`${chunk.join("\n")}\n`);
        chunk = [];
        size = 0;
      }
    }
    const result = digest.finish();
    chunk.push(canonicalJson(footerOf(result)));
    await fh.write(`${chunk.join("\n")}\n`);
    await fh.sync();
    await fh.close();
    await rename(temp, target);
    await syncDir(dirname(target));
    return result;
  } catch (e) {
    await fh.close().catch(() => {});
    await rm(temp, { force: true });
    throw e;
  }
}

export interface DumpReader {
  /** The records, checked line by line; throws IMPORT_INVALID (naming the line) on damage. */
  records: AsyncIterable<StoreRecord>;
  /** Once `records` is drained: the header, and the digest of what was read (equal to the footer's). */
  result(): { header: DumpHeader; digest: Map<string, GroupDigest> };
}

/**
 * Reads a dump file. Every line must be complete JSON and a known record; the last line must be
 * the footer, and the counts and checksums of what was read must equal it — so a file cut short
 * (even at a line's end), a line changed or a line removed is refused as a whole, before the
 * import's end (the stores write nothing until their input is read through).
 *
 * `keep` drops records from what is yielded and digested (verification leaves out keys that have
 * expired since); the footer is then not compared.
 */
export function readDump(path: string, keep?: (r: StoreRecord) => boolean): DumpReader {
  let done: { header: DumpHeader; digest: Map<string, GroupDigest> } | undefined;
  const file = resolve(path);
  const fail = (line: number, why: string) =>
    new AppError("IMPORT_INVALID", `导出文件 ${file} 第 ${line} 行有误：${why} / damaged dump file`, {
      hint: "文件可能被截断或改动过；请重新导出。什么也没有写入。",
    });
  async function* records(): AsyncGenerator<StoreRecord> {
    const lines = createInterface({
      input: createReadStream(file, "utf8"),
      crlfDelay: Number.POSITIVE_INFINITY,
    });
    const digest = new DumpDigest();
    let header: DumpHeader | undefined;
    let footer: DumpFooter | undefined;
    let n = 0;
    try {
      for await (const text of lines) {
        n++;
        if (footer) throw fail(n, "结尾记录之后还有内容");
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch {
          throw fail(n, "不是完整的 JSON（文件可能被截断）");
        }
        if (!header) {
          header = checkHeader(value, () => fail(n, "开头不是总结助手的存储导出文件"));
          continue;
        }
        if ((value as { kind?: unknown })?.kind === "end") {
          const f = DumpFooterSchema.safeParse(value);
          if (!f.success) throw fail(n, `结尾记录格式不对：${describeZodError(f.error)}`);
          footer = f.data;
          continue;
        }
        const r = StoreRecordSchema.safeParse(value);
        if (!r.success) throw fail(n, `记录格式不对：${describeZodError(r.error)}`);
        if (keep && !keep(r.data)) continue;
        // The digest is of the line's own content, so a changed byte shows however zod reads it.
        digest.add(groupOf(r.data), canonicalJson(value));
        yield r.data;
      }
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT")
        throw new AppError("IMPORT_INVALID", `找不到导出文件 ${file} / no such file`);
      throw e;
    }
    if (!header) throw fail(1, "文件是空的");
    if (!footer) throw fail(n, "缺少结尾记录：文件不完整（可能被截断）");
    const got = digest.finish();
    if (!keep) {
      const expected = new Map(Object.entries(footer.counts));
      const groups = new Set([...expected.keys(), ...got.keys()]);
      for (const g of groups) {
        const mine = got.get(g);
        if (
          (mine?.count ?? 0) !== (footer.counts[g] ?? 0) ||
          (mine && mine.checksum !== footer.checksums[g])
        ) {
          throw fail(
            n,
            `内容与结尾记录不符（${g}：结尾记录 ${footer.counts[g] ?? 0} 条，实际读到 ${mine?.count ?? 0} 条${mine && (footer.counts[g] ?? 0) === mine.count ? "，校验和不同" : ""}）`,
          );
        }
      }
    }
    done = { header, digest: got };
  }
  return {
    records: records(),
    result: () => {
      if (!done) throw new Error("readDump: records not read through yet");
      return done;
    },
  };
}

function checkHeader(value: unknown, fail: () => AppError): DumpHeader {
  const h = DumpHeaderSchema.safeParse(value);
  if (!h.success) throw fail();
  if (h.data.version > DUMP_VERSION) {
    throw new AppError(
      "IMPORT_INVALID",
      `导出文件的格式版本 ${h.data.version} 比本程序支持的 ${DUMP_VERSION} 新 / dump from a newer bot`,
      { hint: "请先升级总结助手再导入" },
    );
  }
  return h.data;
}
