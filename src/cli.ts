import { readFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { Command } from "commander";
import { defaultFeatures } from "./app.js";
import { errorMessage, isAppError } from "./errors.js";
import { importRows } from "./import/import-updates.js";
import { parseImport } from "./import/parse-import.js";
import { runDemo } from "./demo/run-demo.js";
import { registerRosterCli } from "./roster/register-roster-cli.js";
import { openAppFromProcess, resolvePerson, startupNotes } from "./run-context.js";
import { registerStoreCli } from "./store-move/register-store-cli.js";
import { renderForConsole } from "./transports/console/render-text.js";
import { runConsole } from "./transports/console/run-console.js";

/** The command line: every subcommand goes through the same app and engine as Feishu. */
export function buildProgram(): Command {
  const program = new Command("zongjie")
    .description("总结助手 — 收集科室工作情况，起草年度工作总结和下一年工作计划")
    .showHelpAfterError();

  program
    .command("console")
    .description(
      "本地控制台：在终端里以名册中的某人身份与机器人对话（多行消息：行尾加 \\ 接着写，或用 <<< 和 >>> 括起来）",
    )
    .option("--as <who>", "名册中的 id 或姓名")
    .action(async (opts: { as?: string }) => {
      const app = await openAppFromProcess();
      try {
        const me = resolvePerson(app.services.org, opts.as);
        for (const n of startupNotes(app.config, "本地控制台 / local console")) console.log(n);
        await runConsole(app, me);
      } finally {
        await app.close();
      }
    });

  program
    .command("say")
    .description("以某人身份发一条消息并打印机器人的回复")
    .requiredOption("--as <who>", "名册中的 id 或姓名")
    .argument("<text...>", "消息内容")
    .action(async (words: string[], opts: { as: string }) => {
      const app = await openAppFromProcess();
      try {
        const me = resolvePerson(app.services.org, opts.as);
        const replies = await app.engine.handle({
          person: me,
          chat: "p2p",
          kind: "text",
          text: words.join(" "),
          messageId: `cli-${Date.now()}`,
        });
        for (const r of replies) console.log(`${renderForConsole(r)}\n`);
      } finally {
        await app.close();
      }
    });

  program
    .command("import")
    .description("导入往年材料：.jsonl 或 .csv，每行 {author, section, date, text}；有错则整份不导入")
    .argument("<file>", "文件路径")
    .action(async (file: string) => {
      const format = /\.csv$/i.test(file) ? "csv" : /\.jsonl?$/i.test(file) ? "jsonl" : undefined;
      if (!format) throw new Error("只支持 .jsonl 或 .csv 文件 / only .jsonl or .csv");
      const content = await readFile(file, "utf8");
      const app = await openAppFromProcess();
      try {
        const rows = parseImport(content, format, app.services.org);
        const { added, skipped } = await importRows(
          app.services.store,
          app.services.org,
          rows,
          app.services.clock.now(),
        );
        console.log(
          `已导入 ${added} 条${skipped ? `，跳过已导入过的 ${skipped} 条` : ""}。/ imported ${added}, skipped ${skipped}`,
        );
      } finally {
        await app.close();
      }
    });

  program
    .command("demo")
    .description("演示：用示例名册在临时目录里走一遍一年的填报、提醒和起草")
    .option("--keep", "保留演示数据目录")
    .option("--out <dir>", "草稿输出目录")
    .action(async (opts: { keep?: boolean; out?: string }) => {
      await runDemo({ keep: opts.keep ?? false, out: opts.out });
    });

  registerRosterCli(program);
  registerStoreCli(program);
  for (const feature of defaultFeatures()) feature.registerCli?.(program, (o) => openAppFromProcess(o));
  return program;
}

async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (e) {
    console.error(isAppError(e) ? `错误 [${e.code}]：${e.describe()}` : `错误：${errorMessage(e)}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main(process.argv);
