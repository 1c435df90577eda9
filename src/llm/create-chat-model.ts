import { ChatOpenAI } from "@langchain/openai";
import type { Config } from "../config.js";

/**
 * LangChain's ChatOpenAI pointed at any OpenAI-compatible endpoint (OpenAI, DeepSeek, Qwen in
 * DashScope compatible mode, GLM, Ollama). Retries are ours (see retry-llm.ts): LangChain's own
 * are switched off so a 429 or 503 Retry-After is honoured once, not multiplied by two retry layers
 * (LangChain's own backoff does not wait for Retry-After: test/llm-langchain.test.ts).
 * Returns undefined without a key: the caller uses the offline drafter.
 */
export function createChatModel(llm: Config["llm"]): ChatOpenAI | undefined {
  if (!llm.apiKey) return undefined;
  return new ChatOpenAI({
    model: llm.model,
    apiKey: llm.apiKey,
    configuration: llm.baseURL ? { baseURL: llm.baseURL } : {},
    timeout: llm.timeoutMs,
    maxRetries: 0,
    temperature: 0.3,
    streaming: false,
  });
}
