/**
 * The server side of the webhook benchmarks, in its own process so the load client does not
 * share its event loop:
 *   node --import tsx bench/feishu-server.ts '{"mode":"bare"}'
 *   node --import tsx bench/feishu-server.ts '{"mode":"app","dataDir":…,"orgFile":…,"fakeUrl":…}'
 * Prints `BENCH_LISTENING {"url": …}` on stdout once listening; runs until SIGTERM.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createApp } from "../src/app.js";
import { loadConfig } from "../src/load-config.js";
import { createLogger } from "../src/log.js";
import { BENCH_FEISHU } from "./lib/feishu-creds.js";

interface Args {
  mode: "bare" | "app";
  dataDir?: string;
  orgFile?: string;
  fakeUrl?: string;
}

async function main(): Promise<void> {
  const args = JSON.parse(process.argv[2]!) as Args;
  if (args.mode === "bare") {
    // The floor: node:http reading the body and answering 200 with the same JSON the webhook sends.
    const server = createServer((req, res) => {
      req.on("data", () => undefined);
      req.on("end", () => {
        const text = '{"code":0}';
        res.writeHead(200, {
          "content-type": "application/json; charset=utf-8",
          "content-length": text.length,
        });
        res.end(text);
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const { port } = server.address() as AddressInfo;
    process.stdout.write(`BENCH_LISTENING ${JSON.stringify({ url: `http://127.0.0.1:${port}` })}\n`);
    return;
  }
  const { startFeishu } = await import("../src/transports/feishu/start.js");
  const config = loadConfig({
    DATA_DIR: args.dataDir,
    ORG_FILE: args.orgFile,
    LOG_LEVEL: "warn",
    FEISHU_APP_ID: BENCH_FEISHU.appId,
    FEISHU_APP_SECRET: BENCH_FEISHU.appSecret,
    FEISHU_ENCRYPT_KEY: BENCH_FEISHU.encryptKey,
    FEISHU_VERIFICATION_TOKEN: BENCH_FEISHU.verificationToken,
    FEISHU_DOMAIN: args.fakeUrl,
    FEISHU_MODE: "webhook",
    REMINDERS_ENABLED: "false",
  });
  let warnings = 0;
  const log = createLogger({
    level: "warn",
    secrets: config.secrets,
    sink: (line) => {
      warnings += 1;
      if (warnings <= 20) process.stderr.write(`${line}\n`);
    },
  });
  const app = await createApp({ config, log });
  const feishu = await startFeishu(app, { port: 0, host: "127.0.0.1" });
  process.stdout.write(`BENCH_LISTENING ${JSON.stringify({ url: feishu.url })}\n`);
  process.on("SIGTERM", () => {
    process.stderr.write(`feishu-server: ${warnings} warning/error log lines\n`);
    process.exit(0);
  });
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
