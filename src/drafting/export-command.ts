import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Command, CommandContext } from "../conversation/types.js";
import type { Person } from "../domain/org.js";
import { localDateString } from "../domain/period.js";
import { createFeishuDoc, type DocMember, type GrantResult } from "../export/create-feishu-doc.js";
import { documentDate } from "../export/layout-draft.js";
import { materialsCsv } from "../export/write-csv.js";
import { type ExportFormat, writeDraftFiles } from "../export/write-draft-files.js";
import type { Period } from "../domain/period.js";
import { type DraftingApi, leaderCommand, onPickedDraft } from "./command-helpers.js";
import { type Draft, latestVersion } from "./draft-model.js";
import { periodWord } from "./review-view.js";

/**
 * 导出 [docx|md|csv|飞书文档] [2025]: the draft as a file (Reply.file; the Feishu transport
 * uploads it), the period's material as CSV, or a Feishu cloud document whose link is sent —
 * shared with the leader who asked and the admins (a document the app creates is otherwise
 * visible to the app alone). A finalised draft exports without status labels or placeholders.
 */
const MEMBER_TYPE = { open_id: "openid", user_id: "userid", email: "email" } as const;

/** The leader who asked first, then the admins; people the platform cannot name are skipped. */
async function docMembers(ctx: CommandContext): Promise<{ members: DocMember[]; unknown: Person[] }> {
  const people = [
    ctx.person,
    ...ctx.services.org.people.filter((p) => p.role === "admin" && p.id !== ctx.person.id),
  ];
  const members: DocMember[] = [];
  const unknown: Person[] = [];
  for (const p of people) {
    const known = await ctx.services.outbox?.platformId?.(p.id);
    const id =
      known ??
      (p.feishu.open_id
        ? { type: "open_id" as const, id: p.feishu.open_id }
        : p.feishu.user_id
          ? { type: "user_id" as const, id: p.feishu.user_id }
          : p.feishu.email
            ? { type: "email" as const, id: p.feishu.email }
            : undefined);
    if (id) members.push({ name: p.name, memberType: MEMBER_TYPE[id.type], memberId: id.id });
    else unknown.push(p);
  }
  return { members, unknown };
}

function grantLines(grants: GrantResult[], unknown: Person[], requester: Person): string {
  const ok = grants.filter((g) => g.ok).map((g) => g.member.name);
  const failed = grants.filter((g) => !g.ok);
  const lines: string[] = [];
  if (ok.length > 0) lines.push(`已为 ${ok.join("、")} 开通可管理权限。`);
  for (const g of failed)
    lines.push(
      `未能为${g.member.name}开通权限（${g.error ?? "未知原因"}）：请确认应用已开通「docs:permission.member:create」权限，或请管理员在飞书中共享该文档。`,
    );
  for (const p of unknown)
    lines.push(`不知道${p.name}的飞书账号（名册中没有 open_id、user_id 或邮箱），未开通权限。`);
  if (!ok.includes(requester.name))
    lines.push("注意：您目前可能打不开这篇文档；可发送「导出 docx」获取 Word 文件。");
  return lines.join("\n");
}

