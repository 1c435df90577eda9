import type { ButtonSubject, CardButton, CardModel } from "../conversation/types.js";
import { periodLabel } from "../domain/period.js";
import { offlineLabel } from "../export/layout-draft.js";
import { renderMarkdown } from "../export/render-markdown.js";
import { type Draft, type DraftPart, type DraftVersion, latestVersion } from "./draft-model.js";
import { checkGongwen, formatFindings } from "./check-gongwen.js";
import { countPlaceholders } from "./count-placeholders.js";
import { partLabel } from "./resolve-part.js";

/**
 * What a leader sees while reviewing: the full text with source ids and 〔待核实〕 notes, a
 * card summarising every part with the same actions as buttons (each button is the text
 * command), the list of things to check, and a version comparison.
 */
/** The button-subject kind of a draft (registered by the drafting feature). */
export const DRAFT_SUBJECT = "draft";

const STATUS: Record<string, string> = { draft: "草稿", locked: "已锁定", approved: "已通过" };
const DRAFT_STATUS: Record<string, string> = { draft: "审核中", approved: "已定稿", returned: "已退回" };

export function periodWord(d: Draft): string {
  return periodLabel(d.period);
}

function origin(p: DraftPart): string {
  if (p.origin === "fallback") return "｜离线草稿（模型未成功）";
  if (p.origin === "offline") return "｜离线草稿";
  if (p.origin === "placeholder") return "｜无材料";
  return "";
}

function usageLine(v: DraftVersion): string {
  const secs = (v.elapsedMs / 1000).toFixed(1);
  if (v.offline && v.usage.calls === 0) return `离线草稿｜材料 ${v.materialCount} 条｜用时 ${secs} 秒`;
  return (
    `模型 ${v.model ?? "?"}｜调用 ${v.usage.calls} 次（缓存 ${v.usage.cachedCalls}，重试 ${v.usage.retries}，修复 ${v.usage.repairs}）` +
    `｜tokens ${v.usage.totalTokens}（输入 ${v.usage.inputTokens} / 输出 ${v.usage.outputTokens}）｜用时 ${secs} 秒`
  );
}

/** The full text for review (source ids and notes included). */
export function reviewText(d: Draft, v: DraftVersion = latestVersion(d)): string {
  const head = `【${DRAFT_STATUS[d.status]}】v${v.version}｜${v.note}${d.comment ? `\n退回意见：${d.comment}` : ""}`;
  return `${head}\n\n${renderMarkdown(v, d.period, { review: true })}`;
}

/**
 * The subject every review-card button carries: this draft at the version shown, leaders only
 * (a click on an older card is refused as stale; see conversation/button-subject.ts).
 */
export function draftSubject(d: Draft): ButtonSubject {
  return { kind: DRAFT_SUBJECT, id: d.id, version: latestVersion(d).version, leadersOnly: true };
}

/** The review card: one line per part, and the actions as buttons. */
export function reviewCard(d: Draft): CardModel {
  const v = latestVersion(d);
  const blocks: string[] = [
    `**${v.title}**${offlineLabel(v) ? ` ${offlineLabel(v)}` : ""}`,
    `状态：${DRAFT_STATUS[d.status]}｜版本 v${v.version}（共 ${d.versions.length} 版）｜${v.note}`,
    usageLine(v),
  ];
  if (d.comment) blocks.push(`退回意见：${d.comment}`);
  const buttons: CardButton[] = [];
  for (const p of v.parts) {
    const label = partLabel(v, p);
    const name = p.kind === "section" ? `${label}${p.heading}` : label;
    const toCheck = p.unverified.length + (p.setAside.length > 0 ? 1 : 0);
    const check = toCheck > 0 ? `｜待核实 ${toCheck} 处` : "";
    blocks.push(`${name}｜${STATUS[p.status]}${origin(p)}${check}`);
    if (d.status === "approved" || p.origin === "placeholder") continue;
    if (p.status === "draft") buttons.push({ label: `重写${label}`, command: `重写 ${label}` });
    buttons.push(
      p.status === "draft"
        ? { label: `锁定${label}`, command: `锁定 ${label}` }
        : { label: `解锁${label}`, command: `解锁 ${label}` },
    );
    if (p.status !== "approved") buttons.push({ label: `通过${label}`, command: `通过 ${label}` });
  }
  const key = `${d.period.year}${d.period.half ? (d.period.half === 1 ? "上半年" : "下半年") : ""}`;
  buttons.push({ label: "待核实", command: `待核实 ${key}` });
  if (d.versions.length > 1) {
    buttons.push({ label: "对比上一版", command: `对比 v${v.version - 1} v${v.version}` });
  }
  buttons.push(
    { label: "导出 Word", command: `导出 docx ${key}` },
    { label: "导出飞书文档", command: `导出 飞书文档 ${key}` },
    { label: "导出材料表", command: `导出 csv ${key}` },
  );
  if (d.status !== "approved") {
    buttons.push({ label: "定稿", command: `定稿 ${key}`, style: "primary" });
    buttons.push({ label: "退回", command: "退回", style: "danger" });
  }
  const subject = draftSubject(d);
  for (const b of buttons) b.subject = subject;
  return {
    title: `${periodWord(d)}总结草稿 v${v.version}`,
    template:
      d.status === "approved" ? "green" : d.status === "returned" ? "orange" : v.offline ? "grey" : "blue",
    blocks,
    buttons,
    note: "重写时可附意见，如「重写 （二） 再精炼些，突出成果转化」；退回请写明意见，如「退回 第三部分目标不够具体」",
  };
}

