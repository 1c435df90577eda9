import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { latestVersion } from "../src/drafting/draft-model.js";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { draftInReview } from "./helpers/draft-in-review.js";
import { appPerTest } from "./helpers/app-per-test.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * review56: thirty messages of my own a 局长 from 赤峰 types while reviewing a draft (test/fixtures/review-leader-56.jsonl,
 * written before any change) — 咋整、嘎哈、贼、老…了、中, a few in Traditional characters or with emoji — each run through
 * the real engine on a fresh draft in review that has a 「×」 (李明's 研发投入 not yet known) and a vague count (八十来个),
 * with what must be true of the reply and the draft after it.
 */
const { open } = appPerTest();

type Must = {
  changes?: number;
  has?: string[];
  not?: string[];
  file?: boolean;
  status?: string;
  planSources?: boolean;
  manual?: number;
  sameAsV1?: boolean;
};
type Row = { id: string; steps: string[]; must: Must; note: string };
const rows: Row[] = readFileSync(path.join(import.meta.dirname, "fixtures/review-leader-56.jsonl"), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l));

const api = (app: TestApp) => app.app.services.features.drafting as DraftingApi;

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

/** What is wrong with the last reply and the draft after the steps ([] when all is true). */
async function run(row: Row): Promise<string[]> {
  const app = await reviewing();
  const before = (await api(app).service.get({ year: 2025 }))!;
  let last: Awaited<ReturnType<TestApp["say"]>> = [];
  for (const s of row.steps) {
    last = await app.say("zhou-ju", s);
    await api(app).whenIdle();
  }
  const text = last.map((r) => r.text).join("\n");
  const after = (await api(app).service.get({ year: 2025 }))!;
  const m = row.must;
  const wrong: string[] = [];
  const changes = after.versions.length - before.versions.length;
  if (m.changes !== undefined && changes !== m.changes)
    wrong.push(`versions +${changes}, want +${m.changes}`);
  for (const h of m.has ?? []) if (!text.includes(h)) wrong.push(`lacks 「${h}」`);
  for (const h of m.not ?? []) if (text.includes(h)) wrong.push(`says 「${h}」`);
  if (m.file && !last.some((r) => r.file)) wrong.push("no file");
  if (m.status && after.status !== m.status) wrong.push(`status ${after.status}`);
  const plan = latestVersion(after).parts.find((p) => p.key === "plan")!;
  if (m.planSources) {
    const cited = new Set(plan.items.flatMap((i) => i.sourceIds));
    if (plan.sourceIds.some((id) => !cited.has(id))) wrong.push("plan part keeps a replaced item's source");
  }
  if (m.manual !== undefined && plan.items.filter((i) => i.manual).length !== m.manual)
    wrong.push("manual count");
  if (m.sameAsV1 && JSON.stringify(latestVersion(after).parts) !== JSON.stringify(before.versions[0]!.parts))
    wrong.push("not the v1 text");
  return wrong;
}

describe("a leader's review messages (review-leader-56.jsonl)", () => {
  it("scores the thirty, each reply true of the draft", async () => {
    const misses: string[] = [];
    for (const row of rows) {
      const wrong = await run(row);
      if (wrong.length > 0)
        misses.push(`${row.id} ${row.steps.join(" | ")} — ${row.note}\n   ${wrong.join("; ")}`);
    }
    console.log(`review-leader-56: ${rows.length - misses.length}/${rows.length}\n${misses.join("\n")}`);
    expect(rows.length - misses.length).toBeGreaterThanOrEqual(FLOOR);
  }, 600000);
});

/** First sight 15/30 on main 19269be9; 25/30 after review56's classes. */
const FLOOR = 25;
