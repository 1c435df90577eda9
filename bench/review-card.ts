import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeMonthShards } from "./lib/seed.js";
import { benchOrg, yearOfUpdates } from "./lib/year-of-updates.js";
import { type BenchResult, importOrSkip } from "./lib/skip.js";
import { ms, ratio, type Row, summarize } from "./lib/stats.js";

type StoreModule = typeof import("../src/store/open-store.js");
type ServiceModule = typeof import("../src/drafting/draft-service.js");
type PromptsModule = typeof import("../src/drafting/load-prompts.js");
type HelpersModule = typeof import("../src/drafting/command-helpers.js");
type ViewModule = typeof import("../src/drafting/review-view.js");
type OrgModule = typeof import("../src/domain/org.js");

/**
 * The review card a leader gets after every command on a draft (cardFor): since leader41b it reads the period's
 * reports to count units written differently from them. The bureau and its year of reports are the drafting bench's
 * (bench/lib/year-of-updates.ts: ten named sections, 50 staff; card43 — before, eight sections named 「rd科」…). Timed with 50, 500 and 2,000 reports of the year in a file
 * store (the offline draft of them in review), alternated sample by sample with the same work minus the product:
 * listing the period's confirmed reports from the same store. The note gives the bare card (no unit check) too.
 */
export async function runReviewCardBench(o: { quick: boolean }): Promise<BenchResult> {
  const { openStore } = await importOrSkip<StoreModule>("src/store/open-store.js", "store");
  const { createDraftingService } = await importOrSkip<ServiceModule>(
    "src/drafting/draft-service.js",
    "drafting service",
  );
  const { loadPrompts } = await importOrSkip<PromptsModule>("src/drafting/load-prompts.js", "prompts loader");
  const { cardFor } = await importOrSkip<HelpersModule>("src/drafting/command-helpers.js", "review card");
  const { reviewCard } = await importOrSkip<ViewModule>("src/drafting/review-view.js", "review view");
  const { parseOrg } = await importOrSkip<OrgModule>("src/domain/org.js", "org");

  const org = benchOrg(parseOrg);
  const prompts = await loadPrompts();
  const period = { year: 2025 };
  // p95 needs 20 samples to be more than the maximum; 60 give it three samples above.
  const samples = o.quick ? 20 : 60;
  const sizes = (process.env.BENCH_REVIEW_SIZES ?? "50,500,2000").split(",").map(Number);
  const rows: Row[] = [];
  const data: Record<string, unknown>[] = [];
  for (const size of sizes) {
    const dir = mkdtempSync(join(tmpdir(), "zongjie-bench-card-"));
    try {
      await writeMonthShards(dir, yearOfUpdates(org, size));
      const store = await openStore(dir, {
        log: () => undefined,
        now: () => new Date("2025-12-20T02:00:00Z"),
      });
      const service = await createDraftingService({
        org,
        store,
        prompts,
        clock: { now: () => new Date("2025-12-20T02:00:00Z") },
        timezone: "Asia/Shanghai",
        concurrency: 4,
        contextTokens: 100_000,
      });
      const draft = await service.generate(period, "leader-1");
      const api = { service };
      const read = () => store.listUpdates({ from: "2025-01-01", to: "2025-12-31", status: "confirmed" });
      // Warm both (first reads open the store's months, JIT).
      await cardFor(api, draft);
      await read();
      const card: number[] = [];
      const base: number[] = [];
      const bare: number[] = [];
      for (let i = 0; i < samples; i++) {
        let t = performance.now();
        await cardFor(api, draft);
        card.push(performance.now() - t);
        t = performance.now();
        await read();
        base.push(performance.now() - t);
        t = performance.now();
        reviewCard(draft);
        bare.push(performance.now() - t);
      }
      await store.close();
      const c = summarize(card);
      const b = summarize(base);
      const w = summarize(bare);
      const p95 = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.ceil(0.95 * xs.length) - 1]!;
      const [c95, b95] = [p95(card), p95(base)];
      rows.push(
        {
          bench: "review-card",
          figure: `review card, ${size} reports: p50`,
          value: ms(c.p50),
          baseline: `${ms(b.p50)} list`,
          ratio: ratio(c.p50, b.p50),
          note: `n=${c.n}, alternated with listing the year's confirmed reports from the same store; bare card (no unit check) p50 ${ms(w.p50)}`,
        },
        {
          bench: "review-card",
          figure: `review card, ${size} reports: p95`,
          value: ms(c95),
          baseline: `${ms(b95)} list`,
          ratio: ratio(c95, b95),
          note: `max ${ms(c.max)} (list max ${ms(b.max)})`,
        },
      );
      data.push({ size, samples, card: { ...c, p95: c95 }, list: { ...b, p95: b95 }, bare: w });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const small = data[0] as { card: { p50: number } } | undefined;
  const large = data[data.length - 1] as { size: number; card: { p50: number } } | undefined;
  const notes =
    small && large && data.length > 1
      ? [
          `review-card: p50 at ${large.size} reports is ×${(large.card.p50 / small.card.p50).toFixed(1)} the p50 at ${sizes[0]} (${ms(large.card.p50)} vs ${ms(small.card.p50)}); the card reads the period's reports for the unit check (leader41b).`,
        ]
      : [];
  return { rows, data, notes };
}
