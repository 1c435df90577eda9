import { createInterface } from "node:readline/promises";
import type { Command } from "commander";
import { configFromProcess } from "../run-context.js";
import { createLogger } from "../log.js";
import { runRosterSync } from "./roster-cli.js";

/** `roster sync [--map 部门=科室]… [--mapping file] [--yes]`. */
export function registerRosterCli(program: Command): void {
  const roster = program.command("roster").description("名册管理");
  roster
    .command("sync")
    .description("从飞书通讯录读取部门和人员，按部门→科室映射生成名册，显示改动，确认后写入")
    .option(
      "--map <部门=科室>",
      "部门（名称、完整路径或 open_department_id）对应的科室；可重复；=@leader 局领导，=@admin 办公室，=- 不加入",
      collect,
      [],
    )
    .option("--mapping <file>", '映射文件 {"departments": {"部门": "科室"}}')
    .option("--yes", "不询问，直接写入")
    .action(async (opts: { map: string[]; mapping?: string; yes?: boolean }) => {
      const config = configFromProcess();
      const log = createLogger({ level: config.logLevel, secrets: config.secrets });
      const { readDirectoryWith } = await import("../transports/feishu/read-directory.js");
      const ask = process.stdin.isTTY
        ? async (q: string) => {
            const rl = createInterface({ input: process.stdin, output: process.stdout });
            try {
              return /^y(es)?$/i.test((await rl.question(q)).trim());
            } finally {
              rl.close();
            }
          }
        : undefined;
      await runRosterSync(
        { map: opts.map, mappingFile: opts.mapping, yes: opts.yes },
        {
          config,
          log,
          readDirectory: () =>
            config.feishu
              ? readDirectoryWith(config.feishu, log, (m) => console.log(`已读取${m}`))
              : Promise.reject(new Error("no Feishu settings")),
          confirm: ask,
          print: (l) => console.log(l),
        },
      );
    });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
