import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { makeTmpDir } from "./tmp-dir.js";

export const ROOT = path.resolve(import.meta.dirname, "../..");

export interface ScriptRun {
  child: ChildProcess;
  /** What the process has printed so far. */
  out(): string;
  err(): string;
  /** The exit code (null when killed by a signal); the kill timer is cleared on exit. */
  exited: Promise<number | null>;
}

/**
 * A project script run as a child process the way a user starts it (node --import tsx), with a
 * clean environment (PATH, HOME, a TMPDIR the test removes, plus `env`), its output collected,
 * and a SIGKILL after `killAfterMs` so a hung child never outlives the test.
 */
export function spawnScript(
  script: string,
  args: string[],
  opts: { env: Record<string, string>; stdin?: string; killAfterMs: number },
): ScriptRun {
  const child = spawn(process.execPath, ["--import", "tsx", path.resolve(ROOT, script), ...args], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      // tsx keeps a cache and an IPC folder under the temp dir: keep them in one the test removes.
      TMPDIR: makeTmpDir("zongjie-tsx-"),
      ...opts.env,
    },
    stdio: [opts.stdin === undefined ? "ignore" : "pipe", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout?.on("data", (d) => {
    out += d;
  });
  child.stderr?.on("data", (d) => {
    err += d;
  });
  const killer = setTimeout(() => child.kill("SIGKILL"), opts.killAfterMs);
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) => {
      clearTimeout(killer);
      resolve(code);
    });
  });
  if (opts.stdin !== undefined) child.stdin?.end(opts.stdin);
  return { child, out: () => out, err: () => err, exited };
}
