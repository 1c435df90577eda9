import { appPerTest } from "./helpers/app-per-test.js";
import { describe, expect, it } from "vitest";
import type { TestApp } from "./helpers/test-app.js";

/**
 * Keeping what was just withdrawn (keep-withdrawn.ts): 「算了还是留着吧」 right after 撤回 restores that
 * update and says which; the same words with no withdrawal just before restore nothing.
 */
let t: TestApp | undefined;
const apps = appPerTest();
const text = (replies: Array<{ text: string }>) => replies.map((r) => r.text).join("\n");

async function statuses(who: string) {
  const list = await t!.app.services.store.listUpdates({ author: who });
  return list.sort((a, b) => a.seq - b.seq).map((u) => u.status);
}

describe("keeping the update just withdrawn", () => {
  it("restores it on 「算了还是留着吧」 and names it", async () => {
    t = await apps.open({ now: "2025-12-10T10:00:00+08:00" });
    await t.say("li-rd", "走访企业8家");
    await t.say("li-rd", "确认");
    t.setNow("2025-12-10T10:05:00+08:00");
    await t.say("li-rd", "撤回 1");
    expect(await statuses("li-rd")).toEqual(["withdrawn"]);
    const back = text(await t.say("li-rd", "算了还是留着吧"));
    expect(back).toContain("#1");
    expect(await statuses("li-rd")).toEqual(["confirmed"]);
  });

  it("restores the one named as withdrawn by mistake, with its number", async () => {
    t = await apps.open({ now: "2025-12-10T10:00:00+08:00" });
    await t.say("li-rd", "走访企业8家");
    await t.say("li-rd", "确认");
    await t.say("li-rd", "组织培训2期");
    await t.say("li-rd", "确认");
    await t.say("li-rd", "撤回 1");
    t.setNow("2025-12-10T10:05:00+08:00");
    await t.say("li-rd", "撤回 2");
    const back = text(await t.say("li-rd", "1号那条撤错了 还是留着吧"));
    expect(back).toContain("#1");
    expect(await statuses("li-rd")).toEqual(["confirmed", "withdrawn"]);
  });

  it("restores nothing when the last change was no withdrawal", async () => {
    t = await apps.open({ now: "2025-12-10T10:00:00+08:00" });
    await t.say("li-rd", "走访企业8家");
    await t.say("li-rd", "撤回 1");
    t.setNow("2025-12-10T10:05:00+08:00");
    await t.say("li-rd", "组织培训2期");
    await t.say("li-rd", "确认");
    await t.say("li-rd", "算了还是留着吧");
    expect(await statuses("li-rd")).toEqual(["withdrawn", "confirmed"]);
  });
});
