import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import protobuf from "protobufjs";
import { type WebSocket, WebSocketServer } from "ws";
import type { FakeFeishu } from "./fake-feishu.js";

/**
 * A fake of Feishu's long-connection gateway, written here from the client code of
 * `@larksuiteoapi/node-sdk` **1.74.0** (`WSClient`, `DataCache`, the `pbbp2` protobuf types), so the
 * real SDK client can connect to it over a real WebSocket on 127.0.0.1:
 *
 * - Endpoint discovery: the SDK POSTs `{AppID, AppSecret}` to `{domain}/callback/ws/endpoint` (the
 *   fake Open Platform's server) and expects `{code: 0, data: {URL, ClientConfig}}`; any other code
 *   but 1000040343 is fatal to the SDK, a transport error or HTTP error is retried. `ClientConfig`
 *   (seconds) sets ping interval, reconnect count (-1: forever), interval and jitter ("nonce").
 * - The socket URL carries `device_id`, `service_id` and a one-time `ticket`; the upgrade is refused
 *   with 403 for an unknown ticket.
 * - Frames are `pbbp2.Frame` {SeqID, LogID, service, method (0 control, 1 data), headers
 *   [{key, value}], payloadEncoding, payloadType, payload, LogIDNew}. Control frames: the client
 *   sends `type: ping`, the server answers `type: pong` with the ClientConfig JSON as payload.
 * - Data frames `type: event` carry `message_id`, `trace_id`, `sum` and `seq`: a payload cut into
 *   `sum` pieces (anywhere, even inside a UTF-8 character) is joined by the client before parsing.
 * - The client answers each complete event with the same frame plus a `biz_rt` header and the
 *   payload `{code: 200|500, data?: base64(JSON of the handler's result)}` — a card callback's
 *   answer (toast / new card) travels in `data`.
 * - The server may close the socket at any time; the SDK reconnects through discovery again.
 *
 * Like Feishu, an event that was not acknowledged is delivered again on the next connection.
 */

const PROTO = `
syntax = "proto2";
package pbbp2;
message Header {
  required string key = 1;
  required string value = 2;
}
message Frame {
  required uint64 SeqID = 1;
  required uint64 LogID = 2;
  required int32 service = 3;
  required int32 method = 4;
  repeated Header headers = 5;
  optional string payloadEncoding = 6;
  optional string payloadType = 7;
  optional bytes payload = 8;
  optional string LogIDNew = 9;
}
`;
// The SDK's generated pbbp2 code switches protobufjs (one shared module) to plain numbers for
// 64-bit fields when it loads (`util.Long = undefined`). Do the same before building the type and
// resolve it at once, so the fake does not depend on whether the server has loaded the SDK yet.
protobuf.util.Long = undefined as unknown as typeof protobuf.util.Long;
protobuf.configure();
const FrameType = protobuf.parse(PROTO).root.resolveAll().lookupType("pbbp2.Frame");

export interface Frame {
  SeqID: number;
  LogID: number;
  service: number;
  method: number;
  headers: Array<{ key: string; value: string }>;
  payload?: Uint8Array;
}

export function encodeFrame(f: Frame): Uint8Array {
  return FrameType.encode(FrameType.fromObject(f)).finish();
}

export function decodeFrame(bytes: Uint8Array): Frame {
  const o = FrameType.toObject(FrameType.decode(bytes), { longs: Number, defaults: true }) as Frame;
  return { ...o, headers: o.headers ?? [] };
}

/** Delay between a new connection and re-sending what the previous one left unanswered. */
const RESEND_AFTER_MS = 100;

const header = (f: Frame, key: string) => f.headers.find((h) => h.key === key)?.value;

/** The client's answer to one event. */
export interface Ack {
  messageId: string;
  /** 200 when the handler succeeded, 500 when it threw. */
  code: number;
  /** The handler's result (a card callback's answer), decoded from base64 JSON. */
  data?: unknown;
  /** Which connection (1-based) carried the answer. */
  connection: number;
}

export interface DeliverOptions {
  /** Cut the payload into this many pieces of about equal length (byte offsets, not characters). */
  fragments?: number;
  /** Or cut at these byte offsets. */
  cutAt?: number[];
  /** Frame message_id (a redelivery reuses the event but Feishu gives it a new frame id). */
  messageId?: string;
  /** Reject when no answer came within this many ms (default 5000). */
  timeoutMs?: number;
}

