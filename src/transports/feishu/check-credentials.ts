import type { Client } from "@larksuiteoapi/node-sdk";
import { AppError, errorMessage } from "../../errors.js";
import { checkBody, toApiError } from "./api-error.js";

/** Feishu codes that mean: this app id / secret pair is not accepted. */
const CREDENTIAL_CODES = new Set([10003, 10014, 10015, 99991543, 99991661, 99991663, 99991664]);

export interface CredentialCheck {
  /** The app's name as the Open Platform knows it (bot info), when the app has the bot feature. */
  appName?: string;
  botOpenId?: string;
}

/**
 * Before opening any receiving side: ask for a tenant access token with FEISHU_APP_ID /
 * FEISHU_APP_SECRET and read the bot's info, so a wrong secret or an unreachable FEISHU_DOMAIN
 * stops the start with a message naming the setting instead of a bot that silently never answers.
 */
export async function checkCredentials(
  client: Client,
  cfg: { appId: string; appSecret: string; domain: string },
  timeoutMs: number,
): Promise<CredentialCheck> {
  // The SDK fetches the tenant token first; its refusal surfaces as
  // "failed to get tenant_access_token, code: N, msg: …" (SDK 1.74 TokenManager).
  const info = await withTimeout(
    client
      .request<{ code?: number; bot?: { app_name?: string; open_id?: string } }>({
        url: "/open-apis/bot/v3/info",
        method: "GET",
      })
      .then((r) => checkBody(r, "bot.v3.info")),
    timeoutMs,
  ).catch((e) => {
    const tokenCode = /tenant_access_token, code: (\d+)/.exec(errorMessage(e))?.[1];
    const err = toApiError(e, "bot.v3.info");
    const code = tokenCode ? Number(tokenCode) : err.code;
    if (code !== undefined && CREDENTIAL_CODES.has(code))
      throw failure({ ...err, message: err.message, code }, cfg);
    // Token granted but no bot info (bot feature off, scope missing): not fatal, no name shown.
    if (code !== undefined || (err.status !== undefined && err.status < 500)) return undefined;
    throw failure(err, cfg);
  });
  return { appName: info?.bot?.app_name || undefined, botOpenId: info?.bot?.open_id || undefined };
}

function failure(e: { code?: number; status?: number; message: string }, cfg: { domain: string }): AppError {
  if (e.code !== undefined && CREDENTIAL_CODES.has(e.code)) {
    return new AppError(
      "CONFIG_INVALID",
      `飞书拒绝了应用凭证 FEISHU_APP_ID / FEISHU_APP_SECRET（错误码 ${e.code}）\n` +
        `  Feishu rejected the app credentials FEISHU_APP_ID / FEISHU_APP_SECRET: ${e.message}`,
      { hint: "在飞书开发者后台「凭证与基础信息」复制 App ID 和 App Secret（重置过密钥需同步更新）" },
    );
  }
  return new AppError(
    "FEISHU_API",
    `无法连接飞书开放平台 FEISHU_DOMAIN=${cfg.domain}\n  cannot reach the Feishu Open Platform: ${e.message}`,
    { hint: "检查 FEISHU_DOMAIN、网络与代理（内网需放行到开放平台的出站访问）" },
  );
}

export function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`no answer within ${Math.round(ms / 1000)} s`)), ms);
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e) => {
        clearTimeout(t);
        reject(e);
      },
    );
  });
}
