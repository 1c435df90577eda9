import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type App, createApp } from "../src/app.js";
import type { Config } from "../src/config.js";
import { loadConfig } from "../src/load-config.js";
import { findPerson } from "../src/domain/org.js";
import { createLogger } from "../src/log.js";
import { startFakeFeishu, type FakeFeishu } from "./fakes/fake-feishu.js";
import { postEvent, textEvent } from "./fakes/feishu-events.js";
import { FEISHU_ORG } from "./fakes/feishu-harness.js";
import { type FakeOpenAI, startFakeOpenAI } from "./fakes/fake-openai.js";
import { makeTmpDir, useTmpDirs } from "./helpers/tmp-dir.js";

/**
 * The app secret, the encrypt key, the verification token and the API key must never reach a log
 * line — neither our logger's sink nor anything written to stdout/stderr (the Feishu SDK and the
 * OpenAI client have loggers of their own) — even when Feishu and the model fail in the ways
 * that make libraries print request configs.
 */
useTmpDirs();

const SECRETS = {
  FEISHU_APP_SECRET: "AppSecret7hQ2vN9xK4mR8wT1yL6p",
  FEISHU_ENCRYPT_KEY: "EncryptKey3bF8sD2gH5jK9lZ0x",
  FEISHU_VERIFICATION_TOKEN: "VerifToken6cV1bN4mQ7wE2rT5y",
  OPENAI_API_KEY: "sk-live-9Kd2Jf8Hs7Ga6Pq5Lw4Zx3Cv",
};
const APP_ID = "cli_a1b2c3d4e5f60718";

