import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { openStore } from "../src/store/open-store.js";
import { makeTmpDir, useTmpDirs } from "./helpers/tmp-dir.js";
import { rng } from "./helpers/rng.js";

/**
 * Kill -9 at random points while a child process appends confirmed updates (single appends,
 * batches across two year shards, status changes). After every kill the store must open (the
 * dead process's lock taken over), and every update whose "saved" reached the user must be
 * there with the status last confirmed to the user.
 */
useTmpDirs();

const ROOT = resolve(import.meta.dirname, "..");
const WORKER = join(ROOT, "test/fixtures/fault/append-worker.ts");
const ROUNDS = 15;

interface Round {
  lines: string[];
  signal: NodeJS.Signals | null;
  code: number | null;
  stderr: string;
}

/** Starts the worker, waits for "ready", lets it run `runMs`, then SIGKILLs it. */
function runAndKill(dir: string, tag: string, runMs: number): Promise<Round> {
  return new Promise((res, rej) => {
    const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", WORKER, dir, tag], {
      cwd: ROOT,
      // tsx keeps a cache and an IPC folder under the temp dir: keep them in one the test removes.
      env: { ...process.env, TMPDIR: makeTmpDir("zongjie-tsx-") },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let stderr = "";
    let timer: NodeJS.Timeout | undefined;
    const guard = setTimeout(() => child.kill("SIGKILL"), 20_000);
    child.stdout!.setEncoding("utf8").on("data", (d: string) => {
      out += d;
      if (!timer && out.startsWith("ready\n")) timer = setTimeout(() => child.kill("SIGKILL"), runMs);
    });
    child.stderr!.setEncoding("utf8").on("data", (d: string) => {
      stderr += d;
    });
    child.on("error", rej);
    child.on("close", (code, signal) => {
      clearTimeout(guard);
      if (timer) clearTimeout(timer);
      // Only complete lines count: a line cut by the kill was never fully shown to anyone.
      const lines = out.split("\n").slice(0, -1);
      res({ lines, signal, code, stderr });
    });
  });
}

describe("kill -9 while appending confirmed updates", () => {
  it(`never loses a confirmed update and always reopens (${ROUNDS} rounds)`, async () => {
    const seed = Number(process.env.FAULT_SEED ?? Date.now() % 1_000_000);
    const random = rng(seed);
    const dir = makeTmpDir("zongjie-fault-");
    /** id → the status the user was last told; "unknown" when a change was in flight at the kill. */
    const told = new Map<string, string>();
    /** Inbox entries: id → "in" (put acknowledged), "out" (removal acknowledged), "unknown". */
    const inbox = new Map<string, string>();
    const seen: string[] = [];
    const report: string[] = [];
    let totalAdds = 0;
    let totalMods = 0;
    let midWrite = 0;

    for (let round = 1; round <= ROUNDS; round++) {
      // Mostly short runs (kills land during the first writes, backups, lock handling), some longer.
      const runMs = Math.floor(random() < 0.3 ? random() * 60 : 60 + random() * 400);
      const r = await runAndKill(dir, `r${round}`, runMs);
      const context = `seed ${seed}, round ${round}, killed after ${runMs} ms`;
      expect(r.signal, `${context}: the worker must die by SIGKILL, not on its own: ${r.stderr}`).toBe(
        "SIGKILL",
      );
      expect(r.lines[0], `${context}: worker never became ready: ${r.stderr}`).toBe("ready");
      let adds = 0;
      for (const line of r.lines.slice(1)) {
        const [kind, id, status] = line.split(" ");
        if (kind === "add") {
          told.set(id!, "confirmed");
          adds++;
        } else if (kind === "modding") told.set(id!, "unknown");
        else if (kind === "mod") {
          told.set(id!, status!);
          totalMods++;
        } else if (kind === "put") inbox.set(id!, "in");
        else if (kind === "rming") inbox.set(id!, "unknown");
        else if (kind === "rm") inbox.set(id!, "out");
        else if (kind === "seen") seen.push(id!);
      }
      totalAdds += adds;

      const logs: string[] = [];
      const store = await openStore(dir, { log: (m) => logs.push(m) });
      if (logs.some((m) => m.includes("temp file(s) left by a crash") || m.includes("cut short by a crash")))
        midWrite++;
      try {
        expect(
          logs.some((m) => m.includes("taking over stale lock")),
          `${context}: the dead worker's lock must be taken over: ${logs.join(" | ")}`,
        ).toBe(true);
        const missing: string[] = [];
        const wrong: string[] = [];
        for (const [id, status] of told) {
          const u = await store.getUpdate(id);
          if (!u) missing.push(id);
          else if (status !== "unknown" && u.status !== status)
            wrong.push(`${id}: ${u.status}, told ${status}`);
        }
        expect(missing, `${context}: confirmed updates lost`).toEqual([]);
        const inboxWrong: Array<[string, string]> = [];
        for (const [id, st] of inbox)
          if (st !== "unknown" && ((await store.getInbox(id)) !== undefined) !== (st === "in"))
            inboxWrong.push([id, st]);
        expect(inboxWrong, `${context}: inbox differs from what was acknowledged`).toEqual([]);
        const lost: string[] = [];
        for (const k of seen) if (!(await store.hasSeen(k))) lost.push(k);
        expect(lost, `${context}: acknowledged keys lost`).toEqual([]);
        expect(wrong, `${context}: status differs from what the user was told`).toEqual([]);
        // (author, seq) stays unique across shards (checked by open) and ids are unique.
        const all = await store.listUpdates();
        expect(new Set(all.map((u) => u.id)).size).toBe(all.length);
      } finally {
        await store.close();
      }
      report.push(`${runMs}ms:+${adds}`);
    }

    // No temp files survive a reopen; the run did real work.
    const leftovers = [dir, join(dir, "updates")].flatMap((d) =>
      readdirSync(d).filter((n) => n.endsWith(".tmp")),
    );
    expect(leftovers).toEqual([]);
    expect(totalAdds, `seed ${seed}: ${report.join(" ")}`).toBeGreaterThan(ROUNDS);
    console.log(
      `fault-kill seed ${seed}: ${totalAdds} confirmed updates and ${totalMods} status changes over ${ROUNDS} kills, ` +
        `${midWrite} of them mid-write (temp file or torn line left) — ${report.join(" ")}`,
    );
  }, 90_000);
});
