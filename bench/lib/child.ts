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
