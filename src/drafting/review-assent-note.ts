import type { PendingNote } from "../conversation/pending-notes.js";
import type { DraftingApi } from "./command-helpers.js";
import { latestVersion } from "./draft-model.js";
import { isPlaceholderDraft, periodArg, periodWord, withSubject } from "./review-view.js";

/**
 * A leader's 「行，就这样吧」「可以」「好的」 while a draft waits for review: it may mean 定稿, or
 * only that they have read it. Never taken as approval — the bot asks in one line, with the
 * buttons that would do it (again at the next 「好的」: only the button or 「定稿」 finalises). Staff,
 * or a leader with no draft in review, get ordinary small talk.
 */
export function reviewAssentNote(api: Pick<DraftingApi, "service">): PendingNote {
  return async (_services, person, state, topic) => {
    if (person.role !== "leader" || state.mode !== "idle") return undefined;
    if (topic !== "ack" && topic !== "other") return undefined;
    const building = api.service.buildingPeriods()[0];
    if (building) {
      const n = api.service.buildingVersion(building);
      return {
        text: `${periodWord({ period: building })}总结草稿${n ? ` v${n}` : ""} 还在生成中，生成后会发给您审阅；现在还不能定稿。`,
      };
    }
    const draft = await api.service.current();
    if (!draft || draft.status === "approved") return undefined;
    // Said after the leader last settled something with the bot (取消 after the check, a part
    // chosen) and nothing changed in the draft since: an acknowledgement, not a question to ask.
    if (state.at && Date.parse(state.at) >= Date.parse(draft.updatedAt)) return undefined;
    const v = latestVersion(draft);
    const key = periodArg(draft);
    if (isPlaceholderDraft(v)) return undefined;
    const text = `《${v.title}》v${v.version} 还在审核中，没有定稿。您是要定稿吗？要定稿请点「定稿」（或发送「定稿 ${key}」）；还要修改可以说「重写 （二） 意见」或「退回 意见」。`;
    return {
      text,
      textIsCardCopy: true,
      card: {
        title: "还没有定稿",
        template: "orange",
        blocks: [text],
        buttons: withSubject(draft, [
          { label: "定稿", command: `定稿 ${key}`, style: "primary" },
          { label: "查看全文", command: `查看草稿 ${key}` },
        ]),
      },
    };
  };
}
