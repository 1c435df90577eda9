import { describe, expect, it } from "vitest";
import { intentText } from "../src/conversation/intent-lexicon.js";
import { DOUBT_MAX_CHARS, type ReportModel, reportOdds } from "../src/conversation/report-odds.js";
import { loadReports } from "./corpus/load-reports.js";
import {
  countReportSources,
  type ReportWeighting,
  reportModelFrom,
  trainingSources,
  WEIGHTING,
} from "./corpus/report-model.js";
import { loadIntentCorpus } from "./corpus/score-intents.js";
import type { TwoClassCounts } from "./corpus/two-class-bayes.js";

/**
 * The report model must not move with how much extraction material there is (round 28: three
 * report files, 89 messages, turned three chats into stored reports in sealed splits). The prior
 * comes from the intent lines alone, the extraction messages count as a fixed share of the intent
 * lines' report mass, and the smoothing spreads over the intent lines' vocabulary. The old pooled
 * training is the contrast that shows each check could fail. What new files say still moves the
 * weights of the features they hold (that is learning); the open leave-one-batch-out with and
 * without the newest files: `npx tsx tools/report-model-drift.ts pooled`.
 */
const POOLED: ReportWeighting = { extractionShare: null, prior: "pooled" };
const NEWEST = /^(e8|e9|f1)-/;

const corpus = loadIntentCorpus();
const reports = loadReports();
const sources = trainingSources(corpus, reports);
const all = countReportSources(sources);
// The short messages the model is consulted on that are not reports (trained-on, open lines only).
const chat = sources.intent
  .filter((l) => !l.report && [...intentText(l.text).core].length <= DOUBT_MAX_CHARS)
  .map((l) => l.text);
/** Mean absolute change of short chat's log-odds from model b to model a. */
const moved = (a: ReportModel, b: ReportModel) =>
  chat.reduce((s, t) => s + Math.abs(reportOdds(t, a) - reportOdds(t, b)), 0) / chat.length;

describe("report model: no tilt from the amount of extraction material", () => {
  it("every report file twice over: the same prior, short chat barely moves (pooled one for one: far)", () => {
    const twice = (c: TwoClassCounts): TwoClassCounts => ({
      counts: new Map([...c.counts].map(([f, [a, b]]) => [f, [2 * a, 2 * b]])),
      docs: [2 * c.docs[0], 2 * c.docs[1]],
    });
    const doubled = { intent: all.intent, extraction: twice(all.extraction) };
    const once = reportModelFrom(all);
    const two = reportModelFrom(doubled);
    expect(two.prior).toBe(once.prior);
    const shift = moved(two, once);
    const pooled = moved(
      reportModelFrom(doubled, undefined, POOLED),
      reportModelFrom(all, undefined, POOLED),
    );
    console.log(
      `report files twice over move short chat's log-odds by ${shift.toFixed(3)} (pooled: ${pooled.toFixed(3)})`,
    );
    expect(shift).toBeLessThan(0.01);
    expect(pooled).toBeGreaterThan(1);
  }, 60_000);

  it("without the newest report files (e8-, e9-, f1-): the same prior (pooled: moved), short chat moves less than pooled", () => {
    const part = trainingSources(
      [],
      reports.filter((r) => NEWEST.test(r.id)),
    );
    expect(part.extraction.length).toBeGreaterThan(80);
    const newest = countReportSources(part);
    const less = reportModelFrom(all, newest);
    const withAll = reportModelFrom(all);
    expect(less.prior).toBe(withAll.prior);
    expect(reportModelFrom(all, newest, POOLED).prior).not.toBe(
      reportModelFrom(all, undefined, POOLED).prior,
    );
    const shift = moved(withAll, less);
    const pooled = moved(reportModelFrom(all, undefined, POOLED), reportModelFrom(all, newest, POOLED));
    console.log(
      `newest report files move short chat's log-odds by ${shift.toFixed(3)} on average (pooled: ${pooled.toFixed(3)}; ${chat.length} lines)`,
    );
    expect(shift).toBeLessThan(pooled);
    expect(shift).toBeLessThan(0.4);
    expect(WEIGHTING.extractionShare).not.toBeNull();
  }, 60_000);
});
