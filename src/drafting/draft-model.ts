import { z } from "zod";

/**
 * The draft as stored (collection "drafts", one document per period). A draft is a list of
 * immutable versions; review actions (rewrite a part, lock, approve) create a new version or
 * change statuses, so every earlier text can still be shown and compared.
 *
 * A version is made of parts: the opening, one part per roster section, the problems and the
 * plan. Each item keeps the ids of the updates it came from (for the review view; exports
 * leave them out) and each part lists the figures that could not be matched to its material
 * (they were replaced by 「×」 and are shown as 〔待核实〕).
 */
export const PartKindSchema = z.enum(["opening", "section", "problems", "plan"]);
export const PartStatusSchema = z.enum(["draft", "locked", "approved"]);
/** llm: written by the model; offline: deterministic drafter by choice (no key);
 * fallback: the model failed and the offline drafter stood in; placeholder: no material;
 * manual: the reviewer's own text (改写). */
export const PartOriginSchema = z.enum(["llm", "offline", "fallback", "placeholder", "manual"]);

export const DraftItemSchema = z.object({
  /** Short heading of a numbered item (「科普宣传覆盖面持续扩大」), without number or 。 */
  title: z.string().default(""),
  text: z.string(),
  sourceIds: z.array(z.string()).default([]),
  /** The reviewer's own words (改写 第N条, 加一条, 补一句) in a part otherwise drafted: flagged for the reader of the review. */
  manual: z.boolean().optional(),
});

/** How many of a part's items are the reviewer's own words (改写 第N条, 加一条, 补一句). */
export const manualItems = (part: { items: readonly { manual?: boolean }[] }): number =>
  part.items.filter((i) => i.manual).length;

/** A plan for the year that the draft leaves out and no later report takes up (lapsed-plans.ts): for the reviewer. */
export const LapsedPlanSchema = z.object({
  plan: z.string(),
  sourceId: z.string(),
  /** The day it was said (YYYY-MM-DD). */
  date: z.string(),
});
export type LapsedPlan = z.infer<typeof LapsedPlanSchema>;

export const DraftPartSchema = z.object({
  /** Stable key: "opening", "problems", "plan" or "section:<sectionId>". */
  key: z.string(),
  kind: PartKindSchema,
  sectionId: z.string().optional(),
  /** Section name from the roster (for section parts). */
  sectionName: z.string().optional(),
  /** Paired heading for sections (「强研发，促转化，科技水平稳步提升」); fixed words for others. */
  heading: z.string().default(""),
  /** Free paragraphs (the opening; a placeholder line). */
  paragraphs: z.array(z.string()).default([]),
  items: z.array(DraftItemSchema).default([]),
  status: PartStatusSchema.default("draft"),
  origin: PartOriginSchema,
  /** Why the offline drafter stood in, for the reviewer. */
  fallbackReason: z.string().optional(),
  /** Figures replaced by 「×」 because no source mentions them (raw text as the model wrote it). */
  unverified: z.array(z.string()).default([]),
  /**
   * Sentences the model wrote whose only claim was a figure no material supports: removed from
   * the text and listed for the reviewer (〔待核实〕模型补写、材料无依据).
   */
  dropped: z.array(z.string()).optional(),
  /** A closing paragraph printed after the items (the plan part's 结束语). */
  closing: z.string().optional(),
  /**
   * draft50: feelings said as problems (心里没底、压力蛮大) that name no problem: not written as problems, listed for the
   * reviewer (〔待核实〕, feeling-only.ts).
   */
  feelings: z.array(z.string()).optional(),
  /** Reported problems no plan item answers (plan part), listed for the reviewer. */
  unanswered: z.array(z.string()).optional(),
  /**
   * The section's plans for the year whose time came before the summary and that no later report takes up: not
   * written into the text (done or not, nobody said), listed for the reviewer (〔待核实〕).
   */
  lapsed: z.array(LapsedPlanSchema).optional(),
  /**
   * Ids of source updates holding clauses that read like instructions to the model: those clauses
   * were not used (listed for the reviewer as 〔待核实〕疑似指令的材料，未采用).
   */
  setAside: z.array(z.string()).default([]),
  sourceIds: z.array(z.string()).default([]),
  /**
   * lead55: the updates each lead paragraph of a section (a year total: lead-totals.ts) came from, keyed by the
   * paragraph's text — shown 〔来源：…〕 in review as items are; a paragraph rewritten since has none.
   */
  leadSources: z.record(z.string(), z.array(z.string())).optional(),
  /** Hash of everything the part was made from; equal hashes mean an identical request. */
  inputHash: z.string().default(""),
  /** The reviewer's instruction this part was last rewritten with. */
  instruction: z.string().optional(),
});

