import type { Command } from "../conversation/types.js";
import { errorMessage, isAppError } from "../errors.js";
import {
  type DraftingApi,
  draftReplies,
  leaderCommand,
  onCurrentDraft,
  onPickedDraft,
  progressCard,
} from "./command-helpers.js";
import { type Draft, latestVersion } from "./draft-model.js";
import { exportCommand } from "./export-command.js";
import { compareVersions, pendingText, periodWord, reviewCard } from "./review-view.js";
import type { Progress } from "./run-pipeline.js";

export { type DraftingApi, progressCard, takePeriod } from "./command-helpers.js";

/**
 * The leaders' text commands. Every review action is a command, and the review card's buttons
 * send the same commands. Staff are refused here as well as by the engine's leadersOnly flag:
 * a draft combines everyone's material, and staff see only their own.
 */
export function draftingCommands(api: DraftingApi): Command[] {
  const { service } = api;

  const generate = leaderCommand(
    ["生成总结", "生成草稿", "生成", "/draft"],
    "生成总结 [2025|2025上半年]：起草年度（半年）工作总结和工作计划",
    async (ctx) => {
      const period =
        service.parsePeriodArg(ctx.args) ?? (ctx.args.trim() === "" ? service.defaultPeriod() : undefined);
      if (!period)
        return {
          text: "没看懂要生成哪个时期的总结。请发送如「生成2025年总结」或「生成总结 2025上半年」。",
        };
      if (service.isBusy(period)) return { text: "该草稿正在生成中，请稍候，完成后会发给您。" };
      const label = periodWord({ period } as Draft);
      const mode = service.llmEnabled ? "" : "（未配置模型，将生成离线草稿）";
      const outbox = ctx.services.outbox;
      if (!outbox) {
        const d = await service.generate(period, ctx.person.id);
        return draftReplies(d, `${label}总结草稿已生成。`);
      }
      const key = `draft-progress:${ctx.person.id}:${period.year}${period.half ?? ""}`;
      const title = `正在生成${label}总结草稿`;
      let lastPush = 0;
      const push = (p: Progress) => {
        const now = Date.now();
        if (p.done !== p.total && now - lastPush < 1500) return;
        lastPush = now;
        outbox
          .sendToPerson(
            ctx.person.id,
            { text: `${title} ${p.done}/${p.total}`, card: progressCard(p, title) },
            { updateKey: key },
          )
          .catch(() => {});
      };
      const job = service
        .generate(period, ctx.person.id, { onProgress: push })
        .then(async (d) => {
          for (const r of draftReplies(d, `${label}总结草稿已生成。`))
            await outbox.sendToPerson(ctx.person.id, r);
        })
        .catch(async (e) => {
          ctx.services.log.error("draft generation failed", { error: errorMessage(e) });
          await outbox.sendToPerson(ctx.person.id, {
            text: `生成失败：${isAppError(e) ? e.message : "内部错误"}。请稍后重试。`,
          });
        });
      api.track(job);
      return { text: `已开始生成${label}总结草稿${mode}，进度会在这里更新，完成后把草稿发给您。` };
    },
  );

  const view = leaderCommand(
    ["查看草稿", "草稿", "/review"],
    "查看草稿 [2025]：查看最新草稿（含来源和待核实标记）",
    onPickedDraft(api, (_ctx, draft) => draftReplies(draft)),
  );

  const rewrite = leaderCommand(
    ["重写", "/rewrite"],
    "重写 （二） 意见：只重写草稿的一个部分（开头、（一）…、问题、计划），其余不变",
    onCurrentDraft(api, async (ctx, draft) => {
      if (!ctx.args.trim())
        return { text: "请写明要重写哪一部分和修改意见，如「重写 （二） 再精炼些，突出成果转化」。" };
      const { draft: d, part } = await service.rewrite(draft.period, ctx.args, ctx.person.id);
      const note =
        part.origin === "fallback" ? `（模型未成功，已用离线草稿代替：${part.fallbackReason ?? ""}）` : "";
      return draftReplies(
        d,
        `已重写${part.sectionName ? `「${part.sectionName}」` : "该部分"}${note}，其余部分未改动。`,
      );
    }),
  );

  const status = (
    names: string[],
    st: "locked" | "approved" | "draft",
    word: string,
    help: string,
  ): Command =>
    leaderCommand(
      names,
      help,
      onCurrentDraft(api, async (ctx, draft) => {
        const { draft: d, part } = await service.setPartStatus(draft.period, ctx.args, st, ctx.person.id);
        return { text: `已${word}：${part.sectionName ?? part.key}`, card: reviewCard(d) };
      }),
    );

  const approve = leaderCommand(
    ["定稿", "/approve"],
    "定稿：审核通过整篇草稿",
    onPickedDraft(api, async (ctx, draft) => {
      const d = await service.approve(draft.period, ctx.person.id);
      const v = latestVersion(d);
      const check = pendingText(d).includes("〔")
        ? "\n注意：仍有待核实的内容，导出后请人工补充「×」处。"
        : "";
      return {
        text: `《${v.title}》v${v.version} 已定稿。发送「导出 docx」获取 Word 文件。${check}`,
        card: reviewCard(d),
      };
    }),
  );

  const sendBack = leaderCommand(
    ["退回", "/return"],
    "退回 意见：退回草稿并写明修改意见",
    onCurrentDraft(api, async (ctx, draft) => {
      if (!ctx.args.trim()) return { text: "请写明退回意见，如「退回 第三部分目标不够具体」。" };
      const d = await service.returnDraft(draft.period, ctx.args.trim(), ctx.person.id);
      const outbox = ctx.services.outbox;
      if (outbox) {
        for (const p of ctx.services.org.people.filter((x) => x.role === "admin" && x.id !== ctx.person.id)) {
          await outbox
            .sendToPerson(p.id, {
              text: `${ctx.person.name}退回了《${latestVersion(d).title}》，意见：${ctx.args.trim()}`,
              card: reviewCard(d),
            })
            .catch(() => {});
        }
      }
      return { text: `已退回，意见已记录：${ctx.args.trim()}`, card: reviewCard(d) };
    }),
  );

  const compare = leaderCommand(
    ["对比", "/diff"],
    "对比 v1 v2：比较两个版本的草稿",
    onCurrentDraft(api, (ctx, draft) => {
      const nums = [...ctx.args.matchAll(/\d+/g)].map((m) => Number(m[0]));
      const last = latestVersion(draft).version;
      const [a, b] = nums.length >= 2 ? nums : [last - 1, last];
      if (!a || !b || a < 1) return { text: "目前只有一个版本，没有可对比的内容。" };
      return { text: compareVersions(draft, a, b) };
    }),
  );

  const pending = leaderCommand(
    ["待核实", "/check"],
    "待核实：列出需要核对的数字和没有材料的部分",
    onPickedDraft(api, (_ctx, draft) => ({ text: pendingText(draft) })),
  );

  return [
    generate,
    view,
    rewrite,
    status(["锁定", "/lock"], "locked", "锁定", "锁定 （二）：锁定一个部分，重新生成时保持不变"),
    status(["解锁", "/unlock"], "draft", "解锁", "解锁 （二）：解除锁定或通过"),
    status(["通过", "/pass"], "approved", "通过", "通过 （二）：审核通过一个部分"),
    approve,
    sendBack,
    compare,
    pending,
    exportCommand(api),
  ];
}
