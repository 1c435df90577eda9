import { normalizeText } from "../domain/normalize.js";
import { type Org, type Person, sectionName } from "../domain/org.js";
import { sectionScores } from "../domain/section-hints.js";
import type { Update } from "../domain/update.js";
import { cardReply, understoodBlocks, updateSubject } from "./render-update.js";

/**
 * 「高企申报今年过了9家」 from 孙磊, whose one section is 科技特派员: the report plainly names another section's work
 * and nothing of his own. It is not filed under his section unasked: the card asks in one line whether it goes to
 * that section, with a button for each (section-elsewhere answers: a button, the name, 1/2, 是, 我这边).
 *
 * Asked only of staff with one section (someone with two is asked which of them already); never of a leader or the
 * office (办公室 and 综合 report for the whole bureau). "Plainly": the other section is named by its name, an alias or a
 * long keyword (高新技术企业, 科技活动周), or by two of its keywords, ahead of any other section; the person's own
 * section is not named at all (their own work, or mixed, is filed as before).
 */
const WHOLE_BUREAU = /办公室|综合/;

/** A keyword this long names the work by itself (高新技术企业、技术合同、主题党日); shorter ones are common words. */
const LONG_KEYWORD = 4;

export function sectionElsewhere(org: Org, person: Person, text: string): string | undefined {
  if (person.role !== "staff" || person.sections.length !== 1) return undefined;
  const own = org.sections.find((s) => s.id === person.sections[0]);
  if (!own || [own.name, ...own.aliases].some((w) => WHOLE_BUREAU.test(w))) return undefined;
  const t = normalizeText(text);
  const scores = sectionScores(t, org);
  if (scores.length === 0 || scores.some((s) => s.id === own.id)) return undefined;
  const [best, next] = scores;
  const named = (id: string) => {
    const s = org.sections.find((x) => x.id === id)!;
    const keywords = s.keywords.filter((k) => t.includes(k));
    return (
      [s.name, ...s.aliases].some((w) => w.length >= 2 && t.includes(w)) ||
      keywords.some((k) => [...k].length >= LONG_KEYWORD) ||
      keywords.length >= 2
    );
  };
  // Two other sections alike (高企 and 专利 in one line): unclear which, so nothing is asked.
  if (!best || (next && (next.score >= best.score || named(next.id)))) return undefined;
  return named(best.id) ? best.id : undefined;
}

/** The choices, the person's own section first (button 1), then the one the text names. */
export const elsewhereOptions = (own: string, other: string): string[] => [own, other];

/** The card: what was understood, one line asking, a button for each section. */
export function elsewhereCard(org: Org, u: Update, own: string, other: string) {
  const ownName = sectionName(org, own);
  const otherName = sectionName(org, other);
  return cardReply({
    title: `请确认填报内容（#${u.seq}）：记在哪个科室？`,
    template: "orange",
    blocks: [
      ...understoodBlocks(org, u, "科室待选"),
      `看内容是「${otherName}」的工作，您在名册里是「${ownName}」：这条记到「${otherName}」，还是记在您这边？`,
    ],
    buttons: elsewhereOptions(own, other).map((id) => ({
      label: id === own ? `记在我这边（${ownName}）` : `记到「${otherName}」`,
      command: `科室 ${sectionName(org, id)}`,
      subject: updateSubject(u),
    })),
    note: `回「是」就记到「${otherName}」并确认；回「我这边」或「1」记在「${ownName}」，选好后再确认。`,
  });
}
