import { readFileSync } from "node:fs";
import { repoPath } from "../repo-path.js";
import { z } from "zod";
import { chineseNumber, parseChineseNumber, trimEnd } from "./document-labels.js";
import type { DraftPart, DraftVersion } from "./draft-model.js";
import { countPlaceholders } from "./count-placeholders.js";

/**
 * The 公文 check: a review aid that runs offline on every draft and lists what an office editor
 * would otherwise fix by hand — outdated formulations (from data/gongwen-rules.json, which the
 * office maintains), a set phrase used four times or more, list numbers running into a date or
 * figure (「1.4月26日」), straight quotes and half-width punctuation in Chinese text, broken
 * numbering (一是…三是), and the 「×」 still to fill. Every finding names its place and a fix.
 * It never changes the draft.
 */
export type GongwenRule =
  | "outdated"
  | "set-phrase"
  | "number-run"
  | "punctuation"
  | "numbering"
  | "placeholder";

export interface GongwenFinding {
  rule: GongwenRule;
  /** Where: 「开头」「（二）第3条」「存在的问题」「工作计划第2条」「全文」. */
  place: string;
  /** The text found (short excerpt). */
  found: string;
  /** What to do. */
  suggestion: string;
}

const RulesSchema = z.object({
  outdated: z.array(
    z.object({ pattern: z.string(), fromYear: z.number().int(), suggestion: z.string(), why: z.string() }),
  ),
  setPhrases: z.array(z.object({ phrase: z.string().min(1), instead: z.array(z.string()).default([]) })),
});
export type GongwenRules = z.infer<typeof RulesSchema>;

/** data/gongwen-rules.json of the repository. */
export function defaultRulesFile(): string {
  return repoPath(import.meta.url, "data", "gongwen-rules.json");
}

let loaded: GongwenRules | undefined;
/** Read and check the rules file (once per process unless a file is given). */
export function loadGongwenRules(file?: string): GongwenRules {
  if (!file && loaded) return loaded;
  const rules = RulesSchema.parse(JSON.parse(readFileSync(file ?? defaultRulesFile(), "utf8")));
  if (!file) loaded = rules;
  return rules;
}

/** A piece of the document with its place. */
export interface Piece {
  place: string;
  text: string;
  /** For numbered items: the rendered lead number. */
  number?: number;
  title?: string;
}

export function piecesOf(parts: readonly DraftPart[]): Piece[] {
  const out: Piece[] = [];
  let section = 0;
  for (const p of parts) {
    const label =
      p.kind === "opening"
        ? "开头"
        : p.kind === "section"
          ? `（${chineseNumber(++section)}）`
          : p.kind === "problems"
            ? "存在的问题"
            : "工作计划";
    if (p.heading) out.push({ place: `${label}标题`, text: p.heading });
    p.paragraphs.forEach((t, i) => {
      out.push({ place: p.paragraphs.length > 1 ? `${label}第${i + 1}段` : label, text: t });
    });
    p.items.forEach((it, i) => {
      out.push({
        place: p.kind === "problems" ? label : `${label}第${i + 1}条`,
        text: it.text,
        number: p.kind === "problems" ? undefined : i + 1,
        title: trimEnd(it.title),
      });
    });
    if (p.closing) out.push({ place: `${label}结束语`, text: p.closing });
  }
  return out;
}

const excerpt = (text: string, at: number, len: number) =>
  text.slice(Math.max(0, at - 6), Math.min(text.length, at + len + 6));

function outdated(pieces: Piece[], year: number, rules: GongwenRules): GongwenFinding[] {
  const out: GongwenFinding[] = [];
  for (const r of rules.outdated) {
    if (year < r.fromYear) continue;
    const re = new RegExp(r.pattern, "gu");
    for (const p of pieces)
      for (const m of p.text.matchAll(re))
        out.push({
          rule: "outdated",
          place: p.place,
          found: m[0],
          suggestion: `过时提法（${r.why}），建议改为：${r.suggestion}`,
        });
  }
  return out;
}

