import { existsSync } from "node:fs";
import path from "node:path";
import * as z from "zod/mini";
import { useEnglishMessages } from "./zod-messages.js";
import type { Config, Env } from "./config.js";
import { AppError } from "./errors.js";

/**
 * The environment's schema and its checks (zod). Kept apart from config.ts so that the
 * production entry can read the few settings it needs to listen before zod is loaded. Written
 * with zod/mini (the same checks and messages as classic zod, tree-shaken): the server parses
 * its settings before it accepts events, and classic zod loads only with the app, after that.
 */
const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const opt = <T extends z.ZodMiniType>(t: T) => z.pipe(z.transform(emptyToUndefined), z.optional(t));
const withDefault = <T extends z.ZodMiniType>(t: T, d: z.input<T>) =>
  z.pipe(z.transform(emptyToUndefined), z._default(t, d as never));
const bool = z.pipe(
  z.enum(["true", "false", "1", "0", "yes", "no"]),
  z.transform((v) => ["true", "1", "yes"].includes(v)),
);
const int = (min: number, max: number) => z.coerce.number().check(z.int(), z.minimum(min), z.maximum(max));

const DEFAULT_TIMEZONE = "Asia/Shanghai";

const FEISHU_DOMAINS: Record<string, string> = {
  feishu: "https://open.feishu.cn",
  lark: "https://open.larksuite.com",
};

const EnvSchema = z.object({
  DATA_DIR: withDefault(z.string(), "./data"),
  ORG_FILE: opt(z.string()),
  TIMEZONE: withDefault(z.string(), DEFAULT_TIMEZONE),
  LOG_LEVEL: withDefault(z.enum(["debug", "info", "warn", "error", "silent"]), "info"),

  OPENAI_BASE_URL: opt(z.url({ message: "must be a URL such as https://api.deepseek.com/v1" })),
  OPENAI_API_KEY: opt(z.string()),
  LLM_MODEL: withDefault(z.string(), "gpt-4o-mini"),
  LLM_JSON_MODE: withDefault(z.enum(["json_object", "json_schema"]), "json_object"),
  LLM_TIMEOUT_MS: withDefault(int(1000, 600_000), 60_000),
  LLM_MAX_RETRIES: withDefault(int(0, 10), 3),
  LLM_CONCURRENCY: withDefault(int(1, 32), 4),
  LLM_CONTEXT_TOKENS: withDefault(int(1000, 2_000_000), 12_000),
  /** auto: the model extracts when a key is set; on/off force it. true/false from older .env files still work. */
  LLM_EXTRACT: withDefault(
    z.pipe(
      z.enum(["auto", "on", "off", "true", "false", "1", "0", "yes", "no"]),
      z.transform((v) => (v === "auto" ? "auto" : ["on", "true", "1", "yes"].includes(v) ? "on" : "off")),
    ),
    "auto",
  ),

  FEISHU_APP_ID: opt(
    z
      .string()
      .check(z.regex(/^cli_[0-9a-f]{16}$/, { message: "must look like cli_ followed by 16 hex characters" })),
  ),
  FEISHU_APP_SECRET: opt(z.string()),
  FEISHU_ENCRYPT_KEY: opt(z.string()),
  FEISHU_VERIFICATION_TOKEN: opt(z.string()),
  FEISHU_DOMAIN: withDefault(z.string(), "feishu"),
  FEISHU_MODE: withDefault(z.enum(["ws", "webhook"]), "ws"),
  FEISHU_CONNECT_TIMEOUT_SEC: withDefault(int(1, 120), 8),
  FEISHU_MAX_OFFLINE_SEC: withDefault(int(1, 86_400), 120),
  /** Folder token for exported cloud documents (optional; default: the app's own space). */
  FEISHU_DOC_FOLDER: opt(
    z.string().check(z.regex(/^[A-Za-z0-9_-]+$/, "a folder token (letters, digits, _ -)")),
  ),
  PORT: withDefault(int(1, 65535), 3000),
  DATABASE_URL: opt(
    z.string().check(
      z.regex(/^postgres(ql)?:\/\/[^\s]+$/, {
        message: "must look like postgres://user:password@host:5432/database",
      }),
      z.refine((v) => URL.canParse(v), {
        message: "is not a valid URL (percent-encode special characters in the password)",
      }),
    ),
  ),

  /** Replicas: an accepted event no replica has worked on for this long is taken over. */
  INBOX_TAKEOVER_SEC: withDefault(int(1, 3600), 30),

  REMIND_CRON: withDefault(z.string(), "0 16 * * 5"),
  DIGEST_CRON: withDefault(z.string(), "0 9 * * 1"),
  REMINDERS_ENABLED: withDefault(bool, "true"),
  HOLIDAYS_FILE: withDefault(z.string(), "data/holidays.json"),
});

/** Parse and check the environment; throws AppError(CONFIG_INVALID) naming the setting at fault. */
/**
 * Whether the variables axios (the Lark SDK's HTTP client, via proxy-from-env) reads name a proxy
 * for this URL's scheme. NO_PROXY is not consulted: a false "yes" only makes the start-up check
 * go through the SDK, a little slower.
 */
function proxySet(env: Env, url: string): boolean {
  const scheme = url.startsWith("https:") ? "https" : "http";
  const names = [`npm_config_${scheme}_proxy`, `${scheme}_proxy`, "npm_config_proxy", "all_proxy"];
  return names.some((n) => Boolean(env[n] || env[n.toUpperCase()]));
}

