import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/load-config.js";
import { figureKey, findFigures } from "../src/domain/figures.js";
import { normalizeText } from "../src/domain/normalize.js";
import { parseOrg } from "../src/domain/org.js";
import { loadPrompts } from "../src/drafting/load-prompts.js";
import { createLlmClient } from "../src/llm/llm-client.js";
import { loadReports } from "./corpus/load-reports.js";
import { extractViaModel, loadRecorded, recordedResponder } from "./corpus/recorded-model.js";
import { rates, scoreCase, emptyScore } from "./corpus/score-extraction.js";
import { type FakeOpenAI, startFakeOpenAI } from "./fakes/fake-openai.js";

/**
 * The model path over part of the corpus, through the real client and the fake OpenAI server
 * answering from the recorded answers (which carry invented and mis-scaled figures, a wrong kind
 * and broken JSON on a fixed schedule). Grounding must let no unstated figure through, and broken
 * answers must fall back to the rules. The whole corpus runs in `npm run bench`.
 */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const cases = loadReports().slice(0, 60);
let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI();
  fake.setDefault(recordedResponder(cases));
});
afterAll(() => fake.close());

describe("model extraction on recorded answers", () => {
  it("keeps no figure the message does not state, falls back on broken answers, scores like the rules", async () => {
    const llm = createLlmClient(
      loadConfig({ OPENAI_BASE_URL: fake.url, OPENAI_API_KEY: "k", LLM_MAX_RETRIES: "0" }).llm,
    )!;
    const deps = {
      llm,
      prompts: await loadPrompts(),
      org,
      meter: { calls: 0, retries: 0, repairs: 0, inputTokens: 0, outputTokens: 0, totalTokens: 0 },
    };
    const stats = { fellBack: 0, droppedFigures: 0, addedFigures: 0 };
    const score = emptyScore();
    for (const c of cases) {
      const ex = await extractViaModel(deps, c, stats);
      const stated = new Set(findFigures(normalizeText(c.text)).map((f) => figureKey(f.figure)));
      for (const f of ex.figures) expect(stated.has(figureKey(f)), `${c.id} ${f.raw}`).toBe(true);
      scoreCase(score, c, { clauses: ex.clauses ?? [], figures: ex.figures });
    }
    const recorded = loadRecorded();
    const broken = cases.filter((c) => "broken" in (recorded[c.id] ?? {})).length;
    expect(broken).toBeGreaterThan(0);
    expect(stats.fellBack).toBe(broken);
    expect(stats.droppedFigures).toBeGreaterThan(0);
    const r = rates(score);
    expect(r.figurePrecision).toBeGreaterThanOrEqual(0.97);
    expect(r.clauseAccuracy).toBeGreaterThanOrEqual(0.92);
    expect(r.figureRecall).toBeGreaterThanOrEqual(0.97);
  }, 60_000);
});
