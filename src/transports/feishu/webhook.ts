import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { AppError, errorMessage } from "../../errors.js";
import type { Logger } from "../../log.js";
import type { DispatchResult, FeishuDispatcher } from "./dispatch.js";
import type { Health } from "./health.js";
import { listenOn, sendJson } from "./health-server.js";
import type { IntakeLull } from "./intake-lull.js";
import { parseBoundedJson } from "./bounded-json.js";
import { BodyShapeError, parseFeishuEvent, unwrapBody } from "./parse.js";
import { isFreshTimestamp, signatureHeaders, verifySignature, verifyToken } from "./verify.js";

/** Bodies larger than this are refused with 413 (Feishu events are a few KB). */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Beyond this much we stop draining an oversized body and drop the connection. */
const MAX_DRAIN_BYTES = 8 * MAX_BODY_BYTES;

export interface WebhookOptions {
  port: number;
  /** Interface to listen on; all interfaces by default. */
  host?: string;
  encryptKey?: string;
  verificationToken?: string;
  dispatcher: Pick<FeishuDispatcher, "dispatch">;
  /** What GET /healthz reports (a bare {ok: true} without it). */
  health?: Health;
  log: Logger;
  now?: () => number;
  maxBodyBytes?: number;
  /** A server already listening (the entry's early one): it is taken over instead of a new one. */
  server?: Server;
  /** Told of every request and of every event that needs processing: see intake-lull.ts. */
  lull?: IntakeLull;
}

export interface WebhookServer {
  /** Base URL, e.g. http://127.0.0.1:3000 */
  url: string;
  close(): Promise<void>;
}

/**
 * Webhook mode: `POST /webhook/event` (events), `POST /webhook/card` (card callbacks),
 * `GET /healthz`. Requires the encrypt key: every request must be signed (X-Lark-Signature over
 * the raw body, with a timestamp within five minutes) — only the unsigned URL check, encrypted
 * under our key, is let through. Unlike the SDK's adapters (200 to a bad signature, no timestamp
 * check), a request that fails the signature, the timestamp window or the verification token
 * gets 401 before its body is parsed, and nothing is stored. Bodies are size-bounded before
 * anything else and depth-bounded before parsing (400). Everything verified is answered as
 * soon as it is persisted.
 */
