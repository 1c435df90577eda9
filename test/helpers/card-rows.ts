import { readFileSync } from "node:fs";
import { extractUpdate } from "../../src/domain/extract.js";
import { parseOrg } from "../../src/domain/org.js";
import { figureTopics } from "../../src/conversation/card-label-topic.js";
import { cardFigure } from "../../src/conversation/render-update.js";

const org = parseOrg(
  JSON.parse(readFileSync(new URL("../../data/org.example.json", import.meta.url), "utf8")),
);

/** The figure rows of the confirm card for one message, as understoodBlocks shows them (topics joined). */
export function cardRows(text: string, date = "2026-12-05"): string[] {
  const x = extractUpdate(text, org, { today: date });
  const topics = figureTopics(x.items, x.figures, x.plans);
  return x.figures.map((f, i) => cardFigure(f, date, topics[i]));
}

/** Spoken words a card row should not show (draft51: the 钦州 set's particles, 又/一场, 这块). */
export const SPOKEN_ON_CARD = /[咗嘅佢睇啲]|搞掂|^又|又在|一场|这块|那块|呢块|[了哒]\s/u;

/** A row reads as written when it has every word that says what is counted and no spoken word. */
export const cardReads = (rows: string[], words: string[]): boolean =>
  rows.length > 0 &&
  rows.every((r) => !SPOKEN_ON_CARD.test(r)) &&
  words.every((w) => rows.some((r) => r.includes(w)));
