/**
 * What the server needs before it accepts Feishu events — the settings, the store, the Feishu
 * transport — imported by the entry in one step once it listens: bundled, one file (with the
 * chunks it shares with the rest) rather than one per part, each resolved and read in turn.
 */
export { loadConfig } from "./load-config.js";
export { openAppStore } from "./open-app-store.js";
export { startFeishu } from "./transports/feishu/start.js";
