import type { Command } from "commander";
import { AppError } from "../errors.js";
import { configFromProcess } from "../run-context.js";
import { copyStore, exportStore, importStore, type MoveIo, type StoreLocation } from "./move-store.js";

const io: MoveIo = {
  print: (line) => console.log(line),
  log: (msg) => console.error(msg),
  now: () => new Date(),
};

/** The store the settings name: PostgreSQL when DATABASE_URL is set, else DATA_DIR. */
function configured(): StoreLocation {
  const config = configFromProcess();
  return config.database
    ? { kind: "postgres", url: config.database.url, dataDir: config.dataDir }
    : { kind: "lowdb", dataDir: config.dataDir };
}

function postgresUrl(url: string): string {
  if (!/^postgres(ql)?:\/\/\S+$/.test(url) || !URL.canParse(url)) {
    throw new AppError(
      "BAD_REQUEST",
      "数据库地址应形如 postgres://用户:密码@主机:5432/数据库（密码中的特殊字符要百分号编码）",
    );
  }
  return url;
}

interface CopyOpts {
  fromDir?: string;
  fromUrl?: string;
  toDir?: string;
  toUrl?: string;
}

function location(dir: string | undefined, url: string | undefined, side: "from" | "to"): StoreLocation {
  if ((dir === undefined) === (url === undefined)) {
    throw new AppError("BAD_REQUEST", `请给出 --${side}-dir 或 --${side}-url 中的一个`);
  }
  if (dir !== undefined) return { kind: "lowdb", dataDir: dir };
  return { kind: "postgres", url: postgresUrl(url!), dataDir: configFromProcess().dataDir };
}

/** `store export|import|copy`: move everything between a data dir and PostgreSQL, verified. */
export function registerStoreCli(program: Command): void {
  const store = program
    .command("store")
    .description(
      "存储迁移：在数据目录（DATA_DIR）和 PostgreSQL（DATABASE_URL）之间搬移全部数据，并核对条数和校验和",
    );
  store
    .command("export")
    .description(
      "把当前配置的存储（设了 DATABASE_URL 时为数据库，否则为 DATA_DIR）的全部记录导出为一个 .jsonl 文件；数据目录须先停掉机器人",
    )
    .requiredOption("--to <file>", "导出文件路径，如 store.jsonl")
    .action(async (opts: { to: string }) => {
      await exportStore(configured(), opts.to, io);
    });
  store
    .command("import")
    .description(
      "把导出文件导入当前配置的存储（必须是空的：新的数据目录或新建的数据库），全部成功或什么也不写，之后逐类核对条数和校验和",
    )
    .requiredOption("--from <file>", "store export 生成的 .jsonl 文件")
    .action(async (opts: { from: string }) => {
      await importStore(configured(), opts.from, io);
    });
  store
    .command("copy")
    .description("直接搬移：从一个存储导出并导入另一个（经临时文件），之后核对")
    .option("--from-dir <dir>", "来源数据目录")
    .option("--from-url <url>", "来源数据库 postgres://…")
    .option("--to-dir <dir>", "目标数据目录（不存在或为空）")
    .option("--to-url <url>", "目标数据库 postgres://…（须为空）")
    .action(async (opts: CopyOpts) => {
      await copyStore(
        location(opts.fromDir, opts.fromUrl, "from"),
        location(opts.toDir, opts.toUrl, "to"),
        io,
      );
    });
}
