import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Update } from "../src/domain/update.js";
import { type AppError, isAppError } from "../src/errors.js";
import { serializeSnapshot } from "../src/store/month-shard.js";
import { openStore, type OpenStoreOptions } from "../src/store/open-store.js";
import type { Store } from "../src/store/types.js";
import { makeUpdate } from "./helpers/make-update.js";
import { inboxOnDisk, monthOnDisk } from "./helpers/read-store-files.js";
import { makeTmpDir, useTmpDirs } from "./helpers/tmp-dir.js";

/**
 * The journal layout: month snapshots + journals, the inbox log, what a crash can leave in them,
 * past years read only when asked for, and the migrations from the whole-file layout.
 */
useTmpDirs();

const open: Store[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

const at = (iso: string) => () => new Date(iso);

async function openIn(dir: string, opts: OpenStoreOptions = {}): Promise<Store> {
  const s = await openStore(dir, { log: () => {}, ...opts });
  open.push(s);
  return s;
}

async function closeAll(): Promise<void> {
  for (const s of open.splice(0)) await s.close();
}

async function openError(dir: string, opts: OpenStoreOptions = {}): Promise<AppError> {
  const err = await openStore(dir, { log: () => {}, ...opts }).then(
    async (s) => {
      await s.close();
      throw new Error("expected openStore to fail");
    },
    (e: unknown) => e,
  );
  if (!isAppError(err)) throw err;
  return err;
}

/** Writes month snapshots in the store's current format (as a compaction would). */
function writeSnapshots(dir: string, updates: Update[]): void {
  mkdirSync(join(dir, "updates"), { recursive: true });
  const byMonth = new Map<string, Update[]>();
  for (const u of updates) byMonth.set(u.date.slice(0, 7), [...(byMonth.get(u.date.slice(0, 7)) ?? []), u]);
  for (const [month, list] of byMonth)
    writeFileSync(join(dir, "updates", `${month}.json`), serializeSnapshot(month, list));
}

describe("what a crash can leave in a journal", () => {
  it("a torn last line (or a hole of NUL bytes) is cut at open and said so; nothing acknowledged is lost", async () => {
    const dir = makeTmpDir();
    const now = at("2026-03-10T00:00:00Z");
    const s = await openIn(dir, { now });
    const a = await s.addUpdate(makeUpdate({ date: "2026-03-01" }));
    const b = await s.addUpdate(makeUpdate({ date: "2026-03-02" }));
    await closeAll();
    const journal = join(dir, "updates", "2026-03.journal");
    const good = readFileSync(journal);
    for (const tail of ['{"put":{"id":"half', '\u0000\u0000\u0000\u0000\n{"put":{"id":"x"}}\n']) {
      appendFileSync(journal, tail);
      const logs: string[] = [];
      const again = await openIn(dir, { now, log: (m) => logs.push(m) });
      expect((await again.listUpdates()).map((u) => u.id)).toEqual([a.id, b.id]);
      expect(logs.some((m) => m.includes("cut short by a crash"))).toBe(true);
      expect(readFileSync(journal).equals(good)).toBe(true);
      await closeAll();
    }
    const s2 = await openIn(dir, { now });
    const c = await s2.addUpdate(makeUpdate({ date: "2026-03-03" }));
    await closeAll();
    expect((await (await openIn(dir, { now })).getUpdate(c.id))?.seq).toBe(3);
  });

  it("a damaged line before the last refuses the month (STORE_CORRUPT naming the line), file untouched", async () => {
    const dir = makeTmpDir();
    const now = at("2026-03-10T00:00:00Z");
    const s = await openIn(dir, { now });
    await s.addUpdate(makeUpdate({ date: "2026-03-01" }));
    await s.addUpdate(makeUpdate({ date: "2026-03-02" }));
    await closeAll();
    const journal = join(dir, "updates", "2026-03.journal");
    const [first, second] = readFileSync(journal, "utf8").split("\n");
    const damaged = `${first}\n{"put":{"id":"garbage"\n${second}\n`;
    writeFileSync(journal, damaged);
    const err = await openError(dir, { now });
    expect(err.code).toBe("STORE_CORRUPT");
    expect(err.message).toContain(journal);
    expect(err.message).toMatch(/line 2/);
    expect(readFileSync(journal, "utf8")).toBe(damaged);
    expect(existsSync(join(dir, ".lock"))).toBe(false);
  });

  it("a move interrupted between its two lines (new month written, old not yet) is repaired at open", async () => {
    const dir = makeTmpDir();
    const x = { ...makeUpdate({ date: "2026-01-20", seq: 1 }) };
    writeSnapshots(dir, [x]);
    const moved = { ...x, date: "2026-02-03", week: "2026-W06" };
    writeFileSync(
      join(dir, "updates", "2026-02.journal"),
      `${JSON.stringify({ put: moved, from: "2026-01" })}\n`,
    );
    const logs: string[] = [];
    const s = await openIn(dir, { now: at("2026-03-01T00:00:00Z"), log: (m) => logs.push(m) });
    expect((await s.getUpdate(x.id))?.date).toBe("2026-02-03");
    expect((await s.listUpdates()).map((u) => u.id)).toEqual([x.id]);
    expect(monthOnDisk(dir, "2026-01")).toEqual([]);
    expect(logs.some((m) => m.includes("moved to another month before a crash"))).toBe(true);
    await closeAll();
    expect(
      (await (await openIn(dir, { now: at("2026-03-01T00:00:00Z") })).findBySeq(x.author, 1))?.date,
    ).toBe("2026-02-03");
  });
});

describe("past years, read when asked for", () => {
  const now = at("2026-05-01T00:00:00Z");

  function seededDir(): { dir: string; old: Update[]; recent: Update } {
    const dir = makeTmpDir();
    const old = [
      makeUpdate({ author: "li", seq: 1, date: "2024-03-05", sourceMessageId: "om_old_1" }),
      makeUpdate({ author: "li", seq: 2, date: "2024-11-05" }),
      makeUpdate({ author: "li", seq: 7, date: "2025-06-05" }),
      makeUpdate({ author: "wang", seq: 1, date: "2025-06-06" }),
    ];
    const recent = makeUpdate({ author: "li", seq: 8, date: "2026-02-01" });
    writeSnapshots(dir, [...old, recent]);
    return { dir, old, recent };
  }

  it("answers every read across all years, and keeps ids and numbers unique against unread months", async () => {
    const { dir, old, recent } = seededDir();
    const s = await openIn(dir, { now });
    expect(await s.getUpdate(recent.id)).toEqual(recent);
    expect((await s.findBySeq("li", 7))?.id).toBe(old[2]!.id);
    expect((await s.getUpdate(old[0]!.id))?.date).toBe("2024-03-05");
    expect((await s.listUpdates({ author: "li", sourceMessageId: "om_old_1" })).map((u) => u.id)).toEqual([
      old[0]!.id,
    ]);
    expect((await s.listUpdates({ from: "2024-01-01", to: "2024-12-31" })).map((u) => u.id)).toEqual([
      old[0]!.id,
      old[1]!.id,
    ]);
    expect((await s.listUpdates({ week: old[3]!.week })).map((u) => u.id)).toEqual([old[2]!.id, old[3]!.id]);
    expect(await s.listUpdates()).toHaveLength(5);
    // A number is the author's highest EVER + 1; an id or a number taken in a past year is refused.
    expect((await s.addUpdate(makeUpdate({ author: "wang", date: "2026-05-01" }))).seq).toBe(2);
    await expect(s.addUpdate(makeUpdate({ id: old[1]!.id, date: "2026-05-01" }))).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(s.addUpdate(makeUpdate({ author: "li", seq: 2, date: "2026-05-01" }))).rejects.toMatchObject(
      {
        code: "BAD_REQUEST",
      },
    );
  });

  it("answers per-message questions from the index: an author's drafts, what a message created or changed", async () => {
    const { dir, old } = seededDir();
    const pastDraft = makeUpdate({ author: "wang", seq: 5, date: "2024-02-02", status: "draft" });
    writeSnapshots(dir, [pastDraft]);
    const s = await openIn(dir, { now });
    const draft = await s.addUpdate(makeUpdate({ author: "wang", date: "2026-04-01", status: "draft" }));
    const ids = async (q: Parameters<Store["listUpdates"]>[0]) => (await s.listUpdates(q)).map((u) => u.id);
    expect(await ids({ author: "wang", status: "draft" })).toEqual([pastDraft.id, draft.id]);
    // A history entry written by a later message makes the update findable by that message too.
    const edited = await s.modifyUpdate(draft.id, (u) => ({
      ...u,
      status: "confirmed",
      history: [
        ...u.history,
        { at: "2026-04-02T00:00:00Z", by: "wang", action: "confirmed", messageId: "om_9" },
      ],
    }));
    expect(await ids({ author: "wang", status: "draft" })).toEqual([pastDraft.id]);
    expect(await ids({ author: "wang", status: "confirmed" })).toEqual([old[3]!.id, edited.id]);
    expect(await ids({ author: "wang", messageId: "om_9" })).toEqual([draft.id]);
    expect(await ids({ messageId: "om_old_1" })).toEqual([old[0]!.id]);
    expect(await ids({ author: "wang", messageId: "om_old_1" })).toEqual([]);
    await closeAll();
    const again = await openIn(dir, { now });
    expect((await again.listUpdates({ author: "wang", messageId: "om_9" })).map((u) => u.status)).toEqual([
      "confirmed",
    ]);
    expect((await again.listUpdates({ author: "wang", status: "draft" })).map((u) => u.id)).toEqual([
      pastDraft.id,
    ]);
  });

  it("open reads a past month's first line only: a damaged record there surfaces when the month is read", async () => {
    const { dir, old } = seededDir();
    const path = join(dir, "updates", "2024-11.json");
    const text = readFileSync(path, "utf8");
    const damaged = text.replace('"status":"confirmed"', '"status":"archived"');
    expect(damaged).not.toBe(text);
    writeFileSync(path, damaged);
    const s = await openIn(dir, { now });
    // The seq of the damaged month's record is still known (from its index)…
    expect((await s.addUpdate(makeUpdate({ author: "li", date: "2026-05-01" }))).seq).toBe(9);
    expect((await s.findBySeq("li", 7))?.id).toBe(old[2]!.id);
    // …and reading it says what is wrong, without touching the file.
    let err: unknown;
    try {
      await s.listUpdates({ from: "2024-11-01", to: "2024-11-30" });
    } catch (e) {
      err = e;
    }
    expect(isAppError(err, "STORE_CORRUPT")).toBe(true);
    expect((err as Error).message).toContain(path);
    expect((err as Error).message).toContain("updates.0.status");
    expect(readFileSync(path, "utf8")).toBe(damaged);
    // A month of the current year is read at open: damage there refuses the open.
    await closeAll();
    const current = join(dir, "updates", "2026-02.json");
    writeFileSync(
      current,
      readFileSync(current, "utf8").replace('"status":"confirmed"', '"status":"archived"'),
    );
    expect((await openError(dir, { now })).message).toContain("updates.0.status");
  });
});

describe("migrations to the journal layout", () => {
  it("a month snapshot of format v2 is rewritten with its index (original kept in backups/)", async () => {
    const dir = makeTmpDir();
    const u = makeUpdate({ seq: 1, date: "2025-03-05" });
    const v2 = JSON.stringify({ version: 2, month: "2025-03", updates: [u] });
    mkdirSync(join(dir, "updates"));
    writeFileSync(join(dir, "updates", "2025-03.json"), v2);
    const s = await openIn(dir, { now: at("2026-01-10T00:00:00Z") });
    expect(await s.getUpdate(u.id)).toEqual(u);
    const head = JSON.parse(`${readFileSync(join(dir, "updates", "2025-03.json"), "utf8").split("\n")[0]}]}`);
    expect(head).toMatchObject({ version: 3, month: "2025-03", index: [[u.id, u.author, 1, "confirmed"]] });
    const backup = readdirSync(join(dir, "backups")).find((n) =>
      n.startsWith("updates.2025-03.pre-migration-v2."),
    );
    expect(backup).toBeDefined();
    expect(readFileSync(join(dir, "backups", backup!), "utf8")).toBe(v2);
  });

  it("inbox.json of format v1 moves into inbox.log; the original is kept in backups/ and removed", async () => {
    const dir = makeTmpDir();
    const v1 = JSON.stringify({
      version: 1,
      seen: { "done:feishu:om_1": "2099-01-01T00:00:00.000Z", gone: "2000-01-01T00:00:00.000Z" },
      inbox: [{ id: "feishu:om_2", receivedAt: "2026-01-01T00:00:00Z", payload: { x: 1 }, attempts: 1 }],
    });
    writeFileSync(join(dir, "inbox.json"), v1);
    const s = await openIn(dir);
    expect(await s.hasSeen("done:feishu:om_1")).toBe(true);
    expect(await s.hasSeen("gone")).toBe(false);
    expect((await s.getInbox("feishu:om_2"))?.attempts).toBe(1);
    expect(existsSync(join(dir, "inbox.json"))).toBe(false);
    expect(inboxOnDisk(dir)).toEqual({
      seen: ["done:feishu:om_1"],
      inbox: [{ id: "feishu:om_2", receivedAt: "2026-01-01T00:00:00Z", payload: { x: 1 }, attempts: 1 }],
    });
    const backup = readdirSync(join(dir, "backups")).find((n) => n.startsWith("inbox.pre-migration-v1."));
    expect(readFileSync(join(dir, "backups", backup!), "utf8")).toBe(v1);
    await s.removeInbox("feishu:om_2");
    await closeAll();
    expect(await (await openIn(dir)).listInbox()).toEqual([]);
  });

  it("a damaged inbox.log line before the last refuses the open; the file is left as it was", async () => {
    const dir = makeTmpDir();
    const s = await openIn(dir);
    await s.markSeen("a");
    await s.markSeen("b");
    await closeAll();
    const path = join(dir, "inbox.log");
    const damaged = readFileSync(path, "utf8").replace('{"seen":"a"', '{"seen":"a"oops');
    writeFileSync(path, damaged);
    const err = await openError(dir);
    expect(err.code).toBe("STORE_CORRUPT");
    expect(err.message).toContain(path);
    expect(readFileSync(path, "utf8")).toBe(damaged);
  });
});
