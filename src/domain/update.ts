import { z } from "zod";

/**
 * A staff member's report for one section: what they wrote, what the bot understood from it,
 * and its life (draft → confirmed → maybe withdrawn). Only confirmed updates feed a summary.
 */
/** What a figure is in its message: something achieved, a target of a plan, or the size of a problem. */
export const FigureKindSchema = z.enum(["achieved", "target", "problem"]);

export const FigureSchema = z.object({
  /** Exactly as written, e.g. "1.2万余份", "3.6%", "1.4亿元". */
  raw: z.string(),
  /** Numeric value in base units (1.2万 → 12000; 3.6% → 3.6; 1.4亿元 → 140000000). */
  value: z.number(),
  /** Unit after scaling words are removed: 份, 元, %, 项, 家, 人次, … ("" when none). */
  unit: z.string(),
  /** The phrase that says what it counts, whole (「举办全县农村实用技术培训班」), never cut mid-word. */
  context: z.string().default(""),
  /** What a measure word counts, said right after it: 村 in 「服务了12个村」, 企业 in 「3家企业」; absent when nothing follows. */
  counted: z.string().optional(),
  /** "约/近/余/多" and the like: the number is approximate. */
  approx: z.boolean().default(false),
  /** From the clause it stands in; absent on records stored before clauses had kinds (read as achieved). */
  kind: FigureKindSchema.optional(),
});

export const ItemSchema = z.object({
  text: z.string(),
  figures: z.array(FigureSchema).default([]),
});

export const UpdateStatusSchema = z.enum(["draft", "confirmed", "withdrawn"]);

export const HistoryEntrySchema = z.object({
  at: z.string(),
  by: z.string(),
  action: z.enum(["created", "edited", "confirmed", "withdrawn", "section-changed", "imported", "restored"]),
  /** The text before an edit, so nothing a user once confirmed is ever lost. */
  previousText: z.string().optional(),
  note: z.string().optional(),
  /** The transport message that made this change: a replayed message finds what it already did. */
  messageId: z.string().optional(),
});

export const UpdateSchema = z.object({
  id: z.string(),
  /** Short per-author number shown to users (修改 3, 撤回 3). */
  seq: z.number().int().positive(),
  author: z.string(),
  section: z.string(),
  /** Local date (Asia/Shanghai) the work is reported for, YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** ISO week of `date`, e.g. 2025-W07. */
  week: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  originalText: z.string(),
  /** Simplified-Chinese, noise-free text used for drafting. */
  normalizedText: z.string(),
  items: z.array(ItemSchema).default([]),
  figures: z.array(FigureSchema).default([]),
  problems: z.array(z.string()).default([]),
  plans: z.array(z.string()).default([]),
  status: UpdateStatusSchema,
  /**
   * The person put this draft off (「先别存」「先不确认 我核一下」): a yes meant for another card never confirms it, an
   * edit to it only puts the change in; 「确认 N」「存吧」 end it. Absent on records never held (and on older files).
   */
  held: z.boolean().optional(),
  /** "本周无进展": counts as reported for the week, carries no material. */
  noProgress: z.boolean().default(false),
  source: z.enum(["chat", "guided", "import", "demo"]).default("chat"),
  sourceMessageId: z.string().optional(),
  /**
   * 代报: the roster person (id) this was reported for by `author` (「孙磊休假了 我替他报一下」); `section` is theirs.
   * Absent on one's own reports (and on older files).
   */
  reportedFor: z.string().optional(),
  history: z.array(HistoryEntrySchema).default([]),
});

export type Figure = z.infer<typeof FigureSchema>;
export type FigureKind = z.infer<typeof FigureKindSchema>;
export type Item = z.infer<typeof ItemSchema>;
export type UpdateStatus = z.infer<typeof UpdateStatusSchema>;
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
export type Update = z.infer<typeof UpdateSchema>;

/** One clause of a message with what it says (work done, a problem, a plan) and its figures. */
export interface Clause {
  text: string;
  kind: "done" | "problem" | "plan";
  figures: Figure[];
}

/** What extraction produces from a message, before it becomes an Update. */
export interface Extraction {
  normalizedText: string;
  /** Every clause in message order; items, problems and plans are read from them. */
  clauses?: Clause[];
  items: Item[];
  figures: Figure[];
  problems: string[];
  plans: string[];
  /** Section ids the text seems to be about, best first (may be empty). */
  sectionHints: string[];
}

/** The fields of an Update that come from extracting its text. */
export function extractedFields(
  text: string,
  ex: Extraction,
): Pick<Update, "originalText" | "normalizedText" | "items" | "figures" | "problems" | "plans"> {
  return {
    originalText: text,
    normalizedText: ex.normalizedText,
    items: ex.items,
    figures: ex.figures,
    problems: ex.problems,
    plans: ex.plans,
  };
}
