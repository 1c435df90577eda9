import { describe, expect, it } from "vitest";
import type { Reply } from "../src/conversation/types.js";
import { createLogger } from "../src/log.js";
import { KeyedMutex } from "../src/store/keyed-mutex.js";
import type { InboxEntry } from "../src/store/types.js";
import type { FeishuApi } from "../src/transports/feishu/api.js";
import { createFeishuDispatcher, type DispatchStore } from "../src/transports/feishu/dispatch.js";
import { parseFeishuEvent } from "../src/transports/feishu/parse.js";
import { TEST_FEISHU, textEvent } from "./fakes/feishu-events.js";

/**
 * The dispatcher's write discipline, against an in-memory store that records every write:
 * answering costs one write (the inbox entry, which is the de-duplication record until the
 * event is processed); the done key is written after processing, before the entry leaves.
 */

function deferred<T = void>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

function memoryStore() {
  const seen = new Map<string, number>();
  let inbox: InboxEntry[] = [];
  const writes: string[] = [];
  /** When set, putInbox waits for it before "reaching the disk". */
  let gate: Promise<void> | undefined;
  const locks = new KeyedMutex();
  const store: DispatchStore = {
    kind: "lowdb",
    // Locks live in a process (a new process starts with none held): see setup.
    withLock: (key, fn) => locks.run(key, fn),
    tryLock: (key, fn) => locks.tryRun(key, fn),
    async addInbox(entry) {
      if (inbox.some((e) => e.id === entry.id)) return false;
      await store.putInbox(entry);
      return true;
    },
    async markSeen(key, ttlMs = 60_000) {
      writes.push(`seen ${key}`);
      if ((seen.get(key) ?? 0) > Date.now()) return false;
      seen.set(key, Date.now() + ttlMs);
      return true;
    },
    hasSeen: async (key) => (seen.get(key) ?? 0) > Date.now(),
    async putInbox(entry) {
      writes.push(`put ${entry.id}`);
      if (gate) await gate;
      const copy = structuredClone(entry);
      inbox = inbox.some((e) => e.id === entry.id)
        ? inbox.map((e) => (e.id === entry.id ? copy : e))
        : [...inbox, copy];
    },
    async removeInbox(id) {
      writes.push(`remove ${id}`);
      inbox = inbox.filter((e) => e.id !== id);
    },
    listInbox: async () => [...inbox],
    getInbox: async (id) => inbox.find((e) => e.id === id),
  };
  return {
    store,
    writes,
    setGate(p: Promise<void> | undefined) {
      gate = p;
    },
  };
}

function setup(mem = memoryStore()) {
  const locks = new KeyedMutex();
  const log = createLogger({ level: "error", sink: () => undefined });
  const sent: string[] = [];
  let engineGate: Promise<void> | undefined;
  const handled: string[] = [];
  const api = {
    reply: async (messageId: string) => {
      sent.push(messageId);
      return `om_out_${sent.length}`;
    },
    send: async () => "om_out",
    botOpenId: async () => "ou_bot",
  } as unknown as FeishuApi;
  const dispatcher = createFeishuDispatcher({
    engine: {
      handle: async (incoming): Promise<Reply[]> => {
        handled.push(incoming.messageId ?? "");
        if (engineGate) await engineGate;
        return [{ text: `收到 ${incoming.text}` }];
      },
    },
    // A process of its own: its own locks over the shared data (a "crashed" one holds its locks).
    store: {
      ...mem.store,
      withLock: (key, fn) => locks.run(key, fn),
      tryLock: (key, fn) => locks.tryRun(key, fn),
    },
    api,
    identity: { resolve: async () => ({ name: "某人" }) },
    log,
  });
  return {
    ...mem,
    dispatcher,
    sent,
    handled,
    blockEngine(p: Promise<void> | undefined) {
      engineGate = p;
    },
  };
}

const msg = (messageId: string, eventId: string) =>
  parseFeishuEvent(textEvent("ou_chen", "帮助", { messageId, eventId }));

