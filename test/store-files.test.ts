import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { UpdateSchema } from "../src/domain/update.js";
import { type AppError, isAppError } from "../src/errors.js";
import { openStore } from "../src/store/open-store.js";
import type { Store } from "../src/store/types.js";
import { makeUpdate } from "./helpers/make-update.js";
import { inboxOnDisk } from "./helpers/read-store-files.js";
import { makeTmpDir, useTmpDirs } from "./helpers/tmp-dir.js";

useTmpDirs();

const open: Store[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

async function openIn(dir: string, opts: Parameters<typeof openStore>[1] = {}): Promise<Store> {
  const s = await openStore(dir, { log: () => {}, ...opts });
  open.push(s);
  return s;
}

async function closeAll(): Promise<void> {
  for (const s of open.splice(0)) await s.close();
}

async function openError(dir: string): Promise<AppError> {
  const err = await openStore(dir, { log: () => {} }).then(
    async (s) => {
      await s.close();
      throw new Error("expected openStore to fail");
    },
    (e: unknown) => e,
  );
  if (!isAppError(err)) throw err;
  return err;
}

/** A store directory holding the given files (relative path → content). */
function dirWith(files: Record<string, string>): string {
  const dir = makeTmpDir();
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(dir, rel, ".."), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

/** A month shard (current format) and an old-layout year shard (format v1). */
const monthShard = (month: string, updates: unknown[]) => JSON.stringify({ version: 2, month, updates });
const v1Shard = (year: number, updates: unknown[]) => JSON.stringify({ version: 1, year, updates });

describe("refusing files it cannot trust (left byte-identical)", () => {
  it("bad JSON in state.json → STORE_CORRUPT naming the file, hinting at backups; lock released", async () => {
    const text = '{"version": 1, "conversations": {';
    const dir = dirWith({ "state.json": text });
    const err = await openError(dir);
    expect(err.code).toBe("STORE_CORRUPT");
    expect(err.message).toContain(join(dir, "state.json"));
    expect(err.message).toMatch(/not valid JSON/);
    expect(err.hint).toMatch(/backups/);
    expect(readFileSync(join(dir, "state.json"), "utf8")).toBe(text);
    expect(existsSync(join(dir, ".lock"))).toBe(false);
  });

  it("a shard failing the schema → STORE_CORRUPT saying which field; file untouched", async () => {
    const bad = { ...makeUpdate({ seq: 1 }), status: "archived" };
    for (const [rel, text] of [
      ["updates/2025-03.json", monthShard("2025-03", [bad])],
      ["updates/2025.json", v1Shard(2025, [bad])],
    ] as const) {
      const dir = dirWith({ [rel]: text });
      const err = await openError(dir);
      expect(err.code).toBe("STORE_CORRUPT");
      expect(err.message).toContain(join(...rel.split("/")));
      expect(err.message).toContain("updates.0.status");
      expect(readFileSync(join(dir, rel), "utf8")).toBe(text);
      expect(existsSync(join(dir, "backups"))).toBe(false);
    }
  });

  it("an update in the wrong month's shard, or an id in two shards, is refused", async () => {
    const u = makeUpdate({ seq: 1, date: "2024-05-01" });
    const wrongMonth = await openError(dirWith({ "updates/2024-06.json": monthShard("2024-06", [u]) }));
    expect(wrongMonth.code).toBe("STORE_CORRUPT");
    expect(wrongMonth.message).toMatch(/not in 2024-06/);
    const wrongYear = await openError(dirWith({ "updates/2025.json": v1Shard(2025, [u]) }));
    expect(wrongYear.message).toMatch(/not in 2025/);
    const twice = await openError(
      dirWith({
        "updates/2024-05.json": monthShard("2024-05", [u]),
        "updates/2025-01.json": monthShard("2025-01", [{ ...u, seq: 2, date: "2025-01-01" }]),
      }),
    );
    expect(twice.code).toBe("STORE_CORRUPT");
    expect(twice.message).toContain(u.id);
  });

  it("a month shard in an older format is refused (month shards start at format v2)", async () => {
    const text = JSON.stringify({ version: 1, month: "2025-03", updates: [] });
    const err = await openError(dirWith({ "updates/2025-03.json": text }));
    expect(err.code).toBe("STORE_CORRUPT");
    expect(err.message).toMatch(/no migration/);
  });

  it("an unreadable file (a directory where state.json should be) → STORE_CORRUPT", async () => {
    const dir = makeTmpDir();
    mkdirSync(join(dir, "state.json"));
    const err = await openError(dir);
    expect(err.code).toBe("STORE_CORRUPT");
    expect(err.message).toMatch(/cannot be read/);
  });

  it("a file from a newer bot → STORE_CORRUPT telling to upgrade; untouched", async () => {
    const text = JSON.stringify({ version: 3, conversations: {}, somethingNew: true });
    const dir = dirWith({ "state.json": text });
    const err = await openError(dir);
    expect(err.code).toBe("STORE_CORRUPT");
    expect(err.message).toMatch(/upgrade/);
    expect(err.message).toContain("version 3");
    expect(readFileSync(join(dir, "state.json"), "utf8")).toBe(text);
    expect(existsSync(join(dir, "backups"))).toBe(false);
  });

  it("a collection file that fails the caller's schema is refused by collection(), untouched", async () => {
    const text = JSON.stringify({ version: 1, docs: [{ id: "d1", title: 42 }] });
    const dir = dirWith({ "drafts.json": text });
    const s = await openIn(dir);
    const err = await s.collection("drafts", z.object({ id: z.string(), title: z.string() })).catch((e) => e);
    expect(isAppError(err, "STORE_CORRUPT")).toBe(true);
    expect((err as Error).message).toContain("docs.0.title");
    expect(readFileSync(join(dir, "drafts.json"), "utf8")).toBe(text);
  });
});

describe("migrations", () => {
  it("upgrades hand-made v0 files, after keeping the originals in backups/", async () => {
    const {
      week: _week,
      noProgress: _np,
      source: _src,
      ...v0Update
    } = makeUpdate({ seq: 3, date: "2025-02-14" });
    const stateV0 = JSON.stringify({
      conversations: { ou_1: { step: "idle" } },
      bindings: { ou_1: "zhangsan" },
      seen: ["evt-9"],
    });
    const shardV0 = JSON.stringify({ updates: [v0Update] });
    const draftsV0 = JSON.stringify([{ id: "d1", title: "总结" }]);
    const dir = dirWith({ "state.json": stateV0, "updates/2025.json": shardV0, "drafts.json": draftsV0 });
    const now = () => new Date("2025-03-01T00:00:00Z");
    const s = await openIn(dir, { now });

    const u = await s.getUpdate(v0Update.id);
    expect(u).toMatchObject({ week: "2025-W07", noProgress: false, source: "chat", seq: 3 });
    expect(await s.getBinding("ou_1")).toBe("zhangsan");
    expect(await s.hasSeen("evt-9")).toBe(true);
    expect((await s.addUpdate(makeUpdate({ author: v0Update.author }))).seq).toBe(4);
    const drafts = await s.collection("drafts", z.object({ id: z.string(), title: z.string() }));
    expect((await drafts.get("d1"))?.title).toBe("总结");

    const state = JSON.parse(readFileSync(join(dir, "state.json"), "utf8"));
    expect(state.version).toBe(2);
    expect(state.seen).toBeUndefined();
    expect(inboxOnDisk(dir, Date.parse("2025-03-01T00:00:00Z")).seen).toContain("evt-9");
    expect(existsSync(join(dir, "inbox.json"))).toBe(false);
    expect(existsSync(join(dir, "updates", "2025.json"))).toBe(false);
    expect(JSON.parse(readFileSync(join(dir, "updates", "2025-02.json"), "utf8"))).toMatchObject({
      version: 3,
      month: "2025-02",
    });
    expect(JSON.parse(readFileSync(join(dir, "drafts.json"), "utf8")).version).toBe(1);
    const backups = readdirSync(join(dir, "backups"));
    const original = (prefix: string) => {
      const name = backups.find((n) => n.startsWith(`${prefix}.pre-migration-v0.`));
      expect(name, `${prefix} pre-migration backup in ${backups}`).toBeDefined();
      return readFileSync(join(dir, "backups", name!), "utf8");
    };
    expect(original("state")).toBe(stateV0);
    expect(original("updates.2025")).toBe(shardV0);
    expect(original("drafts")).toBe(draftsV0);
  });

  it("splits v1 year shards into month shards and moves seen keys + inbox out of a v1 state.json", async () => {
    const a = (seq: number, date: string) => makeUpdate({ author: "li", seq, date });
    const y2024 = [a(1, "2024-11-30"), a(2, "2024-12-01")];
    const y2025 = [a(3, "2025-01-05"), a(4, "2025-03-01"), a(5, "2025-03-31")];
    const stateV1 = JSON.stringify({
      version: 1,
      conversations: { ou_1: { step: "idle" } },
      bindings: { ou_1: "li" },
      seen: { "evt-1": "2025-03-08T00:00:00.000Z", "evt-old": "2025-02-01T00:00:00.000Z" },
      inbox: [{ id: "feishu:m1", receivedAt: "2025-03-01T00:00:00Z", payload: { x: 1 }, attempts: 2 }],
      // v1 counted seq in state.json: a counter above the stored updates stays binding.
      seqCounters: { li: 8 },
    });
    const files = {
      "state.json": stateV1,
      "updates/2024.json": v1Shard(2024, y2024),
      "updates/2025.json": v1Shard(2025, y2025),
    };
    const dir = dirWith(files);
    const logs: string[] = [];
    const s = await openIn(dir, { now: () => new Date("2025-03-02T00:00:00Z"), log: (m) => logs.push(m) });

    expect(await s.listUpdates()).toEqual([...y2024, ...y2025]);
    expect((await s.findBySeq("li", 4))?.date).toBe("2025-03-01");
    expect(await s.hasSeen("evt-1")).toBe(true);
    expect((await s.listInbox()).map((e) => [e.id, e.attempts])).toEqual([["feishu:m1", 2]]);
    expect(await s.getConversation("ou_1")).toEqual({ step: "idle" });
    expect((await s.addUpdate(makeUpdate({ author: "li", date: "2025-03-15" }))).seq).toBe(9);

    expect(readdirSync(join(dir, "updates")).sort()).toEqual([
      "2024-11.json",
      "2024-12.json",
      "2025-01.json",
      "2025-03.journal",
      "2025-03.json",
    ]);
    const state = JSON.parse(readFileSync(join(dir, "state.json"), "utf8"));
    expect(state).toEqual({
      version: 2,
      conversations: { ou_1: { step: "idle" } },
      bindings: { ou_1: "li" },
      seqCounters: { li: 8 },
    });
    // evt-old had expired when the store opened: it is not carried over.
    const inbox = inboxOnDisk(dir, Date.parse("2025-03-02T00:00:00Z"));
    expect(inbox.seen.sort()).toEqual(["evt-1"]);
    expect(inbox.inbox).toHaveLength(1);
    // The originals, byte for byte, as pre-migration backups.
    const backups = readdirSync(join(dir, "backups"));
    for (const [prefix, rel] of [
      ["state.pre-migration-v1.", "state.json"],
      ["updates.2024.pre-migration-v1.", "updates/2024.json"],
      ["updates.2025.pre-migration-v1.", "updates/2025.json"],
    ] as const) {
      const name = backups.find((n) => n.startsWith(prefix));
      expect(name, `${prefix} in ${backups}`).toBeDefined();
      expect(readFileSync(join(dir, "backups", name!), "utf8")).toBe(files[rel]);
    }
    expect(logs.some((m) => m.includes("split") && m.includes("2025.json"))).toBe(true);

    await closeAll();
    const again = await openIn(dir);
    expect(await again.listUpdates()).toHaveLength(6);
    expect((await again.addUpdate(makeUpdate({ author: "li" }))).seq).toBe(10);
  });

  it("a split interrupted by a crash (year file and some of its months on disk) completes on the next open", async () => {
    const y = [makeUpdate({ seq: 1, date: "2025-01-05" }), makeUpdate({ seq: 2, date: "2025-02-05" })];
    const dir = dirWith({
      "updates/2025.json": v1Shard(2025, y),
      // Written by the split before the crash:
      "updates/2025-01.json": monthShard("2025-01", [UpdateSchema.parse(y[0])]),
    });
    const s = await openIn(dir);
    expect((await s.listUpdates()).map((u) => u.id)).toEqual(y.map((u) => u.id));
    expect(readdirSync(join(dir, "updates")).sort()).toEqual(["2025-01.json", "2025-02.json"]);
  });

  it("a year file beside a month of its year with different content is refused, nothing changed", async () => {
    const y = [makeUpdate({ seq: 1, date: "2025-01-05" })];
    const other = makeUpdate({ seq: 2, date: "2025-01-06" });
    const files = {
      "updates/2025.json": v1Shard(2025, y),
      "updates/2025-01.json": monthShard("2025-01", [other]),
    };
    const dir = dirWith(files);
    const err = await openError(dir);
    expect(err.code).toBe("STORE_CORRUPT");
    expect(err.message).toContain("2025-01.json");
    expect(err.message).toMatch(/differ/);
    for (const [rel, text] of Object.entries(files)) expect(readFileSync(join(dir, rel), "utf8")).toBe(text);
    expect(existsSync(join(dir, "backups"))).toBe(false);
  });

  it("a state split interrupted after inbox.json was written merges both on the next open", async () => {
    const stateV1 = JSON.stringify({
      version: 1,
      conversations: {},
      bindings: {},
      seen: { a: "2099-01-01T00:00:00.000Z", b: "2099-01-01T00:00:00.000Z" },
      inbox: [{ id: "e1", receivedAt: "t", payload: null, attempts: 0 }],
      seqCounters: {},
    });
    const inbox = JSON.stringify({
      version: 1,
      seen: { a: "2099-01-01T00:00:00.000Z", c: "2099-01-01T00:00:00.000Z" },
      inbox: [{ id: "e2", receivedAt: "t", payload: null, attempts: 0 }],
    });
    const dir = dirWith({ "state.json": stateV1, "inbox.json": inbox });
    const s = await openIn(dir);
    expect(await Promise.all(["a", "b", "c"].map((k) => s.hasSeen(k)))).toEqual([true, true, true]);
    expect((await s.listInbox()).map((e) => e.id)).toEqual(["e2", "e1"]);
    expect(JSON.parse(readFileSync(join(dir, "state.json"), "utf8")).seen).toBeUndefined();
  });

  it("nothing is migrated when another file fails to load", async () => {
    const stateV0 = JSON.stringify({ conversations: {}, bindings: {}, seen: ["evt-1"] });
    const dir = dirWith({ "state.json": stateV0, "updates/2025.json": "{oops" });
    expect((await openError(dir)).code).toBe("STORE_CORRUPT");
    expect(readFileSync(join(dir, "state.json"), "utf8")).toBe(stateV0);
    expect(existsSync(join(dir, "backups"))).toBe(false);
  });

  it("a v0 file that is still invalid after migration is refused and not rewritten", async () => {
    const { week: _w, date: _d, ...noDate } = makeUpdate({ seq: 1 });
    const text = JSON.stringify({ updates: [noDate] });
    const dir = dirWith({ "updates/2025.json": text });
    const err = await openError(dir);
    expect(err.code).toBe("STORE_CORRUPT");
    expect(err.message).toMatch(/after migrating from format version 0/);
    expect(readFileSync(join(dir, "updates", "2025.json"), "utf8")).toBe(text);
  });
});

describe("rolling backups", () => {
  it("backs up before the first write, then at most hourly, keeping the newest N", async () => {
    const dir = makeTmpDir();
    let t = Date.parse("2025-03-01T00:00:00Z");
    const now = () => new Date(t);
    await (await openIn(dir, { now })).setBinding("x", "v0");
    await closeAll();
    const s = await openIn(dir, { now, backups: 3 });
    const stateBackups = () =>
      readdirSync(join(dir, "backups"))
        .filter((n) => /^state\.\d/.test(n))
        .sort();

    await s.setBinding("x", "v1");
    expect(stateBackups()).toHaveLength(1);
    const first = JSON.parse(readFileSync(join(dir, "backups", stateBackups()[0]!), "utf8"));
    expect(first.bindings.x).toBe("v0");

    t += 30 * 60_000;
    await s.setBinding("x", "v2");
    expect(stateBackups()).toHaveLength(1);

    for (let i = 3; i <= 7; i++) {
      t += 61 * 60_000;
      await s.setBinding("x", `v${i}`);
    }
    const names = stateBackups();
    expect(names).toHaveLength(3);
    const kept = names.map((n) => JSON.parse(readFileSync(join(dir, "backups", n), "utf8")).bindings.x);
    expect(kept).toEqual(["v4", "v5", "v6"]);
  });
});

describe("failed writes", () => {
  it("a failed state or inbox write rejects with STORE_IO and leaves memory as it was", async () => {
    const dir = makeTmpDir();
    await openIn(dir).then(async (first) => {
      await first.setBinding("ou_1", "zhangsan");
      await first.markSeen("old");
    });
    await closeAll();
    const s = await openIn(dir);
    for (const name of ["state.json", "inbox.log"]) {
      rmSync(join(dir, name));
      mkdirSync(join(dir, name, "blocker"), { recursive: true });
    }
    await expect(s.setBinding("ou_1", "lisi")).rejects.toMatchObject({ code: "STORE_IO" });
    expect(await s.getBinding("ou_1")).toBe("zhangsan");
    await expect(s.markSeen("k")).rejects.toMatchObject({ code: "STORE_IO" });
    expect(await s.hasSeen("k")).toBe(false);
    expect(await s.hasSeen("old")).toBe(true);
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("addUpdates: an invalid record anywhere in the batch → nothing written at all", async () => {
    const dir = makeTmpDir();
    const s = await openIn(dir);
    await s.addUpdate(makeUpdate({ date: "2025-01-05" }));
    const shardBefore = readFileSync(join(dir, "updates", "2025-01.journal"), "utf8");
    const stateBefore = readFileSync(join(dir, "state.json"), "utf8");
    const batch = [makeUpdate({ date: "2024-06-01" }), makeUpdate(), { ...makeUpdate(), date: "soon" }];
    const err = await s.addUpdates(batch).catch((e) => e);
    expect(isAppError(err, "BAD_REQUEST")).toBe(true);
    expect((err as Error).message).toContain("#3");
    expect(readFileSync(join(dir, "updates", "2025-01.journal"), "utf8")).toBe(shardBefore);
    expect(readFileSync(join(dir, "state.json"), "utf8")).toBe(stateBefore);
    expect(readdirSync(join(dir, "updates"))).toEqual(["2025-01.journal"]);
    expect(await s.listUpdates()).toHaveLength(1);
  });

  it("addUpdates: when a later month's append fails, earlier journals are cut back (and a new one removed)", async () => {
    const dir = makeTmpDir();
    let failing = false;
    const s = await openIn(dir, {
      onWrite: (path) => {
        if (failing && path.endsWith(join("updates", "2025-06.journal"))) throw new Error("disk full (test)");
      },
    });
    await s.addUpdates([makeUpdate({ date: "2024-06-01" }), makeUpdate({ date: "2025-06-01" })]);
    const before2024 = readFileSync(join(dir, "updates", "2024-06.journal"), "utf8");
    const listBefore = await s.listUpdates();
    failing = true;

    const batch = [
      makeUpdate({ date: "2023-01-01" }),
      makeUpdate({ date: "2024-06-30" }),
      makeUpdate({ date: "2025-06-07" }),
    ];
    await expect(s.addUpdates(batch)).rejects.toMatchObject({ code: "STORE_IO" });

    expect(readFileSync(join(dir, "updates", "2024-06.journal"), "utf8")).toBe(before2024);
    expect(existsSync(join(dir, "updates", "2023-01.journal"))).toBe(false);
    expect(await s.listUpdates()).toEqual(listBefore);
    expect(readdirSync(join(dir, "updates")).filter((n) => n.endsWith(".tmp"))).toEqual([]);
    for (const u of batch) expect(await s.getUpdate(u.id)).toBeUndefined();
    failing = false;
    await closeAll();
    expect(await (await openIn(dir)).listUpdates()).toEqual(listBefore);
  });
});

describe("cost of a write", () => {
  it("appending with 10k updates in the year adds one line to that month's journal, touching no other file", async () => {
    const dir = makeTmpDir();
    const first = await openIn(dir);
    await first.addUpdate(makeUpdate({ date: "2024-03-01" }));
    await first.addUpdates(
      Array.from({ length: 10_000 }, (_, i) =>
        makeUpdate({ author: `p${i % 40}`, date: `2025-${String(1 + (i % 12)).padStart(2, "0")}-01` }),
      ),
    );
    await closeAll();
    const s = await openIn(dir);
    await s.addUpdate(makeUpdate({ date: "2025-06-01" })); // warm: first write takes the backup
    const journal = join(dir, "updates", "2025-06.journal");
    const sizeBefore = statSync(journal).size;
    const names = readdirSync(join(dir, "updates")).sort();
    const mtimes = () =>
      names.filter((n) => n !== "2025-06.journal").map((n) => statSync(join(dir, "updates", n)).mtimeMs);
    const others = mtimes();
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      await s.addUpdate(makeUpdate({ date: "2025-06-01" }));
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    expect(mtimes()).toEqual(others);
    // Seven records appended: the journal grew by about seven records, not by the month's ~840.
    const grown = statSync(journal).size - sizeBefore;
    expect(grown).toBeGreaterThan(7 * 300);
    expect(grown).toBeLessThan(7 * 2000);
    expect(await s.listUpdates({ from: "2025-06-01", to: "2025-06-30" })).toHaveLength(833 + 8);
    // Typically a few ms (one fsync); loose because CI is shared.
    expect(times[3]).toBeLessThan(150);
  });
});
