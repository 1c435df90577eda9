import type * as lark from "@larksuiteoapi/node-sdk";
import type { App } from "../../app.js";
import type { Config } from "../../config.js";
import type { Clock, Outbox } from "../../conversation/types.js";
import { AppError } from "../../errors.js";
import type { Logger } from "../../log.js";
import type { Store } from "../../store/types.js";
import { createFeishuApi, type FeishuApi } from "./api.js";
import { checkCredentials, checkCredentialsDirect } from "./check-credentials.js";
import { lazyFeishuClient } from "./create-client.js";
import { loadLarkSdk } from "./load-sdk.js";
import { createFeishuDispatcher, type FeishuDispatcher } from "./dispatch.js";
import { quotedMessages } from "./quoted-messages.js";
import { createHealth, type Health } from "./health.js";
import type { EarlyServer } from "./early-server.js";
import { startHealthServer } from "./health-server.js";
import { createIntakeLull } from "./intake-lull.js";
import { createSendQueue } from "./send-queue.js";
import { createTokenCache } from "./token-cache.js";
import { startWebhook } from "./webhook.js";

export interface StartFeishuOptions {
  /** Webhook port; defaults to config.port (tests pass 0 for a free port). */
  port?: number;
  /** Webhook interface; defaults to all interfaces. */
  host?: string;
  /** Injected for tests: the send queue's sleep (backoff, rate-limit waits). */
  sleep?: (ms: number) => Promise<void>;
  /** How long a card click waits for the engine before answering with a toast. */
  cardDeadlineMs?: number;
  /** Long connection: first delay before restarting a client the SDK gave up on. */
  restartDelayMs?: number;
  /** The entry's early server, already answering /healthz "starting": taken over, not a new one. */
  early?: EarlyServer;
  /** Tests: the Lark SDK client is made only once this settles (as if its import took that long). */
  sdkGate?: Promise<unknown>;
  /**
   * Webhook mode: called with the base URL as soon as the webhook accepts events (verified, kept
   * in the inbox, answered) — while the credential check may still be under way; a check that
   * then fails stops the start, what was accepted staying in the inbox for the next one.
   */
  onAccepting?: (url: string) => void;
}

/**
 * What the transport needs before the app (roster, engine, features) has loaded — the production
 * entry starts with this so that the webhook accepts events sooner: they are verified, kept in the
 * inbox and answered, and processed once `app` has loaded.
 */
export interface FeishuBase {
  config: Config;
  store: Store;
  log: Logger;
  clock: Clock;
  /** The app, still loading (its store must be `store`). */
  app: Promise<App>;
}

export interface FeishuTransport {
  /**
   * Stops receiving, then lets work in progress finish. With `deadlineMs` it resolves within
   * about that long whatever Feishu does: after half of it, sends still waiting are given up;
   * unfinished events stay in the inbox and are replayed at the next start. Without, it waits
   * for everything (tests).
   */
  stop(opts?: { deadlineMs?: number }): Promise<void>;
  outbox: Outbox;
  /** Webhook base URL (webhook mode); the health endpoint's base URL (long-connection mode). */
  url?: string;
  /** What /healthz reports. */
  health: Health;
  /** The app's name from the bot info endpoint, when the app has the bot feature. */
  appName?: string;
  /** The shared dispatcher (both modes feed it); `idle()` waits for background work. */
  dispatcher: FeishuDispatcher;
  api: FeishuApi;
  /** Long-connection mode: the SDK EventDispatcher wired to our handlers. */
  eventDispatcher?: lark.EventDispatcher;
  /**
   * Resolves when heavy work (the app's load) can start without keeping an event waiting: once
   * an event needs processing, or no webhook request has been under way for `quietMs`, at the
   * latest after `maxMs` (intake-lull.ts). At once in long-connection mode.
   */
  lull(quietMs: number, maxMs: number): Promise<void>;
}

/**
 * Put the app's engine on Feishu: the SDK Client (pointed at config.feishu.domain, which may be
 * any URL), the send queue, identity resolution, the shared dispatcher, and the receiving side
 * chosen by FEISHU_MODE — long connection (`ws`) or the HTTP webhook. Events left in the inbox
 * by a previous run are replayed once the receiving side is up.
 */
