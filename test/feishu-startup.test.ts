import type { HealthBody } from "../src/transports/feishu/health.js";
import { afterAll, describe, expect, it } from "vitest";
import { startFakeFeishu } from "./fakes/fake-feishu.js";
import { startFakeLongConnection } from "./fakes/fake-feishu-ws.js";
import { FEISHU_ORG } from "./fakes/feishu-harness.js";
import { TEST_FEISHU } from "./fakes/feishu-events.js";
import { freePort } from "./helpers/free-port.js";
import { spawnScript } from "./helpers/spawn-script.js";
import { makeTmpDir, useTmpDirs } from "./helpers/tmp-dir.js";

/**
 * What a supervisor (systemd, Docker) sees: `npm start` as a child process against the fake Open
 * Platform and its long-connection gateway. A start that cannot work exits non-zero quickly with
 * the setting to fix; a good one prints the app's name and serves /healthz.
 */
useTmpDirs();

const MAIN = "src/main.ts";
const fake = await startFakeFeishu({ appId: TEST_FEISHU.appId, appSecret: TEST_FEISHU.appSecret });
const lc = startFakeLongConnection(fake);
afterAll(async () => {
  await lc.close();
  await fake.close();
});

interface Run {
  code: number | null;
  ms: number;
  out: string;
  err: string;
}

async function startBot(
  env: Record<string, string>,
  whileRunning?: (out: () => string) => Promise<void>,
): Promise<Run> {
  const started = Date.now();
  const run = spawnScript(MAIN, [], {
    env: {
      DATA_DIR: makeTmpDir(),
      ORG_FILE: FEISHU_ORG,
      LOG_LEVEL: "warn",
      FEISHU_APP_ID: TEST_FEISHU.appId,
      FEISHU_APP_SECRET: TEST_FEISHU.appSecret,
      FEISHU_DOMAIN: fake.url,
      REMINDERS_ENABLED: "true",
      PORT: String(await freePort()),
      ...env,
    },
    // A run that is stopped by SIGTERM gets longer before the SIGKILL: on a loaded machine boot plus the graceful
    // stop can pass 20 s, and a SIGKILLed child has no exit code to check.
    killAfterMs: whileRunning ? 60_000 : 20_000,
  });
  if (whileRunning) {
    await whileRunning(run.out);
    run.child.kill("SIGTERM");
  }
  const code = await run.exited;
  return { code, ms: Date.now() - started, out: run.out(), err: run.err() };
}

/**
 * The 10 s is the supervisor's deadline for the bot's own work. On a loaded test machine merely
 * booting Node + tsx can take seconds, so each run is measured beside a same-moment baseline: the
 * same command failing on a setting before any network (about 1–2 s on an idle machine, where the
 * failures below take 2–3 s in total).
 */
async function beyondBoot(run: Run): Promise<number> {
  const boot = await startBot({ FEISHU_APP_ID: "cli_not_hex_at_all" });
  expect(boot.code).toBe(1);
  return run.ms - boot.ms;
}

describe("start-up failures a supervisor sees", () => {
  it("a wrong App Secret: non-zero exit within 10 s naming the setting", async () => {
    const run = await startBot({ FEISHU_APP_SECRET: "not-the-secret" });
    expect(run.code).not.toBe(0);
    expect(run.code).not.toBeNull();
    expect(await beyondBoot(run)).toBeLessThan(10_000);
    expect(run.err).toContain("FEISHU_APP_SECRET");
    expect(run.err).toContain("飞书拒绝了应用凭证");
    expect(run.err).not.toContain("not-the-secret");
  });

  it("a long-connection endpoint that refuses: non-zero exit within 10 s naming the setting", async () => {
    lc.refuseDiscovery(1000040351, "long connection not enabled for this app");
    try {
      const run = await startBot({});
      expect(run.code).toBe(1);
      expect(await beyondBoot(run)).toBeLessThan(10_000);
      // Refused at once, not after the start-up deadline.
      expect(run.err).not.toContain("秒内未建立");
      expect(run.err).toContain("FEISHU_APP_ID / FEISHU_APP_SECRET");
      expect(run.err).toContain("长连接");
    } finally {
      lc.refuseDiscovery(undefined);
    }
  });

  it("an unreachable Open Platform: non-zero exit naming FEISHU_DOMAIN", async () => {
    const run = await startBot({ FEISHU_DOMAIN: `http://127.0.0.1:${await freePort()}` });
    expect(run.code).toBe(1);
    expect(await beyondBoot(run)).toBeLessThan(10_000);
    expect(run.err).toContain("FEISHU_DOMAIN");
  });

  it("a good start prints the app's name, serves /healthz, and stops cleanly on SIGTERM", async () => {
    const port = await freePort();
    let health: { status: number; body: HealthBody } | undefined;
    const run = await startBot({ PORT: String(port) }, async (out) => {
      await fake.waitFor(() => out().includes("/healthz"), 15_000);
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      health = { status: res.status, body: (await res.json()) as HealthBody };
    });
    expect(run.out).toContain("飞书应用 / Feishu app: 总结助手");
    expect(health?.status).toBe(200);
    expect(health?.body).toMatchObject({ ok: true, mode: "ws", connection: { state: "connected" } });
    expect(run.code).toBe(0);
  }, 90_000);

  it("webhook mode, no event coming: says when it accepts events, then loads the rest on its own", async () => {
    const port = await freePort();
    let lines: string[] = [];
    const run = await startBot(
      {
        PORT: String(port),
        FEISHU_MODE: "webhook",
        FEISHU_ENCRYPT_KEY: TEST_FEISHU.encryptKey,
        FEISHU_VERIFICATION_TOKEN: TEST_FEISHU.verificationToken,
      },
      async (out) => {
        await fake.waitFor(() => out().includes("飞书应用 / Feishu app"), 15_000);
        lines = out().split("\n");
      },
    );
    const at = (prefix: string) => lines.findIndex((l) => l.startsWith(prefix));
    // Listening first, accepting (credentials checked) next, the app's notes once it has loaded.
    expect(at("正在启动：已监听端口")).toBe(0);
    expect(at("飞书事件接收已就绪 / accepting Feishu events:")).toBe(1);
    expect(lines[1]).toContain(`:${port}/webhook/event`);
    expect(at("飞书应用 / Feishu app: 总结助手")).toBeGreaterThan(1);
    expect(run.code).toBe(0);
  }, 90_000);
});
