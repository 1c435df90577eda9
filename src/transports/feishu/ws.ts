import type * as lark from "@larksuiteoapi/node-sdk";
import { AppError, errorMessage } from "../../errors.js";
import type { Logger } from "../../log.js";
import type { FeishuDispatcher } from "./dispatch.js";
import type { LinkState } from "./health.js";
import { CARD_ACTION_EVENT, envelopeFromSdk, MESSAGE_EVENT, parseFeishuEvent } from "./parse.js";
import { loadLarkSdk } from "./load-sdk.js";
import { sdkLogger } from "./sdk-logger.js";

/**
 * Long-connection mode: the SDK's WSClient receives events over an outbound WebSocket (no public
 * URL needed) and hands them to an EventDispatcher whose handlers feed the SAME dispatcher as
 * the webhook. Card clicks answer through the connection: the handler's return value is the
 * callback response.
 */
export interface WsOptions {
  appId: string;
  appSecret: string;
  domain: string;
  encryptKey?: string;
  verificationToken?: string;
  dispatcher: Pick<FeishuDispatcher, "dispatch">;
  log: Logger;
  /** Seconds without any frame after a ping before the socket is recycled. */
  pingTimeoutSec?: number;
}

/** Build the EventDispatcher with our two handlers (exported so tests can `invoke` it). */
export function createEventDispatcher(
  opts: Omit<WsOptions, "appId" | "appSecret" | "domain">,
): lark.EventDispatcher {
  const handler = (eventType: string) => async (data: Record<string, unknown>) => {
    try {
      const event = parseFeishuEvent(envelopeFromSdk(data, eventType));
      const result = await opts.dispatcher.dispatch(event);
      return result.status === "card" ? result.response : undefined;
    } catch (e) {
      opts.log.error("feishu ws: event handling failed", { eventType, error: errorMessage(e) });
      // Throwing makes the SDK answer 500, so Feishu delivers the event again later.
      throw e;
    }
  };
  const { EventDispatcher, LoggerLevel } = loadLarkSdk();
  return new EventDispatcher({
    encryptKey: opts.encryptKey,
    verificationToken: opts.verificationToken,
    loggerLevel: LoggerLevel.warn,
    logger: sdkLogger(opts.log),
  }).register({
    [MESSAGE_EVENT]: handler(MESSAGE_EVENT),
    [CARD_ACTION_EVENT]: handler(CARD_ACTION_EVENT),
  } as Record<string, (data: Record<string, unknown>) => Promise<unknown>>);
}

export interface WsConnection {
  eventDispatcher: lark.EventDispatcher;
  close(): Promise<void>;
}

export interface WsSupervision {
  /** Connection state changes, for /healthz. */
  onState?: (state: LinkState) => void;
  /** The first connection must be up within this long, or start-up fails (default 8 s). */
  connectTimeoutMs?: number;
  /** First delay before restarting a client the SDK gave up on; doubles up to 60 s (default 1 s). */
  restartDelayMs?: number;
}

const MAX_RESTART_DELAY_MS = 60_000;

/**
 * Open the long connection and resolve once it is up. Start-up fails with an error naming the
 * setting when the endpoint refuses the credentials (fatal to the SDK) or no connection came up
 * in time. After that, the SDK reconnects on its own (at the interval the gateway hands out);
 * when it gives up (refusal, retries exhausted) we start it again with a doubling delay.
 */
export async function startWs(opts: WsOptions & WsSupervision): Promise<WsConnection> {
  const eventDispatcher = createEventDispatcher(opts);
  const setState = (s: LinkState) => opts.onState?.(s);
  let ready = false;
  let closed = false;
  let restartDelay = opts.restartDelayMs ?? 1000;
  let restartTimer: NodeJS.Timeout | undefined;
  let settle: { resolve(): void; reject(e: Error): void } | undefined;

  const { WSClient, LoggerLevel } = loadLarkSdk();
  const client = new WSClient({
    appId: opts.appId,
    appSecret: opts.appSecret,
    domain: opts.domain,
    loggerLevel: LoggerLevel.warn,
    logger: sdkLogger(opts.log),
    wsConfig: { pingTimeout: opts.pingTimeoutSec ?? 30 },
    onReady: () => {
      opts.log.info("feishu long connection ready");
      ready = true;
      restartDelay = opts.restartDelayMs ?? 1000;
      setState("connected");
      settle?.resolve();
    },
    onError: (e: Error) => {
      if (!ready) {
        settle?.reject(refused(e));
        return;
      }
      setState("failed");
      opts.log.error("feishu long connection failed; restarting", {
        error: e.message,
        retryInSeconds: restartDelay / 1000,
        hint: "check FEISHU_APP_ID / FEISHU_APP_SECRET and that 事件与回调 uses 长连接 (long connection)",
      });
      if (closed) return;
      restartTimer = setTimeout(() => {
        restartTimer = undefined;
        if (closed) return;
        setState("reconnecting");
        void client.start({ eventDispatcher });
      }, restartDelay);
      restartDelay = Math.min(restartDelay * 2, MAX_RESTART_DELAY_MS);
    },
    onReconnecting: () => {
      setState("reconnecting");
      opts.log.warn("feishu long connection lost; reconnecting");
    },
    onReconnected: () => {
      setState("connected");
      opts.log.info("feishu long connection restored");
    },
  });

  setState("connecting");
  const timeoutMs = opts.connectTimeoutMs ?? 8000;
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new AppError(
              "FEISHU_API",
              `飞书长连接 ${Math.round(timeoutMs / 1000)} 秒内未建立（FEISHU_DOMAIN=${opts.domain}）
` + `  no long connection within ${Math.round(timeoutMs / 1000)} s`,
              {
                hint: "检查网络/代理是否允许出站 WebSocket，以及开发者后台「事件与回调」是否选择了「使用长连接接收事件」",
              },
            ),
          ),
        timeoutMs,
      );
      settle = {
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      };
      void client.start({ eventDispatcher });
    });
  } catch (e) {
    closed = true;
    client.close({ force: true });
    throw e;
  } finally {
    settle = undefined;
  }
  return {
    eventDispatcher,
    async close() {
      closed = true;
      if (restartTimer) clearTimeout(restartTimer);
      client.close({ force: true });
    },
  };
}

/** The endpoint's refusal (bad app id / secret, long connection not enabled) as a start-up error. */
function refused(e: Error): AppError {
  return new AppError(
    "CONFIG_INVALID",
    `飞书长连接被拒绝，请检查 FEISHU_APP_ID / FEISHU_APP_SECRET
` + `  the long-connection endpoint refused FEISHU_APP_ID / FEISHU_APP_SECRET: ${e.message}`,
    {
      hint: "核对「凭证与基础信息」中的 App ID / App Secret，并在「事件与回调」中选择「使用长连接接收事件」",
    },
  );
}
