import { AppError } from "../errors.js";
import { endSentence, trimEnd } from "./document-labels.js";
import { type Draft, type DraftItem, type DraftPart, latestVersion } from "./draft-model.js";
import { partName, resolvePart } from "./resolve-part.js";

/**
 * What the review edits share: which part an edit may touch (not on a finalised draft, not a
 * locked or approved part), whether a rewrite changed anything, and a part written by hand.
 */
export const ALREADY_APPROVED = "该草稿已定稿；如需重新生成请先退回（发送「退回 意见」）";
export const APPROVED_NO_EDIT = "该草稿已定稿，不能再修改；如需修改请先退回（发送「退回 意见」）";

/** The part named in `args` that `verb` (重写, 改写) may change, and the rest of the words. */
export function editablePart(draft: Draft, args: string, verb: string): { part: DraftPart; rest: string } {
  if (draft.status === "approved") throw new AppError("BAD_REQUEST", APPROVED_NO_EDIT);
  const v = latestVersion(draft);
  const { part, rest, ambiguous, hint } = resolvePart(v, args);
  if (ambiguous)
    throw new AppError(
      "BAD_REQUEST",
      `不确定是哪一部分：${ambiguous.map((p) => `「${partName(v, p)}」`).join("还是")}？`,
    );
  if (!part)
    throw new AppError(
      "BAD_REQUEST",
      `没有找到要${verb}的部分。${hint ?? ""}请写明如「${verb} （二） …」「${verb} 问题 …」「${verb} 计划 …」`,
    );
  if (part.status !== "draft")
    throw new AppError(
      "BAD_REQUEST",
      `${partName(v, part)}${part.status === "locked" ? "已锁定" : "已通过"}，请先「解锁 ${partName(v, part)}」再${verb}`,
    );
  return { part, rest };
}

/** The part's text as the reader sees it (headings, paragraphs, items). */
export function partBody(p: DraftPart): string {
  return [...p.paragraphs, ...p.items.map((i) => `${i.title ? `${i.title}。` : ""}${i.text}`)].join("\n");
}

export function samePartText(a: DraftPart, b: DraftPart): boolean {
  return a.heading === b.heading && partBody(a) === partBody(b);
}

/** Leading numbers people type: 1. 1、 （1） (1) 一、 一是. */
const NUMBERING =
  /^\s*(?:\d{1,2}\s*[.、．)）]|[（(]\s*[\d一二三四五六七八九十]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*(?:、|是))\s*/u;

/**
 * A part replaced by the reviewer's own text (改写): one numbered item per line (the opening:
 * one paragraph per line). No sources (the words are the reviewer's); figures are theirs too.
 */
export function handWrittenPart(part: DraftPart, text: string): DraftPart {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.replace(NUMBERING, "").trim())
    .filter((l) => l !== "");
  if (lines.length === 0)
    throw new AppError("BAD_REQUEST", "请在部分名称后写上新的文字，如「改写 （三） 新的文字」");
  const asItems = part.kind !== "opening";
  const items: DraftItem[] = asItems
    ? lines.map((l) => ({
        title: "",
        text: part.kind === "problems" ? trimEnd(l) : endSentence(l),
        sourceIds: [],
      }))
    : [];
  return {
    ...part,
    paragraphs: asItems ? [] : lines,
    items,
    origin: "manual",
    fallbackReason: undefined,
    unverified: [],
    setAside: [],
    sourceIds: [],
    instruction: undefined,
    status: "draft",
  };
}