/** What the reviewer is told about material that read like an instruction to the model. */
export const SET_ASIDE_NOTE = "疑似指令的材料，未采用";
/** What the reviewer is told about a sentence removed because no material supports it. */
export const DROPPED_NOTE = "模型补写、材料无依据";

/** Figures to check, instruction-like material set aside, parts written offline, and sections that received no material. */
export function pendingText(d: Draft): string {
  const v = latestVersion(d);
  const lines: string[] = [];
  for (const p of v.parts) {
    const label = partLabel(v, p);
    if (p.unverified.length > 0)
      lines.push(`〔待核实〕${label}：${p.unverified.join("、")}（已替换为「×」，请核对后补入）`);
    if (p.setAside.length > 0)
      lines.push(`〔待核实〕${label}：${SET_ASIDE_NOTE}（来源：${p.setAside.join("、")}）`);
    for (const d of p.dropped ?? []) lines.push(`〔待核实〕${label}：${DROPPED_NOTE}，已删去「${d}」`);
    for (const u of p.unanswered ?? [])
      lines.push(`〔待核实〕${label}：问题「${u}」在计划中没有对应措施，请补充或说明`);
  }
  for (const p of v.parts) {
    if (p.origin !== "placeholder") continue;
    const what = { opening: "开头段", section: "该科室", problems: "存在的问题", plan: "工作计划" }[p.kind];
    lines.push(
      `〔无材料〕${partLabel(v, p)}${p.sectionName ?? ""}：本期没有${what}的填报材料，请补充${p.kind === "section" ? "或删除该部分" : ""}`,
    );
  }
  for (const p of v.parts) {
    if (p.origin === "fallback")
      lines.push(`〔离线草稿〕${partLabel(v, p)}：${p.fallbackReason ?? "模型未给出可用结果"}`);
  }
  const findings = checkGongwen(v, { year: d.period.year });
  lines.push(...formatFindings(findings.filter((f) => f.rule !== "placeholder")));
  const xs = v.parts
    .flatMap((p) => [...p.paragraphs, ...p.items.map((i) => `${i.title}${i.text}`), p.closing ?? ""])
    .reduce((n, t) => n + countPlaceholders(t), 0);
  if (xs > 0) lines.push(`全文共有 ${xs} 处「×」需要补充数字。`);
  return lines.length > 0
    ? `${v.title} v${v.version} 需要核实的内容：\n${lines.join("\n")}`
    : `${v.title} v${v.version} 没有需要核实的数字，所有部分都有材料，公文检查未发现问题。`;
}

function partText(p: DraftPart | undefined): string {
  if (!p) return "（无）";
  return [
    p.heading,
    ...p.paragraphs,
    ...p.items.map((i, n) => `${n + 1}.${i.title ? `${i.title}。` : ""}${i.text}`),
  ]
    .filter(Boolean)
    .join("\n");
}

const clip = (s: string, n = 400) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** Part-by-part comparison of two versions. */
export function compareVersions(d: Draft, a: number, b: number): string {
  const va = d.versions.find((v) => v.version === a);
  const vb = d.versions.find((v) => v.version === b);
  if (!va || !vb)
    return `没有 v${!va ? a : b}。现有版本：${d.versions.map((v) => `v${v.version}`).join("、")}`;
  const keys = [...new Set([...va.parts.map((p) => p.key), ...vb.parts.map((p) => p.key)])];
  const out = [`对比 v${a}（${va.note}）→ v${b}（${vb.note}）`];
  let same = 0;
  for (const k of keys) {
    const pa = va.parts.find((p) => p.key === k);
    const pb = vb.parts.find((p) => p.key === k);
    const ta = partText(pa);
    const tb = partText(pb);
    const label = pb ? partLabel(vb, pb) : pa ? partLabel(va, pa) : k;
    if (ta === tb) {
      same += 1;
      continue;
    }
    out.push(
      `\n■ ${label}${pb?.sectionName ?? pa?.sectionName ?? ""} 有改动`,
      `- v${a}：${clip(ta)}`,
      `+ v${b}：${clip(tb)}`,
    );
  }
  out.push(`\n其余 ${same} 个部分未改动。`);
  return out.join("\n");
}
