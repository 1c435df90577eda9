import { setTimeout as delay } from "node:timers/promises";
import { pathToFileURL } from "node:url";
import type { App } from "./app.js";
import { earlyListenSettings, readProcessEnv } from "./config.js";
import { errorMessage, isAppError } from "./errors.js";
import { createLogger } from "./log.js";
import { SHUTDOWN_BUDGET_MS, stopOnSignal } from "./shutdown.js";
import { listenEarly } from "./transports/feishu/early-server.js";

/**
 * `npm start`: Feishu when FEISHU_APP_ID is set, otherwise the local console. Features'
 * background jobs (weekly reminders) start once the transport is up. With Feishu, PORT is
 * listened on first (`/healthz` says "starting", the webhook answers 503); then the settings and
 * the store — from there the webhook accepts events, while the credentials are checked — and only
 * then the roster, the engine and the features; in webhook mode the Lark SDK at the first send.
 */
async function main(): Promise<void> {
  const env = readProcessEnv();
  const early = earlyListenSettings(env);
  const listening = early ? await listenEarly(early) : undefined;
  const { loadConfig } = await import("./load-config.js");
  const config = loadConfig(env);
  if (config.feishu) {
    // Ready first, then the rest: the store is opened and the transport started (credentials
    // checked, the webhook accepting events into the inbox) before the roster, the engine and
    // the features load; events that arrive meanwhile are processed once they have.
    const log = createLogger({ level: config.logLevel, secrets: config.secrets });
    const clock = { now: () => new Date() };
    const { openAppStore } = await import("./open-app-store.js");
    // The history (updates) is read once the webhook accepts events; a data directory that fails
    // to open stops the start right after (below), what was accepted meanwhile left in the inbox.
    const store = await openAppStore(config, log, clock, { deferHistory: true });
    const { startFeishu } = await import("./transports/feishu/start.js");
    let loadApp!: (app: Promise<App>) => void;
    const loading = new Promise<App>((resolve) => {
      loadApp = resolve;
    });
    const feishu = await startFeishu({ config, store, log, clock, app: loading }, { early: listening });
    const { openAppFromProcess, startupNotes } = await import("./run-context.js");
    loadApp(
      Promise.resolve(store.ready?.()).then(() =>
        openAppFromProcess({ config, log, clock, store, outbox: feishu.outbox }),
      ),
    );
    const app = await loading;
    for (const n of startupNotes(
      config,
      `飞书 / Feishu (${config.feishu.mode === "ws" ? "长连接 long connection" : `webhook :${config.port}`})`,
    ))
      console.log(n);
    console.log(
      `飞书应用 / Feishu app: ${feishu.appName ?? "（未能读取应用名称，请确认已启用机器人能力 / bot feature off?）"} · 健康检查 / health: ${feishu.url}/healthz`,
    );
    const stops = startFeatures(app);
    stopOnSignal(async () => {
      // Background jobs get a moment; receiving stops, work in progress gets what is left of
      // the budget, and the store is closed (its lock released) before exiting.
      await Promise.race([Promise.allSettled(stops.map((s) => s())), delay(500)]);
      await feishu.stop({ deadlineMs: SHUTDOWN_BUDGET_MS - 1500 });
      await app.close();
    });
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
