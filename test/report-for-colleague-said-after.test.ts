import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * 李明 typed 「陈静那边科普的我也帮着报一下哈：科技活动周期间全县共办了展览8埸…」: it was filed under his own
 * 科技项目与研发投入 with the lead 「科普的我也帮着报一下哈：」 as work done. The colleague named first and
 * 我 reporting for them is reporting for them, as 「帮陈静报一下」 is: nothing filed as the sender's own — found in
 * console trials. Since round 52 (代报) a yes files it for the colleague.
 */
const { open } = appPerTest();
const texts = async (t: TestApp, who: string) =>
  (await t.app.services.store.listUpdates({ author: who })).map((u) => u.originalText);

describe("work reported for a colleague, the colleague named first", () => {
  // Round 52 (proxy52, 代报): the yes files it for the colleague — reportedFor them, in their section — never as 李明's own.
  it.each([
    [
      "陈静那边科普的我也帮着报一下哈：科技活动周期间全县共办了展览8埸，接待参观群众约5千人",
      "陈静",
      "chen-kp",
    ],
    ["老孙他们的我顺便替他报了 柳河村培训农民60人", "孙磊", "sun-tp"],
    ["孙磊那边我帮着报下：特派员下乡120人次", "孙磊", "sun-tp"],
    ["何婷她们的 我代她报一下，新认定高企3家", "何婷", "he-gq"],
  ])("「%s」 is a 代报 card for %s; a yes files it for them", async (said, whom, id) => {
    const t = await open();
    const asked = await t.sayText("li-rd", said);
    expect(asked).toContain(`代${whom}填报`);
    await t.say("li-rd", "好的");
    const all = await t.app.services.store.listUpdates({ author: "li-rd" });
    expect(all.map((u) => [u.status, u.reportedFor])).toEqual([["confirmed", id]]);
    expect(all[0]!.section).not.toBe("rd");
  });

  it.each([
    "企业那边我帮着填了申报书12份",
    "项目这边的我也报一下：申报省级项目3个",
  ])("「%s」 (work done for firms, or one's own section) is a report card", async (said) => {
    const t = await open();
    const card = await t.sayText("li-rd", said);
    expect(card).toContain("请确认填报内容");
    expect(card).not.toContain("替");
  });
});
