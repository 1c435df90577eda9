import { z } from "zod";
import { findPerson, findSection, type Org } from "../domain/org.js";
import { parseDate, formatDate } from "../domain/period.js";
import { MAX_MESSAGE_CHARS } from "../conversation/guards.js";
import { AppError } from "../errors.js";
import { parseCsv } from "./parse-csv.js";
import { cleanText } from "../domain/safe-text.js";

/**
 * Import rows `{author, section, date, text}` from JSONL or CSV — how offices bring in last
 * year's material from spreadsheets. All-or-nothing: any bad row rejects the whole file, with
 * every problem listed by row number.
 */
export interface ImportRow {
  row: number;
  author: string; // person id
  section: string; // section id
  date: string; // YYYY-MM-DD
  text: string;
}

const RawRowSchema = z.object({
  author: z.string().trim().min(1, "author（填报人）不能为空"),
  section: z.string().trim().min(1, "section（科室）不能为空"),
  date: z.string().trim().min(1, "date（日期）不能为空"),
  // The same cleaning as a chat message (XML-forbidden and bidi characters removed).
  text: z.string().transform(cleanText).pipe(z.string().min(1, "text（内容）不能为空")),
});

const HEADER_ALIASES: Record<string, keyof z.infer<typeof RawRowSchema>> = {
  author: "author",
  填报人: "author",
  姓名: "author",
  section: "section",
  科室: "section",
  date: "date",
  日期: "date",
  text: "text",
  内容: "text",
  工作内容: "text",
};

function normaliseDate(s: string): string | undefined {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s.trim());
  if (!m) return undefined;
  const d = parseDate(`${m[1]}-${m[2]}-${m[3]}`);
  return d ? formatDate(d) : undefined;
}

function rawRows(
  content: string,
  format: "jsonl" | "csv",
): { row: number; value: unknown; error?: string }[] {
  if (format === "jsonl") {
    return content
      .replace(/^\uFEFF/, "")
      .split(/\r?\n/)
      .map((line, i) => ({ line, row: i + 1 }))
      .filter(({ line }) => line.trim() !== "")
      .map(({ line, row }) => {
        try {
          return { row, value: JSON.parse(line) as unknown };
        } catch {
          return { row, value: undefined, error: "不是有效的 JSON" };
        }
      });
  }
  let rows: { line: number; cells: string[] }[];
  try {
    rows = parseCsv(content);
  } catch (e) {
    throw new AppError("IMPORT_INVALID", `CSV 无法解析：${(e as Error).message}`);
  }
  const [header, ...body] = rows;
  if (!header) return [];
  const keys = header.cells.map((h) => HEADER_ALIASES[h.trim().toLowerCase()] ?? HEADER_ALIASES[h.trim()]);
  const missing = (["author", "section", "date", "text"] as const).filter((k) => !keys.includes(k));
  if (missing.length > 0) {
    throw new AppError("IMPORT_INVALID", `CSV 表头缺少列：${missing.join(", ")}`, {
      hint: "第一行应为 author,section,date,text（或 填报人,科室,日期,内容）",
    });
  }
  return body.map((r) => {
    const value: Record<string, string> = {};
    keys.forEach((k, i) => {
      if (k) value[k] = r.cells[i] ?? "";
    });
    return { row: r.line, value };
  });
}

export function parseImport(content: string, format: "jsonl" | "csv", org: Org): ImportRow[] {
  const problems: string[] = [];
  const out: ImportRow[] = [];
  const rows = rawRows(content, format);
  if (rows.length === 0) throw new AppError("IMPORT_INVALID", "文件中没有数据行 / no rows to import");
  for (const { row, value, error } of rows) {
    if (error) {
      problems.push(`第 ${row} 行：${error}`);
      continue;
    }
    const parsed = RawRowSchema.safeParse(value);
    if (!parsed.success) {
      problems.push(
        `第 ${row} 行：${parsed.error.issues.map((i) => i.message || i.path.join(".")).join("；")}`,
      );
      continue;
    }
    const r = parsed.data;
    const person = findPerson(org, r.author);
    const section = findSection(org, r.section);
    const date = normaliseDate(r.date);
    const rowProblems: string[] = [];
    if (!person) rowProblems.push(`名册中没有填报人「${r.author}」`);
    if (!section) rowProblems.push(`没有科室「${r.section}」`);
    if (!date) rowProblems.push(`日期「${r.date}」无效（应为 2025-03-18 这样的格式）`);
    if ([...r.text].length > MAX_MESSAGE_CHARS) rowProblems.push(`内容超过 ${MAX_MESSAGE_CHARS} 字`);
    if (rowProblems.length > 0) {
      problems.push(`第 ${row} 行：${rowProblems.join("；")}`);
      continue;
    }
    out.push({ row, author: person!.id, section: section!.id, date: date!, text: r.text });
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, 50);
    const more = problems.length > shown.length ? `\n  ……另有 ${problems.length - shown.length} 处` : "";
    throw new AppError(
      "IMPORT_INVALID",
      `导入文件有 ${problems.length} 处错误，整个文件未导入：\n  ${shown.join("\n  ")}${more}`,
    );
  }
  return out;
}
