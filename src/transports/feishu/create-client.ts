import type * as lark from "@larksuiteoapi/node-sdk";
import type { Config } from "../../config.js";
import type { Logger } from "../../log.js";
import { loadLarkSdk } from "./load-sdk.js";
import { sdkLogger } from "./sdk-logger.js";

type ClientSettings = Pick<NonNullable<Config["feishu"]>, "appId" | "appSecret" | "domain">;

/**
 * The SDK's API client for the configured app, pointed at FEISHU_DOMAIN (any base URL, so tests
 * use the fake Open Platform). Its own errors are logged quietly: callers report failures once.
 * The SDK is loaded here, on first need (~150 ms of CPU and ~33 MB).
 */
export async function createFeishuClient(
  cfg: ClientSettings,
  log: Logger,
  cache?: lark.Cache,
): Promise<lark.Client> {
  const sdk = loadLarkSdk();
  return new sdk.Client({
    appId: cfg.appId,
    appSecret: cfg.appSecret,
    domain: cfg.domain,
    appType: sdk.AppType.SelfBuild,
    // Not `fatal`: the SDK reads level 0 as "unset" and falls back to info.
    loggerLevel: sdk.LoggerLevel.error,
    logger: sdkLogger(log, { quiet: true }),
    ...(cache ? { cache } : {}),
  });
}

/**
 * The client made once, when first asked for (the first send or API call: in webhook mode the
 * server accepts events without it). A failed load or construction is tried again on the next
 * call.
 */
export interface LazyClient {
  get(): Promise<lark.Client>;
}

/** `gate` (tests): the client is made only once it settles, as if the load took that long. */
export function lazyFeishuClient(
  cfg: ClientSettings,
  log: Logger,
  cache?: lark.Cache,
  gate?: Promise<unknown>,
): LazyClient {
  let made: Promise<lark.Client> | undefined;
  return {
    get() {
      if (!made) {
        made = (gate ?? Promise.resolve()).then(() => createFeishuClient(cfg, log, cache));
        made.catch((e) => {
          made = undefined;
          log.error("feishu: the Lark SDK could not be loaded", { error: String(e) });
        });
      }
      return made;
    },
  };
}
