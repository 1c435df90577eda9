import type { CardButton, Command } from "../conversation/types.js";
import { cardFor, type DraftingApi, leaderCommand, onCurrentDraft } from "./command-helpers.js";
import { type DraftVersion, latestVersion } from "./draft-model.js";
import { partBody } from "./edit-part.js";
import { partName } from "./resolve-part.js";
import { stepWords } from "./undo-step.js";

/** The button under a reply to an edit that made a new version: one tap puts the text before it back. */
export const UNDO_BUTTON: CardButton = { label: "撤销上一步", command: "撤销上一步" };

/** The parts whose text differs between two versions, by name (「（三）科普宣传科、开头」). */
function changedParts(from: DraftVersion, to: DraftVersion): string[] {
  return to.parts
    .filter((p) => {
      const was = from.parts.find((q) => q.key === p.key);
      return !was || partBody(was) !== partBody(p);
    })
    .map((p) => partName(to, p));
}

/**
 * 撤销上一步 / 恢复上一版 (draft49): after a leader deleted a sentence or rewrote a part, the text before that step comes
 * back exactly, as a new version (nothing earlier is lost: 对比 still shows every version). The reply names the step
 * undone, the version restored and the parts that changed back; with nothing to undo it says so and saves nothing.
 * Staff typing the same words mean their own update (「撤销上一步」 = 撤回), so the words are read on for them.
 */
export function undoCommand(api: DraftingApi): Command {
  const cmd = leaderCommand(
    ["撤销上一步", "恢复上一版", "撤销修改", "/undo"],
    "撤销上一步（或「恢复上一版」）：撤销对草稿的上一次修改（删句、重写、改写），恢复到修改前那一版的文字",
    onCurrentDraft(api, "撤销上一步", async (ctx, draft) => {
      const res = await api.service.undoLast(draft.period, ctx.person.id);
      const v = latestVersion(res.draft);
      if (!res.step || !res.previous) {
        const showing = v.restoredFrom ? `现在的文字就是 v1（v${v.version} 是恢复的 v1）` : "现在就是 v1";
        return {
          text: `没有可以撤销的：《${v.title}》${showing}，也就是生成时的稿子，之前没有更早的版本。草稿没有改动。`,
        };
      }
      const { undone, restored } = res.step;
      const parts = changedParts(res.previous, v);
      const which =
        parts.length > 0 ? `恢复的部分：${parts.join("、")}；其余部分未改动。` : "各部分文字与撤销前相同。";
      return {
        text: `已撤销上一步「${stepWords(undone)}」，恢复为 v${restored.version} 的文字（新版本 v${v.version}，与 v${restored.version} 完全相同）。${which}\n需要再往前退可以再发「撤销上一步」；发送「对比」查看改动。`,
        card: await cardFor(api, res.draft),
      };
    }),
  );
  return { ...cmd, staffReadsOn: true };
}
