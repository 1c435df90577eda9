import { describe, expect, it } from "vitest";
import { earlyListenSettings } from "../src/config.js";
import { listenEarly } from "../src/transports/feishu/early-server.js";
import { postEvent, TEST_FEISHU, textEvent } from "./fakes/feishu-events.js";
import { useFeishuHarness } from "./fakes/feishu-harness.js";
import { useTmpDirs } from "./helpers/tmp-dir.js";

useTmpDirs();

const KEY = TEST_FEISHU.encryptKey;
const { fake, harness } = await useFeishuHarness();

const close = (s: import("node:http").Server) =>
  new Promise<void>((r) => {
    s.close(() => r());
    s.closeAllConnections();
  });

describe("listening before the app is loaded (npm run serve)", () => {
  it("reads only plainly valid settings; anything else is left to loadConfig", () => {
    expect(
      earlyListenSettings({ FEISHU_APP_ID: TEST_FEISHU.appId, PORT: "8080", FEISHU_MODE: "webhook" }),
    ).toEqual({ port: 8080, mode: "webhook", maxOfflineMs: 120_000 });
    expect(earlyListenSettings({ FEISHU_APP_ID: TEST_FEISHU.appId })).toEqual({
      port: 3000,
      mode: "ws",
      maxOfflineMs: 120_000,
    });
    expect(earlyListenSettings({})).toBeUndefined();
    expect(earlyListenSettings({ FEISHU_APP_ID: "cli_not_hex" })).toBeUndefined();
    expect(earlyListenSettings({ FEISHU_APP_ID: TEST_FEISHU.appId, PORT: "80a" })).toBeUndefined();
    expect(earlyListenSettings({ FEISHU_APP_ID: TEST_FEISHU.appId, FEISHU_MODE: "http" })).toBeUndefined();
  });

  it("while starting: /healthz says starting (503 past the offline bound), the webhook refuses events", async () => {
    let t = 1_000_000;
    const early = await listenEarly({
      port: 0,
      host: "127.0.0.1",
      mode: "ws",
      maxOfflineMs: 5000,
      now: () => t,
    });
    const url = `http://127.0.0.1:${(early.server.address() as { port: number }).port}`;
    try {
      const first = await fetch(`${url}/healthz`);
      expect(first.status).toBe(200);
      expect(await first.json()).toMatchObject({ ok: true, ready: false, connection: { state: "starting" } });
      t += 6000;
      const late = await fetch(`${url}/healthz`);
      expect(late.status).toBe(503);
      expect(await late.json()).toMatchObject({
        ok: false,
        connection: { state: "starting", offlineSeconds: 6 },
      });
      const ev = await postEvent(`${url}/webhook/event`, textEvent("ou_chen", "帮助"), { encryptKey: KEY });
      expect(ev.status).toBe(503);
      expect(ev.headers.get("retry-after")).toBe("1");
      expect((await fetch(`${url}/elsewhere`)).status).toBe(404);
    } finally {
      await close(early.server);
    }
  });

  it("the webhook takes the early server over: same port, events answered, health reports the link", async () => {
    const early = await listenEarly({ port: 0, host: "127.0.0.1", mode: "webhook", maxOfflineMs: 60_000 });
    const port = (early.server.address() as { port: number }).port;
    const refused = await postEvent(
      `http://127.0.0.1:${port}/webhook/event`,
      textEvent("ou_chen", "帮助", { messageId: "om_early_refused" }),
      { encryptKey: KEY },
    );
    expect(refused.status).toBe(503);
    const h = await harness({ early });
    expect(h.url).toBe(`http://127.0.0.1:${port}`);
    const health = await fetch(`${h.url}/healthz`);
    expect(health.status).toBe(200);
    const body = (await health.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ ok: true, mode: "webhook", connection: { state: "listening" } });
    expect(body.ready).toBeUndefined();
    const res = await postEvent(
      `${h.url}/webhook/event`,
      textEvent("ou_chen", "帮助", { messageId: "om_early_ok" }),
      {
        encryptKey: KEY,
      },
    );
    expect(res.status).toBe(200);
    const msg = await fake.waitFor(() => fake.messages.find((m) => m.reply_to === "om_early_ok"));
    expect(msg.via).toBe("reply");
    expect(fake.messages.some((m) => m.reply_to === "om_early_refused")).toBe(false);
  });

  it("a port in use is named (PORT) before anything else loads", async () => {
    const first = await listenEarly({ port: 0, host: "127.0.0.1", mode: "ws", maxOfflineMs: 1000 });
    const port = (first.server.address() as { port: number }).port;
    try {
      await expect(listenEarly({ port, host: "127.0.0.1", mode: "ws", maxOfflineMs: 1000 })).rejects.toThrow(
        `PORT=${port}`,
      );
    } finally {
      await close(first.server);
    }
  });
});
