import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { latestVersion } from "../src/drafting/draft-model.js";
import { loadPrompts, type Prompts } from "../src/drafting/load-prompts.js";
import { pendingText } from "../src/drafting/review-view.js";
import { problemText } from "../src/drafting/offline-plan.js";
import { type FakeOpenAI, startFakeOpenAI } from "./fakes/fake-openai.js";
import { generateWithModelProblems } from "./helpers/generate-with-model-problems.js";
import { upd } from "./fixtures/drafting/make-material.js";
import { memoryStore } from "./fixtures/drafting/memory-store.js";

/**
 * draft52: the model paraphrases a feeling in a 公文's words (思想负担较重、干部职工工作压力较大、存在畏难情绪), or joins it
 * with 、 or 导致 — the draft51 filter read only the words staff say (心里没底、压力蛮大) between commas. Written before the rule.
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
      id: "u-cul-52",
      section: "popsci",
      date: "2025-11-20",
      normalizedText:
        "送戏下乡120场。存在的问题：一是讲解员弗够；二是文保经费一些些；三是值班人员压力大；四是资金压力蛮大。",
      items: [{ text: "送戏下乡120场", figures: [] }],
      problems: ["讲解员弗够", "文保经费一些些", "值班人员压力大", "资金压力蛮大"],
    }),
  ]);

const generate = (modelProblems: string[]) =>
  generateWithModelProblems(fake, prompts, material(), modelProblems);

describe("draft52: a feeling the model paraphrases stays out of 存在的问题", () => {
  it("drops 思想负担较重、干部职工压力较大、畏难情绪 the model wrote, alone or joined by ，、导致, and lists them", async () => {
    const d = await generate([
      "思想负担较重",
      "专业讲解员数量不足，干部职工思想负担较重",
      "文物保护经费不足、工作人员压力较大",
      "乡村博物馆管护力量薄弱导致工作压力较大",
      "部分干部存在畏难情绪",
      "值班人员压力大",
      "资金压力较大",
    ]);
    const v = latestVersion(d);
    const part = v.parts.find((p) => p.kind === "problems");
    expect(part?.origin).toBe("llm");
    const text = (part?.items ?? []).map((i) => i.text).join("；");
    expect(text).not.toMatch(/思想负担|工作人员压力|工作压力较大|畏难情绪/u);
    expect(text).toContain("专业讲解员数量不足");
    expect(text).toContain("文物保护经费不足");
    expect(text).toContain("乡村博物馆管护力量薄弱");
    expect(text).toContain("值班人员压力大");
    expect(text).toContain("资金压力较大");
    expect(part?.feelings).toEqual(expect.arrayContaining(["思想负担较重", "部分干部存在畏难情绪"]));
    expect(pendingText(d)).toContain("只说了感受");
  });

  it("offline: a feeling clause after a pause, with 蛮/交关 and 咯, is cut off too", () => {
    expect(problemText("说实话 今年压力交关大", "2025-11-20")).toBe("");
    expect(problemText("非遗传承人年纪都大了 我们心里蛮急咯", "2025-11-20")).not.toMatch(/心里|急/u);
    expect(problemText("非遗传承人年纪都大了 我们心里蛮急咯", "2025-11-20")).toContain("传承人");
    expect(problemText("群众心里没底 不愿意来", "2025-11-20")).toContain("群众心里没底");
  });
});
