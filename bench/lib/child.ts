import { spawn } from "node:child_process";
import { resolve } from "node:path";

export const REPO_ROOT = resolve(import.meta.dirname, "../..");

/**
 * Runs a TypeScript file in a fresh Node process (through tsx), passing `args`; resolves with
 * its stdout. Rejects with its stderr when it exits non-zero.
 */
export function runTs(file: string, args: string[], opts: { nodeArgs?: string[] } = {}): Promise<string> {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), "--import", "tsx", file, ...args], {
      cwd: REPO_ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      out += d;
    });
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      err += d;
    });
    child.on("error", rej);
    child.on("close", (code) => {
      if (code === 0) res(out);
      else rej(new Error(`${file} exited with ${code}: ${err.slice(-2000)}`));
    });
  });
}

export interface ServerChild {
  url: string;
  /** The child's stderr so far. */
  stderr(): string;
  stop(): Promise<void>;
}

/** Starts a TypeScript server in a child process; resolves once it printed `BENCH_LISTENING {"url": …}`. */
export function startServerChild(file: string, args: string[]): Promise<ServerChild> {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, ["--import", "tsx", file, ...args], {
      cwd: REPO_ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    let started = false;
    const exited = new Promise<void>((r) => child.on("close", () => r()));
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      err += d;
    });
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      out += d;
      // Other output (the Feishu SDK logs to stdout) is ignored; the marker line carries the URL.
      const line = out.split("\n").find((l) => l.startsWith("BENCH_LISTENING "));
      if (!started && line) {
        started = true;
        const { url } = JSON.parse(line.slice("BENCH_LISTENING ".length)) as { url: string };
        res({
          url,
          stderr: () => err,
          async stop() {
            if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
            await exited;
          },
        });
      }
    });
    child.on("error", rej);
    child.on("close", (code) => {
      if (!started) rej(new Error(`${file} exited with ${code} before listening: ${err.slice(-2000)}`));
    });
  });
}
