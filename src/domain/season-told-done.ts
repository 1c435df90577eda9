import type { ClauseKind } from "./clause-kind.js";

/**
 * 「小年支部去移民新村帮老人写对联 写了一百八十来副」「暑假带娃娃们进沙漠搞科考 分了两批」「正月十一开始在竹坑村教护笋
 * 讲了两场 来了六十几个竹农」: a stretch opened by a holiday, a season or a lunar day, cut at a space from what came of it.
 * Its head read alone has only the time, which may lie ahead; the part right after it, a verb with 了 and a count of the
 * very activity (讲了两场、写了…副、来了…人), says it has taken place — the head is that work, told done (fig54, k1, fig56).
 * A head with an intention (打算、要、准备…) or a deadline (…前) stays a plan; what came in before it (报名了二百人) is no
 * sign the activity took place.
 */
const TIME_HEAD =
  /^(?:元旦|春节|过年|小年|除夕|年三十|正月(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]?)?|腊月(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十[一二三四五六七八九]?)?|寒假|暑假|元宵|清明|五一|端午|七一|中秋|国庆|重阳|开春|春耕|夏收|秋收|三秋|农闲)/;
const INTENT =
  /计划|拟|将|准备|打算|力争|争取|要|想|马上|回头|再|(?<!之|以)前(?!后|天|几天|段)|之前|以前|底|下周|下个?月|明年|届时|到时/;
const HAPPENED =
  /^(?:[，,\s]*)(?:一共|共|总共|前后)?(?:讲|上|办|搞|开|分|写|贴|发|送|来|到|去|参加|教|培训|唱|演|放|跑|走访|慰问|种|栽|接待|组织|举办|看|查|修|清|帮)了(?:[\d一二两三四五六七八九十几百千]|小|近|快|大概|将近)/;

/** The time-led head of a sentence told done by the count of its activity right after it (merged into one clause). */
export function seasonLeadToldDone(out: { text: string; kind: ClauseKind }[]): void {
  const [head, next] = out;
  if (!head || !next || head.kind !== "plan" || next.kind !== "done") return;
  if (!TIME_HEAD.test(head.text.trim()) || INTENT.test(head.text) || /了|已/.test(head.text)) return;
  if (!HAPPENED.test(next.text)) return;
  out.splice(0, 2, { text: head.text + next.text, kind: "done" });
}
