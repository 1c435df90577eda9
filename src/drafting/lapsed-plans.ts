import type { Update } from "../domain/update.js";
import type { LapsedPlan } from "./draft-model.js";
import { isRemaining, thisYearPlans } from "./remaining-work.js";
import { sharesRun } from "./share-words.js";

/**
 * Plans for the year said before its last weeks (「下半年将在3个村建成科普画廊」 said in June, 「9月底前完成…」): by the
 * year summary they are neither next year's plan nor the year's remaining work (remaining-work.ts), and writing them
 * as done or as still under way would claim what nobody said. They were left out of the draft without a word
 * (round thirty-six). Now each one that no later report of its section takes up is listed for the reviewer
 * (〔待核实〕, on the part as `lapsed`), never written into the text: whether it was done is the reviewer's to say.
 */

/** Words every plan and report share (times, modals, verbs of doing): never what tells two of them apart. */
const FRAME =
  /\d+|[一二两三四五六七八九十百千万]+[个家所项次场期批名人户]|上半年|下半年|年底|年末|年内|月底|月末|[上中下]旬|之前|以前|前|将|要|拟|计划|准备|打算|争取|力争|确保|继续|进一步|完成|开展|组织|举办|召开|进行|推进|做好|抓好|加强|全面|工作|一次|[月日号周，,。；;、\s]/gu;

/** A later report is about the plan when the two share a run of four of the plan's own characters. */
function takenUp(plan: string, later: readonly Update[]): boolean {
  const own = plan.replace(FRAME, "|");
  return later.some((u) => sharesRun(own, u.normalizedText, 4));
}

/**
 * Trial40b (a leftover of round thirty-nine): the note tells the reviewer to write a lapsed plan in with 「改写」, and after
 * they did, the plan was still listed as left out. The ones a reviewer's own text takes up (the same run of four of
 * the plan's own characters a later report would share) are dealt with; the rest stay listed.
 */
export function stillLapsed(lapsed: readonly LapsedPlan[], written: string): LapsedPlan[] {
  return lapsed.filter((l) => !sharesRun(l.plan.replace(FRAME, "|"), written, 4));
}

/** Whether `b` was reported after `a` (a later day, or the same day and sent later). */
function after(a: Update, b: Update): boolean {
  return b.date > a.date || (b.date === a.date && b.createdAt > a.createdAt);
}

/** The section's plans for the year that neither the draft nor a later report of the section tells (see above). */
export function lapsedPlans(updates: readonly Update[], half: 1 | 2 | undefined): LapsedPlan[] {
  return updates.flatMap((u) =>
    thisYearPlans(u, half)
      .filter((p) => !isRemaining(p, u.date))
      .filter(
        (p) =>
          !takenUp(
            p,
            updates.filter((x) => x.id !== u.id && after(u, x)),
          ),
      )
      .map((plan) => ({ plan, sourceId: u.id, date: u.date })),
  );
}

/** A lapsed plan as the reviewer reads it: 「下半年将…」（6月12日填报）. */
export function lapsedWords(l: LapsedPlan): string {
  const [, m, d] = l.date.split("-").map(Number);
  return `「${l.plan}」（${m}月${d}日填报）`;
}

/** The reviewer's note on a lapsed plan: what it is, that the draft leaves it out, and what to do. */
export function lapsedNote(l: LapsedPlan): string {
  return `今年的计划${lapsedWords(l)}之后没有相应的填报，稿中未写入；请核实是否完成（完成的可补报后重新生成，或用「改写」写入）`;
}
