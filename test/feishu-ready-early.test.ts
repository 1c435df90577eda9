import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import { loadConfig } from "../src/load-config.js";
import { createLogger } from "../src/log.js";
import { openAppStore } from "../src/open-app-store.js";
import { checkCredentialsDirect } from "../src/transports/feishu/check-credentials.js";
import { createTokenCache } from "../src/transports/feishu/token-cache.js";
import { cardActionEvent, postEvent, TEST_FEISHU, textEvent, webhookEnv } from "./fakes/feishu-events.js";
import { FEISHU_ORG, useFeishuHarness } from "./fakes/feishu-harness.js";
import { freePort } from "./helpers/free-port.js";
import { makeTmpDir, useTmpDirs } from "./helpers/tmp-dir.js";
import { startFeishu } from "../src/transports/feishu/start.js";

/**
 * The webhook is ready before the Lark SDK and the app have loaded: the credential check asks the
 * Open Platform directly, events are verified, persisted and answered with the store alone, and
 * the SDK client (needed only to send) and the app (roster, engine) follow. Here each is held back
 * by a gate, so events arrive while it has "not finished loading".
 */
useTmpDirs();

const KEY = TEST_FEISHU.encryptKey;
const { fake, harness } = await useFeishuHarness();
const cfg = { appId: TEST_FEISHU.appId, appSecret: TEST_FEISHU.appSecret, domain: fake.url };

/** Webhook-mode settings against the fake Open Platform, a fresh data directory. */
function webhookConfig(overrides: Record<string, string> = {}) {
  return loadConfig({
    DATA_DIR: makeTmpDir(),
    ORG_FILE: FEISHU_ORG,
    ...webhookEnv(fake.url),
    REMINDERS_ENABLED: "false",
    ...overrides,
  });
}

function gate() {
  let open!: () => void;
  const p = new Promise<void>((r) => {
    open = r;
  });
  return { p, open };
}

describe("webhook ready before the Lark SDK has loaded", () => {
  it("an event arriving before the SDK is accepted, kept in the inbox, and answered exactly once after", async () => {
    const g = gate();
    const h = await harness({ sdkGate: g.p });
    const url = `${h.url}/webhook/event`;
    const first = await postEvent(url, textEvent("ou_chen", "帮助", { messageId: "om_before_sdk" }), {
      encryptKey: KEY,
    });
    expect(first.status).toBe(200);
    // Feishu delivers again (no answer seen in time): a new event id, the same message.
    const again = await postEvent(url, textEvent("ou_chen", "帮助", { messageId: "om_before_sdk" }), {
      encryptKey: KEY,
    });
    expect(again.status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.messages).toEqual([]);
    const inbox = await h.app.services.store.listInbox();
    expect(inbox.map((e) => e.id)).toEqual(["feishu:msg:om_before_sdk"]);

    g.open();
    await fake.waitFor(() => fake.messages.some((m) => m.reply_to === "om_before_sdk"));
    await h.settle();
    expect(fake.messages.filter((m) => m.reply_to === "om_before_sdk")).toHaveLength(1);
    expect(await h.app.services.store.listInbox()).toEqual([]);
    // The SDK used the token the start-up check fetched instead of asking for its own.
    expect(fake.calls("token")).toHaveLength(1);
  });

  it("a forged or tampered event is still refused before anything is stored", async () => {
    const g = gate();
    const h = await harness({ sdkGate: g.p });
    const url = `${h.url}/webhook/event`;
    const forged = await postEvent(url, textEvent("ou_chen", "帮助", { messageId: "om_forged" }), {
      encryptKey: "not-our-key",
    });
    expect(forged.status).toBe(401);
    const unsigned = await postEvent(url, textEvent("ou_chen", "帮助", { messageId: "om_unsigned" }), {
      encryptKey: KEY,
      sign: false,
    });
    expect(unsigned.status).toBe(401);
    const notJson = await fetch(url, { method: "POST", body: "{", headers: { "x-lark-signature": "x" } });
    expect(notJson.status).toBe(401);
    expect(await h.app.services.store.listInbox()).toEqual([]);
    g.open();
  });
});

/** startFeishu in webhook mode with the app's load held back until `open()`; `close()` undoes it all. */
async function startWithAppHeld(extra: { cardDeadlineMs?: number } = {}) {
  const config = webhookConfig();
  const log = createLogger({ level: "silent" });
  const clock = { now: () => new Date() };
  const store = await openAppStore(config, log, clock);
  const g = gate();
  const app = g.p.then(() => createApp({ config, log, clock, store, features: [] }));
  const feishu = await startFeishu(
    { config, store, log, clock, app },
    { port: 0, host: "127.0.0.1", sleep: async () => {}, ...extra },
  );
  const close = async () => {
    g.open();
    await feishu.stop();
    await (await app).close();
  };
  return { feishu, store, open: g.open, close };
}

