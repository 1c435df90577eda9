import { readFileSync } from "node:fs";
import path from "node:path";
import { latestVersion } from "../../src/drafting/draft-model.js";
import type { DraftingApi } from "../../src/drafting/review-commands.js";
import type { TestApp } from "./test-app.js";

/**
 * A leader's review messages as fixture rows (test/fixtures/review-leader-5x.jsonl): the steps said, and what must be true of the
 * last reply and the draft after them. Shared by review-leader-55 and review-leader-56.
 */
export type Must = {
  changes?: number;
  has?: string[];
  not?: string[];
  file?: boolean;
  status?: string;
  planSources?: boolean;
  manual?: number;
  sameAsV1?: boolean;
};
export type Row = { id: string; steps: string[]; must: Must; note: string };

export const reviewRows = (fixture: string): Row[] =>
  readFileSync(path.join(import.meta.dirname, "..", "fixtures", fixture), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));

const api = (app: TestApp) => app.app.services.features.drafting as DraftingApi;

/** What is wrong with the last reply and the draft after the steps ([] when all is true). */
export async function runReviewRow(row: Row, reviewing: () => Promise<TestApp>): Promise<string[]> {
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

/** Each row on a fresh draft in review: the misses, one line each. */
export async function reviewMisses(
  rows: readonly Row[],
  reviewing: () => Promise<TestApp>,
): Promise<string[]> {
  const misses: string[] = [];
  for (const row of rows) {
    const wrong = await runReviewRow(row, reviewing);
    if (wrong.length > 0)
      misses.push(`${row.id} ${row.steps.join(" | ")} — ${row.note}\n   ${wrong.join("; ")}`);
  }
  return misses;
}
