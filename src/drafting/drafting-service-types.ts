import type { Clock } from "../conversation/types.js";
import type { Org } from "../domain/org.js";
import type { Period } from "../domain/period.js";
import type { LlmClient } from "../llm/llm-client.js";
import type { Logger } from "../log.js";
import type { Store } from "../store/types.js";
import type { Draft, DraftPart, DraftVersion, PartStatus } from "./draft-model.js";
import type { Material } from "./gather-material.js";
import type { Prompts } from "./load-prompts.js";
import type { Progress } from "./run-pipeline.js";
import type { UndoStep } from "./undo-step.js";

type Review = NonNullable<DraftVersion["review"]>;

/**
 * Drafts as a service: generate a version, rewrite one part, change statuses, approve or return.
 * Stored in the "drafts" collection (one document per period, every version kept). Only this
 * module writes drafts; commands and the CLI call it. Permission checks happen in the callers
 * (commands check isLeader), the service trusts them.
 */
export interface DraftingOptions {
  org: Org;
  store: Store;
  prompts: Prompts;
  llm?: LlmClient;
  clock: Clock;
  timezone: string;
  concurrency: number;
  contextTokens: number;
  log?: Logger;
}

export interface RunOptions {
  onProgress?: (p: Progress) => void;
  /**
   * Called once the generation holds its draft (no other generation or rewrite of the period
   * runs, in this process or another sharing the store), with the version it will save —
   * before any progress. A generation refused as busy never calls it.
   */
  onStart?: (version: number) => Promise<void> | void;
  /** Draft without the model even when one is configured (CLI --offline, demo). */
  offline?: boolean;
}

export interface DraftingService {
  readonly org: Org;
  readonly store: Store;
  readonly prompts: Prompts;
  readonly llmEnabled: boolean;
  /** The period a bare 「生成总结」 means: last year in Jan–Feb, else this year. */
  defaultPeriod(): Period;
  /** Parse 「2025」「2025上半年」「2025年总结」; undefined when there is no period in it. */
  parsePeriodArg(args: string): Period | undefined;
  get(period: Period): Promise<Draft | undefined>;
  /** The most recently touched draft. */
  current(): Promise<Draft | undefined>;
  /** Every draft, the most recently touched first. */
  list(): Promise<Draft[]>;
  material(period: Period): Promise<Material>;
  isBusy(period: Period): boolean;
  generate(period: Period, by: string, opts?: RunOptions): Promise<Draft>;
  /** The version being built while `isBusy` (the next number), for replies that act on the latest. */
  buildingVersion(period: Period): number | undefined;
  /** Periods with a generation running. */
  buildingPeriods(): Period[];
  /**
   * Rewrite one part with the model. `changed` is false when the new text equals the old one:
   * then no version is saved and the draft is returned as it was.
   */
  rewrite(
    period: Period,
    partArgs: string,
    by: string,
    opts?: RunOptions,
  ): Promise<{ draft: Draft; part: DraftPart; previous: DraftPart; changed: boolean }>;
  /**
   * 重写 with no model: the reviewer's words applied as far as a deterministic drafter honestly can
   * (offline-instruction.ts). `changed` is false, and nothing saved, when they changed nothing.
   */
  reviseOffline(
    period: Period,
    partArgs: string,
    by: string,
  ): Promise<{ draft: Draft; part: DraftPart; previous: DraftPart; changed: boolean; review: Review }>;
  /**
   * Replace a part's text by hand (改写): a new version with the reviewer's own words; with `item` (1-based), only that
   * item's words, the other items and their sources kept (item-edit.ts).
   */
  replacePart(
    period: Period,
    partArgs: string,
    text: string,
    by: string,
    item?: number,
  ): Promise<{ draft: Draft; part: DraftPart; previous: DraftPart }>;
  /**
   * 撤销上一步: a new version with exactly the text of the version before the last step (undo-step.ts). No step (the
   * text showing is the first version's) saves nothing and returns no `step`.
   */
  undoLast(period: Period, by: string): Promise<{ draft: Draft; step?: UndoStep; previous?: DraftVersion }>;
  setPartStatus(
    period: Period,
    partArgs: string,
    status: PartStatus,
    by: string,
  ): Promise<{ draft: Draft; part: DraftPart }>;
  approve(period: Period, by: string): Promise<Draft>;
  returnDraft(period: Period, comment: string, by: string): Promise<Draft>;
}
