import type { Config } from "./config.js";
import { createEngine, type Engine } from "./conversation/engine.js";
import type { Clock, Command, Outbox, Services } from "./conversation/types.js";
import { loadOrgFile } from "./load-org.js";
import { createLogger, type Logger } from "./log.js";
import { openAppStore } from "./open-app-store.js";
import type { Store } from "./store/types.js";
import { coreCommands } from "./conversation/commands/index.js";
import { handleText } from "./conversation/respond-intent.js";
import { askEditOrNew } from "./conversation/edit-or-new.js";
import { draftingFeature } from "./drafting/drafting-feature.js";
import { remindersFeature } from "./reminders/feature.js";
import { rosterFeature } from "./roster/roster-feature.js";

/**
 * Wiring: one place that turns a Config into running services and the one engine all
 * transports share. Feature modules (drafting, reminders) plug in here and nowhere else.
 */
export interface App {
  config: Config;
  services: Services;
  engine: Engine;
  /** The features installed, for starting their background jobs. */
  features: Feature[];
  close(): Promise<void>;
}

/**
 * A feature adds commands and may put what its commands need into services.features.
 * `start` runs background work (schedulers) once a transport is up; it returns a stopper.
 * `registerCli` adds subcommands (draft, remind) to the commander program; `openApp`
 * builds the app lazily so `--help` needs no data directory.
 */
export interface Feature {
  name: string;
  install(services: Services, config: Config): Command[] | Promise<Command[]>;
  start?(app: App): (() => Promise<void> | void) | undefined;
  registerCli?(program: CliProgram, openApp: (opts?: { outbox?: Outbox }) => Promise<App>): void;
}

/** commander's Command, named here so features need not import commander's types directly. */
export type CliProgram = import("commander").Command;

export interface AppOptions {
  config: Config;
  clock?: Clock;
  log?: Logger;
  outbox?: Outbox;
  features?: Feature[];
  /**
   * A store already open (the Feishu server opens it before the app, to accept events early).
   * The app closes it on `close()`; if createApp itself fails, the caller still owns it.
   */
  store?: Store;
}

export const systemClock: Clock = { now: () => new Date() };

export async function createApp(opts: AppOptions): Promise<App> {
  const { config } = opts;
  const log = opts.log ?? createLogger({ level: config.logLevel, secrets: config.secrets });
  const clock = opts.clock ?? systemClock;
  const org = await loadOrgFile(config.orgFile);
  const store = opts.store ?? (await openAppStore(config, log, clock));
  const services: Services = {
    org,
    store,
    clock,
    timezone: config.timezone,
    log,
    outbox: opts.outbox,
    features: {},
  };
  const commands: Command[] = [...coreCommands];
  const features = opts.features ?? defaultFeatures();
  try {
    for (const feature of features) {
      commands.push(...(await feature.install(services, config)));
    }
  } catch (e) {
    if (!opts.store) await store.close();
    throw e;
  }
  const engine = createEngine(services, commands, askEditOrNew(handleText));
  return {
    config,
    services,
    engine,
    features,
    close: () => store.close(),
  };
}

/** The features every deployment gets; tests may pass their own list. */
export function defaultFeatures(): Feature[] {
  return [remindersFeature, draftingFeature, rosterFeature];
}