/** Everything that could be a log line: our sink, console.*, and raw writes to stdout/stderr. */
function capture() {
  const lines: string[] = [];
  const origOut = process.stdout.write.bind(process.stdout);
  const origErr = process.stderr.write.bind(process.stderr);
  const methods = ["log", "info", "warn", "error", "debug", "trace"] as const;
  const origConsole = methods.map((m) => console[m]);
  process.stdout.write = ((chunk: unknown, ...rest: unknown[]) => {
    lines.push(String(chunk));
    return (origOut as (...a: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof process.stdout.write;
  process.stderr.write = ((chunk: unknown, ...rest: unknown[]) => {
    lines.push(String(chunk));
    return (origErr as (...a: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof process.stderr.write;
  for (const m of methods) {
    const orig = console[m];
    console[m] = (...args: unknown[]) => {
      lines.push(args.map((a) => (typeof a === "string" ? a : safeInspect(a))).join(" "));
      orig(...args);
    };
  }
  return {
    lines,
    sink: (line: string) => lines.push(line),
    restore() {
      process.stdout.write = origOut;
      process.stderr.write = origErr;
      methods.forEach((m, i) => {
        console[m] = origConsole[i]!;
      });
    },
  };
}

function safeInspect(v: unknown): string {
  try {
    return JSON.stringify(v, (_k, x) =>
      x instanceof Error ? { ...x, message: x.message, stack: x.stack } : x,
    );
  } catch {
    return String(v);
  }
}

function leaks(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines)
    for (const [name, value] of Object.entries(SECRETS))
      if (line.includes(value)) out.push(`${name} in: ${line.slice(0, 300)}`);
  return out;
}

function config(dataDir: string, extra: Record<string, string>): Config {
  return loadConfig({
    DATA_DIR: dataDir,
    ORG_FILE: FEISHU_ORG,
    LOG_LEVEL: "debug",
    FEISHU_APP_ID: APP_ID,
    FEISHU_MODE: "webhook",
    REMINDERS_ENABLED: "false",
    LLM_TIMEOUT_MS: "1000",
    LLM_MAX_RETRIES: "1",
    ...SECRETS,
    ...extra,
  });
}

let cap: ReturnType<typeof capture>;
afterEach(() => cap?.restore());

describe("secrets never reach the logs", () => {
  it("the config lists every secret, and the logger masks them in messages, data and errors", () => {
    const cfg = config(makeTmpDir(), {});
    for (const v of Object.values(SECRETS)) expect(cfg.secrets).toContain(v);
    cap = capture();
    const log = createLogger({ level: "debug", secrets: cfg.secrets, sink: cap.sink });
    const err = new Error(`request failed: app_secret=${SECRETS.FEISHU_APP_SECRET}`);
    log.error(`auth failed with ${SECRETS.OPENAI_API_KEY}`, {
      error: err,
      request: {
        headers: { Authorization: `Bearer ${SECRETS.OPENAI_API_KEY}` },
        data: JSON.stringify({ app_id: APP_ID, app_secret: SECRETS.FEISHU_APP_SECRET }),
        url: `https://example.test/hook?key=${SECRETS.FEISHU_ENCRYPT_KEY}`,
      },
      token: SECRETS.FEISHU_VERIFICATION_TOKEN,
    });
    log.warn("plain", { nested: { deeper: [SECRETS.FEISHU_ENCRYPT_KEY] } });
    log.debug(SECRETS.FEISHU_APP_SECRET);
    expect(cap.lines.length).toBe(3);
    expect(leaks(cap.lines)).toEqual([]);
    expect(cap.lines[0]).toContain("***");
  });

  describe("Feishu failures (token endpoint, sends, expired tokens)", () => {
    let fake: FakeFeishu;
    beforeAll(async () => {
      fake = await startFakeFeishu({ appId: APP_ID, appSecret: SECRETS.FEISHU_APP_SECRET });
    });
    afterAll(() => fake.close());

    it("logs no secret while Feishu fails", async () => {
      const { startFeishu } = await import("../src/transports/feishu/start.js");
      cap = capture();
      const cfg = config(makeTmpDir(), { FEISHU_DOMAIN: fake.url });
      const log = createLogger({ level: "debug", secrets: cfg.secrets, sink: cap.sink });
      const app: App = await createApp({ config: cfg, log, features: [] });
      const feishu = await startFeishu(app, { port: 0, host: "127.0.0.1", sleep: async () => {} });
      try {
        const url = `${feishu.url}/webhook/event`;
        const post = (text: string) =>
          postEvent(url, textEvent("ou_chen", text, { token: SECRETS.FEISHU_VERIFICATION_TOKEN }), {
            encryptKey: SECRETS.FEISHU_ENCRYPT_KEY,
          });
        // The token call fails (HTTP 500, then a Feishu error code), sends fail and get rate limited.
        fake.failNext("token", { status: 500, msg: "internal error" }, 3);
        fake.failNext("token", { code: 10014, msg: "app secret invalid" }, 3);
        fake.failNext("message.reply", { code: 230020, msg: "rate limited" }, 2);
        fake.failNext("message.reply", { status: 502 }, 6);
        fake.failNext("message.create", { status: 503 }, 6);
        expect((await post("举办科技活动周，1500名群众参与")).status).toBe(200);
        await feishu.dispatcher.idle();
        fake.expireTokens();
        expect((await post("帮助")).status).toBe(200);
        await feishu.dispatcher.idle();
        // Bad requests are logged as rejected: a wrong signature, a forged token.
        await postEvent(url, textEvent("ou_chen", "帮助", { token: "forged" }), {
          encryptKey: SECRETS.FEISHU_ENCRYPT_KEY,
        });
        await postEvent(url, textEvent("ou_chen", "帮助"), { encryptKey: "wrong-key-0000" });
        await feishu.dispatcher.idle();
      } finally {
        await feishu.stop();
        await app.close();
      }
      expect(cap.lines.length, "the failures above must have been logged").toBeGreaterThan(3);
      expect(leaks(cap.lines)).toEqual([]);
    });
  });

  describe("model failures while drafting", () => {
    let ai: FakeOpenAI;
    beforeAll(async () => {
      ai = await startFakeOpenAI();
    });
    afterAll(() => ai.close());

    it("logs no secret while the model answers 401 (echoing the key), 429, 500 and garbage", async () => {
      ai.setDefault({
        kind: "status",
        status: 500,
        message: `upstream failed for key ${SECRETS.OPENAI_API_KEY}`,
      });
      ai.enqueue(
        { kind: "status", status: 401, message: `Incorrect API key provided: ${SECRETS.OPENAI_API_KEY}` },
        { kind: "status", status: 429, retryAfter: "0", message: "rate limited" },
        { kind: "text", content: `not json ${SECRETS.OPENAI_API_KEY}` },
        { kind: "empty" },
      );
      cap = capture();
      const cfg = config(makeTmpDir(), { OPENAI_BASE_URL: ai.url, FEISHU_DOMAIN: "http://127.0.0.1:9" });
      const log = createLogger({ level: "debug", secrets: cfg.secrets, sink: cap.sink });
      const app = await createApp({
        config: cfg,
        log,
        clock: { now: () => new Date("2025-06-10T10:00:00+08:00") },
        outbox: { sendToPerson: async () => {} },
      });
      try {
        const leader = findPerson(app.services.org, "zhou-ju")!;
        const chen = findPerson(app.services.org, "chen-kp")!;
        await app.engine.handle({
          person: chen,
          chat: "p2p",
          kind: "text",
          text: "举办科技活动周，1500名群众参与",
        });
        await app.engine.handle({ person: chen, chat: "p2p", kind: "text", text: "好" });
        await app.engine.handle({ person: leader, chat: "p2p", kind: "text", text: "生成总结 2025" });
        const drafting = app.services.features.drafting as { whenIdle(): Promise<void> } | undefined;
        await drafting?.whenIdle();
        expect(ai.requests.length, "the model must have been called").toBeGreaterThan(0);
      } finally {
        await app.close();
      }
      expect(leaks(cap.lines)).toEqual([]);
    }, 30_000);
  });
});
