import { z } from "zod";

/**
 * What the model must answer, per request. Kept lenient where models commonly vary (a missing
 * `sources` becomes []) and strict where the draft depends on it (non-empty texts).
 */
const sources = z.array(z.string()).default([]);
const nonEmpty = z.string().trim().min(1);

export const SectionOutputSchema = z.object({
  heading: nonEmpty,
  /** The year totals that lead the section (「全年共…」), before its items; may be empty. */
  lead: z.string().default(""),
  items: z.array(z.object({ title: z.string().default(""), text: nonEmpty, sources })).min(1),
});

export const ReduceOutputSchema = z.object({
  points: z.array(z.object({ text: nonEmpty, sources })).min(1),
});

export const DocumentOutputSchema = z.object({
  opening: nonEmpty,
  problems: z.array(z.object({ text: nonEmpty, sources })).default([]),
  /** The plan's 总体思路 paragraph. */
  plan_outline: z.string().default(""),
  plan: z
    .array(
      z.object({
        title: z.string().default(""),
        text: nonEmpty,
        sources,
        /** Problem numbers (P1, P2…) this plan item answers. */
        answers: z.array(z.string()).default([]),
      }),
    )
    .default([]),
  /** The closing paragraph (结束语). */
  closing: z.string().default(""),
});

export type SectionOutput = z.infer<typeof SectionOutputSchema>;
export type ReduceOutput = z.infer<typeof ReduceOutputSchema>;
export type DocumentOutput = z.infer<typeof DocumentOutputSchema>;