/** Waits for `p` at most `ms` (calling `late` when it did not settle in time). */
async function within(p: Promise<unknown>, ms: number, late: () => void): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = await Promise.race([
    p.then(
      () => false,
      () => false,
    ),
    new Promise<boolean>((r) => {
      timer = setTimeout(() => r(true), ms);
    }),
  ]);
  clearTimeout(timer);
  if (timedOut) late();
}

export async function startFeishu(
  source: App | FeishuBase,
  opts: StartFeishuOptions = {},
): Promise<FeishuTransport> {
  const base: FeishuBase =
    "engine" in source
      ? {
          config: source.config,
          store: source.services.store,
          log: source.services.log,
          clock: source.services.clock,
          app: Promise.resolve(source),
        }
      : source;
  const { config, store, log, clock } = base;
  const cfg = config.feishu;
  if (!cfg) {
    throw new AppError("CONFIG_INVALID", "Feishu is not configured", {
      hint: "set FEISHU_APP_ID and FEISHU_APP_SECRET",
    });
  }
  const cache = createTokenCache();
  // The SDK is needed to send (and for the long connection), not to authenticate, persist and
  // answer a webhook event: in webhook mode the first send loads it. The credential check asks
  // the Open Platform directly (through the SDK when a proxy is set, which only the SDK's HTTP
  // client honours).
  const client = lazyFeishuClient(cfg, log, cache, opts.sdkGate);
  const started = Date.now();
  // The long connection cannot open without the SDK: it is loaded now, while the check's
  // requests are under way.
  const wsModule =
    cfg.mode === "ws"
      ? import("./ws.js").then((m) => {
          loadLarkSdk();
          return m;
        })
      : undefined;
  wsModule?.catch(() => undefined); // awaited (and its error reported) after the check
  // The credential check (two requests to the Open Platform, over the internet in production).
  // In webhook mode the server accepts events while it is under way — verifying, keeping and
  // answering an event needs only the encrypt key; nothing is processed or sent before it has
  // passed. A failed check closes the server and stops the start as before (events accepted
  // meanwhile stay in the inbox, untouched, for the next start). Long-connection mode waits
  // for it before connecting.
  const checking = cfg.proxied
    ? client.get().then((c) => checkCredentials(c, cfg, cfg.connectTimeoutMs))
    : checkCredentialsDirect(cfg, cfg.connectTimeoutMs, cache);
  checking.catch(() => undefined);
  if (cfg.mode === "ws") await checking;
  /** Settles once the check has passed; never when it failed (the start is stopped instead). */
  const checked = checking.then(
    (c) => c,
    () => new Promise<never>(() => undefined),
  );
  const health = createHealth({
    mode: cfg.mode,
    store,
    maxOfflineMs: cfg.maxOfflineMs,
    startedAt: opts.early?.startedAt,
  });
  const queue = createSendQueue({ log, sleep: opts.sleep, onTokenInvalid: () => cache.clear() });
  const api = createFeishuApi(
    async () => {
      await checked; // its token is put where the SDK looks for it
      return client.get();
    },
    queue,
    { botOpenId: checked.then((c) => c.botOpenId) },
  );
  // Identity and the outbox need the roster: made once the app has loaded (and the credentials
  // checked). Until then processing (and pushes) wait for it; accepting does not. A failed load
  // is the entry's to report. (Their modules too: the server accepts events before it needs them.)
  // An app that failed to load (a data directory found corrupt after READY…) stops the start:
  // nothing waits on it then, so the events accepted meanwhile stay in the inbox untouched.
  const loaded = base.app.then(
    (a) => a,
    () => new Promise<never>(() => undefined),
  );
  const late = Promise.all([loaded, checked]).then(async ([app]) => {
    const [{ createIdentityResolver }, { createFeishuOutbox }] = await Promise.all([
      import("./identity.js"),
      import("./outbox.js"),
    ]);
    const org = app.services.org;
    const identity = createIdentityResolver({
      org,
      store,
      api,
      log,
      // Identity questions go to the roster admins through the outbox.
      notify: async (ids, reply) => {
        for (const id of ids) await outbox.sendToPerson(id, reply);
      },
    });
    const outbox = createFeishuOutbox({ api, identity, org, log, quotes });
    return { app, identity, outbox };
  });
  late.catch(() => undefined);
  // What the bot sent — replies and pushes alike — for a person's Feishu quote-reply to it.
  const quotes = quotedMessages();
  const dispatcher = createFeishuDispatcher({
    quotes,
    engine: { handle: async (incoming) => (await late).app.engine.handle(incoming) },
    identity: { resolve: async (openId) => (await late).identity.resolve(openId) },
    store,
    api,
    log,
    now: () => clock.now(),
    cardDeadlineMs: opts.cardDeadlineMs,
    orphanAfterMs: config.database?.takeOverAfterMs,
  });
  const outbox: Outbox = {
    sendToPerson: async (personId, reply, o) => (await late).outbox.sendToPerson(personId, reply, o),
    platformId: async (personId) => (await late).outbox.platformId?.(personId),
  };
  const receiving = {
    dispatch: (ev: Parameters<FeishuDispatcher["dispatch"]>[0]) => {
      health.noteEvent();
      return dispatcher.dispatch(ev);
    },
  };

  const lull = cfg.mode === "webhook" ? createIntakeLull() : undefined;
  let closeReceiver: () => Promise<void>;
  let url: string | undefined;
  let eventDispatcher: lark.EventDispatcher | undefined;
  if (cfg.mode === "webhook") {
    const server = await startWebhook({
      port: opts.port ?? config.port,
      host: opts.host,
      encryptKey: cfg.encryptKey,
      verificationToken: cfg.verificationToken,
      dispatcher: receiving,
      health,
      log,
      server: opts.early?.server,
      lull,
    });
    url = server.url;
    closeReceiver = server.close;
    opts.onAccepting?.(server.url);
  } else {
    const { startWs } = await (wsModule ?? import("./ws.js"));
    const ws = await startWs({
      appId: cfg.appId,
      appSecret: cfg.appSecret,
      domain: cfg.domain,
      encryptKey: cfg.encryptKey,
      verificationToken: cfg.verificationToken,
      dispatcher: receiving,
      log,
      onState: (st) => health.setLink(st),
      connectTimeoutMs: Math.max(1000, cfg.connectTimeoutMs - (Date.now() - started)),
      restartDelayMs: opts.restartDelayMs,
    });
    eventDispatcher = ws.eventDispatcher;
    let server: Awaited<ReturnType<typeof startHealthServer>>;
    try {
      server = await startHealthServer({
        port: opts.port ?? config.port,
        host: opts.host,
        health,
        log,
        server: opts.early?.server,
      });
    } catch (e) {
      await ws.close();
      throw e;
    }
    url = server.url;
    closeReceiver = async () => {
      await ws.close();
      await server.close();
    };
  }

  let check: Awaited<typeof checking>;
  try {
    check = await checking;
  } catch (e) {
    await closeReceiver();
    throw e;
  }
  health.setAppName(check.appName);

  // Ready: events are accepted from here on (in webhook mode since the server took over). The SDK is loaded by the first send (long-connection
  // mode has it already): its load is one synchronous block (~150 ms of CPU) that no answer to
  // Feishu needs to wait for. What arrives meanwhile waits in the inbox until the app has loaded.
  void late
    .then((l) => l.identity.auditBindings())
    .catch((e) => log.error("feishu: identity audit failed", { error: String(e) }));
  void dispatcher.replay().catch((e) => log.error("feishu: inbox replay failed", { error: String(e) }));

  return {
    outbox,
    url,
    health,
    appName: check.appName,
    dispatcher,
    api,
    eventDispatcher,
    lull: async (quietMs, maxMs) => lull?.wait(quietMs, maxMs),
    async stop(opts: { deadlineMs?: number } = {}) {
      if (opts.deadlineMs === undefined) {
        await closeReceiver();
        await dispatcher.stop();
        await queue.idle();
        return;
      }
      const until = Date.now() + opts.deadlineMs;
      const left = () => Math.max(0, until - Date.now());
      await within(closeReceiver(), left() / 4, () => log.warn("feishu: receiver did not close in time"));
      // Work in progress gets half of what is left with sends still going out…
      const unfinished = await dispatcher.stop({ graceMs: left() / 2 });
      if (unfinished === 0) return;
      // …then sends still waiting (a Feishu that fails or rate-limits) are given up.
      queue.close();
      await dispatcher.stop({ graceMs: left() });
    },
  };
}