export function exportCommand(api: DraftingApi): Command {
  const { service } = api;
  const today = (ctx: CommandContext) => localDateString(ctx.services.clock.now(), ctx.services.timezone);
  return leaderCommand(
    ["导出", "/export"],
    "导出 [docx|md|csv|飞书文档] [2025]：导出草稿（Word 按党政机关公文格式）或填报材料表",
    onPickedDraft(
      api,
      "导出",
      async (ctx, draft, rest) => {
        const v = latestVersion(draft);
        const want = rest.toLowerCase();
        const date = today(ctx);
        const final = draft.status === "approved";
        const which = `${final ? "定稿" : "草稿"} v${v.version}`;
        if (/飞书|云文档|feishu|lark/.test(want)) {
          if (!api.docx)
            return {
              text: "未配置飞书应用（FEISHU_APP_ID），无法创建飞书文档。可发送「导出 docx」获取 Word 文件。",
            };
          const { members, unknown } = await docMembers(ctx);
          const doc = await createFeishuDoc(api.docx.client, v, draft.period, {
            webBase: api.docx.webBase,
            folderToken: api.docx.folderToken,
            signature: { unit: ctx.services.org.unit, date: documentDate(date) },
            final,
            members,
          });
          return {
            text: `已创建飞书文档《${v.title}》（${which}）：${doc.url}\n${grantLines(doc.grants, unknown, ctx.person)}`,
          };
        }
        const format: ExportFormat = TABLE_ASKED.test(want)
          ? "csv"
          : /md|markdown/.test(want)
            ? "md"
            : "docx";
        const dir = path.join(api.dataDir, "exports", `${draft.id}-v${v.version}${final ? "-final" : ""}`);
        const material = (await service.material(draft.period)).records;
        const files = await writeDraftFiles(draft, dir, {
          org: ctx.services.org,
          material,
          date,
          formats: [format],
          version: v,
        });
        const name = fileName(draft, format);
        // The file on disk carries the name the reply gives it (the console prints where it is; trial34).
        const file = path.join(dir, onDisk(name));
        await rename(files[format] as string, file);
        const what =
          format === "csv"
            ? `填报材料表（${material.length} 条）`
            : format === "md"
              ? `Markdown 文件（${which}）`
              : `Word 文件（${which}，党政机关公文格式）`;
        const pdf = /pdf/.test(want) ? "暂不能直接导出 PDF，" : "";
        const saveAs = pdf ? "\n需要 PDF 时可在 Word 或 WPS 中「另存为 PDF」。" : "";
        // A Latin word after Chinese takes a space (已导出 Word 文件), as the rest of the replies write it.
        const gap = /^[A-Za-z]/.test(what) ? " " : "";
        return { text: `${pdf}已导出${gap}${what}：${name}${saveAs}`, file: { path: file, name } };
      },
      // The material table is the confirmed updates themselves: it needs no draft.
      async (ctx, period, rest) =>
        TABLE_ASKED.test(rest.toLowerCase()) ? materialTable(api, ctx, period) : undefined,
    ),
  );
}

/** The material table asked for (「导出 csv」「导出材料表」「把今年的材料导出个表格」). */
const TABLE_ASKED = /csv|材料|excel|表/;

/** The period's confirmed updates as CSV, with no draft of that period yet. */
async function materialTable(api: DraftingApi, ctx: CommandContext, asked?: Period) {
  const period = asked ?? api.service.defaultPeriod();
  const word = periodWord({ period } as Draft);
  const material = (await api.service.material(period)).records;
  if (material.length === 0)
    return { text: `${word}还没有已确认的填报，没有可导出的填报材料表，也还没有草稿。` };
  const date = localDateString(ctx.services.clock.now(), ctx.services.timezone);
  const dir = path.join(
    api.dataDir,
    "exports",
    `material-${period.year}${period.half ? `-h${period.half}` : ""}-${date}`,
  );
  await mkdir(dir, { recursive: true });
  const name = `${word}填报材料.csv`;
  const file = path.join(dir, onDisk(name));
  await writeFile(file, materialsCsv(material, ctx.services.org), "utf8");
  return {
    text: `已导出${word}填报材料表（${material.length} 条已确认的填报）：${name}\n还没有${word}草稿，材料表不需要草稿；要起草发送「生成总结」。`,
    file: { path: file, name },
  };
}

/** A file name as a file system takes it: no path separators or characters Windows refuses. */
const onDisk = (name: string): string => name.replace(/[\\/:*?"<>|]/g, "_");

/** The file name people receive: a finalised draft carries no 离线草稿 label. */
export function fileName(draft: Draft, format: ExportFormat): string {
  const v = latestVersion(draft);
  if (format === "csv") return `${periodWord(draft)}填报材料.csv`;
  const label = draft.status === "approved" ? "" : v.offline ? "（离线草稿）" : "";
  return `${v.title}${label}.${format}`;
}
