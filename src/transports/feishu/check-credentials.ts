import type { Client } from "@larksuiteoapi/node-sdk";
import { AppError, errorMessage } from "../../errors.js";
import { checkBody, FeishuApiError, toApiError } from "./api-error.js";
import { requestJson, type JsonAnswer } from "./request-json.js";
import { type ClearableCache, primeTenantToken } from "./token-cache.js";

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
      .request<BotInfo>({
        url: "/open-apis/bot/v3/info",
        method: "GET",
      })
      .then((r) => checkBody(r, "bot.v3.info")),
    timeoutMs,
  ).catch((e) => judge(e, cfg));
  return { appName: info?.bot?.app_name || undefined, botOpenId: info?.bot?.open_id || undefined };
}

/**
 * The same check without the Lark SDK: the tenant token and the bot info asked for directly
 * (node:http/https), so that the webhook can accept events before the SDK — needed only to send —
 * has loaded. The token is put into `cache` the way the SDK's TokenManager keeps it, so the
 * SDK client made later with that cache does not ask for another. Not for a proxied network:
 * the SDK's HTTP client honours HTTPS_PROXY and friends, this one does not.
 */
export async function checkCredentialsDirect(
  cfg: { appId: string; appSecret: string; domain: string },
  timeoutMs: number,
  cache?: ClearableCache,
  now: () => number = Date.now,
): Promise<CredentialCheck> {
  const until = now() + timeoutMs;
  const left = () => Math.max(1, until - now());
  const ask = async (): Promise<BotInfo> => {
    const t = answerBody<{ tenant_access_token?: unknown; expire?: unknown }>(
      await requestJson(`${cfg.domain}/open-apis/auth/v3/tenant_access_token/internal`, {
        method: "POST",
        body: { app_id: cfg.appId, app_secret: cfg.appSecret },
        timeoutMs: left(),
      }),
      "tenant_access_token",
    );
    if (typeof t.tenant_access_token !== "string" || t.tenant_access_token === "")
      throw new FeishuApiError("tenant_access_token: no token in the answer", undefined, 200);
    const token = t.tenant_access_token;
    // As the SDK does: the token is kept until three minutes before it expires.
    const expire = typeof t.expire === "number" ? t.expire : 0;
    if (cache && expire > 180) primeTenantToken(cache, cfg.appId, token, now() + expire * 1000 - 180_000);
    return answerBody<BotInfo>(
      await requestJson(`${cfg.domain}/open-apis/bot/v3/info`, { method: "GET", token, timeoutMs: left() }),
      "bot.v3.info",
    );
  };
  const info = await withTimeout(ask(), timeoutMs).catch((e) => judge(e, cfg));
  return { appName: info?.bot?.app_name || undefined, botOpenId: info?.bot?.open_id || undefined };
}

type BotInfo = { code?: number; bot?: { app_name?: string; open_id?: string } };

/** An answer's body when it is a 2xx with `code` 0; a FeishuApiError (code, status) otherwise. */
function answerBody<T>(a: JsonAnswer, what: string): T {
  const body = (typeof a.body === "object" && a.body !== null ? a.body : {}) as Record<string, unknown>;
  const code = typeof body.code === "number" ? body.code : undefined;
  if (a.status < 200 || a.status >= 300)
    throw new FeishuApiError(
      `${what}: HTTP ${a.status}${code !== undefined ? ` ${code}` : ""} ${String(body.msg ?? "")}`.trim(),
      code,
      a.status,
    );
  return checkBody(body as T, what);
}

/**
 * What a failed check means. Credentials refused (by the token endpoint or the bot info) stop
 * the start naming FEISHU_APP_ID / FEISHU_APP_SECRET; no answer (network, timeout, 5xx) stops it
 * naming FEISHU_DOMAIN (a 5xx too, whatever code its body carries); any other refusal of the bot info (bot feature off, scope missing) is not
 * fatal — the app simply has no name to show.
 */
function judge(e: unknown, cfg: { domain: string }): undefined {
  const tokenCode = /tenant_access_token, code: (\d+)/.exec(errorMessage(e))?.[1];
  const err = toApiError(e, "bot.v3.info");
  const code = tokenCode ? Number(tokenCode) : err.code;
  if (code !== undefined && CREDENTIAL_CODES.has(code))
    throw failure({ ...err, message: err.message, code }, cfg);
  // A 5xx (whatever its body says), a network failure or a timeout: nobody answered for Feishu.
  if (err.status !== undefined && err.status >= 500) throw failure(err, cfg);
  if (code !== undefined || err.status !== undefined) return undefined;
  throw failure(err, cfg);
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
