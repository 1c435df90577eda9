import type { Draft, DraftVersion } from "./draft-model.js";

/**
 * 撤销上一步 / 恢复上一版 (draft49): the step to undo and the version it was made from. Every version but a copy is made
 * from the one before it (generation and each review edit build on the latest), so the text before a version's step is
 * the version numbered one lower. A copy made by an undo points at the version whose text it holds, and undoing again
 * goes one step further back from there, not back to the text just left: undo walks back edit by edit until the first
 * version, where there is nothing left to undo.
 */
export interface UndoStep {
  /** The version whose step is undone (its text is what is showing now). */
  undone: DraftVersion;
  /** The version restored: its title and parts are copied exactly. */
  restored: DraftVersion;
}

export function undoStep(d: Draft): UndoStep | undefined {
  const latest = d.versions[d.versions.length - 1];
  if (!latest) return undefined;
  const showing = latest.restoredFrom ?? latest.version;
  const undone = d.versions.find((v) => v.version === showing);
  const before = d.versions.find((v) => v.version === showing - 1);
  if (!undone || !before) return undefined;
  // A copy is never the origin of another: the restored text is named by the version that first held it.
  const origin = d.versions.find((v) => v.version === (before.restoredFrom ?? before.version)) ?? before;
  return { undone, restored: origin };
}

/** What the undone step was, in the leader's words of that time (the version's note): 「改写（三）（人工）」. */
export const stepWords = (v: DraftVersion): string => (v.version === 1 ? "生成" : v.note || "上一次修改");