function setPhrases(pieces: Piece[], rules: GongwenRules): GongwenFinding[] {
  const counts = rules.setPhrases.map((s) => {
    const places = pieces.flatMap((p) => Array(p.text.split(s.phrase).length - 1).fill(p.place) as string[]);
    return { ...s, places };
  });
  const out: GongwenFinding[] = [];
  for (const c of counts) {
    if (c.places.length < 4) continue;
    // 「扎实」 inside 「扎实推进」: report the longer phrase only when it accounts for every use.
    if (counts.some((o) => o !== c && o.phrase.includes(c.phrase) && o.places.length >= c.places.length))
      continue;
    const where = [...new Set(c.places)];
    out.push({
      rule: "set-phrase",
      place: where.length > 4 ? `${where.slice(0, 4).join("、")}等` : where.join("、"),
      found: `「${c.phrase}」${c.places.length}次`,
      suggestion: `同一套话反复出现，建议保留一两处，其余改为${c.instead.map((i) => `「${i}」`).join("、") || "具体说法"}或直接写成效`,
    });
  }
  return out;
}

/** 「1.」 followed by a date or a figure reads as a decimal: 「1.4月26日」. */
function numberRuns(pieces: Piece[]): GongwenFinding[] {
  const out: GongwenFinding[] = [];
  for (const p of pieces) {
    if (p.number !== undefined && !p.title && /^\d/u.test(p.text)) {
      out.push({
        rule: "number-run",
        place: p.place,
        found: `${p.number}.${p.text.slice(0, 8)}`,
        suggestion: `序号后紧跟日期或数字，易读作「${p.number}.${/^\d+/u.exec(p.text)?.[0] ?? ""}」，建议加小标题（「${p.number}.小标题。${p.text.slice(0, 6)}…」）`,
      });
    }
    for (const m of p.text.matchAll(/(?<=^|[。；;：:\s])(\d{1,2})[.．](\d{1,2}月|\d)/gu)) {
      out.push({
        rule: "number-run",
        place: p.place,
        found: excerpt(p.text, m.index, m[0].length),
        suggestion: "序号后紧跟日期或数字，建议在序号后加小标题，或用「（1）」式序号",
      });
    }
  }
  return out;
}

const CJK = "\\u4e00-\\u9fff";
const HALF_WIDTH: Array<{ re: RegExp; fix: string; name: string }> = [
  { re: new RegExp(`(?<=[${CJK}])"|"(?=[${CJK}])`, "gu"), fix: "“ ”", name: "直引号" },
  { re: new RegExp(`(?<=[${CJK}])'|'(?=[${CJK}])`, "gu"), fix: "‘ ’", name: "直单引号" },
  {
    re: new RegExp(`(?<=[${CJK}）”"])\\s?,\\s?(?=[${CJK}“\\d])|(?<=\\d),(?=[${CJK}])`, "gu"),
    fix: "，",
    name: "半角逗号",
  },
  { re: new RegExp(`(?<=[${CJK}])\\s?;\\s?`, "gu"), fix: "；", name: "半角分号" },
  { re: new RegExp(`(?<=[${CJK}])\\s?:\\s?(?=[${CJK}“\\d])`, "gu"), fix: "：", name: "半角冒号" },
  {
    re: new RegExp(`(?<=[${CJK}])\\s?\\((?=[^)]*[${CJK}])|(?<=[${CJK}][^()]*)\\)`, "gu"),
    fix: "（ ）",
    name: "半角括号",
  },
  { re: new RegExp(`(?<=[${CJK}])[!?](?=[${CJK}]|$)`, "gu"), fix: "！ ？", name: "半角叹号或问号" },
  { re: new RegExp(`(?<=[${CJK}])\\.(?=$|[${CJK}])`, "gu"), fix: "。", name: "半角句点" },
];

function punctuation(pieces: Piece[]): GongwenFinding[] {
  const out: GongwenFinding[] = [];
  for (const p of pieces)
    for (const h of HALF_WIDTH)
      for (const m of p.text.matchAll(h.re))
        out.push({
          rule: "punctuation",
          place: p.place,
          found: excerpt(p.text, m.index, m[0].length),
          suggestion: `中文文字中用了${h.name}，应改为全角「${h.fix}」`,
        });
  return out;
}

