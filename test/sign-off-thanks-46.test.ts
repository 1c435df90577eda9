import { afterEach, describe, expect, it } from "vitest";
import { makeTestApp, type TestApp } from "./helpers/test-app.js";
import { useTmpDirs } from "./helpers/tmp-dir.js";

/**
 * 「今天就这些，辛苦啦👍」 was answered 「不客气！」 (lead, round forty-six): a sign-off for the day with thanks in it is closed
 * as a colleague would, 辛苦了 alone is returned in kind, a plain 谢谢 keeps 不客气 (thanks-reply.ts). Nothing is stored.
 */
useTmpDirs();
let t: TestApp;
afterEach(async () => {
  await t?.app.close();
});

describe("thanks said as a sign-off", () => {
  it.each([
    ["sun-tp", "今天就这些，辛苦啦👍"],
    ["chen-kp", "今个就这些了 谢谢你啊🙏"],
    ["he-gq", "今天就這些 謝謝"],
    ["xu-dj", "没别的了 谢谢"],
  ])("%s: %s is closed for the day, not 不客气", async (who, text) => {
    t = await makeTestApp();
    const reply = await t.sayText(who, text);
    expect(reply).toContain("今天辛苦了");
    expect(reply).not.toContain("不客气");
    expect(await t.app.services.store.listUpdates({ author: who })).toHaveLength(0);
  });
  it("辛苦了 alone is returned in kind", async () => {
    t = await makeTestApp();
    expect(await t.sayText("zhao-zh", "辛苦了")).toContain("您也辛苦了");
  });
  it("a plain 谢谢 keeps 不客气", async () => {
    t = await makeTestApp();
    const reply = await t.sayText("zhao-zh", "谢谢");
    expect(reply).toContain("不客气");
    expect(reply).not.toContain("辛苦");
  });
});
