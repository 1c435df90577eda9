import { toSimplified } from "../domain/normalize.js";
import { type Extraction, extractedFields, type Update } from "../domain/update.js";
import { heldEditedReply } from "./held-draft.js";
import { setState, stampOf } from "./state.js";
import type { Incoming, Reply, Services } from "./types.js";

/**
 * 「核过了 是34人」「问清楚了 实际26户」「数清了 一共1320袋」 (dlg56; d53-p06, d55-d01, d56-d01): on a draft the person held
 * to check a figure, the check said done together with the figure found. The person has checked: the figure goes
 * into the draft at once (still a draft, still held — 「确认」 stores it), not a second preview asking 「对吗」 of
 * what was just checked. A correction without the check said (「亩数不对 是300亩」, b80–b84-d19) keeps its preview.
 */
const CHECKED_SAID =
  /^(?:我|俺|偶)?(?:都|也|已经|刚)?(?:核|对|问|查|点|数|量|称|算|核实|核对|核查|打听|清点)(?:过了|过|好了|清楚了|清了|完了|实了|准了|明白了)(?:的)?(?:[，,。\s]|$)/u;

export const checkedSaid = (typed: string): boolean => CHECKED_SAID.test(toSimplified(typed).trim());

/** Puts the checked figure into the held draft `u` (text `text`, read as `ex`) and says so; the draft stays held. */
export async function putInChecked(
  services: Services,
  input: Incoming,
  personId: string,
  u: Update,
  text: string,
  ex: Extraction,
): Promise<Reply> {
  const at = services.clock.now().toISOString();
  const saved = await services.store.modifyUpdate(u.id, (x) => ({
    ...x,
    ...extractedFields(text, ex),
    held: true,
    updatedAt: at,
    history: [
      ...x.history,
      {
        at,
        by: personId,
        action: "edited" as const,
        previousText: x.originalText,
        messageId: input.messageId,
      },
    ],
  }));
  await setState(
    services.store,
    personId,
    { mode: "confirm", updateId: u.id, held: true, aside: true },
    stampOf(services, input),
  );
  return heldEditedReply(saved);
}