export interface ClientConfig {
  PingInterval: number;
  ReconnectCount: number;
  ReconnectInterval: number;
  ReconnectNonce: number;
}

export interface FakeLongConnectionOptions {
  /** Seconds; small defaults so tests reconnect fast. */
  clientConfig?: Partial<ClientConfig>;
  /** App secret the discovery checks (default: the one the fake Open Platform was started with). */
  appSecret?: string;
}

export interface FakeLongConnection {
  /** Connections accepted so far. */
  readonly connections: number;
  /** Pings received (all connections). */
  readonly pings: number;
  acks: Ack[];
  /** Frames the client sent that the fake could not decode. */
  badFrames: number;
  /** True while a client socket is open. */
  isConnected(): boolean;
  /** Resolves once `n` connections have been accepted in total. */
  waitForConnections(n: number, timeoutMs?: number): Promise<void>;
  /**
   * Deliver an event (JSON object) to the connected client — or, while none is, on the next
   * connection — and resolve with its answer. Unanswered when the connection drops → sent again.
   */
  deliver(event: unknown, opts?: DeliverOptions): Promise<Ack>;
  /** Close the current socket from the server side (`terminate`: no close handshake). */
  drop(how?: "close" | "terminate"): void;
  /** Refuse endpoint discovery with this Feishu code until called with undefined. */
  refuseDiscovery(code: number | undefined, msg?: string): void;
  close(): Promise<void>;
}

interface Pending {
  messageId: string;
  chunks: Uint8Array[];
  resolve(a: Ack): void;
  reject(e: Error): void;
  timer: NodeJS.Timeout;
}

