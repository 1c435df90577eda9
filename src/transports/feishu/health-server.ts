import { createServer, type Server } from "node:http";
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
}): Promise<HealthServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (req.method === "GET" && path === "/healthz") {
      const { status, body } = opts.health.report();
      const text = JSON.stringify(body);
      res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
      res.end(text);
      return;
    }
    res.writeHead(404, { "content-type": "application/json; charset=utf-8" });
    res.end(JSON.stringify({ error: "not found" }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (e: NodeJS.ErrnoException) =>
      reject(
        e.code === "EADDRINUSE"
          ? new AppError(
              "CONFIG_INVALID",
              `PORT=${opts.port} 已被占用 / port ${opts.port} is already in use`,
              {
                hint: "换一个 PORT，或停止占用该端口的程序（健康检查 /healthz 在此端口）",
              },
            )
          : e,
      ),
    );
    server.listen(opts.port, opts.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
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