export async function startWebhook(opts: WebhookOptions): Promise<WebhookServer> {
  if (!opts.encryptKey) {
    // config.ts refuses this too; a webhook without signatures is open to forged events.
    throw new AppError("CONFIG_INVALID", "FEISHU_ENCRYPT_KEY: required in webhook mode", {
      hint: "在飞书开发者后台「事件与回调 → 加密策略」设置 Encrypt Key，并填入 FEISHU_ENCRYPT_KEY",
    });
  }
  const answer = (req: IncomingMessage, res: ServerResponse) => {
    opts.lull?.begin();
    handle(req, res, opts)
      .catch((e) => {
        opts.log.error("feishu webhook: request failed", { error: errorMessage(e) });
        if (!res.headersSent) sendJson(res, 500, { error: "internal error" });
      })
      .finally(() => opts.lull?.end());
  };
  if (opts.server) opts.server.removeAllListeners("request").on("request", answer);
  const server = opts.server ?? (await listenOn(createServer(answer), opts.port, opts.host));
  server.requestTimeout = 10_000;
  server.headersTimeout = 10_000;
  const addr = server.address() as AddressInfo;
  const host = opts.host && opts.host !== "0.0.0.0" && opts.host !== "::" ? opts.host : "127.0.0.1";
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${addr.port}`;
  opts.log.info("feishu webhook listening", { url, events: "/webhook/event", cards: "/webhook/card" });
  return { url, close: () => closeServer(server) };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections?.();
  });
}

type BodyResult = { ok: true; raw: Buffer } | { ok: false; tooLarge: true };

/** Read the raw body, refusing (but draining, so the client sees the answer) oversized ones. */
function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"] ?? "0");
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = declared > limit;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      if (size > MAX_DRAIN_BYTES) {
        resolve({ ok: false, tooLarge: true });
        req.destroy();
        return;
      }
      if (!tooLarge) chunks.push(chunk);
    });
    req.on("end", () =>
      resolve(tooLarge ? { ok: false, tooLarge: true } : { ok: true, raw: Buffer.concat(chunks) }),
    );
    req.on("error", reject);
  });
}

async function handle(req: IncomingMessage, res: ServerResponse, opts: WebhookOptions): Promise<void> {
  const path = (req.url ?? "/").split("?")[0];
  if (req.method === "GET" && path === "/healthz") {
    const report = (await opts.health?.report()) ?? { status: 200, body: { ok: true } };
    return sendJson(res, report.status, report.body);
  }
  if (path !== "/webhook/event" && path !== "/webhook/card")
    return sendJson(res, 404, { error: "not found" });
  if (req.method !== "POST") {
    res.setHeader("allow", "POST");
    return sendJson(res, 405, { error: "method not allowed" });
  }

  const body = await readBody(req, opts.maxBodyBytes ?? MAX_BODY_BYTES);
  if (!body.ok) {
    opts.log.warn("feishu webhook: body too large", { path });
    res.setHeader("connection", "close");
    return sendJson(res, 413, { error: "payload too large" });
  }
  const verdict = authenticate(req, body.raw, opts);
  if (!verdict.ok) {
    opts.log.warn("feishu webhook: request rejected", { path, why: verdict.why });
    return sendJson(res, verdict.status, { error: verdict.status === 401 ? "unauthorized" : verdict.why });
  }
  const event = parseFeishuEvent(verdict.body);
  if (!verifyToken(opts.verificationToken, event.token)) {
    opts.log.warn("feishu webhook: request rejected", { path, why: "bad verification token" });
    return sendJson(res, 401, { error: "unauthorized" });
  }

  // A card click is answered with what processing it produced: that needs the processing side now.
  if (event.type === "card_action") opts.lull?.needed();
  const result: DispatchResult = await opts.dispatcher.dispatch(event);
  switch (result.status) {
    case "challenge":
      return sendJson(res, 200, { challenge: result.challenge });
    case "card":
      return sendJson(res, 200, result.response);
    default:
      sendJson(res, 200, { code: 0 });
      // Answered (kept in the inbox first): its processing needs the processing side.
      if (result.status === "accepted") opts.lull?.needed();
  }
}

type Verdict = { ok: true; body: unknown } | { ok: false; status: 400 | 401; why: string };

/** `{"encrypt":"<base64>"}` and nothing else: the only shape an unsigned request may have. */
const ENCRYPTED_ONLY = /^\s*\{\s*"encrypt"\s*:\s*"([A-Za-z0-9+/=]+)"\s*\}\s*$/;

/**
 * Authenticate before parsing anything. A signed request needs all three X-Lark headers, a
 * timestamp within five minutes and a signature over the raw bytes; only then is the body
 * parsed (depth-bounded) and decrypted. An unsigned request is accepted only as Feishu's URL
 * check: a body that is exactly `{"encrypt": …}`, decrypts under our key, and is a
 * url_verification (its token is checked by the caller). Everything else gets 401.
 */
function authenticate(req: IncomingMessage, raw: Buffer, opts: WebhookOptions): Verdict {
  const key = opts.encryptKey as string;
  const sig = signatureHeaders(req.headers);
  const deny = (why: string): Verdict => ({ ok: false, status: 401, why });
  const shape = (e: unknown): Verdict =>
    e instanceof BodyShapeError
      ? { ok: false, status: 400, why: "body nested too deeply" }
      : deny("cannot decrypt");

  if (!sig.timestamp && !sig.nonce && !sig.signature) {
    const m = ENCRYPTED_ONLY.exec(raw.toString("utf8"));
    if (!m) return deny("unsigned request");
    let plain: unknown;
    try {
      plain = unwrapBody({ encrypt: m[1] }, key);
    } catch (e) {
      return shape(e);
    }
    const ev = parseFeishuEvent(plain);
    return ev.type === "url_verification" ? { ok: true, body: plain } : deny("unsigned request");
  }
  if (!sig.timestamp || !sig.nonce || !sig.signature) return deny("incomplete signature headers");
  if (!isFreshTimestamp(sig.timestamp, (opts.now ?? Date.now)())) return deny("stale or invalid timestamp");
  if (!verifySignature(sig, key, raw)) return deny("bad signature");

  const outer = parseBoundedJson(raw.toString("utf8"));
  if (!outer.ok)
    return {
      ok: false,
      status: 400,
      why: outer.reason === "too-deep" ? "body nested too deeply" : "malformed JSON",
    };
  try {
    return { ok: true, body: unwrapBody(outer.value, key) };
  } catch (e) {
    return shape(e);
  }
}