export function loadConfig(env: Env, cwd = process.cwd()): Config {
  // Parsed once per process: zod's compiled fast path would cost more to generate than it saves.
  useEnglishMessages();
  const parsed = EnvSchema.safeParse(env, { jitless: true });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new AppError("CONFIG_INVALID", `配置有误 / invalid settings:\n  ${lines.join("\n  ")}`, {
      hint: "检查 .env 或环境变量中上面列出的设置（参见 .env.example）",
    });
  }
  const e = parsed.data;
  const dataDir = path.resolve(cwd, e.DATA_DIR);
  try {
    // The default needs no check, and the check costs the process's first use of the time zone
    // data (~15 ms of CPU), which the server would otherwise pay before it accepts events.
    if (e.TIMEZONE !== DEFAULT_TIMEZONE) new Intl.DateTimeFormat("en-US", { timeZone: e.TIMEZONE });
  } catch {
    throw new AppError("CONFIG_INVALID", `TIMEZONE: unknown time zone "${e.TIMEZONE}"`, {
      hint: "use an IANA name such as Asia/Shanghai",
    });
  }

  let orgFile: string;
  let orgIsExample = false;
  if (e.ORG_FILE) {
    orgFile = path.resolve(cwd, e.ORG_FILE);
  } else {
    orgFile = path.resolve(cwd, "data/org.json");
    if (!existsSync(orgFile)) {
      orgFile = path.resolve(cwd, "data/org.example.json");
      orgIsExample = true;
    }
  }

  let feishu: Config["feishu"];
  if (e.FEISHU_APP_ID) {
    if (!e.FEISHU_APP_SECRET) {
      throw new AppError("CONFIG_INVALID", "FEISHU_APP_SECRET: required when FEISHU_APP_ID is set", {
        hint: "copy the App Secret from the Feishu developer console (凭证与基础信息)",
      });
    }
    if (e.FEISHU_MODE === "webhook" && !e.FEISHU_ENCRYPT_KEY) {
      // A verification token alone travels inside the body: anyone who has seen one request
      // could forge any user's events. With the encrypt key every request is signed.
      throw new AppError(
        "CONFIG_INVALID",
        "FEISHU_ENCRYPT_KEY: 回调模式（FEISHU_MODE=webhook）必须设置 / required in webhook mode, so that every request is signed and checked",
        {
          hint: "在飞书开发者后台「事件与回调 → 加密策略」生成 Encrypt Key 并填入 FEISHU_ENCRYPT_KEY（仅有 Verification Token 不够安全）；或改用长连接 FEISHU_MODE=ws",
        },
      );
    }
    const domain = FEISHU_DOMAINS[e.FEISHU_DOMAIN] ?? e.FEISHU_DOMAIN;
    if (!/^https?:\/\//.test(domain)) {
      throw new AppError(
        "CONFIG_INVALID",
        `FEISHU_DOMAIN: "${e.FEISHU_DOMAIN}" is not feishu, lark or a URL`,
      );
    }
    feishu = {
      appId: e.FEISHU_APP_ID,
      appSecret: e.FEISHU_APP_SECRET,
      encryptKey: e.FEISHU_ENCRYPT_KEY,
      verificationToken: e.FEISHU_VERIFICATION_TOKEN,
      domain: domain.replace(/\/+$/, ""),
      mode: e.FEISHU_MODE,
      connectTimeoutMs: e.FEISHU_CONNECT_TIMEOUT_SEC * 1000,
      maxOfflineMs: e.FEISHU_MAX_OFFLINE_SEC * 1000,
      docFolder: e.FEISHU_DOC_FOLDER,
      proxied: proxySet(env, domain),
    };
  }

  const secrets = [
    e.DATABASE_URL ? databasePassword(e.DATABASE_URL) : undefined,
    e.OPENAI_API_KEY,
    e.FEISHU_APP_SECRET,
    e.FEISHU_ENCRYPT_KEY,
    e.FEISHU_VERIFICATION_TOKEN,
  ].filter((s): s is string => typeof s === "string" && s.length >= 4);

  return {
    dataDir,
    orgFile,
    orgIsExample,
    timezone: e.TIMEZONE,
    logLevel: e.LOG_LEVEL,
    llm: {
      apiKey: e.OPENAI_API_KEY,
      baseURL: e.OPENAI_BASE_URL,
      model: e.LLM_MODEL,
      jsonMode: e.LLM_JSON_MODE,
      timeoutMs: e.LLM_TIMEOUT_MS,
      maxRetries: e.LLM_MAX_RETRIES,
      concurrency: e.LLM_CONCURRENCY,
      contextTokens: e.LLM_CONTEXT_TOKENS,
      useForExtraction: e.LLM_EXTRACT === "on" || (e.LLM_EXTRACT === "auto" && Boolean(e.OPENAI_API_KEY)),
    },
    feishu,
    port: e.PORT,
    database: e.DATABASE_URL
      ? { url: e.DATABASE_URL, takeOverAfterMs: e.INBOX_TAKEOVER_SEC * 1000 }
      : undefined,
    reminders: {
      enabled: e.REMINDERS_ENABLED,
      remindCron: e.REMIND_CRON,
      digestCron: e.DIGEST_CRON,
      holidaysFile: path.resolve(cwd, e.HOLIDAYS_FILE),
    },
    secrets,
  };
}

/** The password in a postgres:// URL (decoded), so that the logger masks it. */
function databasePassword(url: string): string | undefined {
  const password = new URL(url).password;
  return password ? decodeURIComponent(password) : undefined;
}
