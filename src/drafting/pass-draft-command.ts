import type { Command } from "../conversation/types.js";
import { isLeader } from "../domain/org.js";
import { personNamed } from "../conversation/reviewer-named.js";
import { cardFor, type DraftingApi, leaderCommand, onPickedDraft } from "./command-helpers.js";
import { latestVersion } from "./draft-model.js";

/**
 * 转给 (round fifty-one, console trial): a leader hands the draft to another leader or to the office — 「发给林局长看看」
 * had been answered 「这条我没有记为填报」. The named reviewer gets the draft's review card with who sent it; the
 * sender is told whether it reached them. Staff are no reviewers (a draft combines everyone's material): said so,
 * nothing sent. Nothing about the draft changes.
 */
export function passDraftCommand(api: DraftingApi): Command {
  return leaderCommand(
    ["转给", "转送"],
    "转给 林晓梅：把草稿发给另一位局领导或办公室审阅（也可以说「发给林局长看看」）",
    onPickedDraft(api, "转给", async (ctx, draft, rest) => {
      const { org, outbox, log } = ctx.services;
      const reviewers = org.people.filter((p) => isLeader(p) && p.id !== ctx.person.id);
      const names = reviewers.map((p) => p.name).join("、");
      const who = personNamed(org, rest.replace(/(?:看看|看一下|审阅|审一下|过目)$/u, ""));
      const v = latestVersion(draft);
      if (!who)
        return {
          text: `没看出要发给谁${rest ? `（「${rest}」）` : ""}，草稿没有发出。请写明名字，如「转给 ${reviewers[0]?.name ?? "姓名"}」；可以审阅的有：${names || "（名册里没有其他局领导或办公室人员）"}。`,
        };
      if (who.id === ctx.person.id) return { text: "这份草稿就在您这里，没有另外发送。" };
      if (!isLeader(who))
        return {
          text: `${who.name}不是审阅人：草稿汇总了各科室的材料，只发给局领导和办公室（${names}），所以没有发出。需要${who.name}补充材料的话，可以「退回」时在意见里点名，我会告诉他怎么补。`,
        };
      if (!outbox) return { text: `当前没有接入消息通道，没有发给${who.name}。` };
      try {
        await outbox.sendToPerson(who.id, {
          text: `${ctx.person.name}请您审阅《${v.title}》v${v.version}。`,
          card: await cardFor(api, draft),
        });
      } catch (e) {
        log.warn("drafting: draft not passed on", { to: who.id, error: String(e) });
        return {
          text: `没有发送成功，${who.name}没有收到《${v.title}》v${v.version}，请稍后再试或另行告知。`,
        };
      }
      return { text: `已把《${v.title}》v${v.version} 发给${who.name}审阅；草稿本身没有改动。` };
    }),
  );
}
