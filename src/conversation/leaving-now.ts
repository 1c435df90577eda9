import { FIGURE } from "./work-lexicon.js";

/**
 * 「走了走了 伢还在学校等我」「我先撤了哈 娃在幼儿园等着接」「先走咯 屋里头等我吃饭」: leaving now, with who or what waits —
 * a goodbye (small talk), never a report of being at a school or at home. The leaving is said first and whole (走了、先撤了、
 * 溜了溜了、下班了), then one or two short clauses of who waits or the child to fetch; no figure. Round forty-eight (b101-148).
 */
const GOING =
  /^(?:好了?|那|行)?(?:我|俺|额|那我)?(?:就|先)?(?:走|撤|溜|闪|回去|回家|下班)(?:了|咯|啦|喽|咧|嘞|哈|噻|撒|啰|囉)+(?:(?:走|撤|溜|闪)(?:了|咯|啦|喽|咧|嘞|哈)+)?$/;
const WAITS =
  /等(?:着)?(?:我|俺|额|接|去接)|(?:去|要)?接(?:伢|娃|孩子|小孩|崽|细伢|娃儿|小朋友|闺女|儿子|老人)|放学了?$|(?:娃|伢|孩子|小孩)(?:还)?没人(?:接|管)/;

export function leavingNow(norm: string): boolean {
  if (FIGURE.test(norm)) return false;
  const clauses = norm.split(/[，,。；;！!～~\s]+/).filter((c) => c !== "");
  if (clauses.length < 2 || clauses.length > 3) return false;
  const [first, ...rest] = clauses;
  return GOING.test(first!) && rest.every((c) => [...c].length <= 14 && WAITS.test(c));
}
