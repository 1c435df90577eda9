import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A real HTTP server speaking the OpenAI-compatible `POST /v1/chat/completions` (non-streaming),
 * for tests that point the real ChatOpenAI at it through OPENAI_BASE_URL. Each call takes the
 * next scripted answer from a queue (or the default responder): JSON content, raw text
 * (malformed JSON), empty content, an HTTP error with Retry-After, or a slow answer.
 * Every request is recorded, so tests count calls and read what was sent.
 */
export type Script =
  | { kind: "json"; body: unknown; usage?: { prompt: number; completion: number } }
  | { kind: "text"; content: string }
  | { kind: "empty" }
  | { kind: "status"; status: number; retryAfter?: string; message?: string }
  | { kind: "slow"; delayMs: number; answer: Script }
  /** A body that is not the API's JSON at all (a gateway's HTML page, a bare string). */
  | { kind: "raw"; status: number; contentType: string; body: string };

export interface RecordedRequest {
  at: number;
  model: string;
  messages: Array<{ role: string; content: string }>;
  responseFormat?: { type: string };
  body: Record<string, unknown>;
  /** Text of all messages joined, for easy matching. */
  text: string;
  /** The last user message. */
  lastUser: string;
}

export type Responder = Script | ((req: RecordedRequest) => Script);

export interface FakeOpenAI {
  /** Base URL including /v1, for OPENAI_BASE_URL. */
  url: string;
  requests: RecordedRequest[];
  /** Queue answers for the next calls, in order. */
  enqueue(...answers: Responder[]): void;
  /** What to answer when the queue is empty (default: HTTP 500). */
  setDefault(r: Responder): void;
  close(): Promise<void>;
}

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
};

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function completion(model: string, content: string, usage = { prompt: 100, completion: 50 }) {
  return {
    id: `chatcmpl-${Math.random().toString(36).slice(2)}`,
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop", logprobs: null }],
    usage: {
      prompt_tokens: usage.prompt,
      completion_tokens: usage.completion,
      total_tokens: usage.prompt + usage.completion,
    },
  };
}

export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  const queue: Responder[] = [];
  let fallback: Responder = { kind: "status", status: 500, message: "no scripted answer" };
  const requests: RecordedRequest[] = [];
  const sockets = new Set<import("node:net").Socket>();

  const answer = async (res: ServerResponse, model: string, s: Script): Promise<void> => {
    switch (s.kind) {
      case "slow":
        await new Promise((r) => setTimeout(r, s.delayMs));
        if (res.destroyed || res.writableEnded) return;
        return answer(res, model, s.answer);
      case "status":
        return json(
          res,
          s.status,
          { error: { message: s.message ?? `error ${s.status}`, type: "server_error", code: null } },
          s.retryAfter ? { "retry-after": s.retryAfter } : {},
        );
      case "empty":
        return json(res, 200, completion(model, ""));
      case "text":
        return json(res, 200, completion(model, s.content));
      case "json":
        return json(res, 200, completion(model, JSON.stringify(s.body), s.usage));
      case "raw":
        res.writeHead(s.status, { "content-type": s.contentType });
        res.end(s.body);
        return;
    }
  };

  const server: Server = createServer(async (req, res) => {
    try {
      if (req.method !== "POST" || !req.url?.endsWith("/chat/completions")) {
        return json(res, 404, { error: { message: `no route ${req.method} ${req.url}` } });
      }
      const body = JSON.parse(await readBody(req)) as Record<string, unknown>;
      const messages = ((body.messages as Array<{ role: string; content: unknown }>) ?? []).map((m) => ({
        role: m.role,
        content: typeof m.content === "string" ? m.content : JSON.stringify(m.content),
      }));
      const rec: RecordedRequest = {
        at: Date.now(),
        model: String(body.model ?? ""),
        messages,
        responseFormat: body.response_format as { type: string } | undefined,
        body,
        text: messages.map((m) => m.content).join("\n"),
        lastUser: [...messages].reverse().find((m) => m.role === "user")?.content ?? "",
      };
      requests.push(rec);
      const next = queue.shift() ?? fallback;
      const script = typeof next === "function" ? next(rec) : next;
      await answer(res, rec.model, script);
    } catch (e) {
      if (!res.headersSent) json(res, 500, { error: { message: (e as Error).message } });
    }
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue: (...a) => queue.push(...a),
    setDefault: (r) => {
      fallback = r;
    },
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}
