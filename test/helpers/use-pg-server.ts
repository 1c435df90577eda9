import { afterAll, beforeAll, describe, it } from "vitest";
import { findPgBinaries, NO_PG_REASON, type PgServer, startPgServer } from "./pg-server.js";

/**
 * One throw-away PostgreSQL server per test file: started before its tests, stopped and removed
 * after them. Where this machine has no PostgreSQL binaries the file's PostgreSQL tests are
 * skipped with the reason in their name — except under CI (CI set), where that is a failure:
 * CI installs the binaries (.ci/run), so missing ones mean the install step broke.
 *
 * Returns `describePg`, to wrap the tests that need the server, and `server()` for use inside them.
 */
export function usePgServer(): {
  describePg: (name: string, fn: () => void) => void;
  server: () => PgServer;
} {
  const bins = findPgBinaries();
  let current: PgServer | undefined;
  const describePg = (name: string, fn: () => void) => {
    if (!bins) {
      if (process.env.CI) {
        describe(name, () => {
          it("needs PostgreSQL, which CI must provide", () => {
            throw new Error(`${NO_PG_REASON} (CI is set: .ci/run should have installed it)`);
          });
        });
      } else {
        describe.skip(`${name} — skipped: ${NO_PG_REASON}`, fn);
      }
      return;
    }
    describe(name, () => {
      beforeAll(async () => {
        current = await startPgServer(bins);
      }, 120_000);
      afterAll(async () => {
        await current?.stop();
        current = undefined;
      }, 60_000);
      fn();
    });
  };
  return {
    describePg,
    server: () => {
      if (!current) throw new Error("the PostgreSQL server is not running (use server() inside describePg)");
      return current;
    },
  };
}