/** Chinese quotes for straight ones, full-width punctuation in Chinese text (used at export). */
export function fixPunctuation(text: string): string {
  let open = true;
  const quoted = text.replace(new RegExp(`"(?=[^"]*[${CJK}])|(?<=[${CJK}][^"]*)"`, "gu"), () => {
    const q = open ? "“" : "”";
    open = !open;
    return q;
  });
  return quoted
    .replace(new RegExp(`(?<=[${CJK}）”"])\\s?,\\s?(?=[${CJK}“])`, "gu"), "，")
    .replace(new RegExp(`(?<=[${CJK}])\\s?;\\s?`, "gu"), "；")
    .replace(new RegExp(`(?<=[${CJK}])\\s?:\\s?(?=[${CJK}“])`, "gu"), "：")
    .replace(new RegExp(`(?<=[${CJK}])\\(([^()]*[${CJK}][^()]*)\\)`, "gu"), "（$1）");
}

/** 一是…二是…四是 and （1）（2）（4）: a number skipped or repeated inside one text. */
function numbering(pieces: Piece[]): GongwenFinding[] {
  const out: GongwenFinding[] = [];
  for (const p of pieces) {
    for (const [re, show] of [
      [/([一二三四五六七八九十]+)是/gu, (n: number) => `${chineseNumber(n)}是`],
      [/[（(](\d{1,2})[)）]/gu, (n: number) => `（${n}）`],
      [/[（(]([一二三四五六七八九十]+)[)）]/gu, (n: number) => `（${chineseNumber(n)}）`],
    ] as Array<[RegExp, (n: number) => string]>) {
      const nums = [...p.text.matchAll(re)].map(
        (m) => Number(m[1]) || parseChineseNumber(m[1] as string) || 0,
      );
      if (nums.length < 2 || nums[0] !== 1) continue;
      const bad = nums.findIndex((n, i) => n !== i + 1);
      if (bad >= 0)
        out.push({
          rule: "numbering",
          place: p.place,
          found: `${show(nums[bad - 1] ?? 0)}之后是${show(nums[bad] ?? 0)}`,
          suggestion: `序号不连续，应为${show(bad + 1)}`,
        });
    }
  }
  return out;
}

function placeholders(pieces: Piece[]): GongwenFinding[] {
  const n = pieces.reduce((sum, p) => sum + countPlaceholders(p.text), 0);
  if (n === 0) return [];
  const where = [...new Set(pieces.filter((p) => countPlaceholders(p.text) > 0).map((p) => p.place))];
  return [
    {
      rule: "placeholder",
      place: where.length > 4 ? `${where.slice(0, 4).join("、")}等` : where.join("、"),
      found: `「×」${n}处`,
      suggestion: "请补入核实后的数字，或删去该说法",
    },
  ];
}

export interface GongwenDoc {
  title: DraftVersion["title"];
  parts: readonly DraftPart[];
}

/** The year a draft is written in: its period's year (from the title when not given). */
function yearOf(doc: GongwenDoc, year?: number): number {
  if (year) return year;
  const m = /(\d{4})年/u.exec(doc.title);
  return m ? Number(m[1]) : new Date().getFullYear();
}

/** Every finding of the 公文 check on a draft (a version or any title + parts), in document order by rule. */
export function checkGongwen(
  doc: GongwenDoc,
  opts: { year?: number; rules?: GongwenRules } = {},
): GongwenFinding[] {
  const rules = opts.rules ?? loadGongwenRules();
  const pieces = [{ place: "标题", text: doc.title }, ...piecesOf(doc.parts)];
  return [
    ...outdated(pieces, yearOf(doc, opts.year), rules),
    ...setPhrases(pieces, rules),
    ...numberRuns(pieces),
    ...punctuation(pieces),
    ...numbering(pieces),
    ...placeholders(pieces),
  ];
}

/** One line per finding: 「〔公文检查〕（二）第3条：「十九大精神」——过时提法…」. */
export function formatFindings(findings: readonly GongwenFinding[]): string[] {
  return findings.map((f) => `〔公文检查〕${f.place}：${f.found}——${f.suggestion}`);
}
