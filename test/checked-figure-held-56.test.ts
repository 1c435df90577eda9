import { afterEach, describe, expect, it } from "vitest";
import { makeTestApp, type TestApp } from "./helpers/test-app.js";
import { useTmpDirs } from "./helpers/tmp-dir.js";

/**
 * dlg56: on a draft held to check a figure, 「核过了 是34人」 (the check said done, with the figure found) puts the figure in at
 * once — the draft still held, 「确认」 stores it — instead of a second preview (d55-d01, d56-d01). Without the check said
 * (「人数不对 是34人」) the preview stays, as b80–b84-d19 expect.
 */
useTmpDirs();
let t: TestApp;
afterEach(async () => {
  await t.app.close();
});

const cases = [
  [
    "今天在城固给茶农讲了茶园冬管 来了三十来个人",
    "等一哈 我再去问下村上到底来了好多人",
    "核过了 是34人",
    "34人",
    "三十来个人",
  ],
  [
    "今天在勉县教药农种元胡 来了二十几户",
    "先莫整 我再问问镇上到底来了好多户",
    "问清楚了，实际是26户",
    "26户",
    "二十几户",
  ],
  [
    "给香菇合作社发了菌棒一千三百袋",
    "先别存 会计还在一袋一袋数着呢",
    "核過了 是1320袋😄",
    "1320袋",
    "一千三百袋",
  ],
] as const;

describe("the checked figure goes into the held draft at once", () => {
  for (const [report, hold, checked, now, before] of cases)
    it(`「${checked}」`, async () => {
      t = await makeTestApp({ now: "2026-12-08T10:00:00+08:00" });
      await t.sayText("sun-tp", report);
      await t.sayText("sun-tp", hold);
      const reply = await t.sayText("sun-tp", checked);
      expect(reply).toContain("已改好，仍是草稿");
      expect(reply).not.toContain("修改预览");
      let [u] = await t.app.services.store.listUpdates({ author: "sun-tp" });
      expect(u!.status).toBe("draft");
      expect(u!.originalText).toContain(now);
      expect(u!.originalText).not.toContain(before);
      await t.sayText("sun-tp", "确认");
      [u] = await t.app.services.store.listUpdates({ author: "sun-tp" });
      expect(u!.status).toBe("confirmed");
    });

  it("「人数不对 是34人」 without the check said keeps its preview", async () => {
    t = await makeTestApp({ now: "2026-12-08T10:00:00+08:00" });
    await t.sayText("sun-tp", cases[0][0]);
    await t.sayText("sun-tp", cases[0][1]);
    expect(await t.sayText("sun-tp", "人数不对 是34人")).toContain("修改预览");
  });
});
