import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { toSimplified } from "../../src/domain/normalize.js";

/**
 * The labelled corpus of staff report messages (test/corpus/reports/*.txt, notation in
 * test/corpus/README.md). Every third message (by position over all files) is held out: the
 * rules are never tuned on it, and tests and the bench report it separately. A file that says
 * `@split blind` (a batch written blind and scored on its own) stays out of that rotation: its
 * messages are `blind`, in neither split, and the earlier files' splits do not move.
 */

export type ClauseKind = "done" | "problem" | "plan";
export type FigureKind = "achieved" | "target" | "problem";

export interface LabelledFigure {
  raw: string;
  value: number;
  unit: string;
  kind: FigureKind;
}

export interface ReportCase {
  /** file:line */
  id: string;
  /** The day the message was sent, YYYY-MM-DD. */
  date: string;
  /** The local time it was sent, HH:MM, when the labels depend on it (「下午去…」 sent in the morning). */
  time?: string;
  text: string;
  split: "tune" | "heldout" | "blind";
  clauses: { text: string; kind: ClauseKind }[];
  figures: LabelledFigure[];
}

const DIR = join(dirname(fileURLToPath(import.meta.url)), "reports");
const KINDS: Record<string, ClauseKind | undefined> = { D: "done", Q: "problem", P: "plan", "-": undefined };
const FIGURE_KIND: Record<ClauseKind, FigureKind> = { done: "achieved", problem: "problem", plan: "target" };

const AUTO =
  /^(?:约|近|将近|接近|超过|超|逾|不到|共)?(\d+(?:\.\d+)?)(?:余|多)?([千万亿]?)(?:余|多)?(.*?)(?:左右|以上|有余)?$/;
const SCALE: Record<string, number> = { "": 1, 千: 1e3, 万: 1e4, 亿: 1e8 };

/** Full-width digits and ％ to ASCII, so the notation's automatic values read them too. */
function fold(s: string): string {
  return s.replace(/[０-９％．]/g, (c) =>
    c === "％" ? "%" : c === "．" ? "." : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/** `{1.2万余份}` reads itself; `{两家=2家}` says value and unit after `=`. */
export function parseFigureLabel(label: string, kind: FigureKind, where: string): LabelledFigure {
  const [raw = "", explicit] = label.split("=");
  const src = fold(explicit ?? raw);
  const m = explicit ? /^(\d+(?:\.\d+)?)(.*)$/.exec(src) : AUTO.exec(src);
  if (!m) throw new Error(`${where}: cannot read figure {${label}}; write {raw=value unit}`);
  const value = Number(m[1]) * (explicit ? 1 : (SCALE[m[2] ?? ""] ?? 1));
  // 156場 reads as 场: units compare after simplification, as the text does.
  const unit = toSimplified((explicit ? m[2] : m[3]) ?? "");
  return { raw, value: Number.parseFloat(value.toPrecision(12)), unit: unit.trim(), kind };
}

/** One message line of the notation into a case. */
export function parseReportLine(line: string, where: string, date: string): Omit<ReportCase, "split"> {
  if (!line.startsWith("|")) throw new Error(`${where}: a message line starts with |D|, |Q|, |P| or |-|`);
  const clauses: ReportCase["clauses"] = [];
  const figures: LabelledFigure[] = [];
  let text = "";
  for (const part of line.split(/(?=\|[DQP-]\|)/)) {
    const marker = part.slice(1, 2);
    if (!(marker in KINDS) || part.slice(2, 3) !== "|") throw new Error(`${where}: bad marker in ${part}`);
    const kind = KINDS[marker];
    let seg = "";
    for (const piece of part.slice(3).split(/(\{[^{}]*\})/)) {
      if (piece.startsWith("{")) {
        const label = piece.slice(1, -1);
        if (!kind) throw new Error(`${where}: a figure in a |-| segment`);
        const f = parseFigureLabel(label, FIGURE_KIND[kind], where);
        figures.push(f);
        seg += f.raw;
      } else {
        if (/[{}]/.test(piece)) throw new Error(`${where}: unbalanced braces`);
        seg += piece;
      }
    }
    seg = seg.replace(/⏎/g, "\n");
    text += seg;
    if (kind) clauses.push({ text: seg.trim(), kind });
  }
  return { id: where, date, text, clauses, figures };
}

let cached: ReportCase[] | undefined;

/** Every labelled report message, in file order. */
export function loadReports(): ReportCase[] {
  if (cached) return cached;
  const out: ReportCase[] = [];
  let rotation = 0;
  for (const file of readdirSync(DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort()) {
    let date = "2025-12-10";
    let blind = false;
    let time: string | undefined;
    readFileSync(join(DIR, file), "utf8")
      .split("\n")
      .forEach((line, i) => {
        const l = line.trim();
        if (l === "" || l.startsWith("#")) return;
        if (l === "@split blind") {
          blind = true;
          return;
        }
        const d = /^@date (\d{4}-\d{2}-\d{2})(?: (\d{1,2}:\d{2}))?$/.exec(l);
        if (d) {
          date = d[1]!;
          time = d[2];
          return;
        }
        const c = { ...parseReportLine(l, `${file}:${i + 1}`, date), ...(time ? { time } : {}) };
        if (blind) out.push({ ...c, split: "blind" });
        else out.push({ ...c, split: rotation++ % 3 === 2 ? "heldout" : "tune" });
      });
  }
  cached = out;
  return out;
}
