/**
 * Coded errors. Every failure that reaches a user or an operator carries a stable
 * `code` (for tests and logs) and, where we know one, a `hint` saying how to fix it.
 */
export type ErrorCode =
  | "CONFIG_INVALID"
  | "ORG_INVALID"
  | "STORE_CORRUPT"
  | "STORE_LOCKED"
  | "STORE_IO"
  | "IMPORT_INVALID"
  | "PROMPT_INVALID"
  | "LLM_FAILED"
  | "FEISHU_API"
  | "BAD_REQUEST"
  | "NOT_FOUND"
  | "FORBIDDEN";

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly hint?: string;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; hint?: string } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.hint = options.hint;
  }

  /** Message plus hint, for a terminal or a log line. */
  describe(): string {
    return this.hint ? `${this.message}\n  → ${this.hint}` : this.message;
  }
}

export function isAppError(e: unknown, code?: ErrorCode): e is AppError {
  return e instanceof AppError && (code === undefined || e.code === code);
}

export function errorMessage(e: unknown): string {
  if (e instanceof AppError) return e.describe();
  if (e instanceof Error) return e.message;
  return String(e);
}
