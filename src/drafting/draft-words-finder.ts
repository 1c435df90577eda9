import type { DraftingService } from "./drafting-service-types.js";
import { latestVersion } from "./draft-model.js";
import { partLabel } from "./resolve-part.js";

/**
 * lead47: which parts of the draft in review say some words — for a leader's 「科普画廊不要了」 typed without 「重写」, which the
 * conversation reads as withdrawing an update (src/conversation/draft-removal-offer.ts). Only a draft still in review
 * (not approved) is looked at; the labels are those the review commands take (（三）、开头、问题、计划).
 */
export type DraftWordsFinder = (words: string) => Promise<DraftWordsFound[]>;

/** draft48: a part that says the words, and its sentences (up to 。；) that say them — shown before anything is removed. */
export interface DraftWordsFound {
  label: string;
  sentences: string[];
}

export function draftWordsFinder(service: Pick<DraftingService, "current">): DraftWordsFinder {
  return async (words) => {
    const d = await service.current();
    if (!d || d.status === "approved" || words.length < 2) return [];
    const v = latestVersion(d);
    return v.parts
      .map((p) => ({
        label: partLabel(v, p),
        sentences: [...p.paragraphs, ...p.items.map((i) => `${i.title}${i.text}`)]
          .flatMap((t) => t.split(/(?<=[。；])/u))
          .filter((t) => t.includes(words)),
      }))
      .filter((f) => f.sentences.length > 0);
  };
}

/** dlg52: a part of the draft in review and its numbered items, for a leader's 「删掉第2条」 (draft-item-asked.ts). */
export interface DraftPartItems {
  label: string;
  items: string[];
}
export type DraftItemsFinder = () => Promise<DraftPartItems[] | undefined>;

/** The parts of the draft still in review with their items; undefined when no draft is in review. */
export function draftItemsFinder(service: Pick<DraftingService, "current">): DraftItemsFinder {
  return async () => {
    const d = await service.current();
    if (!d || d.status === "approved") return undefined;
    const v = latestVersion(d);
    return v.parts.map((p) => ({ label: partLabel(v, p), items: p.items.map((i) => `${i.title}${i.text}`) }));
  };
}
