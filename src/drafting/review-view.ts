import type { ButtonSubject, CardButton, CardModel, RichRun, RichText } from "../conversation/types.js";
import { periodLabel } from "../domain/period.js";
import { type Block, layoutDraft, offlineLabel, partBlocks } from "../export/layout-draft.js";
import { gongwenLines, placeholdersIn } from "./check-before-approval.js";
import { blankLines } from "./blanks-explained.js";
import { lapsedNote } from "./lapsed-plans.js";
import { checkRegister, registerLines } from "./check-register.js";
import {
  type Draft,
  type DraftPart,
  type DraftVersion,
  latestVersion,
  manualItems,
  NO_WORK,
} from "./draft-model.js";
import { partLabel, partName } from "./resolve-part.js";

/**
 * What a leader sees while reviewing: the full text (sources as 「姓名#编号」, statuses and
 * 〔待核实〕 notes) as plain text and as rich text, a compact card (the parts in a drop-down,
 * at most ten buttons), one part with its own actions, and the list of things to check.
 */
/** The button-subject kind of a draft (registered by the drafting feature). */
export const DRAFT_SUBJECT = "draft";

const STATUS: Record<string, string> = { draft: "草稿", locked: "已锁定", approved: "已通过" };
const DRAFT_STATUS: Record<string, string> = { draft: "审核中", approved: "已定稿", returned: "已退回" };

/** How a source update is named to reviewers: 「李明#3」 (author and their 编号). */
/** Who reported an update (李明#1); `textOf`, where known, gives the report's own text (figure-check.ts compares with it). */
export type SourceLabel = ((updateId: string) => string) & {
  textOf?: (updateId: string) => string | undefined;
};

export function periodWord(d: Pick<Draft, "period">): string {
  return periodLabel(d.period);
}

/** What was done with a reviewer's words, and what could not be (offline-instruction.ts), one a line. */
export function reviewLines(r: NonNullable<DraftVersion["review"]>, done = "已"): string {
  const cannot = done === "已" ? "没有做到" : "做不到";
  return [...r.done.map((d) => `· ${done}${d}`), ...r.notDone.map((d) => `· ${cannot}${d}`)].join("\n");
}

/** The draft's state in words: 审核中、已定稿、已退回. */
export function draftStatusWord(d: Pick<Draft, "status">): string {
  return DRAFT_STATUS[d.status] ?? d.status;
}

/** The period as a command argument: 「2025」「2025上半年」. */
export function periodArg(d: Pick<Draft, "period">): string {
  const h = d.period.half;
  return `${d.period.year}${h ? (h === 1 ? "上半年" : "下半年") : ""}`;
}

/** A part's status as shown: a finalised draft's parts are all 已定稿. */
export function partStatusWord(d: Draft, p: DraftPart): string {
  return d.status === "approved" ? "已定稿" : (STATUS[p.status] ?? p.status);
}

function origin(p: DraftPart): string {
  if (p.origin === "manual") return "｜人工改写";
  // Lead54: the reviewer's own items (改写 第N条, 加一条) in a drafted part are said beside how it was drafted.
  const own = manualItems(p);
  const mixed = own > 0 ? `｜含人工改写 ${own} 条` : "";
  if (p.origin === "fallback") return `｜离线草稿（模型未成功）${mixed}`;
  if (p.origin === "offline") return `｜离线草稿${mixed}`;
  if (p.origin === "placeholder") return "｜无材料";
  return mixed;
}

function usageLine(v: DraftVersion): string {
  const secs = (v.elapsedMs / 1000).toFixed(1);
  if (v.offline && v.usage.calls === 0) return `离线草稿｜材料 ${v.materialCount} 条｜用时 ${secs} 秒`;
  return (
    `模型 ${v.model ?? "?"}｜调用 ${v.usage.calls} 次（缓存 ${v.usage.cachedCalls}，重试 ${v.usage.retries}，修复 ${v.usage.repairs}）` +
    `｜tokens ${v.usage.totalTokens}（输入 ${v.usage.inputTokens} / 输出 ${v.usage.outputTokens}）｜用时 ${secs} 秒`
  );
}

