import * as lark from "@larksuiteoapi/node-sdk";
import type { Config } from "../../config.js";
import type { Logger } from "../../log.js";
import { sdkLogger } from "./sdk-logger.js";

/**
 * The SDK's API client for the configured app, pointed at FEISHU_DOMAIN (any base URL, so tests
 * use the fake Open Platform). Its own errors are logged quietly: callers report failures once.
 */
export function createFeishuClient(
  cfg: Pick<NonNullable<Config["feishu"]>, "appId" | "appSecret" | "domain">,
  log: Logger,
  cache?: lark.Cache,
): lark.Client {
  return new lark.Client({
    appId: cfg.appId,
    appSecret: cfg.appSecret,
    domain: cfg.domain,
    appType: lark.AppType.SelfBuild,
    // Not `fatal`: the SDK reads level 0 as "unset" and falls back to info.
    loggerLevel: lark.LoggerLevel.error,
    logger: sdkLogger(log, { quiet: true }),
    ...(cache ? { cache } : {}),
  });
}