describe("webhook ready before the app (roster, engine, features) has loaded", () => {
  it("an event accepted meanwhile is processed once the app has loaded, and answered once", async () => {
    const { feishu, store, open, close } = await startWithAppHeld();
    try {
      const url = `${feishu.url}/webhook/event`;
      const post = () =>
        postEvent(url, textEvent("ou_chen", "帮助", { messageId: "om_before_app" }), { encryptKey: KEY });
      expect((await post()).status).toBe(200);
      expect((await post()).status).toBe(200);
      await new Promise((r) => setTimeout(r, 300));
      expect(fake.messages).toEqual([]);
      expect((await store.listInbox()).map((e) => e.id)).toEqual(["feishu:msg:om_before_app"]);
      open();
      await fake.waitFor(() => fake.messages.some((m) => m.reply_to === "om_before_app"));
      await feishu.dispatcher.idle();
      expect(fake.messages.filter((m) => m.reply_to === "om_before_app")).toHaveLength(1);
      expect(await store.listInbox()).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("when the entry loads the processing side (feishu.lull)", () => {
  /** startFeishu with the app held back; `settled()` says whether lull(1 min, 1 min) has resolved. */
  async function started() {
    const s = await startWithAppHeld({ cardDeadlineMs: 5000 });
    let lulled = false;
    void s.feishu.lull(60_000, 60_000).then(() => {
      lulled = true;
    });
    return { ...s, settled: () => lulled };
  }

  it("not for a health check or a refused request; at once for an accepted message", async () => {
    const s = await started();
    try {
      const url = `${s.feishu.url}/webhook/event`;
      await (await fetch(`${s.feishu.url}/healthz`)).arrayBuffer();
      const forged = await postEvent(url, textEvent("ou_chen", "帮助", { messageId: "om_forged_lull" }), {
        encryptKey: "not-our-key",
      });
      expect(forged.status).toBe(401);
      await new Promise((r) => setTimeout(r, 100));
      expect(s.settled()).toBe(false);
      const ok = await postEvent(url, textEvent("ou_chen", "帮助", { messageId: "om_lull" }), {
        encryptKey: KEY,
      });
      expect(ok.status).toBe(200);
      await new Promise((r) => setTimeout(r, 20));
      expect(s.settled()).toBe(true);
    } finally {
      await s.close();
    }
  });

  it("a card click asks for it before it is answered (its answer needs the engine)", async () => {
    const s = await started();
    try {
      const answer = postEvent(
        `${s.feishu.url}/webhook/card`,
        cardActionEvent({ openId: "ou_chen", command: "帮助" }),
        { encryptKey: KEY },
      );
      const until = Date.now() + 2000;
      while (!s.settled() && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
      expect(s.settled()).toBe(true);
      s.open();
      expect((await answer).status).toBe(200);
    } finally {
      await s.close();
    }
  });
});

/**
 * The Open Platform behind a gate: every request is held until `g` opens, then passed to the
 * fake as it came — a slow network during the start-up credential check.
 */
async function heldOpenPlatform(g: Promise<unknown>) {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      await g;
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter(([k]) => k !== "host" && k !== "content-length"),
      ) as Record<string, string>;
      const body = chunks.length ? Buffer.concat(chunks) : undefined;
      const r = await fetch(`${fake.url}${req.url}`, { method: req.method, headers, body });
      res.writeHead(r.status, { "content-type": r.headers.get("content-type") ?? "application/json" });
      res.end(Buffer.from(await r.arrayBuffer()));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

describe("webhook ready before the credential check has answered", () => {
  async function startHeld(appSecret: string) {
    const g = gate();
    const platform = await heldOpenPlatform(g.p);
    const config = webhookConfig({ FEISHU_APP_SECRET: appSecret, FEISHU_DOMAIN: platform.url });
    const log = createLogger({ level: "silent" });
    const clock = { now: () => new Date() };
    const store = await openAppStore(config, log, clock);
    const app = createApp({ config, log, clock, store, features: [] });
    const port = await freePort();
    const accepting: string[] = [];
    const starting = startFeishu(
      { config, store, log, clock, app },
      { port, host: "127.0.0.1", sleep: async () => {}, onAccepting: (url) => accepting.push(url) },
    );
    starting.catch(() => undefined);
    const post = (messageId: string) =>
      postEvent(`http://127.0.0.1:${port}/webhook/event`, textEvent("ou_chen", "帮助", { messageId }), {
        encryptKey: KEY,
      });
    // The server listens as soon as the check has been sent; poll until it answers.
    let first = await post("om_during_check").catch(() => undefined);
    for (let i = 0; i < 100 && !first; i++) {
      await new Promise((r) => setTimeout(r, 20));
      first = await post("om_during_check").catch(() => undefined);
    }
    const cleanup = async () => {
      g.open();
      await starting.then((f) => f.stop()).catch(() => undefined);
      await (await app).close();
      await platform.close();
    };
    return { g, store, starting, post, first, cleanup, accepting };
  }

  it("an event arriving meanwhile is accepted, and processed only once the check has passed", async () => {
    const h = await startHeld(TEST_FEISHU.appSecret);
    try {
      expect(h.first?.status).toBe(200);
      // The entry is told (and says) that the webhook accepts events while the check is held.
      expect(h.accepting).toHaveLength(1);
      expect(h.accepting[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      await new Promise((r) => setTimeout(r, 300));
      expect(fake.messages).toEqual([]);
      expect((await h.store.listInbox()).map((e) => e.id)).toEqual(["feishu:msg:om_during_check"]);
      h.g.open();
      const feishu = await h.starting;
      expect(feishu.appName).toBe("总结助手");
      await fake.waitFor(() => fake.messages.some((m) => m.reply_to === "om_during_check"));
      await feishu.dispatcher.idle();
      expect(fake.messages.filter((m) => m.reply_to === "om_during_check")).toHaveLength(1);
      expect(await h.store.listInbox()).toEqual([]);
    } finally {
      await h.cleanup();
    }
  });

  it("a failing check stops the start; what was accepted stays in the inbox, untouched", async () => {
    const h = await startHeld("wrong-secret");
    try {
      expect(h.first?.status).toBe(200);
      h.g.open();
      await expect(h.starting).rejects.toMatchObject({ code: "CONFIG_INVALID" });
      await expect(h.post("om_after_failure")).rejects.toThrow();
      const inbox = await h.store.listInbox();
      expect(inbox.map((e) => [e.id, e.attempts])).toEqual([["feishu:msg:om_during_check", 0]]);
      expect(fake.messages).toEqual([]);
    } finally {
      await h.cleanup();
    }
  });
});

describe("the start-up credential check without the SDK", () => {
  it("fetches the token and the bot info, and leaves the token where the SDK looks for it", async () => {
    const cache = createTokenCache();
    const check = await checkCredentialsDirect(cfg, 5000, cache);
    expect(check).toEqual({ appName: "总结助手", botOpenId: TEST_FEISHU.botOpenId });
    const token = await cache.get(Symbol("tenant-access-token"), { namespace: cfg.appId });
    expect(fake.calls("bot.info")[0]?.headers.authorization).toBe(`Bearer ${token}`);
  });

  it("a wrong secret names the credentials; no answer names FEISHU_DOMAIN; a bot-info refusal is not fatal", async () => {
    await expect(checkCredentialsDirect({ ...cfg, appSecret: "wrong" }, 5000)).rejects.toMatchObject({
      code: "CONFIG_INVALID",
      message: expect.stringContaining("FEISHU_APP_SECRET"),
    });
    fake.failNext("token", { status: 502, msg: "bad gateway" });
    await expect(checkCredentialsDirect(cfg, 5000)).rejects.toMatchObject({
      code: "FEISHU_API",
      message: expect.stringContaining("FEISHU_DOMAIN"),
    });
    await expect(
      checkCredentialsDirect({ ...cfg, domain: "http://127.0.0.1:9" }, 5000),
    ).rejects.toMatchObject({
      code: "FEISHU_API",
    });
    fake.failNext("bot.info", { status: 400, code: 99991672, msg: "scope missing" });
    expect(await checkCredentialsDirect(cfg, 5000)).toEqual({ appName: undefined, botOpenId: undefined });
  });

  it("goes through the SDK (which honours it) when a proxy is set for FEISHU_DOMAIN's scheme", () => {
    const base = { FEISHU_APP_ID: TEST_FEISHU.appId, FEISHU_APP_SECRET: "s", FEISHU_DOMAIN: "feishu" };
    expect(loadConfig(base).feishu?.proxied).toBe(false);
    expect(loadConfig({ ...base, HTTPS_PROXY: "http://proxy.local:3128" }).feishu?.proxied).toBe(true);
    expect(loadConfig({ ...base, all_proxy: "http://proxy.local:3128" }).feishu?.proxied).toBe(true);
    expect(loadConfig({ ...base, HTTP_PROXY: "http://proxy.local:3128" }).feishu?.proxied).toBe(false);
    expect(
      loadConfig({ ...base, FEISHU_DOMAIN: "http://127.0.0.1:1", HTTP_PROXY: "http://p:1" }).feishu?.proxied,
    ).toBe(true);
  });
});
