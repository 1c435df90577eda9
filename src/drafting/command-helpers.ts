import { settlePartQuestion } from "./ask-part.js";
import { partLabel } from "./resolve-part.js";
import type { CardModel, Command, CommandContext, Reply } from "../conversation/types.js";
import { isLeader } from "../domain/org.js";
import { type Period, parsePeriod, periodRange } from "../domain/period.js";
import type { Extraction, Update } from "../domain/update.js";
import { isAppError } from "../errors.js";
import type { DocxApi } from "../export/create-feishu-doc.js";
import { type Draft, latestVersion } from "./draft-model.js";
import type { DraftingService } from "./draft-service.js";
import { DRAFT_SUBJECT, fullReview, periodWord, reviewCard, type SourceLabel } from "./review-view.js";
import type { Progress } from "./run-pipeline.js";

/**
 * What the drafting commands share: the feature's API object, the leaders' command factory (the
 * leaders-only guard, and the error wrapper that turns expected refusals into replies), the draft
 * lookups, and the draft/progress replies.
 */
export interface DraftingApi {
  service: DraftingService;
  dataDir: string;
  /** Set when a Feishu app is configured: exports to a cloud document (in `folderToken` if set). */
  docx?: { client: DocxApi; webBase: string; folderToken?: string };
  /**
   * Model extraction of a staff message (prompts/extract-update.md), present when a model is
   * configured and LLM_EXTRACT is auto (the default) or on. Undefined result: keep the rule-based one.
   */
  extract?: (text: string, today: string) => Promise<Extraction | undefined>;
  /** Background generations (Feishu), so tests and shutdown can wait for them. */
  whenIdle(): Promise<void>;
  track(p: Promise<unknown>): void;
}

export const refuse: Reply = {
  text: "草稿的生成和审核仅限局领导和办公室使用。您可以发送「我的填报」查看自己的材料。",
};

/** A period written anywhere in the arguments, and the arguments without it. */
export function takePeriod(args: string): { period?: Period; rest: string } {
  const m = /(\d{4})\s*年?\s*(上半年|下半年|H1|H2)?/i.exec(args);
  if (!m) return { rest: args.trim() };
  const period = parsePeriod(`${m[1]}${m[2] ?? ""}`);
  return { period, rest: (args.slice(0, m.index) + args.slice(m.index + m[0].length)).trim() };
}

/** The draft a clicked review-card button names (its subject, already checked by the engine). */
async function subjectDraft(api: DraftingApi, ctx: CommandContext): Promise<Draft | undefined> {
  const s = ctx.input.subject;
  if (s?.kind !== DRAFT_SUBJECT) return undefined;
  const period = parsePeriod(s.id);
  return period ? await api.service.get(period) : undefined;
}

async function pick(
  api: DraftingApi,
  args: string,
): Promise<{ draft?: Draft; rest: string; period?: Period }> {
  const { period, rest } = takePeriod(args);
  const draft = period ? await api.service.get(period) : await api.service.current();
  return { draft, rest, period: period ?? draft?.period };
}

/** No draft yet: said plainly, with 生成总结 offered as a button. */
export const noDraft = (year: number, period?: Period): Reply => {
  const text = `还没有${period ? periodWord({ period } as Draft) : ""}草稿。发送「生成总结」（或「生成${year}年总结」「生成总结 ${year}上半年」）开始起草。`;
  const arg = period ? ` ${period.year}${period.half ? (period.half === 1 ? "上半年" : "下半年") : ""}` : "";
  return {
    text,
    textIsCardCopy: true,
    card: {
      title: "还没有草稿",
      template: "orange",
      blocks: [text],
      buttons: [{ label: "生成总结", command: `生成总结${arg}`, style: "primary" }],
    },
  };
};

export function progressCard(p: Progress, title: string): CardModel {
  const width = 10;
  const filled = p.total > 0 ? Math.round((p.done / p.total) * width) : 0;
  return {
    title,
    template: "blue",
    blocks: [`${"■".repeat(filled)}${"□".repeat(width - filled)} ${p.done}/${p.total}`, `当前：${p.label}`],
    note: "完成后会把草稿发给您，期间可以继续使用其他功能",
  };
}

/**
 * Source updates named the way staff know them: 「李明#3」 (author and their 编号). Reads the
 * draft's material once (its period's updates), then any source outside it one by one.
 */
export async function sourceLabeler(
  service: Pick<DraftingService, "store" | "org">,
  draft: Draft,
): Promise<SourceLabel> {
  const ids = new Set(
    draft.versions.flatMap((v) =>
      v.parts.flatMap((p) => [...p.sourceIds, ...p.items.flatMap((i) => i.sourceIds)]),
    ),
  );
  const range = periodRange(draft.period);
  const byId = new Map<string, Update>();
  if (ids.size > 0)
    for (const u of await service.store.listUpdates({ from: range.from, to: range.to })) byId.set(u.id, u);
  for (const id of ids) {
    if (byId.has(id)) continue;
    const u = await service.store.getUpdate(id);
    if (u) byId.set(id, u);
  }
  return (id) => {
    const u = byId.get(id);
    if (!u) return "已删除的材料";
    const name = service.org.people.find((p) => p.id === u.author)?.name ?? u.author;
    return `${name}#${u.seq}`;
  };
}

