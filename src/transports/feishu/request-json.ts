import type { IncomingMessage } from "node:http";

/** Largest Open Platform answer read by `requestJson` (a token or bot info is well under 1 KB). */
const MAX_ANSWER_BYTES = 256 * 1024;

export interface JsonAnswer {
  status: number;
  /** The parsed body; undefined when it was not JSON. */
  body: unknown;
}

/**
 * One JSON request over node:http / node:https, without the Lark SDK (whose import costs a few
 * hundred milliseconds) and without `fetch` (undici's first use costs about a hundred more).
 * Used for the start-up credential check only; everything else goes through the SDK client.
 * Rejects on a network failure or when no answer came within `timeoutMs`.
 */
export async function requestJson(
  url: string,
  opts: { method: "GET" | "POST"; body?: unknown; token?: string; timeoutMs: number },
): Promise<JsonAnswer> {
  const u = new URL(url);
  const { request } = u.protocol === "https:" ? await import("node:https") : await import("node:http");
  const payload = opts.body === undefined ? undefined : JSON.stringify(opts.body);
  const headers: Record<string, string> = { accept: "application/json" };
  if (payload !== undefined) {
    headers["content-type"] = "application/json; charset=utf-8";
    headers["content-length"] = String(Buffer.byteLength(payload));
  }
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  return new Promise<JsonAnswer>((resolve, reject) => {
    const req = request(u, { method: opts.method, headers }, (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on("data", (c: Buffer) => {
        size += c.length;
        if (size > MAX_ANSWER_BYTES) {
          req.destroy(new Error(`answer larger than ${MAX_ANSWER_BYTES} bytes`));
          return;
        }
        chunks.push(c);
      });
      res.on("end", () => {
        clearTimeout(timer);
        let body: unknown;
        try {
          body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
        } catch {
          body = undefined;
        }
        resolve({ status: res.statusCode ?? 0, body });
      });
      res.on("error", (e) => {
        clearTimeout(timer);
        reject(e);
      });
    });
    const timer = setTimeout(
      () => req.destroy(new Error(`no answer within ${Math.round(opts.timeoutMs / 1000)} s`)),
      opts.timeoutMs,
    );
    req.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    req.end(payload);
  });
}
