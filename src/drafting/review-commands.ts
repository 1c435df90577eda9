import { blanksAnswer } from "./blanks-explained.js";
import { unitNotes } from "./check-units.js";
import type { Command, CommandContext, Reply } from "../conversation/types.js";
import { type Period, periodYearProblem, toLocal } from "../domain/period.js";
import { asksOnlyWhetherDraft } from "../conversation/draft-whether.js";
import { errorMessage, isAppError } from "../errors.js";
import { approveCommands } from "./approve-commands.js";
import { passDraftCommand } from "./pass-draft-command.js";
import { askWhichPart } from "./ask-part.js";
import {
  cardFor,
  type DraftingApi,
  draftInFront,
  draftReplies,
  leaderCommand,
  onCurrentDraft,
  onPickedDraft,
  periodQuestion,
  progressCard,
  sourceLabeler,
  takePeriod,
  todayOf,
} from "./command-helpers.js";
import { compareVersions } from "./compare-versions.js";
import { noteFocus } from "./draft-focus.js";
import { type Draft, latestVersion } from "./draft-model.js";
import { editCommands } from "./edit-commands.js";
import { figureSourceText } from "./figure-source.js";
import { exportCommand } from "./export-command.js";
import { resolvePart, withSectionName } from "./resolve-part.js";
import { partCard, partText, pendingText, periodWord } from "./review-view.js";
import type { Progress } from "./run-pipeline.js";

export { type DraftingApi, progressCard, takePeriod } from "./command-helpers.js";

/** A generation asked for again (重新生成、再出一版、重来一版): of the draft in front, not a new period. */
/** The command typed as such (查看草稿、草稿、/review): a look asked for, nothing to be written. */
/** 查看草稿's figure question: 「数字 86万」 after the part, if any. */
const FIGURE_ASKED = /(?:^|\s)数字\s+(\S.*)$/u;
const LITERAL_VIEW = /^\s*(?:查看草稿|草稿|\/review)(?:\s|$)/;

const AGAIN = /重新|再(?:出|生成|起草|弄|搞|来|写)|重来|重出|新一版|重做/;

/**
 * The leaders' text commands. Every review action is a command, and the review card's buttons
 * and drop-down send the same commands. Staff are refused here as well as by the engine's
 * leadersOnly flag: a draft combines everyone's material, and staff see only their own.
 */
