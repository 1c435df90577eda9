import { createHash, timingSafeEqual } from "node:crypto";

/** Largest age (and clock skew into the future) accepted for X-Lark-Request-Timestamp. */
export const MAX_REQUEST_AGE_MS = 5 * 60 * 1000;

/** Header names are lower-cased by node:http. */
export interface SignatureHeaders {
  timestamp?: string;
  nonce?: string;
  signature?: string;
}

/** Read the three signature headers from a node:http header map. */
export function signatureHeaders(headers: Record<string, string | string[] | undefined>): SignatureHeaders {
  const one = (name: string) => {
    const v = headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  return {
    timestamp: one("x-lark-request-timestamp"),
    nonce: one("x-lark-request-nonce"),
    signature: one("x-lark-signature"),
  };
}

/** sha256(timestamp + nonce + encryptKey + rawBody), hex — what Feishu puts in X-Lark-Signature. */
export function computeSignature(
  timestamp: string,
  nonce: string,
  encryptKey: string,
  rawBody: string | Buffer,
): string {
  return createHash("sha256")
    .update(timestamp + nonce + encryptKey)
    .update(rawBody)
    .digest("hex");
}

/** Equal-length-safe, constant-time string comparison. */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a, "utf8");
  const y = Buffer.from(b, "utf8");
  if (x.length !== y.length) {
    // Still spend the time of a comparison so length is the only thing leaked.
    timingSafeEqual(x, x);
    return false;
  }
  return timingSafeEqual(x, y);
}

/**
 * Check X-Lark-Signature over the *raw* body bytes (re-serialised JSON would not match).
 * Missing headers fail: when an encrypt key is configured, Feishu signs every event.
 */
export function verifySignature(h: SignatureHeaders, encryptKey: string, rawBody: string | Buffer): boolean {
  if (!h.timestamp || !h.nonce || !h.signature) return false;
  return safeEqual(computeSignature(h.timestamp, h.nonce, encryptKey, rawBody), h.signature.toLowerCase());
}

/**
 * True when the request timestamp (Unix seconds) is within five minutes of now. The SDK's own
 * adapters never check it, so a captured request could be replayed forever.
 */
export function isFreshTimestamp(
  timestamp: string | undefined,
  nowMs: number,
  maxAgeMs = MAX_REQUEST_AGE_MS,
): boolean {
  if (!timestamp || !/^\d{1,13}$/.test(timestamp)) return false;
  const n = Number(timestamp);
  // Seconds per the Feishu docs; accept milliseconds too rather than rejecting a valid sender.
  const ms = timestamp.length >= 13 ? n : n * 1000;
  return Math.abs(nowMs - ms) <= maxAgeMs;
}

/** Verification token check; passes when no token is configured. */
export function verifyToken(expected: string | undefined, got: string | undefined): boolean {
  if (!expected) return true;
  return typeof got === "string" && safeEqual(expected, got);
}
