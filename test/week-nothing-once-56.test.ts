import { afterEach, describe, expect, it } from "vitest";
import { remindersFeature } from "../src/reminders/feature.js";
import { whoIsMissing } from "../src/reminders/who-is-missing.js";
import { makeTestApp, type TestApp } from "./helpers/test-app.js";
import { useTmpDirs } from "./helpers/tmp-dir.js";

/**
 * dlg56: 「本周无进展」 said once, naming no section, by someone with two sections is one record that counts for both
 * (alsoSections) — not two entries in 我的填报 (d55-d05, d56-d02, b109-d16). A section named still marks that one only.
 */
useTmpDirs();
let t: TestApp;
afterEach(async () => {
  await t.app.close();
});

describe("本周无进展 said once by someone with two sections", () => {
  for (const [who, said] of [
    ["zhao-zh", "这礼拜莫得啥子进展 都在整年底的台账"],
    ["he-gq", "這週沒啥新進展😂 一直在迎檢"],
    ["zhao-zh", "本周无进展"],
  ] as const) {
    it(`${who}: 「${said}」 is one record counted for both sections`, async () => {
      t = await makeTestApp({ now: "2026-12-08T10:00:00+08:00", features: [remindersFeature] });
      const store = t.app.services.store;
      expect(await t.sayText(who, said)).toContain("无进展，算作已填报");
      const mine = await store.listUpdates({ author: who, week: "2026-W50" });
      expect(mine).toHaveLength(1);
      const me = whoIsMissing({
        org: t.app.services.org,
        week: "2026-W50",
        updates: mine,
        prefs: () => undefined,
        dates: [],
      }).find((d) => d.person.id === who)!;
      expect(me.missing).toEqual([]);
      expect(me.reported).toHaveLength(2);
      expect(await t.sayText(who, "本周无进展")).toContain("已经填报，无需再标记");
    });
  }

  it("a section named marks that section only; the other is still missing", async () => {
    t = await makeTestApp({ now: "2026-12-08T10:00:00+08:00", features: [remindersFeature] });
    expect(await t.sayText("zhao-zh", "本周无进展 人才")).toContain("「科技人才与创新环境」无进展");
    const mine = await t.app.services.store.listUpdates({ author: "zhao-zh", week: "2026-W50" });
    expect(mine).toHaveLength(1);
    expect(mine[0]!.alsoSections).toBeUndefined();
    const me = whoIsMissing({
      org: t.app.services.org,
      week: "2026-W50",
      updates: mine,
      prefs: () => undefined,
      dates: [],
    }).find((d) => d.person.id === "zhao-zh")!;
    expect(me.missing.map((s) => s.id)).toEqual(["transfer"]);
  });
});
