import { describe, expect, it } from "vitest";
import shippedCommand from "../src/conversation/command-model.json" with { type: "json" };
import shippedReport from "../src/conversation/report-model.json" with { type: "json" };
import { reportFeatures } from "../src/conversation/report-odds.js";
import shippedTalk from "../src/conversation/talk-model.json" with { type: "json" };
import { talkFeatures } from "../src/conversation/talk-odds.js";
import { featuresDigest } from "./corpus/features-digest.js";
import { talkTrainingLines, trainTalkModel } from "./corpus/talk-model.js";
import { loadIntentCorpus } from "./corpus/score-intents.js";

/**
 * Round forty-two (model42): a learned model is current when its featurised training set is, not only its
 * sentences. Round forty's folds changed what old training lines turned into and the sentence digests
 * (`lines`, `intents`) did not notice (第四十一轮 model41); each model now also keeps `features`, the digest
 * of every training line's label and features, and the "ships" tests in talk-odds, report-odds and
 * command-guess compare it with today's.
 */
const corpus = loadIntentCorpus();
const lines = talkTrainingLines(corpus);
const rows = (feat: (text: string, leader: boolean) => string[]) =>
  lines.map((l) => ({ label: l.unclear ? "unclear" : "smalltalk", features: feat(l.text, l.leader) }));

describe("the models' digest covers their features", () => {
  it("changes when a fold changes what the same sentences turn into", () => {
    const today = featuresDigest(rows(talkFeatures));
    // A fold that reads one character as another (as round forty's did for dialect words): same lines, other features.
    const folded = featuresDigest(rows((t, leader) => talkFeatures(t.replace(/咋/g, "怎"), leader)));
    expect(lines.some((l) => l.text.includes("咋"))).toBe(true);
    expect(folded).not.toBe(today);
    // A featuriser change (one feature more per line) moves it too; the same featuriser gives the same digest.
    expect(featuresDigest(rows((t, leader) => [...talkFeatures(t, leader), "#x"]))).not.toBe(today);
    expect(featuresDigest(rows(talkFeatures))).toBe(today);
  });

  it("covers the label and keeps the line boundaries (no two rows hash alike by running together)", () => {
    const a = featuresDigest([{ label: "unclear", features: ["那", "事"] }]);
    expect(featuresDigest([{ label: "smalltalk", features: ["那", "事"] }])).not.toBe(a);
    expect(featuresDigest([{ label: "unclear", features: ["那事"] }])).not.toBe(a);
    expect(
      featuresDigest([
        { label: "unclear", features: ["那"] },
        { label: "unclear", features: ["事"] },
      ]),
    ).not.toBe(a);
    expect(featuresDigest([{ label: "unclear", features: ["那", "事"] }])).toBe(a);
  });

  it("is kept in every shipped model", () => {
    for (const m of [shippedTalk, shippedReport, shippedCommand] as Array<{ features?: unknown }>)
      expect(m.features).toMatch(/^[0-9a-f]{16}$/);
    // The report gate and the command guess read the same features.
    expect(reportFeatures("走访企业8家")).toContain("#len:≤8");
  });

  it("says so when a model's digest was recorded without retraining (the talk model, round forty-two)", () => {
    // The talk model's weights are still those of the round-39 features: retrained today they differ. Once
    // retrained (tools/train-talk-model.ts drops the note) the shipped weights are exactly today's training.
    const fresh = trainTalkModel(lines);
    const note = (shippedTalk as { featuresNote?: string }).featuresNote;
    const same =
      JSON.stringify(fresh.weights) === JSON.stringify(shippedTalk.weights) &&
      fresh.prior === shippedTalk.prior;
    expect(same, note ?? "no note: the shipped talk model must be today's training").toBe(note === undefined);
  });
});
