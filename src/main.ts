import type { AddressInfo } from "node:net";
import { setTimeout as delay } from "node:timers/promises";
import { pathToFileURL } from "node:url";
import type { App } from "./app.js";
import { earlyListenSettings, readProcessEnv } from "./config.js";
import { errorMessage, isAppError } from "./errors.js";
import { createLogger } from "./log.js";
import { SHUTDOWN_BUDGET_MS, stopOnSignal } from "./shutdown.js";
import { listenEarly } from "./transports/feishu/early-server.js";

/**
 * How long the webhook must have had no request before the processing side starts loading, when
 * no event has needed it sooner, and how long requests that bring no event in may hold it back
 * (intake-lull.ts).
 */
const LOAD_AFTER_QUIET_MS = 100;
const LOAD_AT_THE_LATEST_MS = 1000;

/**
 * `npm start`: Feishu when FEISHU_APP_ID is set, otherwise the local console. Features'
 * background jobs (weekly reminders) start once the transport is up. With Feishu, PORT is
 * listened on first (`/healthz` says "starting", the webhook answers 503; a line says so); then
 * the settings, the store's inbox and the transport (src/intake.ts) — from there the webhook
 * accepts events (a line says so) while the credentials are checked — and only then the history,
 * the roster, the engine and the features, once the first event needs them or after a quiet
 * spell (intake-lull.ts); in webhook mode the Lark SDK at the first send.
 */
async function main(): Promise<void> {
  const env = readProcessEnv();
  const early = earlyListenSettings(env);
  const listening = early ? await listenEarly(early) : undefined;
  if (listening)
    console.log(
      `正在启动：已监听端口 ${(listening.server.address() as AddressInfo).port}（尚未接收事件）/ starting, listening`,
    );
  const { loadConfig, openAppStore, startFeishu } = await import("./intake.js");
  const config = loadConfig(env);
  if (config.feishu) {
    // Ready first, then the rest: the store is opened and the transport started (credentials
    // checked, the webhook accepting events into the inbox) before the roster, the engine and
    // the features load; events that arrive meanwhile are processed once they have.
    const log = createLogger({ level: config.logLevel, secrets: config.secrets });
    const clock = { now: () => new Date() };
    // The history (updates) is read once the webhook accepts events; a data directory that fails
    // to open stops the start right after (below), what was accepted meanwhile left in the inbox.
    const store = await openAppStore(config, log, clock, { deferHistory: true });
    let loadApp!: (app: Promise<App>) => void;
    const loading = new Promise<App>((resolve) => {
      loadApp = resolve;
    });
    const feishu = await startFeishu(
      { config, store, log, clock, app: loading },
      {
        early: listening,
        // While the credentials are checked (a failed check stops the start after all).
        onAccepting: (url) =>
          console.log(`飞书事件接收已就绪 / accepting Feishu events: ${url}/webhook/event`),
      },
    );
    // The processing side (the history, then the roster, the engine and the features) loads once
    // that keeps no event waiting: when the first event needs processing, or after a quiet spell.
    loadApp(
      feishu
        .lull(LOAD_AFTER_QUIET_MS, LOAD_AT_THE_LATEST_MS)
        .then(() => store.ready?.())
        .then(() => new Promise((r) => setImmediate(r)))
        .then(() => import("./run-context.js"))
        .then(({ openAppFromProcess }) =>
          openAppFromProcess({ config, log, clock, store, outbox: feishu.outbox }),
        ),
    );
    const app = await loading;
    const { startupNotes } = await import("./run-context.js");
    const stops = startFeatures(app);
    // The signal handler is in place before the app says it is up: a supervisor (or a test) that stops it on seeing that
    // line must get the graceful stop, not the default SIGTERM death with no exit code (a startup race seen under load).
    stopOnSignal(async () => {
      // Background jobs get a moment; receiving stops, work in progress gets what is left of
      // the budget, and the store is closed (its lock released) before exiting.
      await Promise.race([Promise.allSettled(stops.map((s) => s())), delay(500)]);
      await feishu.stop({ deadlineMs: SHUTDOWN_BUDGET_MS - 1500 });
      await app.close();
    });
    for (const n of startupNotes(
      config,
      `飞书 / Feishu (${config.feishu.mode === "ws" ? "长连接 long connection" : `webhook :${config.port}`})`,
    ))
      console.log(n);
    console.log(
      `飞书应用 / Feishu app: ${feishu.appName ?? "（未能读取应用名称，请确认已启用机器人能力 / bot feature off?）"} · 健康检查 / health: ${feishu.url}/healthz`,
    );
    return;
  }
  const { openAppFromProcess, resolvePerson, startupNotes } = await import("./run-context.js");
  const app = await openAppFromProcess({ config });
  try {
    for (const n of startupNotes(
      config,
      "本地控制台（未设置 FEISHU_APP_ID）/ local console (no FEISHU_APP_ID)",
    ))
      console.log(n);
    const stops = startFeatures(app);
    const { runConsole } = await import("./transports/console/run-console.js");
    await runConsole(app, resolvePerson(app.services.org, argValue("--as")));
    for (const s of stops) await s();
  } finally {
    await app.close();
  }
}

function argValue(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function startFeatures(app: App): Array<() => Promise<void> | void> {
  const stops: Array<() => Promise<void> | void> = [];
  for (const f of app.features) {
    const stop = f.start?.(app);
    if (stop) stops.push(stop);
  }
  return stops;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => {
    console.error(isAppError(e) ? `错误 [${e.code}]：${e.describe()}` : `错误：${errorMessage(e)}`);
    process.exit(1);
  });
}