export const UsageSchema = z.object({
  calls: z.number().int().default(0),
  cachedCalls: z.number().int().default(0),
  retries: z.number().int().default(0),
  repairs: z.number().int().default(0),
  inputTokens: z.number().int().default(0),
  outputTokens: z.number().int().default(0),
  totalTokens: z.number().int().default(0),
});

export const DraftVersionSchema = z.object({
  version: z.number().int().positive(),
  createdAt: z.string(),
  createdBy: z.string(),
  /** What made this version: 生成, 重写（二）：…, … */
  note: z.string(),
  title: z.string(),
  /** True when no part came from the model (no key, or the model was down). */
  offline: z.boolean(),
  model: z.string().optional(),
  promptHash: z.string().optional(),
  parts: z.array(DraftPartSchema),
  usage: UsageSchema.default(emptyUsage),
  elapsedMs: z.number().default(0),
  /** Number of confirmed updates the version was drafted from. */
  materialCount: z.number().int().default(0),
  /**
   * The reviewer's words this version was made to follow (a 退回意见 on regeneration, a 重写 意见
   * offline) and, in words, what was done with them and what could not be (offline-instruction.ts).
   */
  review: z
    .object({ comment: z.string(), done: z.array(z.string()), notDone: z.array(z.string()) })
    .optional(),
  /** A version made by 撤销上一步: the version whose text it copies exactly (never itself a copy: undo-step.ts). */
  restoredFrom: z.number().int().positive().optional(),
});

export const DraftEventSchema = z.object({
  at: z.string(),
  by: z.string(),
  action: z.enum([
    "generated",
    "rewritten",
    "locked",
    "unlocked",
    "approved-part",
    "approved",
    "returned",
    "reopened",
    "restored",
  ]),
  version: z.number().int(),
  note: z.string().optional(),
});

export const DraftSchema = z.object({
  /** periodKey: "2025" or "2025H1". */
  id: z.string(),
  period: z.object({ year: z.number().int(), half: z.union([z.literal(1), z.literal(2)]).optional() }),
  /** draft → approved (定稿) or returned (退回, with a comment) → draft again on the next rewrite. */
  status: z.enum(["draft", "approved", "returned"]).default("draft"),
  comment: z.string().optional(),
  updatedAt: z.string(),
  versions: z.array(DraftVersionSchema).min(1),
  events: z.array(DraftEventSchema).default([]),
});

export type PartKind = z.infer<typeof PartKindSchema>;
export type PartStatus = z.infer<typeof PartStatusSchema>;
export type PartOrigin = z.infer<typeof PartOriginSchema>;
export type DraftItem = z.infer<typeof DraftItemSchema>;
export type DraftPart = z.infer<typeof DraftPartSchema>;
export type Usage = z.infer<typeof UsageSchema>;
export type DraftVersion = z.infer<typeof DraftVersionSchema>;
export type DraftEvent = z.infer<typeof DraftEventSchema>;
export type Draft = z.infer<typeof DraftSchema>;

/** The cache of model answers (collection "draft-cache"), keyed by a hash of the full request. */
export const CacheEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  model: z.string(),
  output: z.unknown(),
});
export type CacheEntry = z.infer<typeof CacheEntrySchema>;

export const DRAFTS_COLLECTION = "drafts";
export const CACHE_COLLECTION = "draft-cache";

/** The text shown in place of a section that received no material. */
export const NO_MATERIAL = "（本部分暂无填报材料，请补充）";
/** A section whose material was all problems or plans: those went to 二、 and 三、. */
export const NO_WORK = "（本部分只填报了问题或计划，已写入二、三部分；工作情况请补充）";
export const NO_PROBLEMS = "（暂无填报的问题和不足，请补充）";
export const NO_PLANS = "（暂无填报的工作计划，请补充）";

export function emptyUsage(): Usage {
  return {
    calls: 0,
    cachedCalls: 0,
    retries: 0,
    repairs: 0,
    inputTokens: 0,
    outputTokens: 0,
    totalTokens: 0,
  };
}

export function latestVersion(d: Draft): DraftVersion {
  return d.versions[d.versions.length - 1] as DraftVersion;
}

export function sectionKey(sectionId: string): string {
  return `section:${sectionId}`;
}
