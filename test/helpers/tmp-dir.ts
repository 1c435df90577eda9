import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach } from "vitest";

const made: string[] = [];

/** A fresh empty directory under the OS temp dir. */
export function makeTmpDir(prefix = "zongjie-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes every directory made by makeTmpDir in this test file (register once per file). */
export function cleanTmpDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Call at the top level of a test file: each test gets its own directories, removed afterwards. */
export function useTmpDirs(): void {
  afterEach(cleanTmpDirs);
}
