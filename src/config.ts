import { existsSync } from "node:fs";
import path from "node:path";
import { AppError } from "./errors.js";

/**
 * The only module that reads the environment. Everything else receives a `Config`.
 * Tests call `loadConfig({...})` with their own map instead of touching process.env.
 */
export type Env = Record<string, string | undefined>;

export interface Config {
  dataDir: string;
  orgFile: string;
  /** True when ORG_FILE was not given and data/org.json does not exist: the example roster is used. */
  orgIsExample: boolean;
  timezone: string;
  logLevel: "debug" | "info" | "warn" | "error" | "silent";
  llm: {
    /** Undefined means: no key, use the offline drafter. */
    apiKey?: string;
    baseURL?: string;
    model: string;
    jsonMode: "json_object" | "json_schema";
    timeoutMs: number;
    maxRetries: number;
    concurrency: number;
    contextTokens: number;
    /** The model extracts staff messages (rules as fallback): LLM_EXTRACT=on, or auto with a key. */
    useForExtraction: boolean;
  };
  feishu?: {
    appId: string;
    appSecret: string;
    encryptKey?: string;
    verificationToken?: string;
    domain: string;
    mode: "ws" | "webhook";
    /** Start-up: the credential check and the first long connection must finish within this. */
    connectTimeoutMs: number;
    /** Long connection down for longer than this → /healthz answers 503. */
    maxOfflineMs: number;
    /** Where exported cloud documents are created (FEISHU_DOC_FOLDER). */
    docFolder?: string;
    /**
     * An HTTP(S) proxy is set for FEISHU_DOMAIN's scheme (HTTPS_PROXY, HTTP_PROXY, ALL_PROXY, as
     * the SDK's HTTP client reads them): the start-up check then goes through the SDK too.
     */
    proxied?: boolean;
  };
  port: number;
  /**
   * DATABASE_URL (postgres://user:password@host:port/database): the PostgreSQL store, shared by
   * replicas. Undefined: the embedded store in DATA_DIR. Its password is among `secrets`.
   */
  database?: {
    url: string;
    /** INBOX_TAKEOVER_SEC: an accepted event left this long by a replica that died is taken over. */
    takeOverAfterMs: number;
  };
  reminders: {
    enabled: boolean;
    remindCron: string;
    digestCron: string;
    /** The administrator's holiday file (optional; it wins over the chinese-days package). */
    holidaysFile: string;
  };
  /** Values that must never reach a log line. */
  secrets: string[];
}

/** Load `.env` from the working directory into the given env map, without overriding set values. */
export function readProcessEnv(cwd = process.cwd()): Env {
  const file = path.join(cwd, ".env");
  if (existsSync(file)) {
    try {
      process.loadEnvFile(file);
    } catch (e) {
      throw new AppError("CONFIG_INVALID", `.env could not be read: ${(e as Error).message}`);
    }
  }
  return { ...process.env };
}

/** What the production entry needs to listen before the rest of the app (and zod) is loaded. */
export interface EarlyListen {
  port: number;
  mode: "ws" | "webhook";
  maxOfflineMs: number;
}

/**
 * PORT, FEISHU_MODE and FEISHU_MAX_OFFLINE_SEC read without the schema, so that `/healthz` can
 * answer while the rest loads. Undefined when Feishu is not configured or a value is not plainly
 * valid: then nothing listens early and `loadConfig` reports the setting at fault as usual.
 */
export function earlyListenSettings(env: Env): EarlyListen | undefined {
  const blank = (v: string | undefined) => v === undefined || v.trim() === "";
  if (!/^cli_[0-9a-f]{16}$/.test(env.FEISHU_APP_ID ?? "")) return undefined;
  const intOr = (v: string | undefined, d: number, min: number, max: number) => {
    if (blank(v)) return d;
    const n = Number(v);
    return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
  };
  const port = intOr(env.PORT, 3000, 1, 65535);
  const offlineSec = intOr(env.FEISHU_MAX_OFFLINE_SEC, 120, 1, 86_400);
  const mode = blank(env.FEISHU_MODE) ? "ws" : env.FEISHU_MODE;
  if (port === undefined || offlineSec === undefined || (mode !== "ws" && mode !== "webhook"))
    return undefined;
  return { port, mode, maxOfflineMs: offlineSec * 1000 };
}
