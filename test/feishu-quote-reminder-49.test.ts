import { describe, expect, it } from "vitest";
import { parseDate } from "../src/domain/period.js";
import { composeReminder } from "../src/reminders/compose-reminder.js";
import { remindersFeature } from "../src/reminders/feature.js";
import { postEvent, TEST_FEISHU, textEvent } from "./fakes/feishu-events.js";
import { useFeishuHarness } from "./fakes/feishu-harness.js";
import { useTmpDirs } from "./helpers/tmp-dir.js";

/**
 * The weekly reminder goes out through the outbox, not as a reply; a Feishu 回复 to it (parent_id = the reminder) is read
 * as answering 「本周工作进展填报提醒」 (outbox.ts remembers the card's title in the quoted-messages the dispatcher reads),
 * so 「一直在外头跑 科里的事冇搞」 is 本周无进展 of that week, not a report. Before: the reminder was not
 * remembered and the reply was read as typed. Docs 第四十九轮 dlg49.
 */
useTmpDirs();
const { fake, harness } = await useFeishuHarness();

describe("a Feishu quote-reply of the weekly reminder", () => {
  it("is read against the reminder: nothing done this week is 本周无进展", async () => {
    const hh = await harness({ features: [remindersFeature] });
    const chen = hh.app.services.org.people.find((p) => p.id === "chen-kp")!;
    const sections = hh.app.services.org.sections.filter((s) => chen.sections.includes(s.id));
    const reminder = composeReminder(chen, sections, "2026-W51", [], parseDate("2026-12-14")!);
    await hh.feishu.outbox.sendToPerson("chen-kp", reminder);
    const sent = fake.messages.at(-1)!;
    await postEvent(
      `${hh.url}/webhook/event`,
      textEvent("ou_chen", "一直在外头跑 科里的事冇搞", { parentId: sent.message_id }),
      { encryptKey: TEST_FEISHU.encryptKey },
    );
    await hh.settle();
    const ups = await hh.app.services.store.listUpdates({ author: "chen-kp" });
    expect(ups.map((u) => u.noProgress)).toEqual([true]);
  });
});
