import { describe, expect, it } from "vitest";
import { planCorrection } from "../src/conversation/correction-request.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Lead54's leftover: 「能不能改成昨天下午的」 on 「今天下午…」 asked for the new words and changed nothing — a day said with a
 * part of the day (上午/下午/晚上/头晌…) was not a day. Now the day and its part in the update are replaced together; a day
 * said alone keeps the update's part (今天上午 → 昨天上午). Sentences written for the test (呼伦贝尔 东北话).
 */
describe("a day with a part of the day corrected (when-correction.ts)", () => {
  it.each([
    ["今天上午去农垦科研所对接了大豆育种项目", "改成昨天下午的", "昨天下午去农垦科研所对接了大豆育种项目"],
    [
      "今天下午在口岸给外贸企业讲了技术合同登记",
      "整岔了 应该是前天上午",
      "前天上午在口岸给外贸企业讲了技术合同登记",
    ],
    ["上周三下午带队去看了奶牛养殖场", "改成上周四", "上周四下午带队去看了奶牛养殖场"],
    ["昨天去扎兰屯看了大豆示范田", "改成前天晚上的", "前天晚上去扎兰屯看了大豆示范田"],
  ])("「%s」 + 「%s」", (old, said, want) => {
    const plan = planCorrection(old, said);
    expect(plan.kind).toBe("substitute");
    if (plan.kind !== "substitute") return;
    expect(old.slice(0, plan.at) + plan.to + old.slice(plan.at + plan.from.length)).toBe(want);
  });

  it("two parts of a day in the update: which one is not guessed", () => {
    expect(planCorrection("今天上午去了莫旗 下午去了阿荣旗 看了大豆田", "改成昨天下午").kind).not.toBe(
      "substitute",
    );
  });
});

const { open } = appPerTest();

describe("「改成昨天下午的」 in a conversation", () => {
  it("on the card: an edit preview with the new day, nothing stored", async () => {
    const t = await open({ now: "2026-12-07T16:00:00+08:00" });
    await t.say("li-rd", "今天上午去农垦科研所对接了大豆育种项目 落实经费八十万");
    const got = await t.sayText("li-rd", "整错日子了 改成昨天下午的");
    expect(got).toContain("昨天下午去农垦科研所");
    const [u] = await t.app.services.store.listUpdates({ author: "li-rd" });
    expect(u!.status).toBe("draft");
  });

  it("「改成昨天下午的」 alone on the card, then 妥了 存: stored with the new day", async () => {
    const t = await open({ now: "2026-12-07T16:00:00+08:00" });
    await t.say("li-rd", "今天上午去农垦科研所对接了大豆育种项目 落实经费八十万");
    expect(await t.sayText("li-rd", "改成昨天下午的")).toContain("昨天下午去农垦科研所");
    await t.say("li-rd", "确认");
    const [u] = await t.app.services.store.listUpdates({ author: "li-rd" });
    expect(u!.normalizedText).toContain("昨天下午去农垦科研所");
  });
});
