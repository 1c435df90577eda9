/**
 * Retries for model calls: timeouts, connection failures, 429 (honouring Retry-After) and 5xx
 * are retried with exponential backoff and jitter; anything else (400, 401, 404) is not —
 * retrying a bad key only makes the leader wait longer for the same failure.
 */
export interface RetryOptions {
  maxRetries: number;
  /** First backoff delay; doubles each attempt. */
  baseDelayMs?: number;
  /** Upper bound for one wait, including a server's Retry-After. */
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  onRetry?: (info: { attempt: number; delayMs: number; reason: string }) => void;
}

export interface ErrorClass {
  retryable: boolean;
  reason: string;
  retryAfterMs?: number;
}

const sleepReal = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function headerValue(headers: unknown, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name) ?? undefined;
  const rec = headers as Record<string, unknown>;
  const v = rec[name] ?? rec[name.toLowerCase()];
  return typeof v === "string" ? v : undefined;
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const s = Number(value.trim());
  if (Number.isFinite(s) && s >= 0) return s * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Decide whether an error from the OpenAI client (as wrapped by LangChain) is worth retrying. */
export function classifyError(e: unknown): ErrorClass {
  const err = e as {
    status?: number;
    name?: string;
    code?: string;
    headers?: unknown;
    message?: string;
    cause?: unknown;
  };
  const status = typeof err?.status === "number" ? err.status : undefined;
  if (status === 429) {
    return {
      retryable: true,
      reason: "429 rate limited",
      retryAfterMs:
        parseRetryAfter(headerValue(err.headers, "retry-after-ms")) !== undefined
          ? Number(headerValue(err.headers, "retry-after-ms"))
          : parseRetryAfter(headerValue(err.headers, "retry-after")),
    };
  }
  if (status !== undefined && status >= 500) {
    // 503 with Retry-After (overloaded gateways send it): wait as told, like a 429.
    const after = parseRetryAfter(headerValue(err.headers, "retry-after"));
    return {
      retryable: true,
      reason: `HTTP ${status}`,
      ...(after !== undefined ? { retryAfterMs: after } : {}),
    };
  }
  if (status === 408 || status === 409) return { retryable: true, reason: `HTTP ${status}` };
  if (status !== undefined) return { retryable: false, reason: `HTTP ${status}` };
  const name = err?.name ?? "";
  const msg = String(err?.message ?? e);
  if (/timeout|timed out/i.test(name) || /timeout|timed out/i.test(msg))
    return { retryable: true, reason: "timeout" };
  if (
    /APIConnectionError|FetchError|AbortError/i.test(name) ||
    /ECONNREFUSED|ECONNRESET|socket|network|fetch failed|Connection error/i.test(msg)
  ) {
    return { retryable: true, reason: "connection failed" };
  }
  return { retryable: false, reason: msg.split("\n")[0] ?? "error" };
}

/** Run `fn`, retrying retryable failures; the last error is rethrown with `attempts` set. */
export async function withRetry<T>(fn: (attempt: number) => Promise<T>, opts: RetryOptions): Promise<T> {
  const base = opts.baseDelayMs ?? 1000;
  const max = opts.maxDelayMs ?? 60_000;
  const sleep = opts.sleep ?? sleepReal;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (e) {
      const c = classifyError(e);
      if (!c.retryable || attempt >= opts.maxRetries) {
        if (e && typeof e === "object") (e as { attempts?: number }).attempts = attempt + 1;
        throw e;
      }
      const backoff = base * 2 ** attempt * (0.8 + Math.random() * 0.4);
      const delayMs = Math.min(max, Math.round(c.retryAfterMs ?? backoff));
      opts.onRetry?.({ attempt: attempt + 1, delayMs, reason: c.reason });
      await sleep(delayMs);
    }
  }
}
