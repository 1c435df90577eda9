import path from "node:path";
import type { App } from "../app.js";
import { type Period, localDateString, periodKey } from "../domain/period.js";
import { AppError } from "../errors.js";
import { type WrittenFiles, writeDraftFiles } from "../export/write-draft-files.js";
import {
  documentMessages,
  Refs,
  sectionMessages,
  materialLine,
  estimateTokens,
  materialBudget,
} from "./build-requests.js";
import { type Draft, latestVersion } from "./draft-model.js";
import { draftOffline } from "./draft-offline.js";
import type { DraftingApi } from "./review-commands.js";
import type { Progress } from "./run-pipeline.js";
import { pendingText } from "./review-view.js";
import { sourceLabeler } from "./command-helpers.js";

/**
 * `draft --period 2025 [--half 1] --out <dir> [--show-prompts] [--offline]`: draft from the
 * command line and write draft.md, draft.docx and materials.csv. `draftToDir` is also what
 * the demo calls.
 */
export interface DraftCliOptions {
  period?: string;
  half?: string;
  out?: string;
  showPrompts?: boolean;
  offline?: boolean;
  /** Write the files of the stored latest (or finalised) version; generate nothing. */
  export?: boolean;
}

export function draftingApi(app: App): DraftingApi {
  const api = app.services.features.drafting as DraftingApi | undefined;
  if (!api) throw new AppError("BAD_REQUEST", "drafting feature is not installed");
  return api;
}

export function cliPeriod(opts: DraftCliOptions, fallback: Period): Period {
  if (!opts.period) return fallback;
  const year = Number(opts.period);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw new AppError("BAD_REQUEST", `--period: 需要年份，如 2025（收到 "${opts.period}"）`);
  }
  if (opts.half === undefined) return { year };
  if (opts.half !== "1" && opts.half !== "2")
    throw new AppError("BAD_REQUEST", "--half: 只能是 1（上半年）或 2（下半年）");
  return { year, half: Number(opts.half) as 1 | 2 };
}

/** Generate (or regenerate) the period's draft and write its files. */
export async function draftToDir(
  app: App,
  period: Period,
  outDir: string,
  opts: { offline?: boolean; onProgress?: (p: Progress) => void; by?: string } = {},
): Promise<{ draft: Draft; files: WrittenFiles }> {
  const api = draftingApi(app);
  const { service } = api;
  // A generation started from chat may still be running in the background; let it finish first.
  await api.whenIdle();
  const draft = await service.generate(period, opts.by ?? "cli", {
    offline: opts.offline,
    onProgress: opts.onProgress,
  });
  return { draft, files: await filesOf(app, period, draft, outDir) };
}

/** draft.md, draft.docx and materials.csv for one version, dated in the configured time zone. */
async function filesOf(app: App, period: Period, draft: Draft, outDir: string): Promise<WrittenFiles> {
  const { service } = draftingApi(app);
  return writeDraftFiles(draft, outDir, {
    org: app.services.org,
    material: (await service.material(period)).records,
    date: localDateString(app.services.clock.now(), app.services.timezone),
  });
}

/** Write the files of the latest stored version (the finalised one once approved), no generation. */
export async function exportToDir(
  app: App,
  period: Period,
  outDir: string,
): Promise<{ draft: Draft; files: WrittenFiles }> {
  const { service } = draftingApi(app);
  const draft = await service.get(period);
  if (!draft)
    throw new AppError("NOT_FOUND", `还没有 ${periodKey(period)} 的草稿，没有可导出的内容`, {
      hint: "先生成：npm run cli -- draft --period <年份>",
    });
  return { draft, files: await filesOf(app, period, draft, outDir) };
}

/** What would be sent, without sending (the document step shown with offline section drafts). */
export async function previewPrompts(app: App, period: Period): Promise<string> {
  const { service } = draftingApi(app);
  const ctx = { org: service.org, prompts: service.prompts, material: await service.material(period) };
  const out: string[] = [];
  const show = (label: string, messages: Array<{ role: string; content: string }>) => {
    out.push(`==================== ${label} ====================`);
    for (const m of messages) out.push(`[${m.role}]\n${m.content}\n`);
  };
  const budget = materialBudget(ctx, app.config.llm.contextTokens);
  for (const s of ctx.material.sections) {
    if (s.updates.length === 0) {
      out.push(
        `==================== （${s.index}）${s.sectionName}：无材料，不发送，显示占位 ====================`,
      );
      continue;
    }
    const refs = new Refs(s.updates);
    const lines = s.updates.map((u) => materialLine(refs.ref(u.id), u)).join("\n");
    const note = estimateTokens(lines) > budget ? "（超出上下文预算，实际会先分段压缩）" : "";
    show(`（${s.index}）${s.sectionName}${note}`, sectionMessages(ctx, s, lines, ""));
  }
  const sections = draftOffline(service.org, ctx.material).parts.filter((p) => p.kind === "section");
  show(
    "开头、问题和计划（各部分摘要此处以离线草稿代替）",
    documentMessages(ctx, sections, new Refs(ctx.material.all), ""),
  );
  return out.join("\n");
}

function bar(p: Progress): string {
  const width = 24;
  const filled = p.total > 0 ? Math.round((p.done / p.total) * width) : 0;
  return `\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${p.done}/${p.total} ${p.label}`.padEnd(70);
}

export async function runDraftCli(
  app: App,
  opts: DraftCliOptions,
  print: (line: string) => void,
  progress?: (s: string) => void,
): Promise<void> {
  const { service } = draftingApi(app);
  const period = cliPeriod(opts, service.defaultPeriod());
  if (opts.showPrompts) {
    print(await previewPrompts(app, period));
    return;
  }
  const outDir = path.resolve(opts.out ?? path.join(app.config.dataDir, "exports", periodKey(period)));
  if (opts.export) {
    const { draft, files } = await exportToDir(app, period, outDir);
    const v = latestVersion(draft);
    print(
      `${v.title} v${v.version}（${draft.status === "approved" ? "已定稿" : "未定稿的最新版本"}，未重新生成）`,
    );
    for (const f of [files.md, files.docx, files.csv]) if (f) print(f);
    return;
  }
  if ((await service.get(period))?.status === "approved")
    throw new AppError("BAD_REQUEST", `${periodKey(period)} 的草稿已定稿，不再重新生成`, {
      hint: `导出定稿：npm run cli -- draft --period ${period.year}${period.half ? ` --half ${period.half}` : ""} --export；如需重新生成，请先在对话中「退回 意见」`,
    });
  if (!service.llmEnabled && !opts.offline) print("未配置 OPENAI_API_KEY：使用离线草稿（按填报原文整理）。");
  const { draft, files } = await draftToDir(app, period, outDir, {
    offline: opts.offline,
    onProgress: progress ? (p) => progress(bar(p)) : undefined,
  });
  if (progress) progress("\n");
  const v = latestVersion(draft);
  print(`${v.title}${v.offline ? "（离线草稿）" : ""} v${v.version}`);
  print(
    `材料 ${v.materialCount} 条；调用模型 ${v.usage.calls} 次（缓存 ${v.usage.cachedCalls}），tokens ${v.usage.totalTokens}，用时 ${(v.elapsedMs / 1000).toFixed(1)} 秒`,
  );
  for (const f of [files.md, files.docx, files.csv]) if (f) print(f);
  const pending = pendingText(draft, await sourceLabeler(service, draft));
  if (pending.includes("〔")) print(pending);
}
