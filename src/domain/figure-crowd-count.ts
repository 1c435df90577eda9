import { bareHeadCount } from "./figure-head-count.js";
import { CLOSED_BY_ITSELF } from "./figure-parallel.js";
import { PERSON_NOUN } from "./figure-person-noun.js";

/**
 * Head counts said with no unit (round thirty-eight, fig38), besides those of figure-head-count.ts:
 *
 * - a crowd named by who they are or how they watched (现场群众、观众、游客、看直播的、在线看的), then a round or rough
 *   number closing its clause: 「现场群众六千多」「观众十八万挂零」「直播在线看的十一万」. People watching online are
 *   counted by views (人次); a crowd or tourists said bare by heads (人), as the corpus labels 「来的游客三万大几」;
 * - a rough number below a 万 typed straight before the people it counts, with no 个 or 名 between: 「来了四百多学生」
 *   (「收了八十几万社员每户分了…」 is a sum, and the people open the next clause).
 */
const CROWD_BEFORE =
  /(?:群众|观众|听众|游客|看客|围观的|观看的|看的|来看的|到场的|参观的)(?:就有|有|达|共|一共|总共|估计|大概|大约|约|差不多|将近|近)*$/;
const BY_VISITS = /直播|在线|线上|网上|云上/;
// 「现场群众六千来」「接待游客九千来」: 来 after a round number closing the clause is rough (as 多 is), no verb.
const CLOSES = /^来?(?:$|[，,。；;！!？?\s]|(?:但是?|可是|不过|就是|然后|另外)(?![的了]))/;
const PEOPLE_AFTER = new RegExp(`^${PERSON_NOUN}`);

/** The unit of a bare head count (人 or 人次), or undefined when the number counts no people. */
export function headCountUnit(
  t: string,
  cs: number,
  end: number,
  core: string,
  approx: boolean,
): "人" | "人次" | undefined {
  if (bareHeadCount(t, cs, end, core, approx)) return "人";
  const round = approx || CLOSED_BY_ITSELF.test(t.slice(cs, end)) || /[十百千万]$/.test(core);
  if (!round) return undefined;
  let a = cs;
  while (a > 0 && !/[，,。；;！!？?\n]/.test(t[a - 1] ?? "")) a--;
  const lead = t.slice(a, cs);
  if (CROWD_BEFORE.test(lead) && (CLOSES.test(t.slice(end)) || CLOSED_BY_ITSELF.test(t.slice(cs, end))))
    return BY_VISITS.test(lead) ? "人次" : "人";
  // 「来了四百多学生」: only a rough count (多、来、几) glues to its noun; 「三百学生」 is left as it was.
  const people = PEOPLE_AFTER.exec(t.slice(end));
  if (approx && !/[万亿]/.test(t.slice(cs, end)) && people && people[0].length <= 5) return "人";
  return undefined;
}
