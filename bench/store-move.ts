import { createReadStream } from "node:fs";
import { mkdir, mkdtemp, open, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import pg from "pg";
import { AnyDocSchema } from "../src/store/dump-lowdb.js";
import { openStore } from "../src/store/open-store.js";
import { exportStore, importStore, type MoveIo, type StoreLocation } from "../src/store-move/move-store.js";
import { findPgBinaries, NO_PG_REASON, startPgServer } from "../test/helpers/pg-server.js";
import { makeUpdates } from "./lib/seed.js";
import { Skip } from "./lib/skip.js";
import { mb, msRow, type Row, summarize } from "./lib/stats.js";

/**
 * Moving a store (`store export|import`): a data dir of N updates (10k; 1k with --quick) over
 * this year's months, plus de-duplication keys and collection documents, goes to a dump file,
 * into PostgreSQL (fsync on), out again and into a new data dir — each step timed end to end
 * (opening, validation, the checks, the verification of counts and checksums included) and
 * alternated, round by round, with its floor: the same bytes moved without the product —
 *   lowdb → file:  read every file of the data dir, write their bytes to one file, fsync;
 *   file → pg:     one transaction inserting the file's record lines into a bare jsonb table;
 *   pg → file:     SELECT those rows, write them to a file, fsync;
 *   file → lowdb:  read the file line by line, write the lines to one file, fsync.
 */
export async function runStoreMoveBench(o: {
  quick: boolean;
}): Promise<{ rows: Row[]; data: unknown; notes: string[] }> {
  const bins = findPgBinaries();
  if (!bins) throw new Skip(NO_PG_REASON);
  const count = o.quick ? 1000 : 10_000;
  const rounds = o.quick ? 2 : 3;
  const root = await mkdtemp(join(tmpdir(), "zongjie-bench-move-"));
  const server = await startPgServer(bins, { durable: true });
  const io: MoveIo = { print: () => {}, log: () => {}, now: () => new Date() };
  const times: Record<string, { figure: number[]; floor: number[] }> = {};
  const add = (k: string, side: "figure" | "floor", v: number) => {
    times[k] ??= { figure: [], floor: [] };
    times[k][side].push(v);
  };
  const time = async (fn: () => Promise<unknown>) => {
    const t = performance.now();
    await fn();
    return performance.now() - t;
  };
  let fileBytes = 0;
  try {
    const source = join(root, "source");
    await seed(source, count);
    for (let r = 0; r < rounds; r++) {
      const dir = join(root, `r${r}`);
      const lowFile = join(dir, "1.jsonl");
      const pgFile = join(dir, "2.jsonl");
      const url = await server.createDatabase("move");
      const bare = await server.createDatabase("bare");
      const pgAt: StoreLocation = { kind: "postgres", url, dataDir: join(dir, "pg-local") };
      await mkdir(dir, { recursive: true });
      // Figure first in even rounds, floor first in odd ones.
      const pair = async (k: string, figure: () => Promise<unknown>, floor: () => Promise<unknown>) => {
        if (r % 2 === 0) {
          add(k, "figure", await time(figure));
          add(k, "floor", await time(floor));
        } else {
          add(k, "floor", await time(floor));
          add(k, "figure", await time(figure));
        }
      };
      await pair(
        "lowdb → file",
        () => exportStore({ kind: "lowdb", dataDir: source }, lowFile, io),
        () => concatDir(source, join(dir, "floor-1")),
      );
      fileBytes = (await stat(lowFile)).size;
      await pair(
        "file → PostgreSQL",
        () => importStore(pgAt, lowFile, io),
        () => bareInsert(bare, lowFile),
      );
      await pair(
        "PostgreSQL → file",
        () => exportStore(pgAt, pgFile, io),
        () => bareSelect(bare, join(dir, "floor-3")),
      );
      await pair(
        "file → new lowdb dir",
        () => importStore({ kind: "lowdb", dataDir: join(dir, "back") }, pgFile, io),
        () => copyLines(pgFile, join(dir, "floor-4")),
      );
      await rm(dir, { recursive: true, force: true });
    }
  } finally {
    await server.stop();
    await rm(root, { recursive: true, force: true });
  }
  const rows: Row[] = [];
  const data: Record<string, unknown> = { count, rounds, fileBytes };
  for (const [k, t] of Object.entries(times)) {
    const f = summarize(t.figure);
    const b = summarize(t.floor);
    data[k] = { figure: f, floor: b };
    rows.push(
      msRow(
        "store-move",
        `${k} (${count / 1000}k updates)`,
        f.p50,
        b.p50,
        "same bytes",
        `median of ${f.n}, max ${f.max.toFixed(0)} ms; ${k.startsWith("file") ? "checks and verification included" : "counts and checksums included"}`,
      ),
    );
  }
  return {
    rows,
    data,
    notes: [
      `store-move: ${count} updates (+300 keys, 200 documents), a ${mb(fileBytes)} dump; each step end to end (open, checks, write, a second full read for the counts and checksums) beside the same bytes moved by bare fs / SQL, alternated over ${rounds} rounds; PostgreSQL with fsync on.`,
    ],
  };
}

async function seed(dataDir: string, count: number): Promise<void> {
  const s = await openStore(dataDir, { log: () => {} });
  try {
    const updates = makeUpdates({
      year: new Date().getFullYear(),
      count,
      tag: "mv",
      seqs: new Map(),
      lastDay: 300,
    });
    for (let i = 0; i < updates.length; i += 2000) await s.addUpdates(updates.slice(i, i + 2000));
    for (let i = 0; i < 300; i++) await s.markSeen(`event:ev_${i}`);
    const docs = await s.collection("bench-docs", AnyDocSchema);
    for (let i = 0; i < 200; i++) await docs.put({ id: `d${i}`, text: "草稿段落".repeat(20), n: i });
  } finally {
    await s.close();
  }
}

async function writeSynced(path: string, chunks: AsyncIterable<string> | Iterable<string>): Promise<void> {
  const fh = await open(path, "w");
  try {
    for await (const c of chunks) await fh.write(c);
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Every file of the data dir (and its updates/), their bytes into one file. */
async function concatDir(dir: string, to: string): Promise<void> {
  async function* files(d: string): AsyncGenerator<string> {
    for (const e of await readdir(d, { withFileTypes: true })) {
      if (e.isDirectory() && e.name !== "backups") yield* files(join(d, e.name));
      else if (e.isFile()) yield await readFile(join(d, e.name), "utf8");
    }
  }
  await writeSynced(to, files(dir));
}

async function* lines(file: string): AsyncGenerator<string> {
  for await (const l of createInterface({
    input: createReadStream(file, "utf8"),
    crlfDelay: Number.POSITIVE_INFINITY,
  }))
    yield l;
}

async function copyLines(file: string, to: string): Promise<void> {
  async function* withNewlines() {
    for await (const l of lines(file)) yield `${l}\n`;
  }
  await writeSynced(to, withNewlines());
}

async function bareInsert(url: string, file: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query("DROP TABLE IF EXISTS bare; CREATE TABLE bare (n bigserial, doc jsonb NOT NULL)");
    await c.query("BEGIN");
    let chunk: string[] = [];
    const flush = async () => {
      if (chunk.length === 0) return;
      await c.query("INSERT INTO bare (doc) SELECT e FROM jsonb_array_elements($1::jsonb) AS e", [
        `[${chunk.join(",")}]`,
      ]);
      chunk = [];
    };
    for await (const l of lines(file)) {
      chunk.push(l);
      if (chunk.length === 500) await flush();
    }
    await flush();
    await c.query("COMMIT");
  } finally {
    await c.end();
  }
}

async function bareSelect(url: string, to: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query<{ doc: unknown }>("SELECT doc FROM bare ORDER BY n");
    await writeSynced(
      to,
      rows.map((r) => `${JSON.stringify(r.doc)}\n`),
    );
  } finally {
    await c.end();
  }
}
