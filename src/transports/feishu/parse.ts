import { parseBoundedJson } from "./bounded-json.js";
import { decryptFeishu } from "./decrypt.js";
import {
  CardActionBodySchema,
  type Envelope,
  EnvelopeSchema,
  type FeishuEvent,
  MessageBodySchema,
} from "./types.js";

export const MESSAGE_EVENT = "im.message.receive_v1";
export const CARD_ACTION_EVENT = "card.action.trigger";

/** Raised when an `{"encrypt": …}` body cannot be decrypted (wrong key or tampered data). */
export class DecryptError extends Error {
  override readonly name = "DecryptError";
}

/** Raised when a decrypted body nests deeper than MAX_JSON_DEPTH (or is not JSON). */
export class BodyShapeError extends Error {
  override readonly name = "BodyShapeError";
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Turn a JSON body into the plain event object: `{"encrypt": …}` is decrypted with the encrypt
 * key; plain bodies pass through. Throws DecryptError when decryption is impossible.
 */
export function unwrapBody(json: unknown, encryptKey: string | undefined): unknown {
  if (!isRecord(json) || typeof json.encrypt !== "string") return json;
  if (!encryptKey) throw new DecryptError("received an encrypted body but FEISHU_ENCRYPT_KEY is not set");
  let text: string;
  try {
    text = decryptFeishu(encryptKey, json.encrypt);
  } catch (e) {
    throw new DecryptError(`cannot decrypt body: ${(e as Error).message}`);
  }
  const parsed = parseBoundedJson(text);
  if (parsed.ok) return parsed.value;
  if (parsed.reason === "too-deep") throw new BodyShapeError("decrypted body is nested too deeply");
  throw new DecryptError("decrypted body is not JSON");
}

/** The verification token a body carries: schema 2.0 `header.token`, v1 and url_verification `token`. */
export function bodyToken(body: unknown): string | undefined {
  if (!isRecord(body)) return undefined;
  if (isRecord(body.header) && typeof body.header.token === "string") return body.header.token;
  return typeof body.token === "string" ? body.token : undefined;
}

/** Parse a decrypted body into the FeishuEvent tagged union. Never throws. */
export function parseFeishuEvent(body: unknown): FeishuEvent {
  const token = bodyToken(body);
  if (isRecord(body) && body.type === "url_verification" && typeof body.challenge === "string") {
    return { type: "url_verification", challenge: body.challenge, token };
  }
  const env = EnvelopeSchema.safeParse(body);
  if (!env.success) {
    const eventType =
      isRecord(body) && isRecord(body.event) ? String(body.event.type ?? "") || undefined : undefined;
    return { type: "unsupported", eventType, token, reason: "not a schema 2.0 event", raw: body };
  }
  return parseEnvelope(env.data, token);
}

function parseEnvelope(raw: Envelope, token: string | undefined): FeishuEvent {
  const eventType = raw.header.event_type;
  const eventId = raw.header.event_id;
  const unsupported = (reason: string): FeishuEvent => ({
    type: "unsupported",
    eventType,
    token,
    reason,
    raw,
  });
  if (eventType === MESSAGE_EVENT) {
    const parsed = MessageBodySchema.safeParse(raw.event);
    if (parsed.success) return { type: "message", eventId, token, body: parsed.data, raw };
    return unsupported(`invalid ${eventType}: ${parsed.error.message}`);
  }
  if (eventType === CARD_ACTION_EVENT) {
    const parsed = CardActionBodySchema.safeParse(raw.event);
    if (parsed.success) return { type: "card_action", eventId, token, body: parsed.data, raw };
    return unsupported(`invalid ${eventType}: ${parsed.error.message}`);
  }
  return unsupported("event type not handled");
}

const HEADER_KEYS = ["event_id", "event_type", "create_time", "token", "app_id", "tenant_key"] as const;

/**
 * The SDK's EventDispatcher hands handlers a *flattened* event (`{...header, ...event}`). Rebuild
 * the schema 2.0 envelope so long connection and webhook feed the same parser and inbox format.
 * For card actions the event's own `token` (the card token) shadows the header token; that is
 * fine — the long connection is authenticated by the connection itself.
 */
export function envelopeFromSdk(data: Record<string, unknown>, eventType: string): Envelope {
  const header: Record<string, unknown> = { event_type: eventType };
  const event: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) {
    if (k === "schema") continue;
    if (
      (HEADER_KEYS as readonly string[]).includes(k) &&
      !(eventType === CARD_ACTION_EVENT && k === "token")
    ) {
      header[k] = v;
    } else {
      event[k] = v;
    }
  }
  header.event_type = eventType;
  return { schema: "2.0", header: header as Envelope["header"], event };
}
