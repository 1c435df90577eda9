import type { Config } from "./config.js";
import type { Clock } from "./conversation/types.js";
import type { Logger } from "./log.js";
import { openStore } from "./store/open-store.js";
import type { Store } from "./store/types.js";

/**
 * The store a Config asks for, opened: PostgreSQL when DATABASE_URL is set (the `pg` client is
 * imported only then), else the embedded store in DATA_DIR. One place for createApp and for the
 * server entry, which opens it before the rest of the app so that the webhook can accept events
 * sooner (with `deferHistory` the embedded store reads the updates after that: see openStore).
 */
export async function openAppStore(
  config: Config,
  log: Logger,
  clock: Clock,
  o: { deferHistory?: boolean } = {},
): Promise<Store> {
  const opts = { now: () => clock.now(), log: (m: string) => log.info(m) };
  if (config.database) {
    const { openPgStore } = await import("./store/pg/open-pg-store.js");
    return openPgStore(config.database.url, { dataDir: config.dataDir, ...opts });
  }
  return openStore(config.dataDir, { ...opts, deferHistory: o.deferHistory });
}
