import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { openStore } from "../src/store/open-store.js";
import type { Store } from "../src/store/types.js";
import { makeUpdate } from "./helpers/make-update.js";
import { inboxOnDisk, monthOnDisk } from "./helpers/read-store-files.js";
import { makeTmpDir, useTmpDirs } from "./helpers/tmp-dir.js";

/**
 * What the embedded store adds to the Store contract (which runs for lowdb in
 * store-contract-lowdb.test.ts and for PostgreSQL in store-contract-pg.test.ts): its files —
 * journals, snapshots, compaction, the inbox log — frozen records, and reads after close.
 */
useTmpDirs();

const open: Store[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

async function openIn(dir: string, now?: () => Date): Promise<Store> {
  const s = await openStore(dir, { now, log: () => {} });
  open.push(s);
  return s;
}

async function reopen(s: Store, now?: () => Date): Promise<Store> {
  await s.close();
  open.splice(open.indexOf(s), 1);
  return openIn(s.dataDir, now);
}

describe("updates", () => {
  it("leaves no temp files behind and disk equals memory", async () => {
    const dir = makeTmpDir();
    const s = await openIn(dir);
    await Promise.all(Array.from({ length: 20 }, () => s.addUpdate(makeUpdate())));
    await s.markSeen("k");
    const names = [...readdirSync(dir), ...readdirSync(join(dir, "updates"))];
    expect(names.filter((n) => n.endsWith(".tmp"))).toEqual([]);
    expect(monthOnDisk(dir, "2025-03")).toEqual(await s.listUpdates());
  });

  it("appends one journal line per change to its month; a compaction writes the month's snapshot", async () => {
    const dir = makeTmpDir();
    const s = await openIn(dir);
    await s.addUpdate(makeUpdate({ date: "2024-06-01" }));
    await s.addUpdate(makeUpdate({ date: "2025-06-01" }));
    await s.addUpdate(makeUpdate({ date: "2025-06-02" }));
    await s.addUpdate(makeUpdate({ date: "2025-07-31" }));
    expect(readdirSync(join(dir, "updates")).sort()).toEqual([
      "2024-06.journal",
      "2025-06.journal",
      "2025-07.journal",
    ]);
    const journal = readFileSync(join(dir, "updates", "2025-06.journal"), "utf8");
    expect(
      journal
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).put.date),
    ).toEqual(["2025-06-01", "2025-06-02"]);
    expect(await s.listUpdates({ from: "2025-06-02", to: "2025-07-31" })).toHaveLength(2);

    // ~600 KB of changes to one month: the journal outgrows its threshold and is compacted.
    const big = "进展".repeat(300);
    await Promise.all(
      Array.from({ length: 400 }, () => s.addUpdate(makeUpdate({ date: "2025-06-03", originalText: big }))),
    );
    const again = await reopen(s);
    const names = readdirSync(join(dir, "updates")).sort();
    expect(names).toContain("2025-06.json");
    const snapshot = readFileSync(join(dir, "updates", "2025-06.json"), "utf8");
    const head = JSON.parse(`${snapshot.split("\n")[0]}]}`);
    expect(head).toMatchObject({ version: 3, month: "2025-06" });
    expect(head.index).toHaveLength(JSON.parse(snapshot).updates.length);
    expect(monthOnDisk(dir, "2025-06")).toHaveLength(402);
    expect(await again.listUpdates({ from: "2025-06-01", to: "2025-06-30" })).toHaveLength(402);
  });

  it("modifyUpdate is read-modify-write; moving the date to another month moves the record's shard", async () => {
    const dir = makeTmpDir();
    const s = await openIn(dir);
    const u = await s.addUpdate(makeUpdate({ date: "2025-12-30" }));
    const edited = await s.modifyUpdate(u.id, (x) => ({ ...x, status: "withdrawn" }));
    expect(edited.status).toBe("withdrawn");
    const moved = await s.modifyUpdate(u.id, (x) => {
      x.date = "2026-01-02";
      return x;
    });
    expect((await s.listUpdates({ from: "2026-01-01" })).map((x) => x.id)).toEqual([u.id]);
    expect(await s.listUpdates({ to: "2025-12-31" })).toEqual([]);
    expect(monthOnDisk(dir, "2025-12")).toEqual([]);
    expect(monthOnDisk(dir, "2026-01")).toEqual([moved]);
    // The move's line names where it came from (so an interrupted move can be repaired at open).
    const line = readFileSync(join(dir, "updates", "2026-01.journal"), "utf8").trim();
    expect(JSON.parse(line)).toMatchObject({ from: "2025-12" });
    expect((await s.findBySeq(u.author, u.seq))?.date).toBe("2026-01-02");
    const back = await s.modifyUpdate(u.id, (x) => ({ ...x, date: "2026-03-01" }));
    expect(monthOnDisk(dir, "2026-01")).toEqual([]);
    expect(monthOnDisk(dir, "2026-03")).toEqual([back]);
    const again = await reopen(s);
    expect(await again.getUpdate(u.id)).toEqual(back);
    expect((await again.findBySeq(u.author, u.seq))?.id).toBe(u.id);
  });

  it("modifyUpdate: NOT_FOUND for a missing id; an invalid result or an id change writes nothing", async () => {
    const dir = makeTmpDir();
    const s = await openIn(dir);
    const u = await s.addUpdate(makeUpdate());
    const before = readFileSync(join(dir, "updates", "2025-03.journal"), "utf8");
    await expect(s.modifyUpdate("nope", (x) => x)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(s.modifyUpdate(u.id, (x) => ({ ...x, date: "March" }))).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(s.modifyUpdate(u.id, (x) => ({ ...x, id: "other" }))).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(readFileSync(join(dir, "updates", "2025-03.journal"), "utf8")).toBe(before);
    expect(await s.getUpdate(u.id)).toEqual(u);
  });

  it("returns frozen records, so a caller cannot change memory without a write", async () => {
    const s = await openIn(makeTmpDir());
    const u = await s.addUpdate(makeUpdate());
    const got = (await s.getUpdate(u.id)) as { status: string };
    expect(() => {
      got.status = "draft";
    }).toThrow(TypeError);
    expect((await s.getUpdate(u.id))?.status).toBe("confirmed");
  });
});

