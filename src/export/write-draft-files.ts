import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Org } from "../domain/org.js";
import type { Update } from "../domain/update.js";
import type { Draft, DraftVersion } from "../drafting/draft-model.js";
import { latestVersion } from "../drafting/draft-model.js";
import { documentDate } from "./layout-draft.js";
import { renderMarkdown } from "./render-markdown.js";
import { materialsCsv } from "./write-csv.js";

/**
 * Write a draft's exports into a directory: draft.md, draft.docx (GB/T 9704) and
 * materials.csv. Export mode: no source ids, no review notes; a finalised draft also without
 * the 离线草稿 label and placeholder sentences. Returns the paths written.
 */
export type ExportFormat = "md" | "docx" | "csv";

export interface WrittenFiles {
  md?: string;
  docx?: string;
  csv?: string;
}

export async function writeDraftFiles(
  draft: Draft,
  outDir: string,
  opts: { org: Org; material: Update[]; date: string; version?: DraftVersion; formats?: ExportFormat[] },
): Promise<WrittenFiles> {
  const v = opts.version ?? latestVersion(draft);
  const formats = opts.formats ?? ["md", "docx", "csv"];
  await mkdir(outDir, { recursive: true });
  const signature = { unit: opts.org.unit, date: documentDate(opts.date) };
  // A finalised draft prints no status labels or placeholder sentences.
  const final = draft.status === "approved";
  const out: WrittenFiles = {};
  if (formats.includes("md")) {
    out.md = path.join(outDir, "draft.md");
    await writeFile(out.md, renderMarkdown(v, draft.period, { signature, final }), "utf8");
  }
  if (formats.includes("docx")) {
    out.docx = path.join(outDir, "draft.docx");
    // The docx library is loaded when a Word file is first asked for, not at start.
    const { buildDocx } = await import("./write-docx.js");
    await writeFile(out.docx, await buildDocx(v, draft.period, { signature, final }));
  }
  if (formats.includes("csv")) {
    out.csv = path.join(outDir, "materials.csv");
    await writeFile(out.csv, materialsCsv(opts.material, opts.org), "utf8");
  }
  return out;
}
