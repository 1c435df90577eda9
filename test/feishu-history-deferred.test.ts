import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import { AppError } from "../src/errors.js";
import { loadConfig } from "../src/load-config.js";
import { createLogger } from "../src/log.js";
import { openAppStore } from "../src/open-app-store.js";
import { openStore } from "../src/store/open-store.js";
import { startFeishu } from "../src/transports/feishu/start.js";
import { startFakeFeishu } from "./fakes/fake-feishu.js";
import { FEISHU_ORG } from "./fakes/feishu-harness.js";
import { postEvent, TEST_FEISHU, textEvent, webhookEnv } from "./fakes/feishu-events.js";
import { freePort } from "./helpers/free-port.js";
import { spawnScript } from "./helpers/spawn-script.js";
import { makeTmpDir, useTmpDirs } from "./helpers/tmp-dir.js";

/**
 * The server reads the updates (the history) after the webhook has started accepting events. A
 * data directory whose updates cannot be read is then found right after READY: the start stops
 * with the same message as before (exit 1), and the events accepted meanwhile stay in the inbox,
 * untouched (no attempt counted, nothing sent), for the next start on a repaired directory.
 */
useTmpDirs();

const KEY = TEST_FEISHU.encryptKey;
const fake = await startFakeFeishu({ appId: TEST_FEISHU.appId, appSecret: TEST_FEISHU.appSecret });
afterAll(() => fake.close());

/** A data directory whose current year has a month snapshot that is not JSON. */
function corruptDataDir(): { dir: string; file: string } {
  const dir = makeTmpDir();
  mkdirSync(join(dir, "updates"));
  const file = join(dir, "updates", `${new Date().getFullYear()}-01.json`);
  writeFileSync(file, '{"version": 3, "month": ');
  return { dir, file };
}

const env = (dir: string) => ({
  DATA_DIR: dir,
  ORG_FILE: FEISHU_ORG,
  LOG_LEVEL: "silent",
  ...webhookEnv(fake.url),
  REMINDERS_ENABLED: "false",
});

/** What the next start would find in the inbox log: each entry's last state, by id. */
function inboxOnDisk(dir: string): Map<string, { attempts: number; payload: { replies?: unknown } }> {
  const entries = new Map();
  for (const line of readFileSync(join(dir, "inbox.log"), "utf8").split("\n").filter(Boolean)) {
    const change = JSON.parse(line);
    if (change.put) entries.set(change.put.id, change.put);
    if (change.rm) entries.delete(change.rm);
  }
  return entries;
}

async function openError(dir: string): Promise<AppError> {
  const e = await openStore(dir).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

describe("the deferred history", () => {
  it("opens without it; a corrupt month is reported when the history is first asked for", async () => {
    const { dir, file } = corruptDataDir();
    const a = await openStore(dir, { deferHistory: true, log: () => undefined });
    expect(await a.listInbox()).toEqual([]);
    await a.close();
    const b = await openStore(dir, { deferHistory: true, log: () => undefined });
    try {
      await expect(b.listUpdates()).rejects.toMatchObject({ code: "STORE_CORRUPT" });
      await expect(b.ready?.()).rejects.toMatchObject({ code: "STORE_CORRUPT" });
    } finally {
      await b.close();
    }
    expect(readFileSync(file, "utf8")).toBe('{"version": 3, "month": ');
  });
});

describe("a corrupt history found after READY", () => {
  it("the event accepted meanwhile stays in the inbox untouched; the app never loads", async () => {
    const { dir, file } = corruptDataDir();
    const expected = await openError(dir);
    expect(expected.code).toBe("STORE_CORRUPT");
    fake.reset();
    const config = loadConfig(env(dir));
    const log = createLogger({ level: "silent" });
    const clock = { now: () => new Date() };
    const store = await openAppStore(config, log, clock, { deferHistory: true });
    let open!: () => void;
    const gate = new Promise<void>((r) => {
      open = r;
    });
    // As the entry does it: the app loads once the whole store has opened.
    const app = gate
      .then(() => store.ready?.())
      .then(() => createApp({ config, log, clock, store, features: [] }));
    app.catch(() => undefined);
    const feishu = await startFeishu({ config, store, log, clock, app }, { port: 0, host: "127.0.0.1" });
    try {
      const res = await postEvent(
        `${feishu.url}/webhook/event`,
        textEvent("ou_chen", "今天走访了3家企业", { messageId: "om_early" }),
        { encryptKey: KEY },
      );
      expect(res.status).toBe(200);
      open();
      const err = await app.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).describe()).toBe(expected.describe());
      await expect(store.listUpdates()).rejects.toMatchObject({ code: "STORE_CORRUPT" });
      await new Promise((r) => setTimeout(r, 300));
      expect(fake.messages).toEqual([]);
      const [entry, ...more] = await store.listInbox();
      expect(more).toEqual([]);
      expect(entry?.id).toBe("feishu:msg:om_early");
      expect(entry?.attempts).toBe(0);
    } finally {
      // Its processing waits for an app that will never load: stopped as the entry would, by deadline.
      await feishu.stop({ deadlineMs: 1000 });
      await store.close();
    }
    expect(inboxOnDisk(dir).get("feishu:msg:om_early")).toMatchObject({ attempts: 0 });
    expect(inboxOnDisk(dir).get("feishu:msg:om_early")?.payload.replies).toBeUndefined();
    expect(readFileSync(file, "utf8")).toBe('{"version": 3, "month": ');
  });

  it("the server exits 1 with the store's message; every event it answered 200 is in the inbox", async () => {
    const { dir } = corruptDataDir();
    const expected = await openError(dir);
    fake.reset();
    const port = await freePort();
    const run = spawnScript("src/main.ts", [], {
      env: { ...env(dir), PORT: String(port) },
      killAfterMs: 20_000,
    });
    let exited = false;
    void run.exited.then(() => {
      exited = true;
    });
    const accepted: string[] = [];
    for (let i = 0; !exited && i < 2000; i++) {
      const id = `om_try_${i}`;
      const status = await postEvent(
        `http://127.0.0.1:${port}/webhook/event`,
        textEvent("ou_chen", "帮助", { messageId: id }),
        { encryptKey: KEY },
      ).then(
        (r) => r.status,
        () => 0,
      );
      if (status === 200) accepted.push(`feishu:msg:${id}`);
      await new Promise((r) => setTimeout(r, 2));
    }
    expect(await run.exited).toBe(1);
    expect(run.err()).toContain(`错误 [STORE_CORRUPT]：${expected.describe()}`);
    expect(fake.messages).toEqual([]);
    const inbox = inboxOnDisk(dir);
    for (const id of accepted) expect(inbox.get(id)).toMatchObject({ attempts: 0 });
  });
});
