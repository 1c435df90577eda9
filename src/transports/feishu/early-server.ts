import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { listenOn, sendJson } from "./health-server.js";

/**
 * The production entry listens on PORT before it loads the app, the Lark SDK and zod and before
 * the credential check, so that a supervisor sees a live process at once. Until the Feishu
 * transport takes the server over, `GET /healthz` honestly says `starting` (200 while start-up is
 * within the bounded offline time, 503 after it, like a long connection that does not come up),
 * and webhook requests get 503 with Retry-After: nothing can be authenticated yet, so nothing is
 * accepted; Feishu delivers the event again later.
 */
export interface EarlyServer {
  server: Server;
  /** When the process started listening: the offline clock of /healthz runs from here. */
  startedAt: number;
}

export async function listenEarly(opts: {
  port: number;
  host?: string;
  mode: "ws" | "webhook";
  maxOfflineMs: number;
  now?: () => number;
}): Promise<EarlyServer> {
  const now = opts.now ?? Date.now;
  const startedAt = now();
  const answer = (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    if (req.method === "GET" && path === "/healthz") {
      const offlineMs = now() - startedAt;
      const ok = offlineMs <= opts.maxOfflineMs;
      return sendJson(res, ok ? 200 : 503, {
        ok,
        mode: opts.mode,
        ready: false,
        connection: {
          state: "starting",
          since: new Date(startedAt).toISOString(),
          offlineSeconds: Math.round(offlineMs / 1000),
        },
        lastEventAt: null,
      });
    }
    if (path.startsWith("/webhook/")) {
      res.setHeader("retry-after", "1");
      res.setHeader("connection", "close");
      return sendJson(res, 503, { error: "starting: 正在启动，请稍后重试 / not ready yet" });
    }
    sendJson(res, 404, { error: "not found" });
  };
  const server = createServer(answer);
  server.requestTimeout = 10_000;
  server.headersTimeout = 10_000;
  await listenOn(server, opts.port, opts.host);
  return { server, startedAt };
}
