import { sectionScores } from "../domain/section-hints.js";
import { type Org, sectionName } from "../domain/org.js";
import type { Update } from "../domain/update.js";

/**
 * 「可以」「行 就这样」「好的 确认」 typed to 「这条内容属于哪个科室？」 by someone who reports for two sections: the
 * yes of someone who took the question for the card (b13-d08, b33-d16, dlg21). No section was chosen, so nothing
 * is confirmed yet — a draft is never filed under a section the bot guessed (README). When the text points to one
 * of the person's sections more than to the other, that one is offered by name in one line; a yes (or 确认) to it
 * files the draft there and confirms it (commands/confirm.ts). When it points to neither, or to both alike, the
 * question is asked again.
 */
export function sectionToOffer(org: Org, u: Update, options: readonly string[]): string | undefined {
  const scores = sectionScores(u.normalizedText, org).filter((s) => options.includes(s.id));
  const [best, next] = scores;
  return best && (!next || best.score > next.score) ? best.id : undefined;
}

export const offerText = (org: Org, u: Update, section: string): string =>
  `#${u.seq} 还在等您选择科室，还没有确认。看内容像是「${sectionName(org, section)}」：回「是」就放在这个科室并确认；不是的话，请回序号或科室名称。`;

/** The question asked again in one line, with the choices: nothing is confirmed before a section is chosen. */
export const chooseFirstText = (org: Org, u: Update, options: readonly string[]): string =>
  `#${u.seq} 还在等您选择科室，还没有确认：请先选择科室，回序号或科室名称（${options.map((id, i) => `${i + 1}. ${sectionName(org, id)}`).join("；")}），选好后再确认。`;
