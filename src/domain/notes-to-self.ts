/**
 * Notes staff leave themselves inside a report: 「（这个数我再问下财务）」「具体名称待核」「具体多少我明天
 * 再核对下」「名单我回头再整理一下发给办公室」「回头再核一下」. They say the author will check something;
 * they are neither work, nor a problem, nor a plan, and never belong in the leaders' draft. The card
 * shows them apart (备注), the draft leaves them out, and the figure they are about stays as said.
 *
 * A note is a short clause with no figure of its own that (a) sits in brackets and says it will be
 * checked or asked, or (b) names what is to be checked (这个数、具体多少、名称、名单) or who will do it
 * (我、回头、明天) and ends in a checking verb (核、核实、核对、对一下、问问、确认、整理、补). A plan with
 * work in it (「下一步再核查3家企业」「明天再去企业走访」) is no note.
 */

/** The checking verbs a note ends in, with what may follow them (一下、清楚、再报…). */
const CHECK =
  "(?:核实|核对|核准|核|对一下|对下|对一对|问问|问一下|问下|问|确认|整理|补上|补|算|查一下|查下|落实)(?![查算验收])(?:一下|下|一遍|清楚|好|准)?(?:再报|再发|再补|再说|报上来|发(?:给|你)[\\u4e00-\\u9fff]{0,6}|告诉[\\u4e00-\\u9fff]{0,4})?";
/** What a note is about: the figure, a name, a list — or nothing (「回头再核一下」). */
const ABOUT =
  "(?:具体)?(?:的)?(?:这个|那个|这些)?(?:数|数字|数据|金额|人数|多少|几个|几家|名称|名字|单位名称|名单|材料|情况)?";
/** Who and when: 我、我们、回头、明天、下周、过两天、晚点. */
const WHO_WHEN =
  "(?:我|我们|俺)?(?:回头|明天|明儿|下周|过两天|晚点|晚些|改天|之后|稍后|后面|到时候)?(?:我|我们)?(?:再|还要|还得|要|得)?";
/** With whom: 跟财务、和企业、问问企业. */
const WITH = "(?:跟|和|找|向)?[\\u4e00-\\u9fff]{0,5}?";

/** What is checked, or with whom, said after the verb: 回头再核一下名称、这个数我再问下财务. */
const AFTER = "(?:名称|名字|名单|数字|数据|金额|人数|材料|情况|财务|会计|企业|村里|他们|对方)?";

const NOTE = new RegExp(`^${ABOUT}${WHO_WHEN}${WITH}${CHECK}${AFTER}(?:呢|哈|吧|啊)?$`, "u");
/** 「具体名称待核」「名单待确认」: what is to be checked, then 待核. */
const PENDING = new RegExp(`^${ABOUT}(?:还)?(?:待核实?|待核对|待确认|待查)(?:呢|哈|吧)?$`, "u");
/** A figure in the clause: then it says work (「再核查3家企业」), not a note. */
const FIGURE = /\d|[一二两三四五六七八九十百千万]+(?:个|家|项|名|人|次|场|万|元|件|所|户)/u;
/** A bracketed aside: 「（这个数我再问下财务）」. */
const BRACKETED = /[（(]([^（）()]{2,30})[)）]/gu;

const EMOJI = /\p{Extended_Pictographic}|\u{FE0F}|\u{200D}/gu;

/** Whether a clause (between commas) is only a note to self (see module comment). */
export function isNoteToSelf(clause: string): boolean {
  const t = clause
    .replace(EMOJI, "")
    .replace(/^[\s，,、。；;]+|[\s，,、。；;！!]+$/gu, "")
    .replace(/^(?:不过|但是?|另外|然后|还有)/u, "");
  if (t.length < 2 || t.length > 24 || FIGURE.test(t)) return false;
  // Something must be checked, and the clause must name it or the one who will check.
  if (PENDING.test(t)) return /具体|名称|名字|名单|数|多少|材料|情况/u.test(t);
  if (!NOTE.test(t)) return false;
  return /我|回头|明天|明儿|下周|过两天|晚点|晚些|改天|之后|稍后|到时候|具体|这个|那个|名称|名字|名单|数/u.test(
    t,
  );
}

/** A bracketed aside that is a note (「（这个数我再问下财务）」), not a gloss (「（含2家省级）」). */
function noteInBrackets(inner: string): boolean {
  return !FIGURE.test(inner) && /再|待核|核实|核对|问下|问问|确认/u.test(inner);
}

/** The notes a text holds, as written (for the card's 备注), in order. */
export function notesToSelf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(BRACKETED)) if (noteInBrackets(m[1] as string)) out.push(m[1] as string);
  const rest = text.replace(BRACKETED, (all, inner: string) => (noteInBrackets(inner) ? "，" : all));
  for (const c of rest.split(CLAUSE_EDGE)) if (isNoteToSelf(c)) out.push(c.trim());
  return out;
}

/** Where clauses meet: a stop or comma, or the space chat puts there. */
const CLAUSE_EDGE = /[，,；;。！？!?\n]|(?<=[\u4e00-\u9fff\d%])[ \t\u3000]+(?=[\u4e00-\u9fff])/u;

/**
 * A text without its notes to self: bracketed notes go, a clause that is a note goes with the
 * separator before it (「新建院士工作站1个，具体名称待核」 → 「新建院士工作站1个」).
 */
export function withoutNotes(text: string): string {
  const unbracketed = text.replace(BRACKETED, (all, inner: string) => (noteInBrackets(inner) ? "" : all));
  const pieces = unbracketed.split(new RegExp(`(${CLAUSE_EDGE.source})`, "u"));
  let out = "";
  for (let i = 0; i < pieces.length; i += 2) {
    const clause = pieces[i] ?? "";
    const sep = i > 0 ? (pieces[i - 1] ?? "") : "";
    if (isNoteToSelf(clause)) {
      // A stop after the note closes the clause before it instead.
      const next = pieces[i + 1] ?? "";
      if (/[。！？!?]/u.test(next) && out) out = out.replace(/[，,；;\s]+$/u, "");
      continue;
    }
    out += (out ? sep : "") + clause;
  }
  return out.replace(/^[，,；;\s]+/u, "");
}
