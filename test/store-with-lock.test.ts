import { afterEach, describe, expect, it } from "vitest";
import { KeyedMutex } from "../src/store/keyed-mutex.js";
import { openStore } from "../src/store/open-store.js";
import type { Store } from "../src/store/types.js";
import { makeTestApp, type TestApp } from "./helpers/test-app.js";
import { makeTmpDir, useTmpDirs } from "./helpers/tmp-dir.js";

useTmpDirs();

/** A promise resolved from outside, to hold a lock for as long as a test needs. */
function gate(): { wait: Promise<void>; open: () => void } {
  let open = () => {};
  const wait = new Promise<void>((r) => {
    open = r;
  });
  return { wait, open };
}

/** Lets every queued promise callback run. */
const flush = () => new Promise<void>((r) => setImmediate(r));

describe("Store.withLock (lowdb: an in-process keyed mutex)", () => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });
  const open = async () => {
    store = await openStore(makeTmpDir());
    return store;
  };

  it("runs the holders of one key one at a time, in arrival order", async () => {
    const s = await open();
    const events: string[] = [];
    const first = gate();
    const a = s.withLock("person:chen", async () => {
      events.push("a start");
      await first.wait;
      events.push("a end");
      return "a";
    });
    const b = s.withLock("person:chen", async () => {
      events.push("b start");
      return "b";
    });
    const c = s.withLock("person:chen", async () => {
      events.push("c start");
      return "c";
    });
    await flush();
    expect(events).toEqual(["a start"]);
    first.open();
    expect(await Promise.all([a, b, c])).toEqual(["a", "b", "c"]);
    expect(events).toEqual(["a start", "a end", "b start", "c start"]);
  });

  it("does not make different keys wait for each other", async () => {
    const s = await open();
    const held = gate();
    let aDone = false;
    const a = s
      .withLock("person:chen", async () => {
        await held.wait;
      })
      .then(() => {
        aDone = true;
      });
    // While chen's lock is held, li's runs to completion.
    expect(await s.withLock("person:li", async () => "li ran")).toBe("li ran");
    expect(aDone).toBe(false);
    held.open();
    await a;
    expect(aDone).toBe(true);
  });

  it("releases the key when the holder throws, and hands the error to its caller", async () => {
    const s = await open();
    const failing = s.withLock("job:digest", async () => {
      throw new Error("send failed");
    });
    const next = s.withLock("job:digest", async () => "next ran");
    await expect(failing).rejects.toThrow("send failed");
    expect(await next).toBe("next ran");
    // A synchronous throw inside the callback is released the same way.
    const sync = s.withLock("job:digest", () => {
      throw new Error("bad input");
    });
    await expect(sync).rejects.toThrow("bad input");
    expect(await s.withLock("job:digest", async () => 42)).toBe(42);
  });

  it("keeps holding while an awaited store write inside it is in flight", async () => {
    const s = await open();
    const order: string[] = [];
    const one = s.withLock("person:chen", async () => {
      await s.setConversation("chen", { mode: "idle", n: 1 });
      order.push(`one read ${JSON.stringify(await s.getConversation("chen"))}`);
    });
    const two = s.withLock("person:chen", async () => {
      order.push(`two read ${JSON.stringify(await s.getConversation("chen"))}`);
      await s.setConversation("chen", { mode: "idle", n: 2 });
    });
    await Promise.all([one, two]);
    expect(order).toEqual(['one read {"mode":"idle","n":1}', 'two read {"mode":"idle","n":1}']);
    expect(await s.getConversation("chen")).toEqual({ mode: "idle", n: 2 });
  });
});

describe("KeyedMutex", () => {
  it("forgets a key once nothing holds or waits for it, also after a failure", async () => {
    const m = new KeyedMutex();
    const held = gate();
    const a = m.run("a", () => held.wait);
    const b = m.run("b", async () => {
      throw new Error("no");
    });
    expect(m.size).toBe(2);
    await expect(b).rejects.toThrow("no");
    await flush();
    expect(m.size).toBe(1);
    held.open();
    await a;
    await flush();
    expect(m.size).toBe(0);
  });
});

describe("the engine handles one person's messages under their lock", () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.app.close();
    t = undefined;
  });

  it("waits while person:<id> is held elsewhere, and answers other people meanwhile", async () => {
    t = await makeTestApp();
    const { store } = t.app.services;
    const held = gate();
    const holding = store.withLock("person:chen-kp", () => held.wait);
    let answered = false;
    const chen = t.sayText("chen-kp", "帮助").then((text) => {
      answered = true;
      return text;
    });
    // Someone else is not held up by chen's lock.
    expect(await t.sayText("li-rd", "帮助")).toContain("帮助");
    await flush();
    expect(answered).toBe(false);
    held.open();
    await holding;
    expect(await chen).toContain("帮助");
    expect(answered).toBe(true);
  });

  it("two reports sent at once by one person: the second is handled after the first, seeing its draft", async () => {
    t = await makeTestApp();
    const [a, b] = await Promise.all([
      t.sayText("chen-kp", "今天组织科普进社区活动，发放宣传资料300份，群众参与120人次。"),
      t.sayText("chen-kp", "本周完成科技活动周方案初稿，已报分管领导审阅。"),
    ]);
    // Interleaved, both would have read the idle state first and neither would mention the other.
    expect(a).not.toContain("上一条");
    expect(b).toContain("上一条 #1 还没有确认");
    const drafts = await t.app.services.store.listUpdates({ author: "chen-kp", status: "draft" });
    expect(drafts.map((u) => u.seq).sort()).toEqual([1, 2]);
    const state = await t.app.services.store.getConversation("chen-kp");
    expect(state?.updateId).toBe(drafts.find((u) => u.seq === 2)?.id);
  });
});
