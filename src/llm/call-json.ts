import { z } from "zod";
import { AppError } from "../errors.js";
import { explainBadAnswer, explainModelError } from "./explain-error.js";
import type { ChatMessage, LlmClient, TokenUsage } from "./llm-client.js";

/**
 * One structured request: send, parse the reply as JSON, validate with zod. On a reply that
 * does not parse or validate, one repair round sends the validation error back; a second bad
 * reply is a failure the caller answers with the offline drafter. Transport failures (after
 * the client's retries) also come back as failures, never as exceptions.
 */
export interface Meter {
  calls: number;
  retries: number;
  repairs: number;
  inputTokens: number;
  outputTokens: number;
  totalTokens: number;
}

export interface JsonRequest<T> {
  label: string;
  messages: ChatMessage[];
  schema: z.ZodType<T>;
  /** JSON schema of the answer, sent only when LLM_JSON_MODE=json_schema. */
  jsonSchema?: { name: string; schema: Record<string, unknown> };
  /** Builds the repair message from the error text (prompts/repair-json.md). */
  repairMessage: (error: string) => string;
}

export type JsonOutcome<T> =
  | { ok: true; value: T; repaired: boolean }
  | { ok: false; reason: string; transport: boolean; error?: unknown };

/** Pull a JSON object out of a reply that may carry ``` fences or a sentence around it. */
export function parseJsonText(content: string): unknown {
  let t = content.replace(/^\uFEFF/, "").trim();
  if (t === "") throw new Error("回答为空");
  const fence = /```(?:json)?\s*([\s\S]*?)```/i.exec(t);
  if (fence) t = (fence[1] as string).trim();
  const start = t.indexOf("{");
  const end = t.lastIndexOf("}");
  if (start < 0) throw new Error("回答中没有 JSON 对象");
  try {
    return JSON.parse(end > start ? t.slice(start, end + 1) : t.slice(start));
  } catch (e) {
    throw new Error(`JSON 无法解析：${(e as Error).message}`);
  }
}

function addUsage(meter: Meter, u: TokenUsage): void {
  meter.calls += 1;
  meter.inputTokens += u.inputTokens;
  meter.outputTokens += u.outputTokens;
  meter.totalTokens += u.totalTokens;
}

function check<T>(
  content: string,
  schema: z.ZodType<T>,
): { ok: true; value: T } | { ok: false; error: string } {
  let data: unknown;
  try {
    data = parseJsonText(content);
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) return { ok: false, error: `JSON 格式不符合要求：\n${z.prettifyError(parsed.error)}` };
  return { ok: true, value: parsed.data };
}

export async function callJson<T>(
  client: LlmClient,
  req: JsonRequest<T>,
  meter: Meter,
): Promise<JsonOutcome<T>> {
  const onRetry = () => {
    meter.retries += 1;
  };
  const messages = [...req.messages];
  for (let round = 0; round < 2; round++) {
    let content: string;
    try {
      const res = await client.complete(messages, { onRetry, jsonSchema: req.jsonSchema });
      addUsage(meter, res.usage);
      content = res.content;
    } catch (e) {
      const reason = e instanceof AppError ? e.message : `模型服务调用失败：${explainModelError(e)}`;
      return { ok: false, reason, transport: true, error: e };
    }
    const result = check(content, req.schema);
    if (result.ok) return { ok: true, value: result.value, repaired: round > 0 };
    if (round === 1)
      return {
        ok: false,
        reason: `模型两次输出均不合格：${explainBadAnswer(result.error)}`,
        transport: false,
      };
    meter.repairs += 1;
    messages.push({ role: "assistant", content }, { role: "user", content: req.repairMessage(result.error) });
  }
  return { ok: false, reason: "unreachable", transport: false };
}
