import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { Config } from "../config.js";
import { describeRosterChange } from "../domain/describe-roster-change.js";
import type { Org, Person } from "../domain/org.js";
import { type Directory, proposeRoster, ROOT_LABEL } from "../domain/propose-roster.js";
import { AppError } from "../errors.js";
import { loadOrgFile } from "../load-org.js";
import type { Logger } from "../log.js";
import { writeRosterFile } from "./write-roster.js";

/**
 * `roster sync`: read the unit's departments and people from Feishu, propose a roster
 * (departments mapped to sections by the administrator), show what would change in the roster
 * file, and write it only when confirmed (`--yes`, or «y» at the prompt).
 */
export interface RosterSyncOptions {
  /** "部门=科室" pairs from --map. */
  map?: string[];
  /** A JSON file: {"departments": {"部门": "科室"}} or a flat {"部门": "科室"}. */
  mappingFile?: string;
  yes?: boolean;
}

export interface RosterSyncDeps {
  config: Config;
  log: Logger;
  readDirectory: () => Promise<Directory>;
  /** Ask the administrator; undefined when there is nobody to ask (no terminal). */
  confirm?: (question: string) => Promise<boolean>;
  print: (line: string) => void;
  now?: () => Date;
}

export interface RosterSyncResult {
  written: boolean;
  file: string;
  backup?: string;
  added: number;
  changed: number;
}

const MappingFileSchema = z.union([
  z.object({ departments: z.record(z.string(), z.string()) }),
  z.record(z.string(), z.string()),
]);

async function readMapping(opts: RosterSyncOptions): Promise<Record<string, string>> {
  const mapping: Record<string, string> = {};
  if (opts.mappingFile) {
    let parsed: z.infer<typeof MappingFileSchema>;
    try {
      parsed = MappingFileSchema.parse(JSON.parse(await readFile(opts.mappingFile, "utf8")));
    } catch (e) {
      throw new AppError("BAD_REQUEST", `映射文件无法使用 / bad mapping file: ${opts.mappingFile}`, {
        cause: e,
        hint: '格式：{"departments": {"科普宣传科": "科普", "局领导": "@leader"}}',
      });
    }
    Object.assign(
      mapping,
      "departments" in parsed && typeof parsed.departments === "object" ? parsed.departments : parsed,
    );
  }
  for (const pair of opts.map ?? []) {
    const i = pair.lastIndexOf("=");
    if (i <= 0)
      throw new AppError("BAD_REQUEST", `--map "${pair}"：应写成 部门=科室，例如 --map "科普宣传科=科普"`);
    mapping[pair.slice(0, i).trim()] = pair.slice(i + 1).trim();
  }
  return mapping;
}

/** The file to write and the roster to start from (the example roster's sections, no people). */
async function baseRoster(config: Config): Promise<{ file: string; org: Org }> {
  const current = await loadOrgFile(config.orgFile);
  if (!config.orgIsExample) return { file: config.orgFile, org: current };
  return { file: path.join(path.dirname(config.orgFile), "org.json"), org: { ...current, people: [] } };
}

export async function runRosterSync(
  opts: RosterSyncOptions,
  deps: RosterSyncDeps,
): Promise<RosterSyncResult> {
  const { config, print } = deps;
  if (!config.feishu) {
    throw new AppError(
      "CONFIG_INVALID",
      "roster sync 需要飞书应用：请设置 FEISHU_APP_ID 和 FEISHU_APP_SECRET",
      {
        hint: "所需通讯录权限见 docs/feishu-setup.md「从飞书同步名册」",
      },
    );
  }
  const mapping = await readMapping(opts);
  const { file, org } = await baseRoster(config);
  const dir = await deps.readDirectory();
  const proposal = proposeRoster(org, dir, mapping);
  const deptById = new Map(dir.departments.map((d) => [d.id, d]));
  const userByOpenId = new Map(dir.users.map((u) => [u.openId, u]));
  const departmentsOf = (p: Person) =>
    (userByOpenId.get(p.feishu.open_id ?? "")?.departmentIds ?? []).map(
      (id) => deptById.get(id)?.path ?? ROOT_LABEL,
    );
  const { lines, hasChanges } = describeRosterChange(proposal, { file, departmentsOf });
  print(`飞书通讯录：${dir.departments.length} 个部门，${dir.users.length} 人`);
  for (const l of lines) print(l);

  const result: RosterSyncResult = {
    written: false,
    file,
    added: proposal.added.length,
    changed: proposal.changed.length,
  };
  if (proposal.mappingProblems.length > 0) {
    print("");
    print("部门映射有误，未写入。请改正后重新运行。");
    return result;
  }
  if (!hasChanges) return result;
  let go = opts.yes === true;
  if (!go && deps.confirm) go = await deps.confirm(`写入 ${file}？(y/N) `);
  else if (!go) {
    print("");
    print("未写入：核对无误后加 --yes 重新运行。");
    return result;
  }
  if (!go) {
    print("未写入。");
    return result;
  }
  const { backup } = await writeRosterFile(file, proposal.org, deps.now?.());
  print(`已写入 ${file}${backup ? `（原文件备份为 ${backup}）` : ""}。正在运行的机器人重启后生效。`);
  deps.log.info("roster sync: written", { file, added: result.added, changed: result.changed });
  return { ...result, written: true, backup };
}
