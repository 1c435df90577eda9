import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * vitest globalSetup: the whole run gets its own temp directory (TMPDIR, inherited by the test
 * workers and the processes they spawn), and at the end anything a test left in it fails the
 * run by name — `npm test` must leave no temp folders behind. The directory is removed either way.
 */
export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), "zongjie-test-run-"));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  return () => {
    const left = readdirSync(dir);
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(dir, { recursive: true, force: true });
    if (left.length > 0) {
      // vitest reports a teardown error but still exits 0: set the exit code as well.
      process.exitCode = 1;
      throw new Error(`tests left ${left.length} temp folder(s) behind: ${left.slice(0, 10).join(", ")}`);
    }
  };
}