/** Per part, a figure written with another unit than reported (check-units.ts unitMismatchesByPart). */
export type UnitNotes = ReadonlyMap<DraftPart, readonly string[]>;

/**
 * What 待核实 lists for a part: figures replaced, material set aside, sentences dropped, problems unanswered, plans
 * for the year the draft leaves out (lapsed-plans.ts), and sentences that still read as chat (check-register.ts) —
 * trial40b: the card said 「待核实 1 处」 while 待核实 and the approval listed a spoken sentence of a hand-written part
 * as well; one count, the one the lists give.
 */
function toCheck(p: DraftPart, units?: UnitNotes): number {
  return (
    checkRegister([p]).length +
    (units?.get(p)?.length ?? 0) +
    p.unverified.length +
    (p.setAside.length > 0 ? 1 : 0) +
    (p.dropped?.length ?? 0) +
    (p.unanswered?.length ?? 0) +
    (p.lapsed?.length ?? 0)
  );
}

function checkCount(p: DraftPart, units?: UnitNotes): string {
  const n = toCheck(p, units);
  return n > 0 ? `｜待核实 ${n} 处` : "";
}

/**
 * The subject every review-card button carries: this draft at the version shown, leaders only
 * (a click on an older card is refused as stale; see conversation/button-subject.ts).
 */
export function draftSubject(d: Draft): ButtonSubject {
  return { kind: DRAFT_SUBJECT, id: d.id, version: latestVersion(d).version, leadersOnly: true };
}

/** Buttons acting on this draft carry its subject (the engine refuses stale or foreign clicks). */
export function withSubject(d: Draft, buttons: CardButton[]): CardButton[] {
  const subject = draftSubject(d);
  return buttons.map((b) => ({ ...b, subject }));
}

/** True when no part has material: 定稿 is not offered on such a draft. */
export function isPlaceholderDraft(v: DraftVersion): boolean {
  return v.materialCount === 0 || v.parts.every((p) => p.origin === "placeholder" || p.kind === "opening");
}

function headLine(d: Draft, v: DraftVersion): string {
  return `【${DRAFT_STATUS[d.status]}】v${v.version}｜${v.note}${d.comment ? `\n退回意见：${d.comment}` : ""}`;
}

function blockRuns(b: Block): RichRun[] {
  switch (b.kind) {
    case "title":
    case "h1":
    case "h2":
      return [{ text: b.text, bold: true }];
    case "subtitle":
    case "note":
      return [{ text: b.text, muted: true }];
    case "item":
      return [{ text: b.lead ?? "", bold: true }, { text: b.text }];
    default:
      return [{ text: b.text }];
  }
}

/**
 * The full draft for review: plain text (console, fallbacks) and rich text (a Feishu post) from
 * the same layout — never Markdown, which a Feishu text message shows raw.
 */
export function fullReview(d: Draft, sourceLabel?: SourceLabel): { text: string; rich: RichText } {
  const v = latestVersion(d);
  const blocks = layoutDraft(v, d.period, { review: true, sourceLabel, finalised: d.status === "approved" });
  const head = headLine(d, v);
  const lines: RichRun[][] = [[{ text: head, muted: true }], []];
  for (const b of blocks.filter((x) => x.kind !== "title")) {
    if (b.kind === "h1" || b.kind === "h2") lines.push([]);
    lines.push(blockRuns(b));
  }
  const text = [v.title, ...lines.map((runs) => runs.map((r) => r.text).join(""))].join("\n");
  return { text, rich: { title: v.title, lines } };
}

/**
 * One part as text: its heading, then its body as the full text renders it (partBlocks: the
 * problems as 「一是…；二是…」, the plan with its closing), sources, and its figures to check.
 */
