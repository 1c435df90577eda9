import path from "node:path";
import { z } from "zod";
import type { Intent } from "../../src/conversation/classify-intent.js";
import type { Command } from "../../src/conversation/types.js";
import { resolvePart, withSectionName } from "../../src/drafting/resolve-part.js";
import type { Org } from "../../src/domain/org.js";
import type { DraftVersion } from "../../src/drafting/draft-model.js";
import { rosterDraftVersion } from "./roster-draft.js";

export { rosterDraftVersion };
import { classifyCase, IntentCaseSchema, type IntentScore, readJsonl } from "./score-intents.js";

/**
 * The leaders' corpus (test/corpus/leader-intents.jsonl): what 局长、副局长 and 办公室 type when
 * they review — progress, a draft, a part, a rewrite, 定稿, 退回, export, compare — plus the same
 * words from staff (a command the engine refuses them) and a few non-requests. Split `leader`
 * is tuned on; `leader-heldout` was written at the same time, before any tuning, and is never
 * tuned on: scored apart.
 *
 * Labels say what the request means, not how the classifier spells it:
 * - `command` — the command it runs;
 * - `args` — when labelled, the arguments exactly (导出 docx, 进度 上周, 对比 1 3; "" for none);
 * - `part` — the part of the draft the arguments name, resolved the way the command resolves
 *   them (resolve-part.ts) on a draft of the example roster: `opening`, `problems`, `plan`,
 *   `section:<id>`, or `ask` when the command must ask which part (two candidates, or none named);
 * - `says` — words the instruction or 退回 comment carried over must contain.
 */
export const LeaderCaseSchema = IntentCaseSchema.extend({
  split: z.enum(["leader", "leader-heldout"]),
  expect: IntentCaseSchema.shape.expect.extend({
    part: z.string().optional(),
    says: z.string().optional(),
  }),
});
export type LeaderCase = z.infer<typeof LeaderCaseSchema>;

export const LEADER_CORPUS = path.resolve(import.meta.dirname, "leader-intents.jsonl");
export const LEADER_SPLITS = ["leader", "leader-heldout"] as const;

export function loadLeaderCorpus(file = LEADER_CORPUS): LeaderCase[] {
  return readJsonl(file, LeaderCaseSchema);
}

/** The labelled meaning against what the classifier said. */
export function leaderMatches(
  expect: LeaderCase["expect"],
  got: Intent,
  v: DraftVersion,
  sections: Org["sections"],
): boolean {
  if (got.kind !== expect.intent) return false;
  if (got.kind !== "command") return true;
  if (got.command !== expect.command) return false;
  const args = got.text.slice(got.command.length).trim().replace(/\s+/g, " ");
  if (expect.args !== undefined && args !== expect.args) return false;
  if (expect.part !== undefined || expect.says !== undefined) {
    // As the commands read it: a roster alias first written as the section's name.
    const r = resolvePart(v, withSectionName(args, sections));
    const part = r.part && !r.ambiguous ? r.part.key : "ask";
    if (expect.part !== undefined && part !== expect.part) return false;
    if (expect.says !== undefined && !r.rest.includes(expect.says) && !args.includes(expect.says))
      return false;
  }
  return true;
}

export type LeaderScore = IntentScore;

export function scoreLeader(cases: LeaderCase[], org: Org, commands: readonly Command[]): LeaderScore {
  const v = rosterDraftVersion(org);
  const failures: LeaderScore["failures"] = [];
  let nonReportsStored = 0;
  for (const c of cases) {
    const got = classifyCase(c, org, commands);
    if (got.kind === "report" && c.expect.intent !== "report") nonReportsStored += 1;
    if (!leaderMatches(c.expect, got, v, org.sections))
      failures.push({ id: c.id, text: c.text, expected: JSON.stringify(c.expect), got: JSON.stringify(got) });
  }
  const correct = cases.length - failures.length;
  return {
    n: cases.length,
    correct,
    accuracy: cases.length ? correct / cases.length : 0,
    nonReportsStored,
    failures,
  };
}
