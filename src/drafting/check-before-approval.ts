import type { Period } from "../domain/period.js";
import { checkGongwen, formatFindings } from "./check-gongwen.js";
import { countPlaceholders } from "./count-placeholders.js";
import { registerLines } from "./check-register.js";
import { lapsedWords } from "./lapsed-plans.js";
import { type Draft, type DraftVersion, latestVersion } from "./draft-model.js";
import { partName } from "./resolve-part.js";

/**
 * What 定稿 checks before it finalises: parts without material, 「×」 still in the text, parts
 * written offline (the 离线草稿 label), figures to verify, sentences that still read as chat
 * (check-register.ts), and whatever the document checks find (the 公文 check). Any finding and 定稿 lists them and waits for an explicit 「仍要定稿」.
 */
export interface Finding {
  /** 无材料, 待补数字, 离线草稿, 待核实, 公文检查 … */
  kind: string;
  text: string;
}

/** A check over the whole version (the 公文 check: register, numbering, dates…). */
export type DocumentCheck = (v: DraftVersion, period: Period) => Finding[];

/** Blanks still to fill (「×」「X」, not a size like 190米×24米) in the text of a version. */
export function placeholdersIn(v: DraftVersion): number {
  return v.parts
    .flatMap((p) => [
      p.heading,
      ...p.paragraphs,
      ...p.items.map((i) => `${i.title}${i.text}`),
      p.closing ?? "",
    ])
    .reduce((n, t) => n + countPlaceholders(t), 0);
}

/**
 * The 公文 check's findings, without its 「×」 count (定稿 and 待核实 report that themselves). A
 * check that cannot run (its rules file unreadable) is one finding saying so, never a crash.
 */
export function gongwenLines(v: DraftVersion, period: Period): string[] {
  try {
    return formatFindings(checkGongwen(v, { year: period.year }).filter((f) => f.rule !== "placeholder"));
  } catch (e) {
    return [`〔公文检查〕未能运行：${e instanceof Error ? e.message : String(e)}`];
  }
}

const gongwenCheck: DocumentCheck = (v, period) =>
  gongwenLines(v, period).map((line) => ({ kind: "公文检查", text: line.replace(/^〔公文检查〕/u, "") }));

/** Everything 定稿 lists: its own checks, the 公文 check, then any extra `checks`. */
export function approvalFindings(d: Draft, checks: DocumentCheck[] = []): Finding[] {
  const v = latestVersion(d);
  const out: Finding[] = [];
  const empty = v.parts.filter((p) => p.origin === "placeholder");
  if (empty.length > 0)
    out.push({
      kind: "无材料",
      text: `${empty.length} 个部分没有填报材料：${empty.map((p) => partName(v, p)).join("、")}（定稿版不印这些部分，连同标题，其后的编号顺延）`,
    });
  const xs = placeholdersIn(v);
  if (xs > 0) out.push({ kind: "待补数字", text: `全文还有 ${xs} 处「×」没有补上数字` });
  const unverified = v.parts.flatMap((p) => p.unverified);
  if (unverified.length > 0)
    out.push({
      kind: "待核实",
      text: `${unverified.length} 个数字没有在材料中找到：${unverified.join("、")}`,
    });
  const offline = v.parts.filter((p) => p.origin === "offline" || p.origin === "fallback");
  if (offline.length > 0)
    out.push({
      kind: "离线草稿",
      text: `${offline.length} 个部分是离线草稿（按填报原文整理，未经模型润色）：${offline.map((p) => partName(v, p)).join("、")}`,
    });
  const dropped = v.parts.flatMap((p) => p.dropped ?? []);
  if (dropped.length > 0)
    out.push({
      kind: "待核实",
      text: `${dropped.length} 句模型补写、材料无依据的内容已删去，请确认是否需要补充`,
    });
  const unanswered = v.parts.flatMap((p) => p.unanswered ?? []);
  if (unanswered.length > 0)
    out.push({
      kind: "待核实",
      text: `${unanswered.length} 个问题在计划中没有对应措施：${unanswered.join("；")}`,
    });
  const lapsed = v.parts.flatMap((p) => p.lapsed ?? []);
  if (lapsed.length > 0)
    out.push({
      kind: "待核实",
      text: `${lapsed.length} 条今年的计划之后没有相应的填报，稿中未写入：${lapsed.map(lapsedWords).join("；")}；请核实是否完成`,
    });
  // Sentences that still read as staff chat (emoji, tags, spoken words, Chinese numerals, fragments).
  for (const line of registerLines(v.parts, 8))
    out.push({ kind: "待核实", text: line.replace(/^〔待核实〕/u, "") });
  for (const check of [gongwenCheck, ...checks]) out.push(...check(v, d.period));
  return out;
}
