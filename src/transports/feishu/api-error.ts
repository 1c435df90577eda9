/**
 * A failed Open Platform call, with what retry decisions need: the Feishu `code` (body) and the
 * HTTP status. Built from both shapes the SDK produces — a resolved body with `code !== 0`, and
 * an axios error carrying the response.
 */
export class FeishuApiError extends Error {
  override readonly name = "FeishuApiError";
  constructor(
    message: string,
    readonly code: number | undefined,
    readonly status: number | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Feishu codes meaning "too many requests". */
export const RATE_LIMIT_CODES = new Set([230020, 99991400]);
/** Codes meaning the tenant access token is invalid or expired. */
export const TOKEN_INVALID_CODES = new Set([99991663, 99991661, 99991668]);
/** Card content too large. */
export const CARD_TOO_LARGE_CODES = new Set([230025]);

export function isRetryable(e: unknown): boolean {
  if (!(e instanceof FeishuApiError)) return false;
  if (e.code !== undefined && RATE_LIMIT_CODES.has(e.code)) return true;
  if (e.status === 429) return true;
  if (e.status !== undefined && e.status >= 500) return true;
  // No status and no code: a network failure (reset, refused, timeout).
  return e.status === undefined && e.code === undefined;
}

export function isTokenInvalid(e: unknown): boolean {
  return e instanceof FeishuApiError && e.code !== undefined && TOKEN_INVALID_CODES.has(e.code);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/** Normalise anything the SDK threw into a FeishuApiError. */
export function toApiError(e: unknown, what: string): FeishuApiError {
  if (e instanceof FeishuApiError) return e;
  if (isRecord(e) && isRecord(e.response)) {
    const status = typeof e.response.status === "number" ? e.response.status : undefined;
    const data = e.response.data;
    const code = isRecord(data) && typeof data.code === "number" ? data.code : undefined;
    const msg =
      isRecord(data) && typeof data.msg === "string"
        ? data.msg
        : String((e as { message?: unknown }).message);
    return new FeishuApiError(
      `${what}: ${status ?? ""} ${code ?? ""} ${msg}`.replace(/\s+/g, " "),
      code,
      status,
      {
        cause: e,
      },
    );
  }
  const message = e instanceof Error ? e.message : String(e);
  return new FeishuApiError(`${what}: ${message}`, undefined, undefined, { cause: e });
}

/** Throw when a resolved SDK body carries a non-zero code; return it otherwise. */
export function checkBody<T>(res: T, what: string): T {
  if (isRecord(res) && typeof res.code === "number" && res.code !== 0) {
    throw new FeishuApiError(`${what}: ${res.code} ${String(res.msg ?? "")}`, res.code, 200);
  }
  return res;
}
