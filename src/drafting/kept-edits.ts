import { type Draft, type DraftVersion, latestVersion } from "./draft-model.js";
import { partLabel } from "./resolve-part.js";

/**
 * A regeneration drafts every unlocked part from the material again, except a part the leader
 * wrote by hand (改写), which stays unless the return comment named it: the reply says which hand
 * edits were kept, and which edits of the version before it (a hand edit named by the comment, a
 * 重写 意见 applied offline) were not carried over, rather than letting them vanish.
 */
export function notKept(d: Draft): string {
  const v = latestVersion(d);
  const prev = d.versions[d.versions.length - 2];
  if (!prev || !/生成/u.test(v.note) || /^按意见|^重写|^改写/u.test(v.note)) return "";
  const kept = prev.parts
    .filter(
      (p) =>
        p.origin === "manual" &&
        p.status === "draft" &&
        v.parts.find((q) => q.key === p.key)?.origin === "manual",
    )
    .map((p) => partLabel(prev, p));
  const keptLine =
    kept.length > 0
      ? `\n保留了${kept.join("、")}您改写的文字（没有按材料重新整理）；要按材料重新整理，请「重写 ${kept[0]}」。`
      : "";
  return `${keptLine}${lostEdits(prev, v)}`;
}

function lostEdits(prev: DraftVersion, v: DraftVersion): string {
  const lost = [
    ...prev.parts
      .filter((p) => p.origin === "manual" && v.parts.find((q) => q.key === p.key)?.origin !== "manual")
      .map((p) => `${partLabel(prev, p)}您改写的文字`),
    ...(prev.review && prev.review.done.length > 0 && prev.review.comment !== v.review?.comment
      ? [`按意见「${prev.review.comment}」做的修改`]
      : []),
  ];
  if (lost.length === 0) return "";
  return `\n注意：重新生成按填报材料重新整理了未锁定的部分，v${prev.version} 里${lost.join("、")}没有保留；要保留，请先「锁定」该部分再重新生成（「对比」可看到改动）。`;
}
