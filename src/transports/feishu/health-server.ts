import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { AppError } from "../../errors.js";
import type { Logger } from "../../log.js";
import type { Health } from "./health.js";

/** Long-connection mode has no webhook server: this one answers `GET /healthz` on PORT, nothing else. */
export interface HealthServer {
  url: string;
  close(): Promise<void>;
}

export async function startHealthServer(opts: {
  port: number;
  host?: string;
  health: Health;
  log: Logger;
  /** A server already listening (the entry's early one): it is taken over instead of a new one. */
  server?: Server;
}): Promise<HealthServer> {
  const answer = (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? "/").split("?")[0];
    if (req.method === "GET" && path === "/healthz") {
      void opts.health.report().then(({ status, body }) => sendJson(res, status, body));
      return;
    }
    sendJson(res, 404, { error: "not found" });
  };
  if (opts.server) opts.server.removeAllListeners("request").on("request", answer);
  const server = opts.server ?? (await listenOn(createServer(answer), opts.port, opts.host));
  const addr = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${addr.port}`;
  opts.log.info("health endpoint listening", { url: `${url}/healthz` });
  return {
    url,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

/** A JSON answer (the webhook's, the health endpoint's and the early server's). */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

/** Listens on port/host; a port in use becomes a clear CONFIG_INVALID naming PORT. */
export async function listenOn(server: Server, port: number, host?: string): Promise<Server> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", (e: NodeJS.ErrnoException) =>
      reject(
        e.code === "EADDRINUSE"
          ? new AppError("CONFIG_INVALID", `PORT=${port} 已被占用 / port ${port} is already in use`, {
              hint: "换一个 PORT，或停止占用该端口的程序（健康检查 /healthz 在此端口）",
            })
          : e,
      ),
    );
    server.listen(port, host, () => {
      server.removeAllListeners("error");
      resolve();
    });
  });
  return server;
}
