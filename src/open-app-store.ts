import type { Config } from "./config.js";
import type { Clock } from "./conversation/types.js";
import type { Logger } from "./log.js";
import { openStore } from "./store/open-store.js";
import type { Store } from "./store/types.js";

/**
 * The store a Config asks for, opened. One place for createApp and for the server entry, which
 * opens it before the rest of the app so that the webhook can accept events sooner.
 */
export function openAppStore(config: Config, log: Logger, clock: Clock): Promise<Store> {
  return openStore(config.dataDir, { now: () => clock.now(), log: (m) => log.info(m) });
}
