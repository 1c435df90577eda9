import { extractUpdate } from "../domain/extract.js";
import type { Org } from "../domain/org.js";
import { formatDate, toLocal } from "../domain/period.js";
import type { Extraction } from "../domain/update.js";
import { errorMessage } from "../errors.js";
import { reportText } from "./lead-aside.js";
import type { Services } from "./types.js";

/** Optional LLM extraction, installed by the drafting feature when a model is configured. */
export type Extractor = (text: string, org: Org) => Promise<Extraction>;

/** Understand a staff message: the model when one is installed for it, else (or on error) the rules. */
export async function extractText(services: Services, typed: string): Promise<Extraction> {
  // 「在吗 …」「… 嗯就这些」: the greeting in front and the closing word are no part of the work.
  const text = reportText(typed);
  const extractor = services.features.extractor as Extractor | undefined;
  if (extractor) {
    try {
      return await extractor(text, services.org);
    } catch (e) {
      services.log.warn("LLM extraction failed; using the offline rules", { error: errorMessage(e) });
    }
  }
  const now = toLocal(services.clock.now(), services.timezone);
  const hhmm = (n: number) => String(n).padStart(2, "0");
  return extractUpdate(text, services.org, {
    today: formatDate(now),
    time: `${hhmm(now.hour)}:${hhmm(now.minute)}`,
  });
}