export function partText(d: Draft, part: DraftPart, sourceLabel?: SourceLabel, v = latestVersion(d)): string {
  const body = partBlocks(part, { review: true, sourceLabel }).map((b) => `${b.lead ?? ""}${b.text}`);
  const lines = [part.heading ? `${partLabel(v, part)}${part.heading}` : partName(v, part), ...body];
  if (part.unverified.length > 0) lines.push(`〔待核实：${part.unverified.join("、")} 已替换为「×」〕`);
  return lines.filter(Boolean).join("\n");
}

/** The select menu's options: every part, choosing one shows it with its own actions. */
function partOptions(d: Draft, v: DraftVersion): CardButton[] {
  return v.parts.map((p) => ({
    label: `${partName(v, p)}｜${partStatusWord(d, p)}${origin(p)}`,
    command: `查看草稿 ${periodArg(d)} ${partLabel(v, p)}`,
  }));
}

/**
 * The compact review card: the draft's state in a few lines, the parts in a drop-down, and at
 * most ten buttons. 退回 is always there (a finalised draft can be reopened); 定稿 is not
 * offered on a draft without material.
 */
export function reviewCard(d: Draft, opts: { building?: number; units?: UnitNotes } = {}): CardModel {
  const v = latestVersion(d);
  const key = periodArg(d);
  const label = d.status === "approved" ? undefined : offlineLabel(v);
  const empty = v.parts.filter((p) => p.origin === "placeholder").length;
  const checks = v.parts.reduce((n, p) => n + toCheck(p, opts.units), 0);
  const xs = placeholdersIn(v);
  const blocks: string[] = [
    `**${v.title}**${label ? ` ${label}` : ""}`,
    `状态：${DRAFT_STATUS[d.status]}｜版本 v${v.version}（共 ${d.versions.length} 版）｜${v.note}`,
    usageLine(v),
    `共 ${v.parts.length} 个部分：无材料 ${empty} 个｜待核实 ${checks} 处｜「×」${xs} 处`,
    v.parts
      .map((p) => `${partName(v, p)}｜${partStatusWord(d, p)}${origin(p)}${checkCount(p, opts.units)}`)
      .join("\n"),
  ];
  if (isPlaceholderDraft(v)) blocks.push("本期还没有已确认的填报材料，草稿全部为占位内容，暂不能定稿。");
  if (d.comment) blocks.push(`退回意见：${d.comment}`);
  if (opts.building) blocks.push(`v${opts.building} 正在生成中，以上为 v${v.version}。`);
  const buttons: CardButton[] = [
    { label: "查看全文", command: `查看草稿 ${key}` },
    { label: "待核实", command: `待核实 ${key}` },
  ];
  if (d.versions.length > 1)
    buttons.push({ label: "对比上一版", command: `对比 v${v.version - 1} v${v.version}` });
  buttons.push(
    { label: "导出 Word", command: `导出 docx ${key}` },
    { label: "导出飞书文档", command: `导出 飞书文档 ${key}` },
    { label: "导出材料表", command: `导出 csv ${key}` },
  );
  if (d.status !== "approved" && !isPlaceholderDraft(v))
    buttons.push({ label: "定稿", command: `定稿 ${key}`, style: "primary" });
  buttons.push({ label: "退回", command: "退回", style: "danger" });
  return {
    title: `${periodWord(d)}总结草稿 v${v.version}`,
    template:
      d.status === "approved" ? "green" : d.status === "returned" ? "orange" : v.offline ? "grey" : "blue",
    blocks,
    select: {
      placeholder: "选择一个部分查看、重写或改写",
      options: partOptions(d, v),
      subject: draftSubject(d),
    },
    buttons: withSubject(d, buttons),
    note:
      d.status === "approved"
        ? "已定稿。如需修改请「退回 意见」，如「退回 （三）目标不够具体」"
        : "重写可附意见，如「重写 （二） 再精炼些」；自己改文字：「改写 （三） 新的文字」；退回请写明意见",
  };
}

