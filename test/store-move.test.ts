import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { DEMO_YEAR } from "../src/demo/demo-script.js";
import { runDemo } from "../src/demo/run-demo.js";
import { DraftSchema, DRAFTS_COLLECTION } from "../src/drafting/draft-model.js";
import { draftingApi } from "../src/drafting/run-draft-cli.js";
import { openStore } from "../src/store/open-store.js";
import { openPgStore } from "../src/store/pg/open-pg-store.js";
import { DUMPED_TABLES } from "../src/store/pg/pg-dump.js";
import type { Store } from "../src/store/types.js";
import { readDump } from "../src/store-move/dump-file.js";
import { exportStore, importStore, type MoveIo, type StoreLocation } from "../src/store-move/move-store.js";
import { makeUpdate } from "./helpers/make-update.js";
import { spawnScript } from "./helpers/spawn-script.js";
import { makeTestApp } from "./helpers/test-app.js";
import { makeTmpDir, useTmpDirs } from "./helpers/tmp-dir.js";
import { usePgServer } from "./helpers/use-pg-server.js";

/**
 * Moving a store: a data dir filled by the demo (a stretch of the year through the real engine:
 * updates, conversations, drafts, reminder records) plus what the demo does not make (a binding,
 * live de-duplication keys, an inbox entry, a number taken away from its record, a past year's
 * month, a Feishu users collection) goes to a file, into a real PostgreSQL, out again and into a
 * new data dir — and must come back byte for byte, and keep working.
 */
useTmpDirs();
const { describePg, server } = usePgServer();

function quietIo(): MoveIo & { out: string[] } {
  const out: string[] = [];
  return { out, print: (l) => out.push(l), log: () => {}, now: () => new Date() };
}

/** The records of a dump file: every line but the header (which names the source and the time). */
const records = (file: string) => readFileSync(file, "utf8").split("\n").slice(1).join("\n");

let source: string;
let demoOut: string;
beforeAll(async () => {
  demoOut = makeTmpDir();
  const demo = await runDemo({ keep: true, out: demoOut, write: () => {} });
  source = demo.dataDir;
  const s = await openStore(source, { log: () => {} });
  try {
    await s.setBinding("ou_7f3a", "chen-kp");
    await s.markSeen("event:ev_001");
    await s.markSeen("message:om_002");
    await s.putInbox({
      id: "feishu:om_003",
      receivedAt: new Date().toISOString(),
      payload: { text: "本週下鄉走訪企業3家😀", chat: "p2p" },
      attempts: 1,
    });
    // chen-kp's number 2 goes to he-gq: 2 must never be handed to chen-kp again, after any move.
    const two = (await s.findBySeq("chen-kp", 2))!;
    await s.modifyUpdate(two.id, (u) => ({ ...u, author: "he-gq", seq: 5 }));
    await s.addUpdate(
      makeUpdate({
        author: "li-rd",
        date: "2024-12-20",
        originalText: "去年12月：完成科技特派員對接，４家企業📈",
      }),
    );
    const users = await s.collection("feishu-users", z.object({ id: z.string(), openId: z.string() }));
    await users.put({ id: "chen-kp", openId: "ou_7f3a" });
  } finally {
    await s.close();
  }
}, 120_000);
afterAll(() => {
  if (source) rmSync(source, { recursive: true, force: true });
});

