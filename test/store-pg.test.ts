import { afterEach, expect, it } from "vitest";
import pg from "pg";
import { migrate } from "../src/store/pg/migrate.js";
import { openPgStore } from "../src/store/pg/open-pg-store.js";
import { MIGRATIONS } from "../src/store/pg/schema-sql.js";
import type { Store } from "../src/store/types.js";
import { freePort } from "./helpers/free-port.js";
import { makeUpdate } from "./helpers/make-update.js";
import { makeTmpDir, useTmpDirs } from "./helpers/tmp-dir.js";
import { usePgServer } from "./helpers/use-pg-server.js";

/** What only the PostgreSQL store has: migrations, connection failures, damaged rows, dying connections. */
useTmpDirs();
const { describePg, server } = usePgServer();
const opened: Store[] = [];
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
});

async function open(url: string, log: (m: string) => void = () => {}): Promise<Store> {
  const s = await openPgStore(url, { dataDir: makeTmpDir(), log, connectTimeoutMs: 5_000 });
  opened.push(s);
  return s;
}

const versions = async (url: string) =>
  (await query(url, "SELECT version FROM schema_migrations ORDER BY version")).rows.map((r) => r.version);

async function query(url: string, text: string, params: unknown[] = []): Promise<pg.QueryResult> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await c.query(text, params);
  } finally {
    await c.end();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describePg("PostgreSQL store: schema migrations", () => {
  it("a new database is migrated once; replicas starting together all open it, one applies", async () => {
    const url = await server().createDatabase();
    const logs: string[] = [];
    const stores = await Promise.all(Array.from({ length: 4 }, () => open(url, (m) => logs.push(m))));
    expect(stores).toHaveLength(4);
    expect(await versions(url)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(logs.filter((l) => l.includes("migrated to schema v1"))).toHaveLength(1);
    await stores[0]!.addUpdate(makeUpdate());
    expect(await stores[3]!.listUpdates()).toHaveLength(1);
    const later: string[] = [];
    await open(url, (m) => later.push(m));
    expect(later).toEqual([]);
  });

  it("a database from a newer bot is refused, in Chinese, and left as it was", async () => {
    const url = await server().createDatabase();
    const s = await open(url);
    await s.addUpdate(makeUpdate());
    await query(url, "INSERT INTO schema_migrations (version, name) VALUES (99, 'from the future')");
    const err = await openPgStore(url, { dataDir: makeTmpDir(), log: () => {} }).catch((e) => e);
    expect(err).toMatchObject({ code: "STORE_CORRUPT" });
    expect(err.message).toContain("更新版本");
    expect(err.message).toContain("99");
    expect(err.hint).toContain("升级");
    expect((await query(url, "SELECT count(*)::int AS n FROM updates")).rows[0].n).toBe(1);
  });

  it("a migration that fails is rolled back whole (no half-made tables, no version row)", async () => {
    const url = await server().createDatabase();
    await open(url);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const broken = [
        ...MIGRATIONS,
        { version: 2, name: "broken", sql: "CREATE TABLE half_made (x int); SELECT no_such_function();" },
      ];
      await expect(
        migrate(client as unknown as pg.PoolClient, "test", () => {}, broken),
      ).rejects.toMatchObject({
        code: "STORE_IO",
      });
    } finally {
      await client.end();
    }
    expect(await versions(url)).toEqual([1]);
    expect((await query(url, "SELECT to_regclass('half_made') AS t")).rows[0].t).toBeNull();
  });
});

describePg("PostgreSQL store: connecting", () => {
  it("a wrong password: a Chinese message naming the server, never the password", async () => {
    const url = server().url().replace(encodeURIComponent(server().password), "wrong-secret-pw");
    const err = await openPgStore(url, { dataDir: makeTmpDir(), log: () => {} }).catch((e) => e);
    expect(err).toMatchObject({ code: "STORE_IO" });
    expect(err.message).toContain("无法登录");
    expect(err.message).toContain(`127.0.0.1:${server().port}/postgres`);
    expect(`${err.message} ${err.hint}`).not.toContain("wrong-secret-pw");
  });

  it("nothing listening: says it cannot connect, naming host and port", async () => {
    const port = await freePort();
    const err = await openPgStore(`postgres://bot:topsecret@127.0.0.1:${port}/zongjie`, {
      dataDir: makeTmpDir(),
      log: () => {},
    }).catch((e) => e);
    expect(err).toMatchObject({ code: "STORE_IO" });
    expect(err.message).toContain("无法连接");
    expect(err.message).toContain(`postgres://bot@127.0.0.1:${port}/zongjie`);
    expect(err.message).not.toContain("topsecret");
  });

  it("a database that does not exist is named as such", async () => {
    const err = await openPgStore(server().url("no_such_db"), { dataDir: makeTmpDir(), log: () => {} }).catch(
      (e) => e,
    );
    expect(err).toMatchObject({ code: "STORE_IO" });
    expect(err.message).toContain("没有这个数据库");
    expect(err.message).not.toContain(server().password);
  });
});

describePg("PostgreSQL store: damage and failures", () => {
  it("an update row changed by hand so that it fails the schema → STORE_CORRUPT naming it", async () => {
    const url = await server().createDatabase();
    const s = await open(url);
    const u = await s.addUpdate(makeUpdate());
    await query(url, `UPDATE updates SET doc = jsonb_set(doc, '{status}', '"lost"') WHERE id = $1`, [u.id]);
    await expect(s.getUpdate(u.id)).rejects.toMatchObject({ code: "STORE_CORRUPT" });
    const err = await s.listUpdates().catch((e) => e);
    expect(err).toMatchObject({ code: "STORE_CORRUPT" });
    expect(err.message).toContain(u.id);
    await expect(s.modifyUpdate(u.id, (x) => x)).rejects.toMatchObject({ code: "STORE_CORRUPT" });
  });

  it("expired de-duplication keys are deleted (at most once a minute per process), live ones kept", async () => {
    const url = await server().createDatabase();
    let t = Date.parse("2025-03-01T00:00:00Z");
    const s = await openPgStore(url, { dataDir: makeTmpDir(), log: () => {}, now: () => new Date(t) });
    opened.push(s);
    for (const k of ["a", "b", "c"]) await s.markSeen(k, 1_000);
    await s.markSeen("long", 3_600_000);
    const keys = async () =>
      (await query(url, "SELECT key FROM seen_keys ORDER BY key")).rows.map((r) => r.key as string);
    expect(await keys()).toEqual(["a", "b", "c", "long"]);
    t += 120_000;
    expect(await s.markSeen("new", 1_000)).toBe(true);
    expect(await keys()).toEqual(["long", "new"]);
    expect(await s.hasSeen("long")).toBe(true);
  });

  it("seq stays unique when two replicas append for one author at the same time", async () => {
    const url = await server().createDatabase();
    const [a, b] = [await open(url), await open(url)];
    const out = await Promise.all(
      Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).addUpdate(makeUpdate())),
    );
    expect(out.map((u) => u.seq).sort((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  it("a lock whose holder's connection dies is released; the holder's process keeps working", async () => {
    const url = await server().createDatabase();
    const logs: string[] = [];
    const [a, b] = [await open(url, (m) => logs.push(m)), await open(url)];
    let release!: () => void;
    let entered!: () => void;
    const inside = new Promise<void>((r) => (entered = r));
    const held = a.withLock("digest:2025-W10", async () => {
      entered();
      await new Promise<void>((r) => (release = r));
      return "done";
    });
    await inside;
    const holder = await query(url, "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted");
    expect(holder.rows).toHaveLength(1);
    const waiting = b.withLock("digest:2025-W10", async () => "b got it");
    expect(await Promise.race([waiting, sleep(300).then(() => "waiting")])).toBe("waiting");
    await query(url, "SELECT pg_terminate_backend($1)", [holder.rows[0].pid]);
    expect(await Promise.race([waiting, sleep(10_000).then(() => "still blocked")])).toBe("b got it");
    release();
    expect(await held).toBe("done");
    expect(logs.some((l) => l.includes("lock digest:2025-W10 broke"))).toBe(true);
    // A's pool replaced the dead connection: locks and queries keep working.
    expect(await a.withLock("digest:2025-W10", async () => "again")).toBe("again");
    expect(await a.listUpdates()).toEqual([]);
  });

  it("connections killed while idle (a database restart) are replaced; the next calls succeed", async () => {
    const url = await server().createDatabase();
    const logs: string[] = [];
    const s = await open(url, (m) => logs.push(m));
    await s.addUpdate(makeUpdate());
    await query(
      url,
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'zongjie-bot' AND pid <> pg_backend_pid()",
    );
    await sleep(100);
    expect(await s.listUpdates()).toHaveLength(1);
    expect(await s.markSeen("after-restart")).toBe(true);
    expect(logs.some((l) => l.includes("connection lost"))).toBe(true);
  });
});

describePg("PostgreSQL store: an outage", () => {
  it("while the database is down calls fail with STORE_IO naming the server (not the password); afterwards all works again", async () => {
    const url = await server().createDatabase();
    const s = await open(url);
    const u = await s.addUpdate(makeUpdate());
    expect(await s.withLock("k", async () => "warm")).toBe("warm");
    server().pause();
    try {
      const calls = [
        () => s.getUpdate(u.id),
        () => s.addUpdate(makeUpdate()),
        () => s.markSeen("during"),
        () => s.withLock("k", async () => "never"),
      ];
      for (const call of calls) {
        const err = await call().catch((e) => e);
        expect(err).toMatchObject({ code: "STORE_IO" });
        expect(err.message).toContain(`127.0.0.1:${server().port}`);
        expect(`${err.message} ${err.hint}`).not.toContain(server().password);
      }
    } finally {
      server().resume();
    }
    expect(await s.getUpdate(u.id)).toEqual(u);
    expect(await s.markSeen("during")).toBe(true);
    expect(await s.withLock("k", async () => "back")).toBe("back");
    expect(await s.listUpdates()).toEqual([u]);
  });
});
