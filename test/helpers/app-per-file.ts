import { afterAll, beforeAll } from "vitest";
import { makeTestApp, type TestApp } from "./test-app.js";
import { cleanTmpDirs } from "./tmp-dir.js";

/**
 * One app for a whole test file: opened in beforeAll (as makeTestApp with `opts`), closed and its temp
 * dirs removed in afterAll. Returns a stand-in that forwards to that app, so the file can use it like
 * the TestApp itself (`t.app`, `t.say`) from inside its tests. Call at the top level of a file.
 */
export function appPerFile(opts: Parameters<typeof makeTestApp>[0] = {}): TestApp {
  let opened: TestApp | undefined;
  beforeAll(async () => {
    opened = await makeTestApp(opts);
  });
  afterAll(async () => {
    await opened?.app.close();
    opened = undefined;
    cleanTmpDirs();
  });
  return new Proxy({} as TestApp, {
    get(_target, key) {
      if (!opened) throw new Error("the file's app is opened in beforeAll: use it inside a test or hook");
      return Reflect.get(opened, key);
    },
  });
}
