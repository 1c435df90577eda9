import type { PendingNote } from "../conversation/pending-notes.js";
import { getState, setState } from "../conversation/state.js";
import type { Command, CommandContext, Reply } from "../conversation/types.js";
import { parsePeriod } from "../domain/period.js";
import { approvalFindings, type Finding } from "./check-before-approval.js";
import { unitCheck } from "./check-units.js";
import {
  cardFor,
  type DraftingApi,
  leaderCommand,
  onCurrentDraft,
  onPickedDraft,
  sourceLabeler,
} from "./command-helpers.js";
import { type Draft, type DraftVersion, latestVersion } from "./draft-model.js";
import { applySteps, readInstruction } from "./offline-instruction.js";
import { sendReturnNotices } from "./return-notices.js";
import { isPlaceholderDraft, periodArg, reviewLines, type SourceLabel, withSubject } from "./review-view.js";

/**
 * 定稿, 仍要定稿 and 退回. 定稿 checks first (approvalFindings) and finalises only when nothing
 * is found or on an explicit 「仍要定稿」; a draft without material is never finalised.
 * 退回 works at any time, a finalised draft included, and tells the office (admins) who sent
 * it back and why. A 定稿 held back by the check is remembered in the leader's dialogue state, so
 * a 「好的」 after it is answered with what is still needed (approvalNote), not taken as approval.
 */
export function approveCommands(api: DraftingApi): Command[] {
  const { service } = api;

  const finalise = async (ctx: CommandContext, draft: Draft, force: boolean): Promise<Reply> => {
    const v = latestVersion(draft);
    const key = periodArg(draft);
    if (draft.status === "approved")
      return {
        text: `《${v.title}》v${v.version} 已经定稿。如需修改，请先「退回 意见」。`,
        card: await cardFor(api, draft),
      };
    const building = service.buildingVersion(draft.period);
    if (building)
      return { text: `v${building} 正在生成中，请等生成完成、审核新版本后再定稿（当前为 v${v.version}）。` };
    if (isPlaceholderDraft(v))
      return {
        text: `《${v.title}》v${v.version} 没有任何已确认的填报材料，全部是占位内容，不能定稿。请先让各科室填报并确认，再「生成总结 ${key}」。`,
      };
    const findings = await checkedFindings(api, draft);
    const list = findings.map((f, i) => `${i + 1}.〔${f.kind}〕${f.text}`).join("\n");
    if (findings.length > 0 && !force) {
      await rememberCheck(ctx, { mode: "approval-check", period: key, version: v.version });
      return checkCard(draft, `${findings.length} 项需要注意，暂未定稿：\n${list}`);
    }
    const d = await service.approve(draft.period, ctx.person.id);
    await rememberCheck(ctx, { mode: "idle" });
    const known = findings.length > 0 ? `\n按您的确认定稿，以下问题仍在：\n${list}` : "";
    return {
      text: `《${v.title}》v${v.version} 已定稿。定稿版导出时不含状态标注和占位语；发送「导出 docx ${key}」获取 Word 文件。${known}`,
      card: await cardFor(api, d),
    };
  };

  const approve = leaderCommand(
    ["定稿", "/approve"],
    "定稿 [2025]：检查后定稿整篇草稿（有问题时先列出）",
    onPickedDraft(api, "定稿", (ctx, draft) => finalise(ctx, draft, false)),
  );

  const approveAnyway = leaderCommand(
    ["仍要定稿", "/approve-anyway"],
    "仍要定稿 [2025]：已知晓定稿前检查列出的问题，仍然定稿",
    onPickedDraft(api, "仍要定稿", (ctx, draft) => finalise(ctx, draft, true)),
  );

  const sendBack = leaderCommand(
    ["退回", "/return"],
    "退回 意见：退回草稿（定稿后也可以）并写明修改意见",
    onCurrentDraft(api, "退回", async (ctx, draft) => {
      const comment = ctx.args.trim();
      if (!comment)
        return { text: "请写明退回意见，如「退回 （三）目标不够具体」或「退回 计划部分目标不够具体」。" };
      const was = draft.status;
      const d = await service.returnDraft(draft.period, comment, ctx.person.id);
      const v = latestVersion(d);
      const notice = `${ctx.person.name}退回了《${v.title}》v${v.version}${was === "approved" ? "（原已定稿）" : ""}，意见：${comment}`;
      const told = await sendReturnNotices(ctx, {
        office: { text: notice, card: await cardFor(api, d) },
        leaderName: ctx.person.name,
        comment,
        title: v.title,
        version: v.version,
      });
      const reopened = was === "approved" ? "定稿已撤销，草稿重新进入审核；" : "";
      const label = await sourceLabeler(service, d).catch(() => undefined);
      return {
        text: `已退回《${v.title}》v${v.version}，${reopened}意见已记录：${comment}\n${told ? `${told}\n` : ""}修改后（重写、改写或重新生成）草稿回到审核中。\n${whatRegenerationDoes(service.llmEnabled, comment, v, label)}`,
        card: await cardFor(api, d),
      };
    }),
  );

  return [approve, approveAnyway, sendBack];
}

