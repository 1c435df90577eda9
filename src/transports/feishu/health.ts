import { accessSync, constants } from "node:fs";

/**
 * What `GET /healthz` reports in both Feishu modes: the store (data directory writable, events
 * waiting in the inbox), the receiving side's connection state, and the time of the last event.
 * A supervisor (systemd, Docker, a load balancer) gets 503 when the long connection has been down
 * for longer than `maxOfflineMs`, or when the data directory cannot be written.
 */
export type LinkState = "connecting" | "connected" | "reconnecting" | "failed" | "listening";

export interface HealthBody {
  ok: boolean;
  mode: "ws" | "webhook";
  app?: string;
  store: { ok: boolean; inbox: number; error?: string };
  connection: { state: LinkState; since: string; offlineSeconds?: number };
  lastEventAt: string | null;
}

export interface Health {
  /** An event arrived (any kind, before de-duplication). */
  noteEvent(): void;
  setLink(state: LinkState): void;
  link(): LinkState;
  setAppName(name: string | undefined): void;
  report(): Promise<{ status: 200 | 503; body: HealthBody }>;
}

export interface HealthOptions {
  mode: "ws" | "webhook";
  store: { dataDir: string; listInbox(): Promise<unknown[]> };
  /** How long the long connection may be down before /healthz answers 503. */
  maxOfflineMs: number;
  now?: () => number;
  /** When start-up began (the entry's early listen): a connection not yet up counts as offline from here. */
  startedAt?: number;
}

export function createHealth(opts: HealthOptions): Health {
  const now = opts.now ?? Date.now;
  let state: LinkState = opts.mode === "webhook" ? "listening" : "connecting";
  let since = opts.startedAt ?? now();
  /** When the connection was last known good (or start-up): the offline clock runs from here. */
  let offlineFrom: number | undefined = state === "connecting" ? since : undefined;
  let lastEvent: number | undefined;
  let appName: string | undefined;

  return {
    noteEvent: () => {
      lastEvent = now();
    },
    setLink(next) {
      if (next === state) return;
      const t = now();
      if (next === "connected" || next === "listening") offlineFrom = undefined;
      else offlineFrom ??= t;
      state = next;
      since = t;
    },
    link: () => state,
    setAppName(name) {
      appName = name;
    },
    async report() {
      let storeOk = true;
      let storeError: string | undefined;
      let inbox = 0;
      try {
        accessSync(opts.store.dataDir, constants.W_OK);
        inbox = (await opts.store.listInbox()).length;
      } catch (e) {
        storeOk = false;
        storeError = (e as Error).message;
      }
      const offlineMs = offlineFrom === undefined ? 0 : now() - offlineFrom;
      const linkOk = offlineFrom === undefined || offlineMs <= opts.maxOfflineMs;
      const body: HealthBody = {
        ok: storeOk && linkOk,
        mode: opts.mode,
        ...(appName ? { app: appName } : {}),
        store: {
          ok: storeOk,
          inbox,
          ...(storeError ? { error: storeError } : {}),
        },
        connection: {
          state,
          since: new Date(since).toISOString(),
          ...(offlineFrom === undefined ? {} : { offlineSeconds: Math.round(offlineMs / 1000) }),
        },
        lastEventAt: lastEvent === undefined ? null : new Date(lastEvent).toISOString(),
      };
      return { status: body.ok ? 200 : 503, body };
    },
  };
}