/** One part with its own actions (what choosing it in the drop-down shows). */
export function partCard(d: Draft, part: DraftPart, sourceLabel?: SourceLabel): CardModel {
  const v = latestVersion(d);
  const label = partLabel(v, part);
  const buttons: CardButton[] = [];
  if (d.status !== "approved") {
    if (part.status === "draft") {
      buttons.push(
        { label: "重写", command: `重写 ${label}` },
        { label: "锁定", command: `锁定 ${label}` },
        { label: "通过", command: `通过 ${label}`, style: "primary" },
      );
    } else buttons.push({ label: "解锁", command: `解锁 ${label}` });
  }
  buttons.push({ label: "返回全文", command: `查看草稿 ${periodArg(d)}` });
  return {
    title: `${periodWord(d)}草稿 v${v.version}｜${partName(v, part)}`,
    template: d.status === "approved" ? "green" : "blue",
    blocks: [`状态：${partStatusWord(d, part)}${origin(part)}`, partText(d, part, sourceLabel, v)],
    buttons: withSubject(d, buttons),
    note:
      d.status === "approved"
        ? "已定稿，如需修改请先「退回 意见」"
        : `自己改文字：「改写 ${label} 新的文字」（每行一条）；重写可附意见：「重写 ${label} 意见」`,
  };
}

/** What the reviewer is told about material that read like an instruction to the model. */
export const SET_ASIDE_NOTE = "疑似指令的材料，未采用";
/** What the reviewer is told about a sentence removed because no material supports it. */
export const DROPPED_NOTE = "模型补写、材料无依据";

/** Figures to check, instruction-like material set aside, parts written offline, and sections that received no material. */
export function pendingText(d: Draft, sourceLabel?: SourceLabel, units?: UnitNotes): string {
  const v = latestVersion(d);
  const label = sourceLabel ?? ((id: string) => id);
  const lines: string[] = [];
  for (const p of v.parts) {
    const name = partLabel(v, p);
    if (p.unverified.length > 0)
      lines.push(`〔待核实〕${name}：${p.unverified.join("、")}（已替换为「×」，请核对后补入）`);
    if (p.setAside.length > 0)
      lines.push(`〔待核实〕${name}：${SET_ASIDE_NOTE}（来源：${p.setAside.map(label).join("、")}）`);
    for (const dropped of p.dropped ?? [])
      lines.push(`〔待核实〕${name}：${DROPPED_NOTE}，已删去「${dropped}」`);
    for (const f of p.feelings ?? [])
      lines.push(`〔待核实〕${name}：「${f}」只说了感受，没有说具体问题，未写入正文，请补充具体问题或不写`);
    for (const u of p.unanswered ?? [])
      lines.push(`〔待核实〕${name}：问题「${u}」在计划中没有对应措施，请补充或说明`);
    for (const l of p.lapsed ?? [])
      lines.push(`〔待核实〕${name}：${lapsedNote(l)}（来源：${label(l.sourceId)}）`);
    for (const u of units?.get(p) ?? []) lines.push(`〔待核实〕${u}`);
  }
  for (const p of v.parts) {
    if (p.origin !== "placeholder") continue;
    const what = { opening: "开头段", section: "该科室", problems: "存在的问题", plan: "工作计划" }[p.kind];
    const none = p.paragraphs[0] === NO_WORK ? "只填报了问题或计划，没有工作情况" : `没有${what}的填报材料`;
    lines.push(
      `〔无材料〕${partLabel(v, p)}${p.sectionName ?? ""}：本期${none}，请补充${p.kind === "section" ? "或删除该部分" : ""}`,
    );
  }
  for (const p of v.parts) {
    if (p.origin === "fallback")
      lines.push(`〔离线草稿〕${partLabel(v, p)}：${p.fallbackReason ?? "模型未给出可用结果"}`);
  }
  lines.push(...registerLines(v.parts));
  lines.push(...gongwenLines(v, d.period));
  const xs = placeholdersIn(v);
  if (xs > 0) lines.push(`全文共有 ${xs} 处「×」需要补充数字：`, ...blankLines(v, label));
  return lines.length > 0
    ? `${v.title} v${v.version} 需要核实的内容：\n${lines.join("\n")}`
    : `${v.title} v${v.version} 没有需要核实的数字，所有部分都有材料，公文检查未发现问题。`;
}