export function draftingCommands(api: DraftingApi): Command[] {
  const { service } = api;

  const generate = leaderCommand(
    ["生成总结", "生成草稿", "重新生成", "生成", "/draft"],
    "生成总结 [2025|2025上半年]：起草年度（半年）工作总结和工作计划",
    async (ctx) => {
      // 「生成总结 今年上半年」「生成总结 去年」: the period said in words, on the message's date; a
      // quarter, a month or 「半年」 alone is asked about, never widened to the whole year.
      const said = takePeriod(ctx.args, todayOf(ctx));
      if (said.unclear) return periodQuestion(said.unclear, "生成总结");
      let period = said.period ?? service.parsePeriodArg(ctx.args);
      if (!period && ctx.args.trim() === "") {
        // 「重新生成」「再出一版」: the draft in front of the leader again, not the default year's.
        const front = AGAIN.test(ctx.input.text ?? "") ? await draftInFront(api, ctx, "生成总结", "") : {};
        if (front.ask) return front.ask;
        period = front.draft?.period ?? front.building ?? service.defaultPeriod();
      }
      if (!period)
        return {
          text: `没看懂要生成哪个时期的总结。请发送如「生成${service.defaultPeriod().year}年总结」或「生成总结 ${service.defaultPeriod().year}上半年」。`,
        };
      const thisYear = toLocal(ctx.services.clock.now(), ctx.services.timezone).year;
      const outOfRange = periodYearProblem(period, thisYear);
      if (outOfRange) return { text: outOfRange };
      return startGeneration(api, ctx, period);
    },
  );

  const view = leaderCommand(
    ["查看草稿", "草稿", "/review"],
    "查看草稿 [2025] [（三）]：查看最新草稿（含来源和待核实标记），或只看其中一个部分",
    onPickedDraft(
      api,
      "查看草稿",
      async (ctx, draft, said) => {
        if (!said) return draftReplies(api, draft);
        const v = latestVersion(draft);
        // 「稿子里的86万是哪来的」 (查看草稿 [part] 数字 86万): where the figure stands and who reported it.
        const asked = FIGURE_ASKED.exec(said);
        if (asked) {
          const inPart = said.slice(0, asked.index).trim();
          const r = inPart ? resolvePart(v, withSectionName(inPart, ctx.services.org.sections)) : undefined;
          const label = await sourceLabeler(service, draft);
          return { text: figureSourceText(v, asked[1] as string, label, r?.part) };
        }
        const rest = withSectionName(said, ctx.services.org.sections);
        const r = resolvePart(v, rest);
        if (r.ambiguous) return askWhichPart(ctx, `查看草稿 ${draft.id}`, draft, r.ambiguous, "");
        // 「成绩那部分」「工作成效那块」 (查看草稿 一、): 一、 is every section's part — the draft is shown whole.
        if (!r.part && /^一\s*[、．.]/.test(rest.trim()))
          return draftReplies(api, draft, `「一、」包含各科室的部分，下面是全文。`);
        if (!r.part)
          return { text: `没有找到「${said}」这一部分。${r.hint ?? ""}发送「查看草稿」查看全文。` };
        const label = await sourceLabeler(service, draft);
        return {
          text: partText(draft, r.part, label),
          card: partCard(draft, r.part, label),
          textIsCardCopy: true,
        };
      },
      draftAskedForWhenNone,
    ),
  );

  /**
   * No draft yet and the leader asked for it in their own words (稿子呢、先出一版我看看): the
   * request is clear, so drafting starts and the reply says which period. A bare question
   * (有稿子了吗), a part asked for, the typed command 查看草稿 or a click keeps the honest 「还没有草稿」 and its button.
   */
  async function draftAskedForWhenNone(
    ctx: CommandContext,
    said: Period | undefined,
    part: string,
  ): Promise<Reply[] | undefined> {
    const text = ctx.input.text ?? "";
    // A part asked for (看看第二部分) is a look at what is written: told there is nothing yet.
    if (part || ctx.input.fromButton || LITERAL_VIEW.test(text) || asksOnlyWhetherDraft(text))
      return undefined;
    const period = said ?? service.defaultPeriod();
    const thisYear = toLocal(ctx.services.clock.now(), ctx.services.timezone).year;
    if (periodYearProblem(period, thisYear)) return undefined;
    return startGeneration(api, ctx, period, `还没有${periodWord({ period })}草稿，这就为您起草。`);
  }

  const compare = leaderCommand(
    ["对比", "/diff"],
    "对比 v1 v2：比较两个版本，标出各部分内新增和删除的文字",
    onCurrentDraft(api, "对比", (ctx, draft) => {
      const nums = [...ctx.args.matchAll(/\d+/g)].map((m) => Number(m[0]));
      const last = latestVersion(draft).version;
      const [a, b] = nums.length >= 2 ? nums : nums.length === 1 ? [nums[0], last] : [last - 1, last];
      if (!a || !b || a < 1) return { text: "目前只有一个版本，没有可对比的内容。" };
      return { text: compareVersions(draft, a, b) };
    }),
  );

  const pending = leaderCommand(
    ["待核实", "/check"],
    "待核实：列出需要核对的数字和没有材料的部分",
    onPickedDraft(api, "待核实", async (_ctx, draft, rest) => ({
      // 「这个×是啥」 (figure-question.ts): only the 「×」, each said where it stands and who can fill it in.
      text:
        rest.trim() === "×"
          ? blanksAnswer(draft, await sourceLabeler(service, draft))
          : pendingText(draft, await sourceLabeler(service, draft), await unitNotes(service, draft)),
    })),
  );

  return [
    generate,
    view,
    ...editCommands(api),
    ...approveCommands(api),
    passDraftCommand(api),
    compare,
    pending,
    exportCommand(api),
  ];
}

