import { type App, type AppOptions, createApp } from "./app.js";
import { type Config, loadConfig, readProcessEnv } from "./config.js";
import type { Outbox } from "./conversation/types.js";
import { findPerson, isLeader, type Org, type Person } from "./domain/org.js";
import { AppError } from "./errors.js";
import { createConsoleOutbox } from "./transports/console/console-outbox.js";

/** Shared start-up for the CLI and `npm start`: config from the environment, then the app. */
export function configFromProcess(): Config {
  return loadConfig(readProcessEnv());
}

export async function openAppFromProcess(opts: Partial<AppOptions> & { outbox?: Outbox } = {}): Promise<App> {
  const config = opts.config ?? configFromProcess();
  let outbox = opts.outbox;
  const app = await createApp({ ...opts, config, outbox: undefined });
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
