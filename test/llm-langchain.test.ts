import { ChatOpenAI } from "@langchain/openai";
import { PromptTemplate } from "@langchain/core/prompts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPrompts } from "../src/drafting/load-prompts.js";
import { wrapChatModel } from "../src/llm/llm-client.js";
import { type FakeOpenAI, startFakeOpenAI } from "./fakes/fake-openai.js";

/**
 * Why two jobs LangChain offers stay ours (the third, bounded concurrency, is LangChain's
 * AsyncCaller in drafting/ask-model.ts):
 * - retries: ChatOpenAI switches the OpenAI client's own retries off and retries through its
 *   AsyncCaller, whose backoff does not wait for a 503's Retry-After;
 * - prompt templates: PromptTemplate's f-strings cannot read our templates, whose JSON examples
 *   use single braces, and its mustache mode finds no variables in them.
 */
let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(() => fake.close());

const ok = { kind: "json" as const, body: { ok: true } };

describe("LangChain where it fits and where it does not", () => {
  it("ChatOpenAI's own retry comes back before a 503's Retry-After; ours waits for it", async () => {
    const model = (maxRetries: number) =>
      new ChatOpenAI({ model: "m", apiKey: "sk-test", configuration: { baseURL: fake.url }, maxRetries });
    fake.enqueue({ kind: "status", status: 503, retryAfter: "3" }, ok);
    fake.requests.length = 0;
    await model(1).invoke("hi");
    const [a, b] = fake.requests;
    expect(b!.at - a!.at).toBeLessThan(2900);

    fake.enqueue({ kind: "status", status: 503, retryAfter: "3" }, ok);
    fake.requests.length = 0;
    const ours = wrapChatModel(
      model(0),
      { model: "m", jsonMode: "json_object", maxRetries: 1 },
      { baseDelayMs: 5 },
    );
    await ours.complete([{ role: "user", content: "hi" }]);
    const [c, d] = fake.requests;
    expect(d!.at - c!.at).toBeGreaterThanOrEqual(2900);
  }, 15_000);

  it("PromptTemplate cannot read the prompt files as they are", async () => {
    const prompts = await loadPrompts();
    expect(() => PromptTemplate.fromTemplate(prompts.template("draft-section"))).toThrow("Single '}'");
    expect(
      PromptTemplate.fromTemplate(prompts.template("draft-section"), { templateFormat: "mustache" })
        .inputVariables,
    ).toEqual([]);
  });
});
