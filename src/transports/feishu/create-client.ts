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
 * The client made once, when first asked for (`get`) or when `load` starts it in the background.
 * A failed import or construction is tried again on the next call.
 */
export interface LazyClient {
  get(): Promise<lark.Client>;
  /** Start making it now without waiting (after the server said it is ready). */
  load(): void;
  /** True once it has been made. */
  readonly loaded: boolean;
}

/** `gate` (tests): the client is made only once it settles, as if the import took that long. */
export function lazyFeishuClient(
  cfg: ClientSettings,
  log: Logger,
  cache?: lark.Cache,
  gate?: Promise<unknown>,
): LazyClient {
  let made: Promise<lark.Client> | undefined;
  let loaded = false;
  const get = () => {
    if (!made) {
      made = (gate ?? Promise.resolve()).then(() => createFeishuClient(cfg, log, cache));
      made.then(
        () => {
          loaded = true;
        },
        () => {
          made = undefined;
        },
      );
    }
    return made;
  };
  return {
    get,
    load() {
      get().catch((e) => log.error("feishu: the Lark SDK could not be loaded", { error: String(e) }));
    },
    get loaded() {
      return loaded;
    },
  };
}
