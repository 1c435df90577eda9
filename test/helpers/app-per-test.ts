import { afterEach } from "vitest";
import { makeTestApp, type TestApp } from "./test-app.js";
import { cleanTmpDirs } from "./tmp-dir.js";

/**
 * Apps made one per test: each `open()` makes a fresh app (as makeTestApp), and every app opened
 * is closed, and the temp dirs removed, after each test. Call at the top of a file or a describe.
 */
export function appPerTest(): { open: typeof makeTestApp } {
  const opened: TestApp[] = [];
  afterEach(async () => {
    for (const t of opened.splice(0)) await t.app.close();
    cleanTmpDirs();
  });
  return {
    async open(opts) {
      const t = await makeTestApp(opts);
      opened.push(t);
      return t;
    },
  };
}
