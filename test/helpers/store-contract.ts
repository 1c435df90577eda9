import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import type { Update } from "../../src/domain/update.js";
import { isAppError } from "../../src/errors.js";
import type { Store, UpdateQuery } from "../../src/store/types.js";
import { makeUpdate } from "./make-update.js";

/**
 * The Store contract, run against every implementation (lowdb files, PostgreSQL). A backend
 * opens a fresh, empty store; reopens one (close, then open the same data); and — where several
 * processes can share the data — opens a second live instance on it (its own connections: what a
 * second replica would have).
 */
export interface StoreBackend {
  name: string;
  open(opts?: { now?: () => Date }): Promise<Store>;
  reopen(s: Store, opts?: { now?: () => Date }): Promise<Store>;
  /** A second live store on the same data, or undefined when the backend is single-process. */
  twin?(s: Store, opts?: { now?: () => Date }): Promise<Store>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Takes `key` on `s` and keeps it until `release()`; resolves once the holder is inside. */
async function holdLock(s: Store, key: string): Promise<{ held: Promise<void>; release: () => void }> {
  let release!: () => void;
  let entered!: () => void;
  const inside = new Promise<void>((r) => (entered = r));
  const held = s.withLock(key, () => {
    entered();
    return new Promise<void>((r) => (release = r));
  });
  await inside;
  return { held, release };
}

export function storeContract(backend: StoreBackend): void {
  const opened: Store[] = [];
  afterEach(async () => {
    for (const s of opened.splice(0)) await s.close();
  });
  const open = async (opts?: { now?: () => Date }) => keep(await backend.open(opts));
  const reopen = async (s: Store, opts?: { now?: () => Date }) => {
    opened.splice(opened.indexOf(s), 1);
    return keep(await backend.reopen(s, opts));
  };
  const keep = (s: Store) => {
    opened.push(s);
    return s;
  };
  const twin = backend.twin;
  const ids = async (s: Store, q?: UpdateQuery) => (await s.listUpdates(q)).map((u) => u.id);

  describe(`Store contract: ${backend.name}`, () => {
    it("assigns per-author seq numbers and finds an update by id and by seq", async () => {
      const s = await open();
      const a1 = await s.addUpdate(makeUpdate({ author: "a" }));
      const b1 = await s.addUpdate(makeUpdate({ author: "b" }));
      const a2 = await s.addUpdate(makeUpdate({ author: "a" }));
      expect([a1.seq, b1.seq, a2.seq]).toEqual([1, 1, 2]);
      expect(await s.getUpdate(a2.id)).toEqual(a2);
      expect(await s.getUpdate("missing")).toBeUndefined();
      expect((await s.findBySeq("a", 2))?.id).toBe(a2.id);
      expect(await s.findBySeq("b", 2)).toBeUndefined();
    });

    it("60 concurrent appends: unique, gap-free seq per author, and the same after reopen", async () => {
      const s = await open();
      const authors = ["a", "b", "c"];
      const stored = await Promise.all(
        Array.from({ length: 60 }, (_, i) => s.addUpdate(makeUpdate({ author: authors[i % 3]! }))),
      );
      for (const author of authors) {
        const seqs = stored.filter((u) => u.author === author).map((u) => u.seq);
        expect(seqs.sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      }
      const before = await s.listUpdates();
      expect(before).toHaveLength(60);
      const again = await reopen(s);
      expect(await again.listUpdates()).toEqual(before);
    });

    it("never reuses a seq (explicit numbers, renumbering, reopen); refuses a duplicate id or a taken number", async () => {
      const s = await open();
      const first = await s.addUpdate(makeUpdate({ seq: 7 }));
      expect((await s.addUpdate(makeUpdate())).seq).toBe(8);
      await expect(s.addUpdate(makeUpdate({ id: first.id }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
      await expect(s.addUpdate(makeUpdate({ seq: 7 }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
      expect(await s.listUpdates()).toHaveLength(2);
      // Renumbering frees 8 from its record, but it is never handed out again.
      const eight = (await s.findBySeq("zhangsan", 8))!;
      await s.modifyUpdate(eight.id, (u) => ({ ...u, seq: 20 }));
      expect(await s.findBySeq("zhangsan", 8)).toBeUndefined();
      expect((await s.addUpdate(makeUpdate())).seq).toBe(21);
      // Given to another author: the number stays spent for the first one.
      const moved = await s.modifyUpdate(first.id, (u) => ({ ...u, author: "lisi", seq: 1 }));
      expect(moved).toMatchObject({ author: "lisi", seq: 1 });
      await expect(s.modifyUpdate(eight.id, (u) => ({ ...u, author: "lisi", seq: 1 }))).rejects.toMatchObject(
        {
          code: "BAD_REQUEST",
        },
      );
      const again = await reopen(s);
      expect((await again.addUpdate(makeUpdate())).seq).toBe(22);
      expect((await again.addUpdate(makeUpdate({ author: "lisi" }))).seq).toBe(2);
    });

    it("filters by every query field, sorted by date then createdAt", async () => {
      const s = await open();
      const mk = (p: Partial<Update>) => s.addUpdate(makeUpdate(p));
      const late = await mk({ date: "2025-03-10", createdAt: "2025-03-10T12:00:00Z", section: "kjk" });
      const early = await mk({
        date: "2025-03-10",
        createdAt: "2025-03-10T08:00:00Z",
        sourceMessageId: "om_1",
      });
      const jan = await mk({ date: "2025-01-02", author: "li", status: "draft" });
      const prevYear = await mk({ date: "2024-12-31", status: "withdrawn" });
      const nextYear = await mk({
        date: "2026-01-01",
        history: [
          { at: "2026-01-01T09:00:00Z", by: "zhangsan", action: "created" },
          { at: "2026-01-02T09:00:00Z", by: "zhangsan", action: "edited", messageId: "om_2" },
        ],
      });
      expect(await ids(s)).toEqual([prevYear.id, jan.id, early.id, late.id, nextYear.id]);
      expect(await ids(s, { author: "li" })).toEqual([jan.id]);
      expect(await ids(s, { section: "kjk" })).toEqual([late.id]);
      expect(await ids(s, { from: "2025-01-02", to: "2025-03-10" })).toEqual([jan.id, early.id, late.id]);
      expect(await ids(s, { from: "2024-12-31", to: "2024-12-31" })).toEqual([prevYear.id]);
      expect(await ids(s, { week: early.week })).toEqual([early.id, late.id]);
      expect(await ids(s, { status: "draft" })).toEqual([jan.id]);
      expect(await ids(s, { status: ["draft", "withdrawn"] })).toEqual([prevYear.id, jan.id]);
      expect(await ids(s, { author: "zhangsan", status: "confirmed" })).toEqual([
        early.id,
        late.id,
        nextYear.id,
      ]);
      expect(await ids(s, { sourceMessageId: "om_1" })).toEqual([early.id]);
      expect(await ids(s, { messageId: "om_1" })).toEqual([early.id]);
      expect(await ids(s, { messageId: "om_2" })).toEqual([nextYear.id]);
      expect(await ids(s, { messageId: "om_none" })).toEqual([]);
      // A later edit by another message is found by that message too.
      await s.modifyUpdate(jan.id, (u) => ({
        ...u,
        history: [
          ...u.history,
          { at: "2025-01-03T00:00:00Z", by: "li", action: "confirmed", messageId: "om_2" },
        ],
      }));
      expect(await ids(s, { messageId: "om_2" })).toEqual([jan.id, nextYear.id]);
    });

    it("modifyUpdate: NOT_FOUND; an invalid result or an id change writes nothing; a date change moves it", async () => {
      const s = await open();
      const u = await s.addUpdate(makeUpdate({ date: "2025-12-30" }));
      await expect(s.modifyUpdate("nope", (x) => x)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(s.modifyUpdate(u.id, (x) => ({ ...x, date: "March" }))).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
      await expect(s.modifyUpdate(u.id, (x) => ({ ...x, id: "other" }))).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
      expect(await s.getUpdate(u.id)).toEqual(u);
      const moved = await s.modifyUpdate(u.id, (x) => {
        x.date = "2026-01-02";
        return x;
      });
      expect(await ids(s, { from: "2026-01-01" })).toEqual([u.id]);
      expect(await ids(s, { to: "2025-12-31" })).toEqual([]);
      const again = await reopen(s);
      expect(await again.getUpdate(u.id)).toEqual(moved);
    });

    it("a record changed by the caller does not change the store", async () => {
      const s = await open();
      const u = await s.addUpdate(makeUpdate());
      const got = (await s.getUpdate(u.id)) as { status: string };
      try {
        got.status = "draft";
      } catch {
        // lowdb returns frozen records
      }
      expect((await s.getUpdate(u.id))?.status).toBe("confirmed");
    });

    it("modifyUpdate is an atomic read-modify-write: 20 concurrent edits all count", async () => {
      const s = await open();
      const u = await s.addUpdate(makeUpdate());
      const other = twin ? keep(await twin(s)) : s;
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          (i % 2 ? other : s).modifyUpdate(u.id, (x) => ({ ...x, problems: [...x.problems, `p${i}`] })),
        ),
      );
      expect((await s.getUpdate(u.id))?.problems).toHaveLength(20);
    });

    it("addUpdates is all or nothing and assigns seq in list order", async () => {
      const s = await open();
      const stored = await s.addUpdate(makeUpdate());
      await expect(
        s.addUpdates([makeUpdate(), { ...makeUpdate(), date: "bad" } as Update, makeUpdate()]),
      ).rejects.toMatchObject({ code: "BAD_REQUEST" });
      await expect(s.addUpdates([makeUpdate(), makeUpdate({ id: stored.id })])).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
      await expect(s.addUpdates([makeUpdate(), makeUpdate({ seq: stored.seq })])).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
      expect(await ids(s)).toEqual([stored.id]);
      const out = await s.addUpdates([
        makeUpdate({ date: "2024-05-01" }),
        makeUpdate({ date: "2025-05-01" }),
        makeUpdate({ date: "2025-05-02", author: "li" }),
      ]);
      expect(out.map((u) => u.seq)).toEqual([2, 3, 1]);
      const again = await reopen(s);
      expect(await ids(again)).toEqual([out[0]!.id, stored.id, out[1]!.id, out[2]!.id]);
    });

    it("markSeen: false while a key is live, true again after its TTL; kept across reopen", async () => {
      let t = Date.parse("2025-03-01T00:00:00Z");
      const now = () => new Date(t);
      const s = await open({ now });
      expect(await s.markSeen("evt-1", 60_000)).toBe(true);
      expect(await s.markSeen("evt-1", 60_000)).toBe(false);
      expect(await s.hasSeen("evt-1")).toBe(true);
      expect(await s.hasSeen("evt-2")).toBe(false);
      t += 59_000;
      const again = await reopen(s, { now });
      expect(await again.hasSeen("evt-1")).toBe(true);
      expect(await again.markSeen("evt-1", 60_000)).toBe(false);
      t += 2_000;
      expect(await again.hasSeen("evt-1")).toBe(false);
      expect(await again.markSeen("evt-1", 60_000)).toBe(true);
      await expect(again.markSeen("x", 0)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    });

    it("markSeen is exactly-once under concurrency (across instances where the data is shared)", async () => {
      const s = await open();
      const other = twin ? keep(await twin(s)) : s;
      const keys = Array.from({ length: 20 }, (_, i) => `evt-${i}`);
      const results = await Promise.all(
        keys.flatMap((k) =>
          Array.from({ length: 6 }, (_, j) => (j % 2 ? other : s).markSeen(k).then((r) => [k, r])),
        ),
      );
      for (const k of keys) expect(results.filter(([key, r]) => key === k && r === true)).toHaveLength(1);
    });

    it("inbox: put replaces by id keeping its place, get, remove; kept across reopen", async () => {
      const s = await open();
      const e1 = { id: "e1", receivedAt: "2025-03-01T00:00:00Z", payload: { text: "你好" }, attempts: 0 };
      await s.putInbox(e1);
      await s.putInbox({ id: "e2", receivedAt: "2025-03-01T00:00:01Z", payload: [1, 2], attempts: 0 });
      await s.putInbox({ ...e1, attempts: 1 });
      await expect(s.putInbox({ id: "", receivedAt: "x", payload: 1, attempts: -1 })).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
      const again = await reopen(s);
      expect((await again.listInbox()).map((e) => [e.id, e.attempts])).toEqual([
        ["e1", 1],
        ["e2", 0],
      ]);
      expect(await again.getInbox("e1")).toEqual({ ...e1, attempts: 1 });
      expect(await again.getInbox("nope")).toBeUndefined();
      await again.removeInbox("e1");
      await again.removeInbox("e1");
      expect((await (await reopen(again)).listInbox()).map((e) => e.id)).toEqual(["e2"]);
    });

    it("addInbox: exactly one of concurrent adds of one id wins (across instances where shared); never replaces", async () => {
      const s = await open();
      const other = twin ? keep(await twin(s)) : s;
      const entry = (id: string, by: number) => ({
        id,
        receivedAt: "2025-03-01T00:00:00Z",
        payload: { by },
        attempts: 0,
      });
      const ids = Array.from({ length: 10 }, (_, i) => `acc-${i}`);
      const results = await Promise.all(
        ids.flatMap((id) =>
          Array.from({ length: 4 }, (_, j) =>
            (j % 2 ? other : s).addInbox(entry(id, j)).then((won) => ({ id, j, won })),
          ),
        ),
      );
      for (const id of ids) {
        const winners = results.filter((r) => r.id === id && r.won);
        expect(winners).toHaveLength(1);
        // What is kept is the winner's entry, not a later loser's.
        expect((await other.getInbox(id))?.payload).toEqual({ by: winners[0]!.j });
      }
      await s.removeInbox("acc-0");
      expect(await other.addInbox(entry("acc-0", 9))).toBe(true);
      // A group's entries, oldest first, found without the others (kept across instances).
      await s.addInbox({ ...entry("g-1", 0), group: "ou_a" });
      await other.addInbox({ ...entry("g-2", 0), group: "ou_b" });
      await s.putInbox({ ...entry("g-3", 0), group: "ou_a" });
      expect((await other.listInbox({ group: "ou_a" })).map((e) => [e.id, e.group])).toEqual([
        ["g-1", "ou_a"],
        ["g-3", "ou_a"],
      ]);
      expect(await s.listInbox({ group: "nobody" })).toEqual([]);
      expect((await s.listInbox()).length).toBe(13);
      await expect(s.addInbox({ ...entry("", 0), attempts: -1 })).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
    });

    it("tryLock: runs at once when the key is free, never waits when it is held (across instances where shared)", async () => {
      const s = await open();
      const other = twin ? keep(await twin(s)) : s;
      expect(await s.tryLock("sweep:x", async () => 7)).toEqual({ locked: true, value: 7 });
      const { held, release } = await holdLock(s, "sweep:x");
      let ran = false;
      const tried = await Promise.race([
        other.tryLock("sweep:x", async () => {
          ran = true;
        }),
        sleep(5_000).then(() => "waited" as const),
      ]);
      expect(tried).toEqual({ locked: false });
      expect(ran).toBe(false);
      // Held by a tryLock, the key makes withLock wait and another tryLock give up.
      release();
      await held;
      let releaseTry!: () => void;
      const trying = other.tryLock(
        "sweep:x",
        () => new Promise<string>((r) => (releaseTry = () => r("done"))),
      );
      await sleep(50);
      expect(await s.tryLock("sweep:x", async () => 1)).toEqual({ locked: false });
      const waiting = s.withLock("sweep:x", async () => "after");
      releaseTry();
      expect(await trying).toEqual({ locked: true, value: "done" });
      expect(await waiting).toBe("after");
      // Released on throw.
      await expect(
        s.tryLock("sweep:x", async () => {
          throw new Error("boom");
        }),
      ).rejects.toThrow("boom");
      expect(await other.tryLock("sweep:x", async () => "free")).toEqual({ locked: true, value: "free" });
    });

    it("conversations (a JSON copy) and bindings persist; undefined clears a conversation", async () => {
      const s = await open();
      const mine = { step: "a", when: new Date("2025-01-01T00:00:00Z") };
      await s.setConversation("ou_1", mine);
      mine.step = "changed";
      await s.setConversation("ou_2", { step: "idle" });
      await s.setBinding("ou_1", "zhangsan");
      await s.setBinding("ou_1", "lisi");
      await s.setConversation("ou_2", undefined);
      await expect(s.setConversation("ou_3", [1] as never)).rejects.toMatchObject({ code: "BAD_REQUEST" });
      const again = await reopen(s);
      expect(await again.getConversation("ou_1")).toEqual({ step: "a", when: "2025-01-01T00:00:00.000Z" });
      expect(await again.getConversation("ou_2")).toBeUndefined();
      expect(await again.getBinding("ou_1")).toBe("lisi");
      expect(await again.getBinding("ou_x")).toBeUndefined();
    });

    const Draft = z.object({ id: z.string(), title: z.string(), parts: z.array(z.string()).default([]) });

    it("collections: put/get/list/update/delete, validated on write, in first-put order, persisted", async () => {
      const s = await open();
      const drafts = await s.collection("drafts", Draft);
      await drafts.put({ id: "d1", title: "2025年工作总结", parts: [] });
      await drafts.put({ id: "d2", title: "上半年", parts: ["一"] });
      expect((await drafts.update("d1", (d) => ({ ...d!, parts: ["一、工作开展情况"] }))).parts).toEqual([
        "一、工作开展情况",
      ]);
      expect((await drafts.update("d3", (d) => d ?? { id: "d3", title: "新", parts: [] })).title).toBe("新");
      expect(await drafts.delete("d2")).toBe(true);
      expect(await drafts.delete("d2")).toBe(false);
      await expect(drafts.put({ id: "x", title: 3 } as never)).rejects.toMatchObject({ code: "BAD_REQUEST" });
      await expect(drafts.update("d1", (d) => ({ ...d!, id: "y" }))).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
      for (const name of ["../x", "state", "Drafts", "a.b", ""]) {
        expect(isAppError(await s.collection(name, Draft).catch((e) => e), "BAD_REQUEST")).toBe(true);
      }
      const again = await reopen(s);
      const reloaded = await again.collection("drafts", Draft);
      expect(await reloaded.list()).toEqual([
        { id: "d1", title: "2025年工作总结", parts: ["一、工作开展情况"] },
        { id: "d3", title: "新", parts: [] },
      ]);
      expect((await reloaded.get("d3"))?.title).toBe("新");
      expect(await reloaded.get("d2")).toBeUndefined();
    });

    it("a stored document that fails the schema it is read with → STORE_CORRUPT", async () => {
      const s = await open();
      await (await s.collection("notes", z.object({ id: z.string(), n: z.number() }))).put({ id: "a", n: 1 });
      const again = await reopen(s);
      const strict = z.object({ id: z.string(), n: z.string() });
      const read = async () => (await again.collection("notes", strict)).list();
      await expect(read()).rejects.toMatchObject({ code: "STORE_CORRUPT" });
    });

    it("Collection.update is atomic: 20 concurrent increments (from two instances where shared) all count", async () => {
      const s = await open();
      const other = twin ? keep(await twin(s)) : s;
      const Counter = z.object({ id: z.string(), n: z.number() });
      const [c1, c2] = [await s.collection("counters", Counter), await other.collection("counters", Counter)];
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          (i % 2 ? c2 : c1).update("k", (d) => ({ id: "k", n: (d?.n ?? 0) + 1 })),
        ),
      );
      expect((await c1.get("k"))?.n).toBe(20);
    });

    it("withLock: one holder per key at a time (across instances where shared); other keys run alongside; released on throw", async () => {
      const s = await open();
      const other = twin ? keep(await twin(s)) : s;
      let inside = 0;
      let most = 0;
      const order: number[] = [];
      const task = (i: number) =>
        (i % 2 ? other : s).withLock("person:zhangsan", async () => {
          inside += 1;
          most = Math.max(most, inside);
          await sleep(5);
          order.push(i);
          inside -= 1;
          return i;
        });
      expect(await Promise.all(Array.from({ length: 8 }, (_, i) => task(i)))).toEqual([
        0, 1, 2, 3, 4, 5, 6, 7,
      ]);
      expect(most).toBe(1);
      expect(order).toHaveLength(8);

      // Different keys do not wait for each other.
      const { held, release } = await holdLock(s, "a");
      expect(
        await Promise.race([other.withLock("b", async () => "b"), sleep(5_000).then(() => "blocked")]),
      ).toBe("b");
      release();
      await held;

      await expect(
        other.withLock("c", async () => {
          throw new Error("boom");
        }),
      ).rejects.toThrow("boom");
      expect(
        await Promise.race([s.withLock("c", async () => "free"), sleep(5_000).then(() => "stuck")]),
      ).toBe("free");
    });

    it("close waits for writes in flight, then refuses new ones (STORE_IO); everything is there after reopen", async () => {
      const s = await open();
      const pending = Array.from({ length: 10 }, () => s.addUpdate(makeUpdate()));
      const reopened = backend.reopen(s);
      await Promise.all(pending);
      const again = keep(await reopened);
      opened.splice(opened.indexOf(s), 1);
      await expect(s.addUpdate(makeUpdate())).rejects.toMatchObject({ code: "STORE_IO" });
      await expect(s.setBinding("a", "b")).rejects.toMatchObject({ code: "STORE_IO" });
      expect(await again.listUpdates()).toHaveLength(10);
    });
  });
}
