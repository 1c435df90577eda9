import path from "node:path";
import type { Command, CommandContext } from "../conversation/types.js";
import { localDateString } from "../domain/period.js";
import { createFeishuDoc } from "../export/create-feishu-doc.js";
import { documentDate } from "../export/layout-draft.js";
import { type ExportFormat, writeDraftFiles } from "../export/write-draft-files.js";
import { type DraftingApi, leaderCommand, onPickedDraft } from "./command-helpers.js";
import { latestVersion } from "./draft-model.js";
import { periodWord } from "./review-view.js";

/**
 * 导出 [docx|md|csv|飞书文档] [2025]: the draft as a file (Reply.file; the Feishu transport
 * uploads it), the period's material as CSV, or a Feishu cloud document whose link is sent.
 */
export function exportCommand(api: DraftingApi): Command {
  const { service } = api;
  const today = (ctx: CommandContext) => localDateString(ctx.services.clock.now(), ctx.services.timezone);
  return leaderCommand(
    ["导出", "/export"],
    "导出 [docx|md|csv|飞书文档] [2025]：导出草稿（Word 按党政机关公文格式）或填报材料表",
    onPickedDraft(api, async (ctx, draft, rest) => {
      const v = latestVersion(draft);
      const want = rest.toLowerCase();
      const date = today(ctx);
      if (/飞书|云文档|feishu|lark/.test(want)) {
        if (!api.docx)
          return {
            text: "未配置飞书应用（FEISHU_APP_ID），无法创建飞书文档。可发送「导出 docx」获取 Word 文件。",
          };
        const doc = await createFeishuDoc(api.docx.client, v, draft.period, {
          webBase: api.docx.webBase,
          signature: { unit: ctx.services.org.unit, date: documentDate(date) },
        });
        return { text: `已创建飞书文档《${v.title}》：${doc.url}` };
      }
      const format: ExportFormat = /csv|材料|excel|表/.test(want)
        ? "csv"
        : /md|markdown/.test(want)
          ? "md"
          : "docx";
      const dir = path.join(api.dataDir, "exports", `${draft.id}-v${v.version}`);
      const material = service.material(draft.period).records;
      const files = await writeDraftFiles(draft, dir, {
        org: ctx.services.org,
        material,
        date,
        formats: [format],
        version: v,
      });
      const file = files[format] as string;
      const name =
        format === "csv"
          ? `${periodWord(draft)}填报材料.csv`
          : `${v.title}${v.offline ? "（离线草稿）" : ""}.${format}`;
      const what =
        format === "csv"
          ? `填报材料表（${material.length} 条）`
          : format === "md"
            ? "Markdown 文件"
            : "Word 文件（党政机关公文格式）";
      return { text: `已导出${what}：${name}`, file: { path: file, name } };
    }),
  );
}
