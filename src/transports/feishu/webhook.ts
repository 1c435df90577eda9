import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { errorMessage } from "../../errors.js";
import type { Logger } from "../../log.js";
import type { DispatchResult, FeishuDispatcher } from "./dispatch.js";
import type { Health } from "./health.js";
import { DecryptError, parseFeishuEvent, unwrapBody } from "./parse.js";
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
}

export interface WebhookServer {
  /** Base URL, e.g. http://127.0.0.1:3000 */
  url: string;
  close(): Promise<void>;
}

/**
 * Webhook mode: `POST /webhook/event` (events), `POST /webhook/card` (card callbacks),
 * `GET /healthz`. Unlike the SDK's adapters (200 to a bad signature, no timestamp check), a
 * request that fails the signature, the five-minute timestamp window or the verification token
 * gets 401 and nothing is stored. Everything verified is answered as soon as it is persisted.
 */
export async function startWebhook(opts: WebhookOptions): Promise<WebhookServer> {
  const server = createServer((req, res) => {
    handle(req, res, opts).catch((e) => {
      opts.log.error("feishu webhook: request failed", { error: errorMessage(e) });
      if (!res.headersSent) send(res, 500, { error: "internal error" });
    });
  });
  server.requestTimeout = 10_000;
  server.headersTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
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

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
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
    const report = opts.health?.report() ?? { status: 200, body: { ok: true } };
    return send(res, report.status, report.body);
  }
  if (path !== "/webhook/event" && path !== "/webhook/card") return send(res, 404, { error: "not found" });
  if (req.method !== "POST") {
    res.setHeader("allow", "POST");
    return send(res, 405, { error: "method not allowed" });
  }

  const body = await readBody(req, opts.maxBodyBytes ?? MAX_BODY_BYTES);
  if (!body.ok) {
    opts.log.warn("feishu webhook: body too large", { path });
    res.setHeader("connection", "close");
    return send(res, 413, { error: "payload too large" });
  }
  const raw = body.raw;
  let json: unknown;
  try {
    json = JSON.parse(raw.toString("utf8"));
  } catch {
    return send(res, 400, { error: "malformed JSON" });
  }

  const sig = signatureHeaders(req.headers);
  const now = (opts.now ?? Date.now)();
  const reject = (why: string) => {
    opts.log.warn("feishu webhook: request rejected", { path, why });
    send(res, 401, { error: "unauthorized" });
  };
  if (sig.timestamp && !isFreshTimestamp(sig.timestamp, now)) return reject("stale or invalid timestamp");
  const signed = !!(sig.timestamp && sig.nonce && sig.signature);
  if (opts.encryptKey && signed && !verifySignature(sig, opts.encryptKey, raw))
    return reject("bad signature");

  let plain: unknown;
  try {
    plain = unwrapBody(json, opts.encryptKey);
  } catch (e) {
    if (e instanceof DecryptError && !opts.encryptKey) {
      opts.log.error("feishu webhook: encrypted body but FEISHU_ENCRYPT_KEY is not set", {
        hint: "copy the Encrypt Key from 事件与回调 → 加密策略 into FEISHU_ENCRYPT_KEY",
      });
      return send(res, 400, { error: "encrypted body, no key configured" });
    }
    return reject("cannot decrypt");
  }
  const event = parseFeishuEvent(plain);
  // With an encrypt key Feishu signs every event; only the URL check may come unsigned, and
  // then decrypting it with our key (and the token below) is what authenticates it.
  if (opts.encryptKey && !signed && event.type !== "url_verification") return reject("unsigned request");
  if (!verifyToken(opts.verificationToken, event.token)) return reject("bad verification token");

  const result: DispatchResult = await opts.dispatcher.dispatch(event);
  switch (result.status) {
    case "challenge":
      return send(res, 200, { challenge: result.challenge });
    case "card":
      return send(res, 200, result.response);
    default:
      return send(res, 200, { code: 0 });
  }
}
