import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { repoPath } from "../repo-path.js";
import { type App, createApp } from "../app.js";
import { loadConfig } from "../load-config.js";
import type { Reply } from "../conversation/types.js";
import { findPerson } from "../domain/org.js";
import { formatDate, localDateString, toLocal } from "../domain/period.js";
import { createConsoleOutbox } from "../transports/console/console-outbox.js";
import { renderForConsole } from "../transports/console/render-text.js";
import { DEMO_YEAR, demoSteps } from "./demo-script.js";
import { draftingApi } from "../drafting/run-draft-cli.js";
import { writeDraftFiles } from "../export/write-draft-files.js";
import { runRemindCli } from "../reminders/remind-cli.js";

const ROOT = repoPath(import.meta.url);

export interface DemoOptions {
  keep: boolean;
  out?: string;
  write?: (s: string) => void;
}

/**
 * `npm run demo`: a throw-away data dir, the example roster, the offline drafter, and a scripted
 * stretch of the year played through the real engine with a moving clock.
 */
export async function runDemo(
  opts: DemoOptions,
): Promise<{ dataDir: string; outDir: string; files: string[] }> {
  const write = opts.write ?? ((s: string) => process.stdout.write(s));
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "zongjie-demo-"));
  const outDir = path.resolve(opts.out ?? "out/demo");
  let now = new Date(demoSteps[0]!.at);
  const config = loadConfig({
    DATA_DIR: dataDir,
    ORG_FILE: path.join(ROOT, "data/org.example.json"),
    LOG_LEVEL: "warn",
    REMINDERS_ENABLED: "false",
  });
  const app = await createApp({ config, clock: { now: () => now } });
  app.services.outbox = createConsoleOutbox(app.services.org, write);
  const files: string[] = [];
  const show = (replies: Reply[]) => {
    for (const r of replies) {
      write(`${indent(renderForConsole(r))}\n`);
      if (r.file) files.push(r.file.path);
    }
  };
  const say = async (who: string, text: string, at?: string, note?: string) => {
    if (at) now = new Date(at);
    const person = findPerson(app.services.org, who)!;
    if (note) write(`\n# ${note}\n`);
    write(`\n${fmt(now)} ${person.name}（${person.title ?? person.role}）：${text}\n`);
    show(
      await app.engine.handle({
        person,
        chat: "p2p",
        kind: "text",
        text,
        messageId: `demo-${now.getTime()}`,
      }),
    );
  };

  try {
    write(`总结助手演示 · ${app.services.org.unit} · ${DEMO_YEAR}年\n数据目录（临时）：${dataDir}\n`);
    write("离线模式：未使用大模型，抽取与起草均由本地规则完成。\n");
    for (const step of demoSteps) await say(step.who, step.text, step.at, step.note);
    await runExtras(
      app,
      say,
      (at) => {
        now = new Date(at);
      },
      outDir,
      write,
      files,
    );
    const confirmed = (await app.services.store.listUpdates({ status: "confirmed" })).length;
    write(`\n演示结束：已确认填报 ${confirmed} 条。\n`);
    if (files.length > 0) write(`草稿文件：\n${files.map((f) => `  ${f}`).join("\n")}\n`);
  } finally {
    await app.close();
    if (opts.keep) write(`演示数据保留在：${dataDir}\n`);
    else await rm(dataDir, { recursive: true, force: true });
  }
  return { dataDir, outDir, files };
}

type Say = (who: string, text: string, at?: string, note?: string) => Promise<void>;

/** Steps that need features (reminders, drafting): run only when those features are installed. */
async function runExtras(
  app: App,
  say: Say,
  setNow: (at: string) => void,
  outDir: string,
  write: (s: string) => void,
  files: string[],
): Promise<void> {
  const { features } = app.services;
  if (features.reminders) {
    await say("xu-dj", "本周无进展", "2025-11-21T09:00:00+08:00", "徐芳本周没有新工作，一句话也算填报");
    write("\n# 周五 16:00 的每周提醒：只提醒本周还没有填报的人\n");
    setNow("2025-11-21T16:00:00+08:00");
    await runRemindCli(app, {}, (line) => write(`    ${line}\n`));
    await say("zhou-ju", "进度 上周", "2025-11-24T09:10:00+08:00", "周一，局长查看上周填报情况");
  }
  if (features.drafting) {
    await say("zhou-ju", `生成总结 ${DEMO_YEAR}`, "2025-12-15T09:00:00+08:00", "局长生成年度总结草稿");
    await draftingApi(app).whenIdle();
    await say("zhou-ju", "待核实", undefined, "局长查看缺材料的科室和待核实的数字");
    // Write the draft the leader just generated in chat (no second generation).
    const api = draftingApi(app);
    await api.whenIdle();
    const period = { year: DEMO_YEAR };
    const draft = await api.service.get(period);
    if (!draft) throw new Error("the demo's draft was not generated");
    const written = await writeDraftFiles(draft, outDir, {
      org: app.services.org,
      material: (await api.service.material(period)).records,
      date: localDateString(app.services.clock.now(), app.services.timezone),
    });
    for (const f of Object.values(written)) if (typeof f === "string") files.push(f);
  }
}

function fmt(d: Date): string {
  const t = toLocal(d, "Asia/Shanghai");
  return `[${formatDate(t)} ${String(t.hour).padStart(2, "0")}:${String(t.minute).padStart(2, "0")}]`;
}

function indent(s: string): string {
  return s
    .split("\n")
    .map((l) => `    ${l}`)
    .join("\n");
}
