import { loadConfig } from "../../src/load-config.js";
import { createDraftingService } from "../../src/drafting/draft-service.js";
import type { Prompts } from "../../src/drafting/load-prompts.js";
import { createLlmClient } from "../../src/llm/llm-client.js";
import type { FakeOpenAI } from "../fakes/fake-openai.js";
import { testOrg } from "../fixtures/drafting/make-material.js";
import type { memoryStore } from "../fixtures/drafting/memory-store.js";
import { requestKind, smartAnswer } from "../fixtures/drafting/smart-responder.js";

/**
 * A 2025 draft generated through the fake OpenAI-compatible server, whose document answer writes `modelProblems` as
 * 存在的问题 (each sourced to U1): what the model path keeps of the problems the model wrote (draft51/52 feelings tests).
 */
export async function generateWithModelProblems(
  fake: FakeOpenAI,
  prompts: Prompts,
  store: ReturnType<typeof memoryStore>,
  modelProblems: string[],
) {
  fake.setDefault((r) => {
    const a = smartAnswer(r);
    if (requestKind(r) !== "document" || a.kind !== "json") return a;
    const body = a.body as Record<string, unknown>;
    return { ...a, body: { ...body, problems: modelProblems.map((text) => ({ text, sources: ["U1"] })) } };
  });
  const config = loadConfig({
    OPENAI_BASE_URL: fake.url,
    OPENAI_API_KEY: "sk-test",
    LLM_MODEL: "qwen-plus",
    LLM_TIMEOUT_MS: "1000",
    LLM_MAX_RETRIES: "2",
  });
  const service = await createDraftingService({
    org: testOrg(),
    store,
    prompts,
    llm: createLlmClient(config.llm, { baseDelayMs: 5 }),
    clock: { now: () => new Date("2025-12-20T02:00:00Z") },
    timezone: "Asia/Shanghai",
    concurrency: config.llm.concurrency,
    contextTokens: config.llm.contextTokens,
  });
  return service.generate({ year: 2025 }, "zhou-ju");
}
