import { appPerTest } from "./helpers/app-per-test.js";
import { describe, expect, it } from "vitest";
import type { TestApp } from "./helpers/test-app.js";

/**
 * 「要记为工作填报吗？」 pending, the person sends another command (「删掉第2条」): the question is
 * closed and said so, and a later 「好的」 no longer stores the text it asked about.
 */
let t: TestApp | undefined;
const apps = appPerTest();

describe("a command while the bot asks whether to record a message", () => {
  it("closes the question: the message is not stored by a later 好的", async () => {
    t = await apps.open({ now: "2025-12-10T10:00:00+08:00" });
    const [ask] = await t.say("li-rd", "又去了石桥镇2家");
    expect(ask?.card?.title ?? ask?.text).toContain("要记为工作填报吗");
    const replies = await t.say("li-rd", "删掉第2条");
    expect(replies.map((r) => r.text).join("\n")).toContain("没有保存");
    await t.say("li-rd", "好的");
    expect(await t.app.services.store.listUpdates({ author: "li-rd" })).toHaveLength(0);
  });

  it("the card's own answer still records it", async () => {
    t = await apps.open({ now: "2025-12-10T10:00:00+08:00" });
    await t.say("li-rd", "又去了石桥镇2家");
    await t.say("li-rd", "记为填报");
    expect(await t.app.services.store.listUpdates({ author: "li-rd" })).toHaveLength(1);
  });

  it("「确认」 with no draft waiting is the yes: it records it, as a draft to confirm (second trial, c48)", async () => {
    t = await apps.open({ now: "2025-12-10T10:00:00+08:00" });
    await t.say("li-rd", "又去了石桥镇2家");
    const replies = (await t.say("li-rd", "确认")).map((r) => r.card?.title ?? r.text).join("\n");
    expect(replies).not.toContain("没有保存");
    expect(await t.app.services.store.listUpdates({ author: "li-rd" })).toHaveLength(1);
  });
});