/**
 * The whole draft (rich text in Feishu, plain text elsewhere), then the compact review card.
 * `lead` (「草稿已生成」 and its warnings) opens the text.
 */
export async function draftReplies(
  api: Pick<DraftingApi, "service">,
  d: Draft,
  lead?: string,
  warning = "",
): Promise<Reply[]> {
  const v = latestVersion(d);
  const full = fullReview(d, await sourceLabeler(api.service, d));
  const offline = v.offline ? "（离线草稿：未配置模型或模型不可用，按填报原文整理）" : "";
  const fellBack = v.parts
    .filter((p) => p.origin === "fallback")
    .map((p) => `· ${partLabel(v, p)}${p.sectionName ?? ""}：${p.fallbackReason ?? "模型未给出可用结果"}`);
  const why = fellBack.length > 0 ? `\n以下部分模型未成功，已改用离线草稿：\n${fellBack.join("\n")}` : "";
  const first = lead ? `${lead}${offline}${why}${warning}` : "";
  const rich = first
    ? { ...full.rich, lines: [[{ text: first, bold: true }], [], ...full.rich.lines] }
    : full.rich;
  return [
    { text: first ? `${first}\n\n${full.text}` : full.text, rich },
    {
      text: `${v.title} v${v.version}：可用按钮或文字命令审核。`,
      card: cardFor(api, d),
      textIsCardCopy: true,
    },
  ];
}

/** The review card, noting a version being built meanwhile. */
export function cardFor(api: Pick<DraftingApi, "service">, d: Draft) {
  return reviewCard(d, { building: api.service.buildingVersion(d.period) });
}

/** 「（v3 正在生成中，以下为 v2）」 when a generation is running for the draft's period. */
export function actingOn(api: DraftingApi, d: Draft): string {
  const n = api.service.buildingVersion(d.period);
  return n ? `（v${n} 正在生成中，以下针对 v${latestVersion(d).version}）\n` : "";
}

function guard(ctx: CommandContext): Reply | undefined {
  return isLeader(ctx.person) ? undefined : refuse;
}

async function wrap(fn: () => Promise<Reply | Reply[]>): Promise<Reply | Reply[]> {
  try {
    return await fn();
  } catch (e) {
    if (isAppError(e, "BAD_REQUEST") || isAppError(e, "NOT_FOUND") || isAppError(e, "FEISHU_API"))
      return { text: e.message };
    throw e;
  }
}

type Replies = Reply | Reply[];

/**
 * A leaders' command: staff get the refusal (as well as the engine's leadersOnly check), an open
 * which-part question is settled, and expected errors become replies (wrap).
 */
export function leaderCommand(
  names: string[],
  help: string,
  run: (ctx: CommandContext) => Replies | Promise<Replies>,
): Command {
  return {
    names,
    help,
    leadersOnly: true,
    run: (ctx) =>
      wrap(async () => {
        const refused = guard(ctx);
        if (refused) return refused;
        // Any review command settles an open which-part question; a command that must ask asks anew.
        await settlePartQuestion(ctx);
        return run(ctx);
      }),
  };
}

/** A handler on the current draft; without one, the noDraft reply. */
export function onCurrentDraft(
  api: DraftingApi,
  run: (ctx: CommandContext, draft: Draft) => Replies | Promise<Replies>,
): (ctx: CommandContext) => Replies | Promise<Replies> {
  return async (ctx) => {
    const draft = (await subjectDraft(api, ctx)) ?? (await api.service.current());
    return draft
      ? noteVersion(api, draft, await run(ctx, draft))
      : (stillBuilding(api) ?? noDraft(api.service.defaultPeriod().year));
  };
}

/** A handler on the draft of the period named in the arguments (else the current one; see pick). */
export function onPickedDraft(
  api: DraftingApi,
  run: (ctx: CommandContext, draft: Draft, rest: string) => Replies | Promise<Replies>,
): (ctx: CommandContext) => Replies | Promise<Replies> {
  return async (ctx) => {
    const { draft, rest, period } = await pick(api, ctx.args);
    const clicked = await subjectDraft(api, ctx);
    if (clicked) return noteVersion(api, clicked, await run(ctx, clicked, rest));
    return draft
      ? noteVersion(api, draft, await run(ctx, draft, rest))
      : (stillBuilding(api, period) ?? noDraft(api.service.defaultPeriod().year, period));
  };
}

/** The first draft of a period is still being generated: say so instead of 「还没有草稿」. */
function stillBuilding(api: DraftingApi, period?: Period): Reply | undefined {
  const p = period ?? api.service.buildingPeriods()[0];
  const n = p ? api.service.buildingVersion(p) : undefined;
  if (!p || !n) return undefined;
  return {
    text: `${periodWord({ period: p } as Draft)}总结草稿 v${n} 正在生成中，完成后会发给您，请稍候再试。`,
  };
}

/** The first reply says which version it acts on while a newer one is being generated. */
function noteVersion(api: DraftingApi, draft: Draft, out: Replies): Replies {
  const note = actingOn(api, draft);
  if (!note) return out;
  const list = Array.isArray(out) ? [...out] : [out];
  const first = list[0];
  if (first) list[0] = { ...first, text: `${note}${first.text}`, textIsCardCopy: false };
  return list;
}
