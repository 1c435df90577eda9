import { stillLapsed } from "./lapsed-plans.js";
import { AppError } from "../errors.js";
import { endSentence, trimEnd } from "./document-labels.js";
import { type Draft, type DraftItem, type DraftPart, latestVersion } from "./draft-model.js";
import { partName, resolvePart } from "./resolve-part.js";
import { isYearTotal } from "./lead-totals.js";

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

/** 「；二是」「。三是」 inside a line: where the next of a 一是…二是… list starts. */
const ORDINAL_SHI = /(?<=[；;。])\s*(?=[二三四五六七八九十]{1,2}是)/u;

/**
 * Trial40b: 「改写 计划 1.围绕…突破50家。2.加强支部规范化建设。」 — numbered items typed on one line (a chat box sends
 * no line breaks unless asked) became one item with 「2.」 inside it, and the reply counted 1 条. A line that opens with
 * 1. / 1、 / （1） and goes on, after a sentence's end, with 2. / 2、 / （2） in order is one item per number; numbers out
 * of order or not after a sentence's end (「增长2.5%」「第2、3季度」) are text and stay.
 */
function numberedOnOneLine(line: string): string[] {
  const style = /^\s*(?:(\d{1,2})\s*[.、．](?!\d)|[（(](\d{1,2})[)）])/u.exec(line);
  if (!style || (style[1] ?? style[2]) !== "1") return [line];
  const next = style[1]
    ? /(?<=[。；;！!])\s*(\d{1,2})\s*[.、．](?!\d)/gu
    : /(?<=[。；;！!])\s*[（(](\d{1,2})[)）]/gu;
  const cuts: number[] = [];
  let expected = 2;
  for (const m of line.matchAll(next)) {
    if (Number(m[1]) !== expected) return [line];
    cuts.push(m.index);
    expected += 1;
  }
  return [0, ...cuts].map((at, i) => line.slice(at, cuts[i] ?? line.length));
}

/** A line that states the plan's 总体思路 rather than one measure. */
const OUTLINE_LINE =
  /^(?:总体思路|总的思路|工作思路|总体考虑|思路)[：:，,]|^(?:\d{4}年|明年|来年|下半年|下一步|今后)[，,]\s*(?:我局|全局|我们)将|^(?:我局|全局)将(?:在|以|坚持|围绕|聚焦)/u;
/** A line that closes the plan: resolve, no new facts. */
const CLOSING_LINE =
  /(?:作出|做出|贡献)[^，。]*贡献|贡献力量|圆满完成|奋力谱写|以更加[^，。]{1,8}(?:作风|举措|姿态|干劲|热情)/u;
/** Verbs an outline starts with; without one a principle (保护第一、合理利用) takes 坚持. */
const OUTLINE_VERB =
  /^(?:坚持|围绕|聚焦|以|按照|紧扣|紧紧|突出|推进|推动|强化|加快|加强|着力|全面|深入|持续|立足|统筹|落实|在|进一步|继续|牢牢|始终|贯彻|力争|实现|打造|构建|做好)/u;

/** The reviewer's line as the plan's 总体思路, in the frame the old one had (「2027年，我局将…」). */
function outlineFrom(line: string, old: string | undefined): string {
  const label = /^(\d{4}年|下半年)[，,]/u.exec(old ?? "")?.[1];
  const labelled = /^(?:总体思路|总的思路|工作思路|总体考虑|思路)[：:，,]\s*(.+)$/u.exec(line);
  if (labelled) {
    const idea = labelled[1] as string;
    return endSentence(`${label ? `${label}，` : ""}我局将${OUTLINE_VERB.test(idea) ? "" : "坚持"}${idea}`);
  }
  return endSentence(label ? line.replace(/^(?:明年|来年)(?=[，,])/u, label) : line);
}

/**
 * A part replaced by the reviewer's own text (改写): one numbered item per line (the opening:
 * one paragraph per line). No sources (the words are the reviewer's); figures are theirs too.
 * A rewrite replaces only what it names: the plan keeps its 总体思路 and closing, a section its
 * leading year totals, unless a line is plainly one of them (a first line 「2027年，我局将…」 or
 * 「总体思路：…」, a last line 「…作出新的更大贡献」, a first line 「全年共…」).
 */
export function handWrittenPart(part: DraftPart, text: string): DraftPart {
  let lines = text
    .split(/\r?\n/)
    // The problems part is written 「一是…；二是…」: typed so on one line, each 是 starts a problem of its own (the
    // part puts its 一是/二是 back), never 「…；二是…」 left inside the first one.
    .flatMap((l) => (part.kind === "problems" ? l.split(ORDINAL_SHI) : [l]))
    .flatMap((l) => (part.kind === "opening" ? [l] : numberedOnOneLine(l)))
    .map((l) => l.replace(NUMBERING, "").trim())
    .filter((l) => l !== "");
  if (lines.length === 0)
    throw new AppError("BAD_REQUEST", "请在部分名称后写上新的文字，如「改写 （三） 新的文字」");
  const asItems = part.kind !== "opening";
  // Kept: the plan's 总体思路 and a section's leading totals — never a placeholder line.
  const keeps = part.origin !== "placeholder" && (part.kind === "plan" || part.kind === "section");
  let paragraphs = asItems ? (keeps ? [...part.paragraphs] : []) : lines;
  let closing = part.closing;
  if (part.kind === "plan") {
    if (lines.length > 1 && CLOSING_LINE.test(lines[lines.length - 1] as string)) {
      closing = endSentence(lines[lines.length - 1] as string);
      lines = lines.slice(0, -1);
    }
    if (lines.length > 1 && OUTLINE_LINE.test(lines[0] as string)) {
      paragraphs = [outlineFrom(lines[0] as string, part.paragraphs[0])];
      lines = lines.slice(1);
    }
  }
  if (part.kind === "section" && lines.length > 1 && isYearTotal(lines[0] as string)) {
    const lead: string[] = [];
    while (lines.length > 1 && isYearTotal(lines[0] as string))
      lead.push(endSentence(lines.shift() as string));
    paragraphs = lead;
  }
  const items: DraftItem[] = asItems
    ? lines.map((l) => ({
        title: "",
        text: part.kind === "problems" ? trimEnd(l) : endSentence(l),
        sourceIds: [],
      }))
    : [];
  // Plans the reviewer's text now tells are no longer left out (lapsed-plans.ts stillLapsed).
  const lapsed = stillLapsed(part.lapsed ?? [], lines.join("\n"));
  return {
    ...part,
    ...(part.lapsed ? { lapsed } : {}),
    paragraphs,
    items,
    closing,
    origin: "manual",
    fallbackReason: undefined,
    unverified: [],
    setAside: [],
    sourceIds: [],
    instruction: undefined,
    status: "draft",
  };
}