describe("store export/import between data dirs", () => {
  it("exports, imports into a new dir, and the dump comes back identical", async () => {
    const dir = makeTmpDir();
    const io = quietIo();
    const digest = await exportStore({ kind: "lowdb", dataDir: source }, join(dir, "a.jsonl"), io);
    expect(digest.get("update")?.count).toBe(9);
    expect(digest.get("seqFloor")?.count).toBeGreaterThan(3);
    for (const g of ["binding", "seen", "inbox", "conversation", "doc:drafts", "doc:feishu-users"])
      expect(digest.get(g)?.count, g).toBeGreaterThan(0);
    const target: StoreLocation = { kind: "lowdb", dataDir: join(dir, "data-new") };
    const rows = await importStore(target, join(dir, "a.jsonl"), io);
    expect(rows.every((r) => r.same)).toBe(true);
    expect(io.out.join("\n")).toContain("全部一致");
    await exportStore(target, join(dir, "b.jsonl"), io);
    expect(records(join(dir, "b.jsonl"))).toBe(records(join(dir, "a.jsonl")));
    // The stage dir is gone; only the data dir and the two files are there.
    expect(readdirSync(dir).sort()).toEqual(["a.jsonl", "b.jsonl", "data-new"]);
  }, 60_000);

  it("refuses a non-empty target dir, a damaged file, and a dir in use — writing nothing", async () => {
    const dir = makeTmpDir();
    const io = quietIo();
    const file = join(dir, "a.jsonl");
    await exportStore({ kind: "lowdb", dataDir: source }, file, io);
    const lines = readFileSync(file, "utf8").split("\n");

    const full = makeTmpDir();
    writeFileSync(join(full, "org.json"), "{}");
    await expect(importStore({ kind: "lowdb", dataDir: full }, file, io)).rejects.toThrow(
      /目标存储不是空的.*org\.json/,
    );
    expect(readdirSync(full)).toEqual(["org.json"]);
    // The store itself refuses too, whatever the directory: one update is enough.
    const busy = await openStore(makeTmpDir(), { log: () => {} });
    try {
      await busy.addUpdate(makeUpdate());
      await expect(busy.importAll(readDump(file).records)).rejects.toThrow(/目标存储不是空的.*1 条工作动态/);
      expect(await busy.listUpdates()).toHaveLength(1);
    } finally {
      await busy.close();
    }

    const target = join(dir, "new");
    const damaged = join(dir, "damaged.jsonl");
    const cases: Array<[string, string, RegExp]> = [
      ["truncated mid-line", lines.slice(0, 12).join("\n").slice(0, -40), /不是完整的 JSON/],
      ["cut at a line end (no footer)", `${lines.slice(0, 12).join("\n")}\n`, /缺少结尾记录/],
      [
        "a bad update",
        lines
          .map((l, i) =>
            i === lines.findIndex((x) => x.includes('"kind":"update"'))
              ? l.replace(/"date":"\d{4}-\d{2}-\d{2}"/, '"date":"14 March"')
              : l,
          )
          .join("\n"),
        /记录格式不对/,
      ],
      [
        "from a newer bot",
        [lines[0]!.replace('"version":1', '"version":2'), ...lines.slice(1)].join("\n"),
        /比本程序支持的 1 新/,
      ],
      [
        "a line removed",
        lines.filter((l) => !l.includes('"kind":"binding"')).join("\n"),
        /内容与结尾记录不符/,
      ],
    ];
    for (const [what, text, message] of cases) {
      writeFileSync(damaged, text);
      await expect(importStore({ kind: "lowdb", dataDir: target }, damaged, io), what).rejects.toThrow(
        message,
      );
      expect(existsSync(target), what).toBe(false);
      expect(
        readdirSync(dir).filter((f) => f.includes("importing")),
        what,
      ).toEqual([]);
    }

    const running = await openStore(source, { log: () => {} });
    try {
      await expect(exportStore({ kind: "lowdb", dataDir: source }, join(dir, "x.jsonl"), io)).rejects.toThrow(
        /正被运行中的机器人使用/,
      );
      expect(existsSync(join(dir, "x.jsonl"))).toBe(false);
    } finally {
      await running.close();
    }
  }, 60_000);
});

