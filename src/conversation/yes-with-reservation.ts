import { saysYes } from "./yes-beside-talk.js";

/**
 * 「好的 等会还要核一下」「行 我再对一下数」「好 不过人数我还要跟村里对一哈」「可以 就是金额还要跟财务对一下」 on the
 * card just shown: a yes, then a check on this card still to make — the person agrees with what was read but has not
 * finished checking it. Confirming would put unchecked words into the summary, so it is the hold (a no to the card,
 * the draft kept and the reply saying so), as a wait said alone is (card-hold.ts). A check said done (核过了、对过哒)
 * is not a reservation, and what is still to do that is not about the card (晚上还要加班弄材料) stays talk beside the
 * yes (yes-beside-talk.ts).
 */

/** 不过、但是、就是、只是 in front of the reservation. */
const BUT = /^(?:不过|但是|但|就是|只是|可是|只不过)/;
/** A check still to make: 还要核一下、再对一哈、我克问哈股长、晚上我再过一遍、跟财务对一下、还要问问、再对一挂 (西宁). */
const CHECK_AHEAD =
  /(?:还|再|先|要|得|克|去|我|俺)[\u4e00-\u9fff]{0,8}?(?:核|对|问|查|过|看|审|瞅|算|数)(?:一|1)?(?:下|哈|挂|遍|次|回|问|核|对|查|看|瞅)|(?:问问|核核|对对|查查|看看|核实|核对|复核|确认一下)/u;
/** A check said done, not ahead: 核过了、对过哒、问过了、查好了. */
const CHECKED = /(?:核|对|问|查|看|过)(?:过|好|完)(?:了|哒|咯|啦|嘞|咧)?/;
/** What makes the rest more than a check: a figure, a change, a withdrawal, another draft named. */
const MORE = /\d|改成|改为|应该是|不对|错|删|撤|作废|第.{1,3}条|号/;

export function yesWithReservation(norm: string): boolean {
  if ([...norm].length > 30) return false;
  const clauses = norm.split(/[，,。；;！!～~\s]+/).filter((c) => c !== "");
  if (clauses.length < 2 || !saysYes(clauses[0]!)) return false;
  let i = 1;
  while (i < clauses.length && saysYes(clauses[i]!)) i++;
  const rest = clauses.slice(i).map((c) => c.replace(BUT, ""));
  return (
    rest.length > 0 &&
    rest.length <= 2 &&
    rest.every((c) => CHECK_AHEAD.test(c) && !CHECKED.test(c) && !MORE.test(c)) &&
    rest.some((c) => /还|再|先|等|克|去|要|得/.test(c))
  );
}