/**
 * 生成总结: one clear answer on a finalised draft (no failure later), a warning when the period
 * has no material, and — with an outbox — the acknowledgement pushed before any progress card,
 * then the draft when it is ready.
 */
/** `lead` opens the acknowledgement (why drafting starts, when it was not asked for by name). */
async function startGeneration(
  api: DraftingApi,
  ctx: CommandContext,
  period: Period,
  lead = "",
): Promise<Reply[]> {
  const { service } = api;
  // The draft asked for is the one in front of the leader from now on, even while it is written.
  await noteFocus(ctx.services.store, ctx.person.id, period, ctx.services.clock.now());
  const label = periodWord({ period });
  const existing = await service.get(period);
  if (existing?.status === "approved") {
    const v = latestVersion(existing);
    return [
      {
        text: `《${v.title}》v${v.version} 已定稿；如需重新生成请先退回（发送「退回 意见」）。`,
        card: await cardFor(api, existing),
      },
    ];
  }
  const building = service.buildingVersion(period);
  if (building || service.isBusy(period))
    return [
      { text: `${label}总结草稿${building ? ` v${building}` : ""} 正在生成中，请稍候，完成后会发给您。` },
    ];
  const empty = (await service.material(period)).all.length === 0;
  const warning = empty
    ? `\n注意：${label}还没有已确认的填报材料，草稿将全部是占位内容，不能定稿。请先请各科室填报并确认。`
    : "";
  const next = (existing ? latestVersion(existing).version : 0) + 1;
  const done = (d: Draft, first = "") =>
    draftReplies(api, d, `${first}${label}总结草稿 v${latestVersion(d).version} 已生成。${warning}`);
  const outbox = ctx.services.outbox;
  if (!outbox) return done(await service.generate(period, ctx.person.id), lead);

  const mode = service.llmEnabled ? "" : "（未配置模型，将生成离线草稿）";
  const ackFor = (n: number): Reply => ({
    text: `${lead}已开始生成${label}总结草稿 v${n}${mode}，进度会在这里更新，完成后把草稿发给您。${warning}`,
  });
  // The answer waits until the generation holds the draft: a generation already running (in this
  // process or another replica) is told as such, never acknowledged as started.
  let answered!: (r: Reply[]) => void;
  const answer = new Promise<Reply[]>((r) => (answered = r));
  let started = false;
  const key = `draft-progress:${ctx.person.id}:${period.year}${period.half ?? ""}`;
  let title = `正在生成${label}总结草稿 v${next}`;
  let lastPush = 0;
  const push = (p: Progress) => {
    const now = Date.now();
    if (p.done !== p.total && now - lastPush < 1500) return;
    lastPush = now;
    outbox
      .sendToPerson(
        ctx.person.id,
        { text: `${title} ${p.done}/${p.total}`, card: progressCard(p, title), textIsCardCopy: true },
        { updateKey: key },
      )
      .catch(() => {});
  };
  const onStart = async (n: number) => {
    started = true;
    title = `正在生成${label}总结草稿 v${n}`;
    // The acknowledgement goes first, through the same outbox as the progress cards, so it cannot
    // arrive after them; if it cannot be pushed it becomes the reply instead.
    const ack = ackFor(n);
    const acked = await outbox.sendToPerson(ctx.person.id, ack).then(
      () => true,
      () => false,
    );
    answered(acked ? [] : [ack]);
  };
  const job = service
    .generate(period, ctx.person.id, { onProgress: push, onStart })
    .then(async (d) => {
      for (const r of await done(d)) await outbox.sendToPerson(ctx.person.id, r);
    })
    .catch(async (e) => {
      if (isAppError(e, "BAD_REQUEST")) {
        if (!started) return answered([{ text: e.message }]);
        await outbox.sendToPerson(ctx.person.id, { text: e.message }).catch(() => {});
        return;
      }
      ctx.services.log.error("draft generation failed", { error: errorMessage(e) });
      const text = `生成失败：${isAppError(e) ? e.message : "内部错误"}。请稍后重试。`;
      if (!started) return answered([{ text }]);
      await outbox.sendToPerson(ctx.person.id, { text }).catch(() => {});
    });
  api.track(job);
  return answer;
}
