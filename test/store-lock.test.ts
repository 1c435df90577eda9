import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type AppError, isAppError } from "../src/errors.js";
import { openStore } from "../src/store/open-store.js";
import type { Store } from "../src/store/types.js";
import { makeTmpDir, useTmpDirs } from "./helpers/tmp-dir.js";

useTmpDirs();

const children: ChildProcess[] = [];
const stores: Store[] = [];
afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
  for (const s of stores.splice(0)) await s.close();
});

async function openIn(dir: string, log: (m: string) => void = () => {}): Promise<Store> {
  const s = await openStore(dir, { log });
  stores.push(s);
  return s;
}

async function lockError(dir: string): Promise<AppError> {
  const e = await openStore(dir, { log: () => {} }).then(
    async (s) => {
      await s.close();
      throw new Error("expected STORE_LOCKED");
    },
    (err: unknown) => err,
  );
  if (!isAppError(e, "STORE_LOCKED")) throw e;
  return e;
}

function writeLock(dir: string, pid: number, host = hostname()): string {
  const text = JSON.stringify({ pid, host, startedAt: "2025-03-01T00:00:00.000Z", token: "someone-else" });
  writeFileSync(join(dir, ".lock"), text);
  return text;
}

/** A child node process; resolves once it has printed `ready`. */
function startChild(code: string, args: string[] = []): Promise<ChildProcess> {
  // tsx (when loaded) keeps folders under the temp dir: keep them in one the test removes.
  const child = spawn(process.execPath, [...args, "-e", code], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, TMPDIR: makeTmpDir("zongjie-tsx-") },
  });
  children.push(child);
  return new Promise((ok, fail) => {
    let err = "";
    child.stderr!.on("data", (d) => {
      err += d;
    });
    child.stdout!.on("data", (d) => {
      if (String(d).includes("ready")) ok(child);
    });
    child.on("exit", (c) => fail(new Error(`child exited (${c}) before ready: ${err}`)));
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((ok) => {
    if (child.exitCode !== null || child.signalCode !== null) ok();
    else child.on("exit", () => ok());
  });
}

describe("DATA_DIR lock", () => {
  it("writes {pid, host, startedAt} and removes the lock on close", async () => {
    const dir = makeTmpDir();
    const s = await openStore(dir, { log: () => {} });
    const lock = JSON.parse(readFileSync(join(dir, ".lock"), "utf8"));
    expect(lock).toMatchObject({ pid: process.pid, host: hostname() });
    expect(typeof lock.startedAt).toBe("string");
    await s.close();
    expect(existsSync(join(dir, ".lock"))).toBe(false);
  });

  it("refuses a lock held by a live pid on this host, naming the pid; the lock is kept", async () => {
    const dir = makeTmpDir();
    const child = await startChild("console.log('ready'); setInterval(() => {}, 1000)");
    const text = writeLock(dir, child.pid!);
    const err = await lockError(dir);
    expect(err.message).toContain(String(child.pid));
    expect(err.message).toMatch(/locked/);
    expect(err.message).toMatch(/占用/);
    expect(err.hint).toContain(`kill ${child.pid}`);
    expect(readFileSync(join(dir, ".lock"), "utf8")).toBe(text);
  });

  it("takes over a stale lock whose pid is no longer running, and says so", async () => {
    const dir = makeTmpDir();
    const child = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
    await exited(child);
    writeLock(dir, child.pid!);
    const logs: string[] = [];
    await openIn(dir, (m) => logs.push(m));
    expect(JSON.parse(readFileSync(join(dir, ".lock"), "utf8")).pid).toBe(process.pid);
    expect(logs.join("\n")).toMatch(new RegExp(`stale lock.*pid ${child.pid}`));
  });

  it("takes over a lock with this process's pid that this process did not create (container restart)", async () => {
    const dir = makeTmpDir();
    writeLock(dir, process.pid);
    const s = await openIn(dir);
    await s.setBinding("a", "b");
    expect(await s.getBinding("a")).toBe("b");
  });

  it("refuses a lock from another host (its pid cannot be checked)", async () => {
    const dir = makeTmpDir();
    writeLock(dir, 12345, "some-other-host");
    const err = await lockError(dir);
    expect(err.message).toContain("some-other-host");
  });

  it("the same process opening a directory twice fails, also when racing; after close it reopens", async () => {
    const dir = makeTmpDir();
    const results = await Promise.allSettled([
      openStore(dir, { log: () => {} }),
      openStore(dir, { log: () => {} }),
    ]);
    const ok = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r) => r.status === "rejected");
    expect(ok).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(isAppError((refused[0] as PromiseRejectedResult).reason, "STORE_LOCKED")).toBe(true);
    const first = (ok[0] as PromiseFulfilledResult<Store>).value;
    const err = await lockError(dir);
    expect(err.message).toMatch(/already/);
    await first.close();
    await openIn(dir);
  });

  it("a store open in another process blocks this one until that process dies", async () => {
    const dir = makeTmpDir();
    const storeModule = resolve("src/store/open-store.ts");
    const code = `import(${JSON.stringify(storeModule)}).then(async (m) => {
      await m.openStore(${JSON.stringify(dir)}, { log: () => {} });
      console.log("ready");
      setInterval(() => {}, 1000);
    });`;
    const child = await startChild(code, ["--import", "tsx"]);
    const err = await lockError(dir);
    expect(err.message).toContain(`pid ${child.pid}`);
    child.kill("SIGKILL");
    await exited(child);
    const s = await openIn(dir);
    expect(JSON.parse(readFileSync(join(dir, ".lock"), "utf8")).pid).toBe(process.pid);
    expect(await s.listUpdates()).toEqual([]);
  });
});