/** The pre-approval check's card: what was found, and how to finalise anyway or look first. */
function checkCard(draft: Draft, found: string): Reply {
  const v = latestVersion(draft);
  const key = periodArg(draft);
  const text = `《${v.title}》v${v.version} 还有 ${found}\n确认无误、仍要定稿请发送「仍要定稿 ${key}」；也可以先「待核实 ${key}」逐项处理。`;
  return {
    text,
    textIsCardCopy: true,
    card: {
      title: "定稿前检查",
      template: "orange",
      blocks: [text],
      buttons: withSubject(draft, [
        { label: "仍要定稿", command: `仍要定稿 ${key}`, style: "danger" },
        { label: "待核实", command: `待核实 ${key}` },
        { label: "查看全文", command: `查看草稿 ${key}` },
      ]),
    },
  };
}

/**
 * The leader's dialogue state after a 定稿: the held-back check, or idle once finalised (only
 * replacing idle or an earlier check — never a staff question still open). No message id: a
 * redelivered 定稿 simply runs the check again.
 */
async function rememberCheck(
  ctx: CommandContext,
  next: { mode: "approval-check"; period: string; version: number } | { mode: "idle" },
): Promise<void> {
  const { store, clock } = ctx.services;
  const now = await getState(store, ctx.person.id);
  if (now.mode !== "idle" && now.mode !== "approval-check") return;
  if (next.mode === "idle" && now.mode === "idle") return;
  await setState(store, ctx.person.id, next, { at: clock.now().toISOString() });
}

/** approvalFindings with the checks that read the draft's material (a figure's unit as reported). */
async function checkedFindings(api: Pick<DraftingApi, "service">, draft: Draft): Promise<Finding[]> {
  const material = await api.service.material(draft.period).catch(() => undefined);
  return approvalFindings(draft, material ? [unitCheck(material.all)] : []);
}

/**
 * 「好的」「收到」 after the pre-approval check: the draft is still not finalised — say so, with the
 * check's buttons; once it is finalised (here or by another leader) there is nothing to add.
 */
export function approvalNote(api: Pick<DraftingApi, "service">): PendingNote {
  return async (_services, _person, state) => {
    if (state.mode !== "approval-check") return undefined;
    const period = parsePeriod(state.period);
    const draft = period ? await api.service.get(period) : undefined;
    if (!draft || draft.status === "approved") return undefined;
    const v = latestVersion(draft);
    const findings = await checkedFindings(api, draft);
    const key = periodArg(draft);
    if (findings.length === 0 || isPlaceholderDraft(v))
      return {
        text: `《${v.title}》v${v.version} 还没有定稿。${isPlaceholderDraft(v) ? `它没有已确认的材料，不能定稿；请先让各科室填报并确认，再「生成总结 ${key}」。` : `需要定稿请发送「定稿 ${key}」。`}`,
      };
    const reply = checkCard(
      draft,
      `${findings.length} 项定稿前检查的问题，还没有定稿${v.version === state.version ? "" : `（检查后已有新版本 v${v.version}）`}。`,
    );
    return { ...reply, card: reply.card && { ...reply.card, title: "还没有定稿" } };
  };
}

/**
 * What 重新生成 will do with a 退回意见, said when it is recorded: with a model the parts it names
 * are redrafted following it; offline, the edits the offline drafter can make (tried on the
 * current text) and, plainly, the ones it cannot.
 */
function whatRegenerationDoes(
  withModel: boolean,
  comment: string,
  v: DraftVersion,
  label?: SourceLabel,
): string {
  const steps = readInstruction(comment, v);
  if (withModel) return "发送「生成总结」重新生成时，会把这条意见交给模型，按意见重写相关部分。";
  const r = applySteps(v, v.parts, steps, label);
  const lines = reviewLines({ comment, done: r.done, notDone: r.notDone }, "会");
  if (r.done.length === 0)
    return `未配置模型，离线草稿重新生成时不能按这条意见改写，所以不会变化：\n${lines}\n如需修改，请「改写 （几） 新的文字」。`;
  return `发送「生成总结」重新生成时，离线草稿会按意见修改（其余照填报原文整理）：\n${lines}`;
}