describe("state", () => {
  it("markSeen defaults to 7 days; expired keys are not reloaded and leave the log when it is compacted", async () => {
    let t = Date.parse("2025-03-01T00:00:00Z");
    const now = () => new Date(t);
    const dir = makeTmpDir();
    const s = await openIn(dir, now);
    await s.markSeen("old");
    t += 7 * 24 * 3600_000 - 1;
    expect(await s.hasSeen("old")).toBe(true);
    t += 1;
    expect(await s.hasSeen("old")).toBe(false);
    await s.markSeen("new");
    let again = await reopen(s, now);
    expect(await again.hasSeen("old")).toBe(false);
    expect(inboxOnDisk(dir, t).seen).toEqual(["new"]);
    // 30k short-lived keys (> 1 MB of log), then they expire: the next writes compact the log.
    await Promise.all(Array.from({ length: 30_000 }, (_, i) => again.markSeen(`burst-${i}`, 60_000)));
    t += 120_000;
    await again.markSeen("after-1");
    await again.markSeen("after-2");
    const lines = readFileSync(join(dir, "inbox.log"), "utf8").trim().split("\n");
    expect(lines.length).toBeLessThanOrEqual(4);
    again = await reopen(again, now);
    expect(await Promise.all(["new", "after-1", "after-2", "burst-0"].map((k) => again.hasSeen(k)))).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });
});

describe("collections", () => {
  const Draft = z.object({ id: z.string(), title: z.string(), parts: z.array(z.string()).default([]) });

  // put/get/list/update/delete, validation and reopening: the Store contract (store-contract-lowdb.test.ts).
  it("keeps a collection in DATA_DIR/<name>.json, documents in first-put order", async () => {
    const dir = makeTmpDir();
    const s = await openIn(dir);
    const drafts = await s.collection("drafts", Draft);
    await drafts.put({ id: "d1", title: "2025年工作总结", parts: [] });
    await drafts.put({ id: "d2", title: "上半年", parts: ["一"] });
    await drafts.update("d1", (d) => ({ ...d!, parts: ["一、工作开展情况"] }));
    await drafts.update("d3", (d) => d ?? { id: "d3", title: "新", parts: [] });
    await drafts.delete("d2");
    expect(
      JSON.parse(readFileSync(join(dir, "drafts.json"), "utf8")).docs.map((d: { id: string }) => d.id),
    ).toEqual(["d1", "d3"]);
  });

  it("validates documents on put and update (nothing written) and caches the collection", async () => {
    const s = await openIn(makeTmpDir());
    const drafts = await s.collection("drafts", Draft);
    expect(await s.collection("drafts", Draft)).toBe(drafts);
    await expect(drafts.put({ id: "x", title: 3 } as never)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await drafts.put({ id: "x", title: "t", parts: [] });
    await expect(drafts.update("x", (d) => ({ ...d!, id: "y" }))).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(await drafts.list()).toEqual([{ id: "x", title: "t", parts: [] }]);
  });
});

describe("close", () => {
  it("a collection obtained before close refuses writes after it, keeps reads", async () => {
    const dir = makeTmpDir();
    const s = await openStore(dir, { log: () => {} });
    const notes = await s.collection("notes", z.object({ id: z.string() }));
    await notes.put({ id: "n1" });
    await s.close();
    await expect(notes.put({ id: "n2" })).rejects.toMatchObject({ code: "STORE_IO" });
    expect(await notes.list()).toEqual([{ id: "n1" }]);
  });
});
