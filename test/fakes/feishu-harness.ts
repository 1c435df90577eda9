import path from "node:path";
import { afterAll, afterEach } from "vitest";
import { type App, createApp, type Feature } from "../../src/app.js";
import { loadConfig } from "../../src/load-config.js";
import { createLogger, type Logger } from "../../src/log.js";
import type { EarlyServer } from "../../src/transports/feishu/early-server.js";
import { type FeishuTransport, startFeishu } from "../../src/transports/feishu/start.js";
import { type FakeFeishu, startFakeFeishu } from "./fake-feishu.js";
import { type FakeLongConnection, startFakeLongConnection } from "./fake-feishu-ws.js";
import { makeTmpDir } from "../helpers/tmp-dir.js";
import { TEST_FEISHU } from "./feishu-events.js";

export const FEISHU_ORG = path.resolve(import.meta.dirname, "../fixtures/feishu/org.json");

export interface FeishuHarness {
  app: App;
  feishu: FeishuTransport;
  fake: FakeFeishu;
  /** Webhook base URL (webhook mode), health endpoint base URL (ws mode). */
  url: string;
  /** The long-connection gateway (ws mode). */
  lc?: FakeLongConnection;
  logs: string[];
  /** Wait for all background processing and sends. */
  settle(): Promise<void>;
  /** Stop the transport and close the app (the fake stays up). */
  stop(): Promise<void>;
}

export interface HarnessOptions {
  dataDir: string;
  fake?: FakeFeishu;
  mode?: "webhook" | "ws";
  encryptKey?: string | null;
  verificationToken?: string | null;
  cardDeadlineMs?: number;
  /** Extra environment (e.g. FEISHU_MAX_OFFLINE_SEC). */
  env?: Record<string, string>;
  /** Features to install (default none: the transport alone). */
  features?: Feature[];
  /** The entry's early server, to be taken over (as `npm run serve` does). */
  early?: EarlyServer;
  /** The Lark SDK client is made only once this settles (an import that has not finished yet). */
  sdkGate?: Promise<unknown>;
}

/**
 * A real app (real store, the Feishu test roster) on the real Feishu transport, talking to the
 * fake Open Platform through FEISHU_DOMAIN. Backoff and rate-limit waits are instant.
 */
export async function startFeishuHarness(opts: HarnessOptions): Promise<FeishuHarness> {
  const fake =
    opts.fake ?? (await startFakeFeishu({ appId: TEST_FEISHU.appId, appSecret: TEST_FEISHU.appSecret }));
  const env: Record<string, string> = {
    DATA_DIR: opts.dataDir,
    ORG_FILE: FEISHU_ORG,
    LOG_LEVEL: "debug",
    FEISHU_APP_ID: TEST_FEISHU.appId,
    FEISHU_APP_SECRET: TEST_FEISHU.appSecret,
    FEISHU_DOMAIN: fake.url,
    FEISHU_MODE: opts.mode ?? "webhook",
    REMINDERS_ENABLED: "false",
    ...opts.env,
  };
  if (opts.encryptKey !== null) env.FEISHU_ENCRYPT_KEY = opts.encryptKey ?? TEST_FEISHU.encryptKey;
  if (opts.verificationToken !== null)
    env.FEISHU_VERIFICATION_TOKEN = opts.verificationToken ?? TEST_FEISHU.verificationToken;
  const config = loadConfig(env);
  const logs: string[] = [];
  const log: Logger = createLogger({ level: "debug", secrets: config.secrets, sink: (l) => logs.push(l) });
  const app = await createApp({ config, log, features: opts.features ?? [] });
  const lc = config.feishu?.mode === "ws" ? startFakeLongConnection(fake) : undefined;
  let feishu: FeishuTransport;
  try {
    feishu = await startFeishu(app, {
      port: 0,
      host: "127.0.0.1",
      sleep: async () => {},
      cardDeadlineMs: opts.cardDeadlineMs,
      restartDelayMs: 100,
      early: opts.early,
      sdkGate: opts.sdkGate,
    });
  } catch (e) {
    await lc?.close();
    await app.close();
    throw e;
  }
  return {
    app,
    feishu,
    fake,
    lc,
    url: feishu.url ?? "",
    logs,
    async settle() {
      await feishu.dispatcher.idle();
    },
    async stop() {
      await feishu.stop();
      await lc?.close();
      await app.close();
    },
  };
}

/**
 * Set-up for a file (or describe) of harness tests, awaited at its top: one fake Open Platform,
 * closed after all; `harness()` starts the app (in a new temp dir unless `dataDir` is given),
 * and the last one started is stopped and the fake reset after each test.
 */
export async function useFeishuHarness(): Promise<{
  fake: FakeFeishu;
  harness(opts?: Partial<HarnessOptions>): Promise<FeishuHarness>;
}> {
  const fake = await startFakeFeishu({
    appId: TEST_FEISHU.appId,
    appSecret: TEST_FEISHU.appSecret,
    botOpenId: TEST_FEISHU.botOpenId,
  });
  let h: FeishuHarness | undefined;
  afterAll(() => fake.close());
  afterEach(async () => {
    await h?.stop();
    h = undefined;
    fake.reset();
  });
  return {
    fake,
    async harness(opts = {}) {
      h = await startFeishuHarness({ dataDir: makeTmpDir(), fake, ...opts });
      return h;
    },
  };
}
