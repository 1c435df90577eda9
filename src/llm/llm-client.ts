import type { ChatOpenAI } from "@langchain/openai";
import type { Config } from "../config.js";
import { AppError } from "../errors.js";
import { explainModelError } from "./explain-error.js";
import { type RetryOptions, withRetry } from "./retry-llm.js";

/**
 * The one door to the model: chat messages in, text and token usage out, with our retries.
 * JSON mode (`response_format: {type: "json_object"}`) is the default because DeepSeek, Qwen,
 * GLM and Ollama offer it; `json_schema` is used only when LLM_JSON_MODE asks for it.
 * The pipeline depends on this interface, not on LangChain, so it can be tested with a stub.
 * LangChain itself is imported on the first call, so a start without a model (console, offline
 * drafts) never loads it.
 */
export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
  totalTokens: number;
}

export interface Completion {
  content: string;
  usage: TokenUsage;
}

export interface CompleteOptions {
  /** A JSON schema, sent only in json_schema mode. */
  jsonSchema?: { name: string; schema: Record<string, unknown> };
  onRetry?: RetryOptions["onRetry"];
}

export interface LlmClient {
  readonly model: string;
  complete(messages: ChatMessage[], opts?: CompleteOptions): Promise<Completion>;
}

export interface LlmClientOptions {
  /** First backoff delay (tests make it small). */
  baseDelayMs?: number;
  maxDelayMs?: number;
}

function textOf(content: unknown): string {
  if (typeof content === "string") return content;
  if (Array.isArray(content)) {
    return content.map((c) => (typeof c === "string" ? c : ((c as { text?: string }).text ?? ""))).join("");
  }
  return "";
}

/** Wrap a ChatOpenAI (or a loader of one, called on first use) with JSON mode, retries and usage accounting. */
export function wrapChatModel(
  modelOrLoader: ChatOpenAI | (() => Promise<ChatOpenAI>),
  llm: Pick<Config["llm"], "model" | "jsonMode" | "maxRetries">,
  opts: LlmClientOptions = {},
): LlmClient {
  return {
    model: llm.model,
    async complete(messages, callOpts = {}) {
      let model: ChatOpenAI;
      try {
        model = typeof modelOrLoader === "function" ? await modelOrLoader() : modelOrLoader;
      } catch (e) {
        throw new AppError("LLM_FAILED", "模型客户端无法加载（LangChain）", {
          cause: e,
          hint: "运行 npm ci 重新安装依赖；期间使用离线草稿",
        });
      }
      const responseFormat =
        llm.jsonMode === "json_schema" && callOpts.jsonSchema
          ? {
              type: "json_schema" as const,
              json_schema: {
                name: callOpts.jsonSchema.name,
                schema: callOpts.jsonSchema.schema,
                strict: false,
              },
            }
          : { type: "json_object" as const };
      try {
        const msg = await withRetry(
          // Plain {role, content} messages: LangChain turns them into its message classes.
          () =>
            model.invoke(
              messages.map((m) => ({ role: m.role, content: m.content })),
              { response_format: responseFormat } as never,
            ),
          {
            maxRetries: llm.maxRetries,
            baseDelayMs: opts.baseDelayMs,
            maxDelayMs: opts.maxDelayMs,
            onRetry: callOpts.onRetry,
          },
        );
        const u = msg.usage_metadata;
        return {
          content: textOf(msg.content),
          usage: {
            inputTokens: u?.input_tokens ?? 0,
            outputTokens: u?.output_tokens ?? 0,
            totalTokens: u?.total_tokens ?? (u?.input_tokens ?? 0) + (u?.output_tokens ?? 0),
          },
        };
      } catch (e) {
        throw new AppError("LLM_FAILED", `模型服务调用失败：${explainModelError(e)}`, {
          cause: e,
          hint: "检查 OPENAI_BASE_URL / OPENAI_API_KEY / LLM_MODEL，或稍后重试；期间使用离线草稿",
        });
      }
    },
  };
}

/** The configured client, or undefined when no key is set (offline drafting). */
export function createLlmClient(llm: Config["llm"], opts: LlmClientOptions = {}): LlmClient | undefined {
  if (!llm.apiKey) return undefined;
  let loading: Promise<ChatOpenAI> | undefined;
  const load = () => {
    loading ??= import("./create-chat-model.js").then((m) => m.createChatModel(llm)!);
    // A failed import is not kept: the next call tries again.
    loading.catch(() => {
      loading = undefined;
    });
    return loading;
  };
  return wrapChatModel(load, llm, opts);
}
