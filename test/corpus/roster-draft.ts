import type { Org } from "../../src/domain/org.js";
import { type DraftPart, type DraftVersion, emptyUsage } from "../../src/drafting/draft-model.js";

/** An empty draft part of that key and kind (tests fill in what they read). */
export const blankPart = (
  key: string,
  kind: DraftPart["kind"],
  extra: Partial<DraftPart> = {},
): DraftPart => ({
  key,
  kind,
  heading: "",
  paragraphs: [],
  items: [],
  status: "draft",
  origin: "offline",
  unverified: [],
  setAside: [],
  sourceIds: [],
  inputHash: "",
  ...extra,
});

/** A draft of the roster's shape: opening, one part per section in roster order, problems, plan. */
export function rosterDraftVersion(org: Pick<Org, "unit" | "sections">): DraftVersion {
  return {
    version: 1,
    createdAt: "2025-12-20T00:00:00.000Z",
    createdBy: "zhou-ju",
    note: "生成",
    title: `${org.unit}2025年工作总结和2026年工作计划`,
    offline: true,
    parts: [
      blankPart("opening", "opening"),
      ...org.sections.map((s) =>
        blankPart(`section:${s.id}`, "section", { sectionId: s.id, sectionName: s.name }),
      ),
      blankPart("problems", "problems"),
      blankPart("plan", "plan"),
    ],
    usage: emptyUsage(),
    elapsedMs: 0,
    materialCount: 0,
  };
}