describe("Feishu dispatcher: one write before the answer", () => {
  it("answers a message after exactly one store write; marks it done after processing", async () => {
    const t = setup();
    const engine = deferred();
    t.blockEngine(engine.promise);
    expect(await t.dispatcher.dispatch(msg("om_1", "ev_1"))).toEqual({ status: "accepted" });
    expect(t.writes).toEqual(["put feishu:msg:om_1"]);
    // Kept as received, minus the verification token (checked already; a secret).
    const stored = JSON.stringify((await t.store.listInbox())[0]?.payload);
    expect(stored).toContain('"event_id":"ev_1"');
    expect(stored).not.toContain(TEST_FEISHU.verificationToken);
    engine.resolve();
    await t.dispatcher.idle();
    expect(t.sent).toEqual(["om_1"]);
    expect(t.writes).toEqual([
      "put feishu:msg:om_1",
      "put feishu:msg:om_1", // the engine's replies, saved before sending
      "seen feishu:sent:feishu:msg:om_1:0.0",
      "seen feishu:done:feishu:msg:om_1",
      "remove feishu:msg:om_1",
    ]);
    expect(await t.store.listInbox()).toEqual([]);
  });

  it("drops concurrent duplicates, redeliveries while processing and after, each without a write", async () => {
    const t = setup();
    const disk = deferred();
    t.setGate(disk.promise);
    const engine = deferred();
    t.blockEngine(engine.promise);
    // Three deliveries of one message while its entry is still being written.
    const answers = Promise.all([
      t.dispatcher.dispatch(msg("om_2", "ev_2a")),
      t.dispatcher.dispatch(msg("om_2", "ev_2a")),
      t.dispatcher.dispatch(msg("om_2", "ev_2b")),
    ]);
    disk.resolve();
    t.setGate(undefined);
    expect((await answers).map((r) => r.status)).toEqual(["accepted", "duplicate", "duplicate"]);
    expect(t.writes).toEqual(["put feishu:msg:om_2"]);
    // Still processing (the engine is slow): a Feishu retry with a new event_id.
    expect((await t.dispatcher.dispatch(msg("om_2", "ev_2c"))).status).toBe("duplicate");
    engine.resolve();
    await t.dispatcher.idle();
    // Processed: the done key answers for it.
    const writes = t.writes.length;
    expect((await t.dispatcher.dispatch(msg("om_2", "ev_2d"))).status).toBe("duplicate");
    expect(t.writes.length).toBe(writes);
    expect(t.handled).toEqual(["om_2"]);
    expect(t.sent).toEqual(["om_2"]);
  });

  it("after a restart, an entry left in the inbox drops its redelivery and is replayed once", async () => {
    const mem = memoryStore();
    const before = setup(mem);
    const engine = deferred();
    before.blockEngine(engine.promise);
    await before.dispatcher.dispatch(msg("om_3", "ev_3"));
    // "Crash": the first process never finishes; a new one starts on the same store.
    const after = setup(mem);
    expect((await after.dispatcher.dispatch(msg("om_3", "ev_3b"))).status).toBe("duplicate");
    expect(await after.dispatcher.replay()).toBe(1);
    await after.dispatcher.idle();
    expect(after.sent).toEqual(["om_3"]);
    expect((await after.dispatcher.dispatch(msg("om_3", "ev_3"))).status).toBe("duplicate");
    expect(after.handled).toEqual(["om_3"]);
    engine.resolve();
    await before.dispatcher.idle();
  });

  it("honours event and message keys written by earlier versions", async () => {
    const t = setup();
    await t.store.markSeen("feishu:event:ev_old");
    await t.store.markSeen("feishu:message:om_old2");
    expect((await t.dispatcher.dispatch(msg("om_old1", "ev_old"))).status).toBe("duplicate");
    expect((await t.dispatcher.dispatch(msg("om_old2", "ev_new"))).status).toBe("duplicate");
    await t.dispatcher.idle();
    expect(t.handled).toEqual([]);
  });
});
