import type { CancelNote } from "../conversation/pending-notes.js";
import type { DraftingApi } from "./command-helpers.js";
import { periodWord } from "./review-view.js";

/**
 * 「算了 先不弄了」「取消」 from a leader while a draft is being generated and nothing else is open: it got
 * 「当前没有进行中的操作」, which was not true. A generation once started runs to its end (it is not stopped
 * halfway); said so, and what becomes of the draft — it waits in review, nothing is approved or changed.
 */
export function generationCancelNote(api: Pick<DraftingApi, "service">): CancelNote {
  return async (_services, person, state) => {
    if (person.role !== "leader" || state.mode !== "idle") return undefined;
    const building = api.service.buildingPeriods()[0];
    if (!building) return undefined;
    const n = api.service.buildingVersion(building);
    return {
      text:
        `${periodWord({ period: building })}总结草稿${n ? ` v${n}` : ""} 已经在生成，中途停不下来，生成好后会发给您。` +
        "不需要的话不用理会：草稿只是保持审核中，不会定稿，也不会改动已有的版本。",
    };
  };
}
