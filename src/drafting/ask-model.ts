import { createHash } from "node:crypto";
import { z } from "zod";
import type { Logger } from "../log.js";
import { callJson, type JsonOutcome } from "../llm/call-json.js";
import type { ChatMessage, LlmClient } from "../llm/llm-client.js";
import type { Collection } from "../store/types.js";
import type { CacheEntry, Usage } from "./draft-model.js";
import { emptyUsage } from "./draft-model.js";

/**
 * One model request as the pipeline sees it: bounded concurrency, the answer cache, usage
 * accounting and a circuit breaker. Each request already retries transient faults with backoff
 * (llm/retry-llm.ts, honouring Retry-After); a part whose request still fails goes offline on
 * its own. Only after BREAKER_THRESHOLD consecutive failed parts is the model treated as down,
 * so the remaining parts go straight to the offline drafter instead of each waiting through its
 * retries. One success closes the count again: a single 503 never sends the rest offline.
 */
export const BREAKER_THRESHOLD = 3;

/**
 * Bounded concurrency: LangChain's AsyncCaller (a p-queue), with its retries off — retries are
 * per request in llm/retry-llm.ts, which waits as a 503's or 429's Retry-After says (AsyncCaller's
 * own backoff does not; see test/llm-langchain.test.ts). Loaded on the first model call, so a
 * start without a model (or before any drafting) does not load LangChain (test/lean-start.test.ts).
 */
export class Limiter {
  private caller?: Promise<{ call<T>(fn: () => Promise<T>): Promise<T> }>;
  constructor(private readonly max: number) {}
  run<T>(fn: () => Promise<T>): Promise<T> {
    this.caller ??= import("@langchain/core/utils/async_caller").then(
      ({ AsyncCaller }) => new AsyncCaller({ maxConcurrency: this.max, maxRetries: 0 }),
    );
    return this.caller.then((c) => c.call(fn));
  }
}

export interface ModelSession {
  llm?: LlmClient;
  cache?: Collection<CacheEntry>;
  limiter: Limiter;
  usage: Usage;
  /** Set once the breaker opens: why the model is considered down. */
  down?: string;
  /** Consecutive transport failures (reset by any success). */
  failures?: number;
  log?: Logger;
  now: () => Date;
  repair: (error: string) => string;
}

export function createSession(
  opts: Omit<ModelSession, "usage" | "limiter"> & { concurrency: number },
): ModelSession {
  return { ...opts, limiter: new Limiter(Math.max(1, opts.concurrency)), usage: emptyUsage() };
}

/** Hash of everything that decides an answer: model, schema name and the full messages. */
export function requestKey(model: string, kind: string, messages: ChatMessage[]): string {
  return createHash("sha256")
    .update(JSON.stringify([model, kind, messages]))
    .digest("hex")
    .slice(0, 32);
}

export type AskResult<T> = JsonOutcome<T> & { key: string };

export async function ask<T>(
  s: ModelSession,
  kind: string,
  messages: ChatMessage[],
  schema: z.ZodType<T>,
): Promise<AskResult<T>> {
  const key = s.llm ? requestKey(s.llm.model, kind, messages) : "";
  if (!s.llm) return { ok: false, reason: "未配置模型（离线草稿）", transport: true, key };
  if (s.down) return { ok: false, reason: s.down, transport: true, key };
  const hit = await s.cache?.get(key);
  if (hit) {
    const parsed = schema.safeParse(hit.output);
    if (parsed.success) {
      s.usage.cachedCalls += 1;
      return { ok: true, value: parsed.data, repaired: false, key };
    }
  }
  const llm = s.llm;
  const out = await s.limiter.run(async () => {
    if (s.down) return undefined;
    const jsonSchema = {
      name: kind,
      schema: z.toJSONSchema(schema, { io: "input" }) as Record<string, unknown>,
    };
    const r = await callJson(
      llm,
      { label: kind, messages, schema, jsonSchema, repairMessage: s.repair },
      s.usage,
    );
    // Counted inside the limiter, so requests queued behind this one see an open breaker.
    if (!r.ok && r.transport) {
      s.failures = (s.failures ?? 0) + 1;
      if (s.failures >= BREAKER_THRESHOLD)
        s.down = `模型服务连续${s.failures}次调用失败，其余部分未再调用（最后一次：${r.reason}）`;
    } else s.failures = 0;
    return r;
  });
  if (!out) return { ok: false, reason: s.down ?? "模型服务不可用", transport: true, key };
  if (out.ok) {
    await s.cache?.put({ id: key, at: s.now().toISOString(), model: llm.model, output: out.value });
  } else {
    s.log?.warn("model answer unusable, offline drafter stands in", { kind, reason: out.reason });
  }
  return { ...out, key };
}
