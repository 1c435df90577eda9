import { parseDate } from "../domain/period.js";
import { planYears } from "../domain/plan-year.js";
import type { Update } from "../domain/update.js";
import { endSentence, trimEnd } from "./document-labels.js";
import type { DraftItem } from "./draft-model.js";
import { plansOf, planSentence } from "./offline-plan.js";
import { goingWritten } from "./going-written.js";
import { sharesRun } from "./share-words.js";

/**
 * The year's remaining work (trial35): a plan for the year's last weeks is neither next year's plan
 * (offline-plan.ts plansFor) nor work done — yet staff confirmed it, and it must not vanish from the leaders'
 * draft. It is still to be done when a year summary is written (in December), so a 公文 writer puts it under
 * its section as a short 「下一步，将…」 line. Which ones: a plan for this year that names the year's end
 * (年底、年末、年内、年前、元旦前、12月) whenever said, or any plan for this year said in the year's last month.
 * A plan for earlier months said months before (「下半年将…」 said in June) is not: by the summary its time has
 * passed, and writing it as under way would claim what nobody said.
 */
const YEAR_END = /年底|年末|年内|年前(?!后)|元旦前|(?<![\d一二三四五六七八九十])(?:12|十二)月/u;
/** Relative near times left in a line (下周、这两天): said as 近期 in a document read later. */
const NEAR_LEAD =
  /^(?:下周|下个?礼拜|下个?星期|这周|本周|这两天|这几天|这一两天|过(?:两|几|一两)天|明天|后天|马上|近期|近日)[，,]?/u;
/** A line that opens with its own deadline or date (「12月20日前完成…」「年底前…」). */
const WHEN_LEAD =
  /^(?:\d{4}年)?(?:\d{1,2}月(?:\d{1,2}日)?(?:[上中下]旬|初|底|中|份)?|年底|年末|年内|年前|元旦)(?:之?前)?/u;
/** A line that already says its modal (将、力争…): 将 is not said twice. */
const MODAL_LEAD = /^(?:将|力争|争取|确保|计划|拟|继续|还将|要)/u;

/**
 * The update's plans for the year it was said in (the parts of a plan for the next year left out); none for the first
 * half's draft, whose plan part takes them all.
 */
export function thisYearPlans(u: Update, half: 1 | 2 | undefined): string[] {
  const said = parseDate(u.date);
  if (half === 1 || !said) return [];
  const plans = plansOf(u);
  const years = planYears(plans, said);
  return plans.flatMap((p, i) => {
    const parts = p.split(/(?<=[，,；;])/u);
    const partYears = parts.length < 2 ? [years[i] ?? said.year] : planYears(parts, said);
    const ours = parts.filter((_, j) => (partYears[j] ?? said.year) === said.year).join("");
    const kept = ours.replace(/[，,；;]$/u, "").trim();
    return kept ? [kept] : [];
  });
}

/** Whether a plan of this year (thisYearPlans) is the year's remaining work (see above). */
export function isRemaining(plan: string, date: string): boolean {
  return Number(date.slice(5, 7)) === 12 || YEAR_END.test(plan);
}

/** The plans of an update that are this year's remaining work (see above); none for the first half's draft. */
export function remainingPlans(u: Update, half: 1 | 2 | undefined): string[] {
  return thisYearPlans(u, half).filter((p) => isRemaining(p, u.date));
}

/**
 * A remaining plan as a line of its section: 「下一步，将于12月20日前完成…」「近期，将组织…」; going to a place written 赴
 * (「近期，将赴城关镇开展…」).
 */
export function remainingLine(plan: string, date: string, context = ""): string {
  return goingWritten(leadLine(plan, date, context));
}

function leadLine(plan: string, date: string, context = ""): string {
  // 「月底前去3个村…」: the month's end said with the month it was said in (a document is read later).
  const month = Number(date.slice(5, 7));
  const t = trimEnd(planSentence(plan, date, context)).replace(
    /^(?=月(?:底|末|中|初))/u,
    month ? `${month}` : "",
  );
  if (!t) return "";
  const near = NEAR_LEAD.exec(t);
  if (near) {
    const rest = t.slice(near[0].length);
    return endSentence(`近期，${MODAL_LEAD.test(rest) ? "" : "将"}${rest}`);
  }
  if (MODAL_LEAD.test(t)) return endSentence(`下一步，${t}`);
  const when = WHEN_LEAD.exec(t);
  if (!when) return endSentence(`下一步，将${t}`);
  // 「年底之前把2处…加固做完」: the deadline, then 将 and what it moves (「年底前将2处…」), not 「将于…前把」.
  const rest = t.slice(when[0].length).replace(/^[，,]/u, "");
  const by = when[0].replace(/之前$/u, "前");
  if (/^[把将]/u.test(rest)) return endSentence(`下一步，${by}将${rest.slice(1)}`);
  return endSentence(`下一步，将于${by}${rest}`);
}

/** The section's remaining-work items, one per update, after its work items. */
export function remainingItems(updates: readonly Update[], half: 1 | 2 | undefined): DraftItem[] {
  const items: DraftItem[] = [];
  for (const u of updates) {
    const context = updates.map((x) => x.normalizedText).join("\n");
    const lines = remainingPlans(u, half)
      .map((p) => remainingLine(p, u.date, context))
      .filter((l) => l && !items.some((i) => i.text === l));
    for (const text of lines) items.push({ title: "", text, sourceIds: [u.id] });
  }
  return items;
}

/** The offline section's remaining-work lines the model's items do not already tell (a run of 8 characters shared). */
export function laterNotTold(offline: readonly DraftItem[], told: readonly DraftItem[]): DraftItem[] {
  return offline.filter(
    (i) =>
      /^(?:下一步|近期)，/u.test(i.text) &&
      !told.some((t) => sharesRun(t.text, i.text.replace(/^(?:下一步|近期)，(?:将于?)?/u, ""), 8)),
  );
}
