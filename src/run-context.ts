import { appendFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { type App, type AppOptions, createApp } from "./app.js";
import { type Config, readProcessEnv } from "./config.js";
import { loadConfig } from "./load-config.js";
import type { Outbox } from "./conversation/types.js";
import { findPerson, isLeader, type Org, type Person } from "./domain/org.js";
import { AppError } from "./errors.js";
import { createLogger, type Logger } from "./log.js";
import { createConsoleOutbox } from "./transports/console/console-outbox.js";

/** Shared start-up for the CLI and `npm start`: config from the environment, then the app. */
export function configFromProcess(): Config {
  return loadConfig(readProcessEnv());
}

/** Where the CLI and the console write their log: a file, so nothing lands in the terminal. */
export function logFilePath(config: Config): string {
  return path.join(config.dataDir, "logs", "zongjie.log");
}

/**
 * The CLI's and the console's logger: every line goes to DATA_DIR/logs/zongjie.log (masked like
 * any log), never between the prompt and what the user types, and never as an English line
 * over the Chinese one the command prints. Warnings and errors raised while the app opens
 * (before any prompt) are also shown on stderr; `settle()` ends that phase.
 */
export function createCliLogger(config: Config): { log: Logger; settle(): void } {
  const file = logFilePath(config);
  let startup = true;
  let fileOk = true;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
  } catch {
    fileOk = false;
  }
  const log = createLogger({
    level: config.logLevel,
    secrets: config.secrets,
    sink: (line) => {
      if (fileOk) {
        try {
          appendFileSync(file, `${line}\n`);
        } catch {
          fileOk = false;
        }
      }
      if ((startup || !fileOk) && / (WARN|ERROR) /.test(line)) process.stderr.write(`${line}\n`);
    },
  });
  return {
    log,
    settle: () => {
      startup = false;
    },
  };
}

/**
 * Open the app for the CLI, the console or the server. `logToFile` (default true) sends the log
 * to DATA_DIR/logs (see createCliLogger); the Feishu server logs to stderr as a service should.
 */
export async function openAppFromProcess(
  opts: Partial<AppOptions> & { outbox?: Outbox; logToFile?: boolean } = {},
): Promise<App> {
  const config = opts.config ?? configFromProcess();
  let outbox = opts.outbox;
  const cli = !opts.log && opts.logToFile !== false ? createCliLogger(config) : undefined;
  const app = await createApp({ ...opts, config, outbox: undefined, ...(cli ? { log: cli.log } : {}) });
  cli?.settle();
  outbox ??= createConsoleOutbox(app.services.org);
  app.services.outbox = outbox;
  return app;
}

/** Lines that tell the user what mode they are in: roster, LLM, transport. */
export function startupNotes(config: Config, transport: string): string[] {
  const notes = [`数据目录 / data: ${config.dataDir}`];
  if (config.orgIsExample)
    notes.push(
      "名册：未找到 data/org.json，正在使用示例名册 data/org.example.json（复制后修改为本单位名册）",
    );
  else notes.push(`名册 / roster: ${config.orgFile}`);
  notes.push(
    config.llm.apiKey
      ? `大模型 / LLM: ${config.llm.model} @ ${config.llm.baseURL ?? "https://api.openai.com/v1"}`
      : "大模型：未设置 OPENAI_API_KEY，使用离线起草器（草稿标注「离线草稿」）/ no API key: offline drafter",
  );
  notes.push(`通道 / transport: ${transport}`);
  if (!config.feishu) notes.push(`日志 / log: ${logFilePath(config)}`);
  return notes;
}

export function resolvePerson(org: Org, who: string | undefined): Person {
  if (!who) {
    const p = org.people.find((x) => x.role === "staff") ?? org.people[0]!;
    return p;
  }
  const p = findPerson(org, who);
  if (!p) {
    throw new AppError("NOT_FOUND", `名册中没有「${who}」/ no such person in the roster`, {
      hint: `可用：${org.people.map((x) => `${x.id}(${x.name}${isLeader(x) ? "，领导" : ""})`).join(" ")}`,
    });
  }
  return p;
}
