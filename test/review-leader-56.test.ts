import { describe, expect, it } from "vitest";
import { draftInReview } from "./helpers/draft-in-review.js";
import { appPerTest } from "./helpers/app-per-test.js";
import { reviewMisses, reviewRows } from "./helpers/review-rows.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * review56: thirty messages of my own a 局长 from 赤峰 types while reviewing a draft (test/fixtures/review-leader-56.jsonl,
 * written before any change) — 咋整、嘎哈、贼、老…了、中, a few in Traditional characters or with emoji — each run through
 * the real engine on a fresh draft in review that has a 「×」 (李明's 研发投入 not yet known) and a vague count (八十来个),
 * with what must be true of the reply and the draft after it.
 */
const { open } = appPerTest();

const rows = reviewRows("review-leader-56.jsonl");

async function reviewing(): Promise<TestApp> {
  const t = await open({ now: "2025-12-10T10:00:00+08:00" });
  await t.say("sun-tp", "今年下乡服务一百八十多场次 培训农民两千三百人 明年打算新建示范基地3个");
  await t.say("sun-tp", "确认");
  await t.say("li-rd", "今年组织申报省级科技项目5项 全社会研发投入统计局还没出");
  await t.say("li-rd", "确认");
  return draftInReview(
    t,
    "chen-kp",
    "科技活动周搞了七场 新建科普画廊三处 科普大篷车去了两个乡镇 来了群众八十来个 明年计划办青少年科技营2期",
  );
}

describe("a leader's review messages (review-leader-56.jsonl)", () => {
  it("scores the thirty, each reply true of the draft", async () => {
    const misses = await reviewMisses(rows, reviewing);
    console.log(`review-leader-56: ${rows.length - misses.length}/${rows.length}\n${misses.join("\n")}`);
    expect(rows.length - misses.length).toBeGreaterThanOrEqual(FLOOR);
  }, 600000);
});

/** First sight 15/30 on main 19269be9; 25/30 after review56's classes. */
const FLOOR = 25;