/** Put a long-connection gateway on the fake Open Platform's server. */
export function startFakeLongConnection(
  fake: FakeFeishu,
  opts: FakeLongConnectionOptions = {},
): FakeLongConnection {
  const clientConfig: ClientConfig = {
    PingInterval: 1,
    ReconnectCount: -1,
    ReconnectInterval: 0.2,
    ReconnectNonce: 0,
    ...opts.clientConfig,
  };
  const appSecret = opts.appSecret ?? "fake-app-secret";
  const serviceId = 7000 + Math.floor(Math.random() * 1000);
  const tickets = new Set<string>();
  const wss = new WebSocketServer({ noServer: true });
  const pending = new Map<string, Pending>();
  let current: WebSocket | undefined;
  /** Sockets past their first RESEND_AFTER_MS: new events go out at once. */
  const settled = new WeakSet<WebSocket>();
  let connections = 0;
  let pings = 0;
  let seq = 0;
  let refusal: { code: number; msg: string } | undefined;
  const connectWaiters: Array<() => void> = [];

  fake.wsEndpoint = (body) => {
    const b = (body ?? {}) as { AppID?: string; AppSecret?: string };
    if (refusal) return { status: 200, body: { code: refusal.code, msg: refusal.msg, data: {} } };
    if (b.AppID !== fake.appId || b.AppSecret !== appSecret)
      return { status: 200, body: { code: 514, msg: "auth failed: app id or secret invalid", data: {} } };
    const ticket = randomUUID();
    tickets.add(ticket);
    const url = `${fake.url.replace(/^http/, "ws")}/ws/v2?device_id=dev_${connections + 1}&service_id=${serviceId}&ticket=${ticket}`;
    return { status: 200, body: { code: 0, msg: "ok", data: { URL: url, ClientConfig: clientConfig } } };
  };

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const u = new URL(req.url ?? "/", "http://fake");
    const ticket = u.searchParams.get("ticket") ?? "";
    if (u.pathname !== "/ws/v2" || !tickets.delete(ticket)) {
      socket.end("HTTP/1.1 403 Forbidden\r\nhandshake-status: 403\r\nhandshake-msg: bad ticket\r\n\r\n");
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => accept(ws));
  };
  fake.server.on("upgrade", onUpgrade);

  function accept(ws: WebSocket): void {
    current?.terminate();
    current = ws;
    connections += 1;
    const connection = connections;
    ws.on("message", (raw: Buffer) => {
      let f: Frame;
      try {
        f = decodeFrame(raw);
      } catch {
        api.badFrames += 1;
        return;
      }
      if (f.method === 0 && header(f, "type") === "ping") {
        pings += 1;
        send(ws, {
          SeqID: 0,
          LogID: 0,
          service: serviceId,
          method: 0,
          headers: [{ key: "type", value: "pong" }],
          payload: new TextEncoder().encode(JSON.stringify(clientConfig)),
        });
        return;
      }
      if (f.method === 1) {
        const id = header(f, "message_id") ?? "";
        const p = pending.get(id);
        if (!p) return;
        const resp = JSON.parse(new TextDecoder().decode(f.payload ?? new Uint8Array())) as {
          code: number;
          data?: string;
        };
        pending.delete(id);
        clearTimeout(p.timer);
        const ack: Ack = {
          messageId: id,
          code: resp.code,
          data: resp.data ? JSON.parse(Buffer.from(resp.data, "base64").toString("utf8")) : undefined,
          connection,
        };
        api.acks.push(ack);
        p.resolve(ack);
      }
    });
    ws.on("close", () => {
      if (current === ws) current = undefined;
    });
    ws.on("error", () => {});
    // Whatever was not answered on the previous connection goes out again, a moment after the
    // handshake (the SDK attaches its message handler only after its connect promise settles).
    const resend = setTimeout(() => {
      settled.add(ws);
      for (const p of pending.values()) sendChunks(ws, p);
    }, RESEND_AFTER_MS);
    ws.on("close", () => clearTimeout(resend));
    for (const w of connectWaiters.splice(0)) w();
  }

  function send(ws: WebSocket, f: Frame): void {
    if (ws.readyState === ws.OPEN) ws.send(encodeFrame(f));
  }

  function sendChunks(ws: WebSocket, p: Pending): void {
    const traceId = randomUUID();
    p.chunks.forEach((chunk, i) => {
      send(ws, {
        SeqID: ++seq,
        LogID: seq,
        service: serviceId,
        method: 1,
        headers: [
          { key: "type", value: "event" },
          { key: "message_id", value: p.messageId },
          { key: "sum", value: String(p.chunks.length) },
          { key: "seq", value: String(i) },
          { key: "trace_id", value: traceId },
        ],
        payload: chunk,
      });
    });
  }

  const api: FakeLongConnection & { badFrames: number } = {
    get connections() {
      return connections;
    },
    get pings() {
      return pings;
    },
    acks: [],
    badFrames: 0,
    isConnected: () => current?.readyState === 1,
    async waitForConnections(n, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (connections < n) {
        if (Date.now() > deadline) throw new Error(`fake long connection: no connection #${n}`);
        await new Promise<void>((r) => {
          connectWaiters.push(r);
          setTimeout(r, 50);
        });
      }
    },
    deliver(event, o = {}) {
      const bytes = new TextEncoder().encode(JSON.stringify(event));
      const cuts = o.cutAt ?? evenCuts(bytes.length, o.fragments ?? 1);
      const chunks: Uint8Array[] = [];
      let start = 0;
      for (const c of [...cuts, bytes.length]) {
        chunks.push(bytes.slice(start, c));
        start = c;
      }
      const messageId = o.messageId ?? `msg_${randomUUID()}`;
      return new Promise<Ack>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(messageId);
          reject(new Error(`fake long connection: no answer to ${messageId}`));
        }, o.timeoutMs ?? 5000);
        const p: Pending = { messageId, chunks, resolve, reject, timer };
        pending.set(messageId, p);
        if (current && current.readyState === current.OPEN && settled.has(current)) sendChunks(current, p);
      });
    },
    drop(how = "terminate") {
      if (!current) return;
      if (how === "terminate") current.terminate();
      else current.close(1001, "server going away");
      current = undefined;
    },
    refuseDiscovery(code, msg = "refused") {
      refusal = code === undefined ? undefined : { code, msg };
    },
    async close() {
      fake.server.off("upgrade", onUpgrade);
      fake.wsEndpoint = undefined;
      for (const p of pending.values()) {
        clearTimeout(p.timer);
        p.reject(new Error("fake long connection closed"));
      }
      pending.clear();
      for (const c of wss.clients) c.terminate();
      await new Promise<void>((r) => wss.close(() => r()));
    },
  };
  return api;
}

function evenCuts(length: number, pieces: number): number[] {
  const cuts: number[] = [];
  for (let i = 1; i < pieces; i++) cuts.push(Math.round((length * i) / pieces));
  return cuts;
}