describePg("store export/import through PostgreSQL", () => {
  const pgAt = (url: string): StoreLocation => ({ kind: "postgres", url, dataDir: makeTmpDir() });
  const count = async (url: string) =>
    Number(
      (await server().sql("SELECT count(*) AS n FROM updates", [], new URL(url).pathname.slice(1))).rows[0].n,
    );

  it("data dir → file → PostgreSQL → file → new data dir: identical dumps, equal counts and checksums, and both stores work", async () => {
    const dir = makeTmpDir();
    const io = quietIo();
    const url = await server().createDatabase("move");
    const first = await exportStore({ kind: "lowdb", dataDir: source }, join(dir, "1.jsonl"), io);
    const intoPg = await importStore(pgAt(url), join(dir, "1.jsonl"), io);
    expect(intoPg.filter((r) => !r.same)).toEqual([]);
    await exportStore(pgAt(url), join(dir, "2.jsonl"), io);
    const back: StoreLocation = { kind: "lowdb", dataDir: join(dir, "back") };
    const intoDir = await importStore(back, join(dir, "2.jsonl"), io);
    expect(intoDir.filter((r) => !r.same)).toEqual([]);
    await exportStore(back, join(dir, "3.jsonl"), io);
    expect(records(join(dir, "2.jsonl"))).toBe(records(join(dir, "1.jsonl")));
    expect(records(join(dir, "3.jsonl"))).toBe(records(join(dir, "1.jsonl")));
    for (const rows of [intoPg, intoDir]) {
      expect(new Map(rows.map((r) => [r.group, r.actual]))).toEqual(first);
    }
    expect(io.out.join("\n")).not.toContain(server().password);

    const original = await openStore(source, { log: () => {} });
    let listed: Awaited<ReturnType<Store["listUpdates"]>>;
    let draft: unknown;
    try {
      listed = await original.listUpdates({ status: "confirmed" });
      draft = await (await original.collection(DRAFTS_COLLECTION, DraftSchema)).list();
    } finally {
      await original.close();
    }
    const now = "2025-12-10T10:00:00+08:00";
    for (const opts of [
      { env: { DATABASE_URL: url }, now },
      { dataDir: back.dataDir, now },
    ]) {
      const t = await makeTestApp(opts);
      try {
        const store = t.app.services.store;
        expect(store.kind).toBe(opts.env ? "postgres" : "lowdb");
        // Same confirmed updates, in the same order; the draft opens with its owner's schema.
        expect(await store.listUpdates({ status: "confirmed" })).toEqual(listed);
        expect(await (await store.collection(DRAFTS_COLLECTION, DraftSchema)).list()).toEqual(draft);
        const opened = await draftingApi(t.app).service.get({ year: DEMO_YEAR });
        expect(opened?.versions.length).toBeGreaterThan(0);
        // Numbers run on: chen-kp's 2 was taken away, so the next is 3; he-gq's next is 6.
        const [card] = await t.say("chen-kp", "走访科技型企业5家，收集技术需求12条。");
        expect(card?.card?.title ?? card?.text).toContain("请确认");
        expect(await t.sayText("chen-kp", "确认")).toContain("已确认");
        const mine = await store.listUpdates({ author: "chen-kp" });
        expect(mine.map((u) => u.seq).sort()).toEqual([1, 3]);
        expect((await store.addUpdate(makeUpdate({ author: "he-gq" }))).seq).toBe(6);
        expect(await store.hasSeen("event:ev_001")).toBe(true);
        expect(await store.getBinding("ou_7f3a")).toBe("chen-kp");
        expect((await store.listInbox()).map((e) => e.id)).toEqual(["feishu:om_003"]);
      } finally {
        await t.app.close();
      }
    }
  }, 120_000);

  it("refuses a non-empty database and a damaged file, leaving the database as it was", async () => {
    const dir = makeTmpDir();
    const io = quietIo();
    const file = join(dir, "a.jsonl");
    await exportStore({ kind: "lowdb", dataDir: source }, file, io);
    const url = await server().createDatabase("busy");
    const s = await openPgStore(url, { dataDir: makeTmpDir(), log: () => {} });
    try {
      await s.addUpdate(makeUpdate({ author: "xu-dj" }));
    } finally {
      await s.close();
    }
    await expect(importStore(pgAt(url), file, io)).rejects.toThrow(/目标存储不是空的.*1 条工作动态/);
    expect(await count(url)).toBe(1);

    const empty = await server().createDatabase("empty");
    const lines = readFileSync(file, "utf8").split("\n");
    const damaged = join(dir, "damaged.jsonl");
    // Cut inside the collection documents: every update was read (and would be inserted) before the damage.
    const at = lines.findIndex((l) => l.includes('"kind":"doc"'));
    writeFileSync(
      damaged,
      lines
        .slice(0, at + 1)
        .join("\n")
        .slice(0, -25),
    );
    await expect(importStore(pgAt(empty), damaged, io)).rejects.toThrow(/不是完整的 JSON/);
    expect(await count(empty)).toBe(0);
    // Every table of the schema is one the dump covers (a new migration's table must be added to it).
    const { rows: tables } = await server().sql(
      "SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migrations'",
      [],
      new URL(empty).pathname.slice(1),
    );
    expect(tables.map((r) => r.t).sort()).toEqual([...DUMPED_TABLES].sort());
    for (const t of DUMPED_TABLES) {
      const { rows } = await server().sql(
        `SELECT count(*) AS n FROM ${t}`,
        [],
        new URL(empty).pathname.slice(1),
      );
      expect(Number(rows[0].n), t).toBe(0);
    }
  }, 120_000);

  it("npm run cli -- store copy/import: a table in Chinese, no password printed, exit 1 on a damaged file", async () => {
    const dir = makeTmpDir();
    const url = await server().createDatabase("cli");
    const env = { DATA_DIR: join(dir, "unused"), LOG_LEVEL: "silent" };
    const copy = spawnScript("src/cli.ts", ["store", "copy", "--from-dir", source, "--to-url", url], {
      env,
      killAfterMs: 60_000,
    });
    expect(await copy.exited, copy.err()).toBe(0);
    expect(copy.out()).toMatch(/工作动态\s+9\s+9\s+[0-9a-f]{12}\s+[0-9a-f]{12}\s+一致/);
    expect(copy.out()).toContain("全部一致");
    expect(copy.out() + copy.err()).not.toContain(server().password);

    const file = join(dir, "out.jsonl");
    const exp = spawnScript("src/cli.ts", ["store", "export", "--to", file], {
      env: { ...env, DATABASE_URL: url },
      killAfterMs: 60_000,
    });
    expect(await exp.exited, exp.err()).toBe(0);
    writeFileSync(file, readFileSync(file, "utf8").replace('"kind":"binding"', '"kind":"bindung"'));
    const imp = spawnScript("src/cli.ts", ["store", "import", "--from", file], {
      env: { ...env, DATA_DIR: join(dir, "back") },
      killAfterMs: 60_000,
    });
    expect(await imp.exited).toBe(1);
    expect(imp.err()).toMatch(/导出文件 .* 第 \d+ 行有误：记录格式不对/);
    expect(existsSync(join(dir, "back"))).toBe(false);
  }, 120_000);
});
