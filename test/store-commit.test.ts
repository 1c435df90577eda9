import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { openStore, type OpenStoreOptions } from "../src/store/open-store.js";
import type { InboxEntry, Store } from "../src/store/types.js";
import { makeUpdate } from "./helpers/make-update.js";
import { inboxOnDisk } from "./helpers/read-store-files.js";
import { makeTmpDir, useTmpDirs } from "./helpers/tmp-dir.js";

/**
 * Group commit: calls arriving while a write is in flight share one temp+fsync+rename; each
 * resolves once its change is on disk; a failed write rejects every caller of its batch and
 * leaves memory equal to disk. Writes are counted (and failed) through openStore's onWrite hook.
 */
useTmpDirs();

const open: Store[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

/** A store whose file writes are recorded (by file name) and can be made to fail. */
async function counted(dir: string, opts: OpenStoreOptions = {}) {
  const writes: string[] = [];
  let fail: ((name: string, n: number) => boolean) | undefined;
  const s = await openStore(dir, {
    log: () => {},
    ...opts,
    onWrite: (path) => {
      const name = path.slice(dir.length + 1);
      writes.push(name);
      if (fail?.(name, writes.filter((w) => w === name).length)) throw new Error("disk full (test)");
    },
  });
  open.push(s);
  return {
    s,
    writes,
    /** Writes of `name` from now on. */
    count: (name: string) => writes.filter((w) => w === name).length,
    failWhen: (f: typeof fail) => {
      fail = f;
    },
  };
}

async function reopen(s: Store): Promise<Store> {
  await s.close();
  open.splice(open.indexOf(s), 1);
  const again = await openStore(s.dataDir, { log: () => {} });
  open.push(again);
  return again;
}

const entry = (id: string, attempts = 0): InboxEntry => ({
  id,
  receivedAt: "2025-03-01T00:00:00.000Z",
  payload: { event: id },
  attempts,
});

describe("group commit of inbox.log (de-duplication keys and inbox)", () => {
  it("200 concurrent markSeen/putInbox calls are written in far fewer than 200 writes, and all survive reopen", async () => {
    const dir = makeTmpDir();
    const { s, writes, count } = await counted(dir);
    writes.length = 0;
    const calls = Array.from({ length: 200 }, (_, i) =>
      i % 2 === 0 ? s.markSeen(`evt-${i}`) : s.putInbox(entry(`in-${i}`)),
    );
    const results = await Promise.all(calls);
    expect(results.filter((r) => r === true)).toHaveLength(100);
    expect(count("inbox.log")).toBeGreaterThanOrEqual(1);
    expect(count("inbox.log")).toBeLessThanOrEqual(5);
    // Nothing of this touches state.json or the shards.
    expect(writes.filter((w) => w !== "inbox.log")).toEqual([]);

    const again = await reopen(s);
    for (let i = 0; i < 200; i += 2) expect(await again.hasSeen(`evt-${i}`)).toBe(true);
    expect((await again.listInbox()).map((e) => e.id)).toEqual(
      Array.from({ length: 100 }, (_, k) => `in-${2 * k + 1}`),
    );
  });

  it("calls arriving while a write is in flight join the next batch (webhook pattern: putInbox then markSeen×2)", async () => {
    const { s, count } = await counted(makeTmpDir());
    const before = count("inbox.log");
    const events = Array.from({ length: 50 }, (_, i) => i);
    await Promise.all(
      events.map(async (i) => {
        await s.putInbox(entry(`ev-${i}`));
        await s.markSeen(`event:${i}`);
        await s.markSeen(`message:${i}`);
        await s.removeInbox(`ev-${i}`);
      }),
    );
    // 200 changes, each caller awaiting its own before the next: a handful of batches.
    expect(count("inbox.log") - before).toBeLessThanOrEqual(12);
    expect(await s.listInbox()).toEqual([]);
    for (const i of events) expect(await s.hasSeen(`message:${i}`)).toBe(true);
  });

  it("a failing batch write rejects all its callers and leaves memory equal to disk", async () => {
    const dir = makeTmpDir();
    const { s, failWhen } = await counted(dir);
    await s.putInbox(entry("kept"));
    await s.markSeen("kept-key");
    failWhen((name) => name === "inbox.log");
    const calls = Array.from({ length: 60 }, (_, i) =>
      i % 3 === 0 ? s.markSeen(`k-${i}`) : i % 3 === 1 ? s.putInbox(entry(`e-${i}`)) : s.removeInbox("kept"),
    );
    const settled = await Promise.allSettled(calls);
    expect(settled.every((r) => r.status === "rejected")).toBe(true);
    for (const r of settled) expect((r as PromiseRejectedResult).reason).toMatchObject({ code: "STORE_IO" });
    // Memory is what was committed before…
    expect((await s.listInbox()).map((e) => e.id)).toEqual(["kept"]);
    expect(await s.hasSeen("k-0")).toBe(false);
    expect(await s.hasSeen("kept-key")).toBe(true);
    // …which is what is on disk.
    const disk = inboxOnDisk(dir);
    expect(disk.inbox.map((e) => e.id)).toEqual(["kept"]);
    expect(disk.seen).toEqual(["kept-key"]);
    // The store keeps working once the disk does.
    failWhen(undefined);
    expect(await s.markSeen("k-0")).toBe(true);
    const again = await reopen(s);
    expect(await again.hasSeen("k-0")).toBe(true);
    expect((await again.listInbox()).map((e) => e.id)).toEqual(["kept"]);
  });

  it("when one batch among several fails, exactly its callers reject; the rest are on disk", async () => {
    const dir = makeTmpDir();
    const { s, failWhen } = await counted(dir);
    failWhen((name, n) => name === "inbox.log" && n === 2);
    const keys = Array.from({ length: 40 }, (_, i) => `key-${i}`);
    // Each caller waits a little differently, so the calls spread over several batches.
    const settled = await Promise.allSettled(
      keys.map(async (k, i) => {
        for (let j = 0; j < i % 4; j++) await new Promise((r) => setImmediate(r));
        return s.markSeen(k);
      }),
    );
    const ok = keys.filter((_, i) => settled[i]!.status === "fulfilled");
    const failed = keys.filter((_, i) => settled[i]!.status === "rejected");
    expect(failed.length).toBeGreaterThan(0);
    expect(ok.length).toBeGreaterThan(0);
    for (const k of ok) expect(await s.hasSeen(k)).toBe(true);
    for (const k of failed) expect(await s.hasSeen(k)).toBe(false);
    const again = await reopen(s);
    for (const k of ok) expect(await again.hasSeen(k)).toBe(true);
    for (const k of failed) expect(await again.hasSeen(k)).toBe(false);
  });

  it("a call that throws (bad input) rejects alone; the rest of its batch is written", async () => {
    const { s } = await counted(makeTmpDir());
    const settled = await Promise.allSettled([
      s.markSeen("a"),
      s.putInbox({ id: "", receivedAt: "x", payload: 1, attempts: -1 }),
      s.markSeen("b", -5),
      s.markSeen("c"),
    ]);
    expect(settled.map((r) => r.status)).toEqual(["fulfilled", "rejected", "rejected", "fulfilled"]);
    const again = await reopen(s);
    expect(await Promise.all(["a", "b", "c"].map((k) => again.hasSeen(k)))).toEqual([true, false, true]);
  });

  it("keeps state.json small: events and de-duplication keys never touch it", async () => {
    const dir = makeTmpDir();
    const { s, count } = await counted(dir);
    await s.setBinding("ou_1", "zhangsan");
    const stateWrites = count("state.json");
    await Promise.all(Array.from({ length: 300 }, (_, i) => s.markSeen(`evt-${i}`)));
    expect(count("state.json")).toBe(stateWrites);
    const state = JSON.parse(readFileSync(join(dir, "state.json"), "utf8"));
    expect(Object.keys(state).sort()).toEqual(["bindings", "conversations", "seqCounters", "version"]);
  });
});

describe("group commit of updates and collections", () => {
  it("100 concurrent addUpdate calls share a few shard writes; all survive reopen with unique seq", async () => {
    const dir = makeTmpDir();
    const { s, writes } = await counted(dir);
    writes.length = 0;
    const stored = await Promise.all(
      Array.from({ length: 100 }, (_, i) => s.addUpdate(makeUpdate({ author: `p${i % 5}` }))),
    );
    expect(writes.length).toBeLessThanOrEqual(5);
    expect(new Set(writes)).toEqual(new Set([join("updates", "2025-03.journal")]));
    for (let p = 0; p < 5; p++) {
      const seqs = stored.filter((u) => u.author === `p${p}`).map((u) => u.seq);
      expect(seqs.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    }
    const again = await reopen(s);
    expect(await again.listUpdates()).toHaveLength(100);
  });

  it("one confirmed append is ONE write (a line appended to the month's journal): seq comes from the stored updates", async () => {
    const dir = makeTmpDir();
    const { s, writes } = await counted(dir);
    await s.addUpdate(makeUpdate());
    writes.length = 0;
    const before = readFileSync(join(dir, "updates", "2025-03.journal"));
    const u = await s.addUpdate(makeUpdate({ date: "2025-03-20" }));
    expect(writes).toEqual([join("updates", "2025-03.journal")]);
    expect(u.seq).toBe(2);
    // Appended: the bytes before are unchanged, one line follows.
    const after = readFileSync(join(dir, "updates", "2025-03.journal"));
    expect(after.subarray(0, before.length).equals(before)).toBe(true);
    expect(after.subarray(before.length).toString("utf8").trim().split("\n")).toHaveLength(1);
  });

  it("a failed shard write rejects every caller of the batch, across shards, and changes nothing", async () => {
    const dir = makeTmpDir();
    const { s, failWhen } = await counted(dir);
    const first = await s.addUpdate(makeUpdate({ date: "2025-02-01" }));
    const jan = readFileSync(join(dir, "updates", "2025-02.journal"), "utf8");
    failWhen((name) => name === join("updates", "2025-04.journal"));
    const settled = await Promise.allSettled([
      s.addUpdate(makeUpdate({ date: "2025-02-03" })),
      s.modifyUpdate(first.id, (x) => ({ ...x, status: "withdrawn" })),
      s.addUpdate(makeUpdate({ date: "2025-04-01" })),
      s.addUpdates([makeUpdate({ date: "2025-05-01" }), makeUpdate({ date: "2025-06-01" })]),
    ]);
    expect(settled.map((r) => r.status)).toEqual(["rejected", "rejected", "rejected", "rejected"]);
    expect(await s.listUpdates()).toEqual([first]);
    expect(readFileSync(join(dir, "updates", "2025-02.journal"), "utf8")).toBe(jan);
    expect(readdirSync(join(dir, "updates")).sort()).toEqual(["2025-02.journal"]);
    failWhen(undefined);
    const next = await s.addUpdate(makeUpdate({ date: "2025-04-01" }));
    expect(next.seq).toBe(2);
    const again = await reopen(s);
    expect((await again.listUpdates()).map((u) => u.id)).toEqual([first.id, next.id]);
  });

  it("an invalid call in a batch rejects alone (BAD_REQUEST); later calls see earlier ones' changes", async () => {
    const { s } = await counted(makeTmpDir());
    const a = makeUpdate({ author: "li" });
    const settled = await Promise.allSettled([
      s.addUpdate(a),
      s.addUpdate({ ...makeUpdate(), date: "soon" }),
      s.addUpdate(makeUpdate({ id: a.id })),
      s.modifyUpdate(a.id, (x) => ({ ...x, status: "withdrawn" })),
      s.addUpdate(makeUpdate({ author: "li" })),
    ]);
    expect(settled.map((r) => r.status)).toEqual([
      "fulfilled",
      "rejected",
      "rejected",
      "fulfilled",
      "fulfilled",
    ]);
    expect((settled[3] as PromiseFulfilledResult<{ status: string }>).value.status).toBe("withdrawn");
    expect((settled[4] as PromiseFulfilledResult<{ seq: number }>).value.seq).toBe(2);
  });

  it("a collection's concurrent puts share writes", async () => {
    const dir = makeTmpDir();
    const { s, count } = await counted(dir);
    const notes = await s.collection("notes", z.object({ id: z.string(), n: z.number() }));
    await Promise.all(Array.from({ length: 50 }, (_, i) => notes.put({ id: `n${i}`, n: i })));
    expect(count("notes.json")).toBeLessThanOrEqual(3);
    const again = await reopen(s);
    expect(
      await (await again.collection("notes", z.object({ id: z.string(), n: z.number() }))).list(),
    ).toHaveLength(50);
  });
});

describe("seq numbers derived from the shards", () => {
  it("are never reused: a withdrawn update keeps its number; a renumbered one leaves a floor in state.json", async () => {
    const dir = makeTmpDir();
    const s = await openStore(dir, { log: () => {} });
    open.push(s);
    const [a1, a2, a3] = await s.addUpdates([1, 2, 3].map(() => makeUpdate({ author: "a" })));
    await s.modifyUpdate(a3!.id, (x) => ({ ...x, status: "withdrawn" }));
    expect((await s.addUpdate(makeUpdate({ author: "a" }))).seq).toBe(4);
    // #3 goes to another author and #2 is renumbered: both numbers leave author a.
    await s.modifyUpdate(a3!.id, (x) => ({ ...x, author: "b" }));
    await s.modifyUpdate(a2!.id, (x) => ({ ...x, seq: 9 }));
    let again = await reopen(s);
    expect((await again.findBySeq("b", 3))?.id).toBe(a3!.id);
    expect(await again.findBySeq("a", 2)).toBeUndefined();
    expect((await again.addUpdate(makeUpdate({ author: "a" }))).seq).toBe(10);
    // The number taken away from the highest record is kept as a floor.
    await again.modifyUpdate((await again.findBySeq("a", 10))!.id, (x) => ({ ...x, seq: 5 }));
    await again.modifyUpdate(a2!.id, (x) => ({ ...x, seq: 6 }));
    again = await reopen(again);
    expect((await again.addUpdate(makeUpdate({ author: "a" }))).seq).toBe(11);
    expect(JSON.parse(readFileSync(join(dir, "state.json"), "utf8")).seqCounters.a).toBe(10);
    expect((await again.findBySeq("a", 1))?.id).toBe(a1!.id);
  });
});

describe("backups with month shards", () => {
  it("the first append to a month's journal in a process copies it to backups/ first", async () => {
    const dir = makeTmpDir();
    let s = await openStore(dir, { log: () => {} });
    open.push(s);
    await s.addUpdate(makeUpdate({ date: "2025-03-01" }));
    const before = readFileSync(join(dir, "updates", "2025-03.journal"), "utf8");
    s = await reopen(s);
    await s.addUpdate(makeUpdate({ date: "2025-03-02" }));
    await s.addUpdate(makeUpdate({ date: "2025-03-03" }));
    await s.addUpdate(makeUpdate({ date: "2025-04-02" }));
    const copies = readdirSync(join(dir, "backups")).filter((n) => n.startsWith("updates.2025-03.journal."));
    expect(copies).toHaveLength(1);
    expect(readFileSync(join(dir, "backups", copies[0]!), "utf8")).toBe(before);
    // A month written for the first time has nothing to back up.
    expect(readdirSync(join(dir, "backups")).some((n) => n.startsWith("updates.2025-04."))).toBe(false);
    expect(existsSync(join(dir, "updates", "2025-04.journal"))).toBe(true);
  });
});
