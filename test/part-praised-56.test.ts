import { describe, expect, it } from "vitest";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { appPerTest } from "./helpers/app-per-test.js";
import { draftInReview } from "./helpers/draft-in-review.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * review56: a part praised, in any dialect (写得贼好、写甲真好、写得真好势、蛮好咯), with or without 「不用改」 (毋免改、莫改了、
 * 唔使改) is the part passed as it stands — never an instruction to rewrite it (「没有按意见「写甲真好」改动」) nor a guess at one.
 */
const { open } = appPerTest();
const api = (t: TestApp) => t.app.services.features.drafting as DraftingApi;

describe("a part praised", () => {
  it.each([
    ["第四部分写得贼好 不用动了", "（四）"],
    ["第四部分写甲真好 毋免改", "（四）"],
    ["开头写得蛮好咯 莫改了", "开头"],
    ["计划写得好好哦 唔使改", "工作计划"],
    ["（三）寫得真好势", "（三）"],
    ["第（四）部分写得挺板正👍 别改了", "（四）"],
  ])(
    "「%s」 passes %s, nothing rewritten",
    async (said, part) => {
      const t = await draftInReview(
        await open({ now: "2025-12-10T10:00:00+08:00" }),
        "chen-kp",
        "科技活动周搞了七场 新建科普画廊三处 明年计划办青少年科技营2期",
      );
      await t.say("sun-tp", "今年下乡服务一百八十多场次");
      const reply = await t.sayText("zhou-ju", said);
      expect(reply).toContain("已通过");
      expect(reply).toContain(part);
      expect(reply).not.toContain("没有按意见");
      expect(reply).not.toContain("重写");
      expect((await api(t).service.get({ year: 2025 }))!.versions.length).toBe(1);
    },
    60000,
  );
});
