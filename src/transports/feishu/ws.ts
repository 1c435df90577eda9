import * as lark from "@larksuiteoapi/node-sdk";
import { errorMessage } from "../../errors.js";
import type { Logger } from "../../log.js";
import type { FeishuDispatcher } from "./dispatch.js";
import { CARD_ACTION_EVENT, envelopeFromSdk, MESSAGE_EVENT, parseFeishuEvent } from "./parse.js";
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
  return new lark.EventDispatcher({
    encryptKey: opts.encryptKey,
    verificationToken: opts.verificationToken,
    loggerLevel: lark.LoggerLevel.warn,
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

export async function startWs(opts: WsOptions): Promise<WsConnection> {
  const eventDispatcher = createEventDispatcher(opts);
  const client = new lark.WSClient({
    appId: opts.appId,
    appSecret: opts.appSecret,
    domain: opts.domain,
    loggerLevel: lark.LoggerLevel.warn,
    logger: sdkLogger(opts.log),
    wsConfig: { pingTimeout: opts.pingTimeoutSec ?? 30 },
    onReady: () => opts.log.info("feishu long connection ready"),
    onError: (e: Error) =>
      opts.log.error("feishu long connection failed", {
        error: e.message,
        hint: "check FEISHU_APP_ID / FEISHU_APP_SECRET and that 事件与回调 uses 长连接 (long connection)",
      }),
    onReconnecting: () => opts.log.warn("feishu long connection lost; reconnecting"),
    onReconnected: () => opts.log.info("feishu long connection restored"),
  });
  await client.start({ eventDispatcher });
  return {
    eventDispatcher,
    async close() {
      client.close({ force: true });
    },
  };
}
