import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { latestVersion } from "../src/drafting/draft-model.js";
import { loadPrompts, type Prompts } from "../src/drafting/load-prompts.js";
import { pendingText } from "../src/drafting/review-view.js";
import { problemText } from "../src/drafting/offline-plan.js";
import { type FakeOpenAI, startFakeOpenAI } from "./fakes/fake-openai.js";
import { generateWithModelProblems } from "./helpers/generate-with-model-problems.js";
import { upd } from "./fixtures/drafting/make-material.js";
import { memoryStore } from "./fixtures/drafting/memory-store.js";
import { requestKind } from "./fixtures/drafting/smart-responder.js";

/**
 * draft51: a feeling said as a problem (心里没底、压力好大) was kept out of 存在的问题 only by the offline drafter (draft50).
 * On the model path the prompt now says so, and what the model writes is held to it: a problem that is a feeling alone is
 * not written, a feeling clause the model adds to a problem (「执法车辆不足，工作压力较大」) is cut off, and the reviewer is
 * told both, as offline. A problem said of someone or something (群众心里没底，不愿意搬) stays.
 */
let fake: FakeOpenAI;
let prompts: Prompts;
beforeAll(async () => {
  fake = await startFakeOpenAI();
  prompts = await loadPrompts();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
});

const material = () =>
  memoryStore([
    upd({
      id: "u-pop-51",
      section: "popsci",
      date: "2025-11-20",
      normalizedText:
        "在城关镇开展科普讲座3场。存在的问题：一是压力好大；二是讲解员太少，心里没底；三是群众心里没底，不愿意来听。",
      items: [{ text: "在城关镇开展科普讲座3场", figures: [] }],
      problems: ["压力好大", "讲解员太少，心里没底", "群众心里没底，不愿意来听"],
    }),
  ]);

const generate = (modelProblems: string[]) =>
  generateWithModelProblems(fake, prompts, material(), modelProblems);

describe("draft51: feelings stay out of 存在的问题 on the model path", () => {
  it("tells the model that a feeling is no problem, and sends it no feeling as a problem", async () => {
    await generate(["讲解员数量不足"]);
    const doc = fake.requests.find((r) => requestKind(r) === "document")?.text ?? "";
    expect(doc).toContain("只是填报人的感受");
    const problems = /各科室填报的问题[\s\S]*?<material>\n([\s\S]*?)\n<\/material>/u.exec(doc)?.[1] ?? "";
    expect(problems).toContain("讲解员不足");
    expect(problems).not.toContain("压力");
    expect(problems).not.toMatch(/讲解员[^\n]*没底/u);
    expect(problems).toContain("群众心里没底");
  });

  it("drops a feeling the model wrote as a problem or added to one, and lists it for the reviewer", async () => {
    const d = await generate([
      "工作压力较大",
      "讲解员数量不足，心里没底",
      "部分群众心里没底，参与积极性不高",
    ]);
    const v = latestVersion(d);
    const part = v.parts.find((p) => p.kind === "problems");
    expect(part?.origin).toBe("llm");
    const text = (part?.items ?? []).map((i) => i.text).join("；");
    expect(text).not.toContain("压力");
    expect(text).toContain("讲解员数量不足");
    expect(text).not.toMatch(/讲解员数量不足，心里没底/u);
    expect(text).toContain("部分群众心里没底");
    expect(part?.feelings).toEqual(expect.arrayContaining(["工作压力较大", "心里没底"]));
    expect(pendingText(d)).toContain("只说了感受");
  });

  it("offline too: a feeling clause of a problem is cut off, the problem kept (讲解员太少，心里没底)", () => {
    expect(problemText("讲解员太少，心里没底", "2025-11-20")).toBe("讲解员不足");
    expect(problemText("执法车得一台，压力好大", "2025-11-20")).not.toContain("压力");
    expect(problemText("群众心里没底，不愿意搬", "2025-11-20")).toContain("群众心里没底");
    expect(problemText("资金压力蛮大", "2025-11-20")).toContain("资金压力");
  });
});
