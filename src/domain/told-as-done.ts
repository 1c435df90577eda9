import { type ClauseKind, pieceKind, UNSURE } from "./clause-kind.js";
import { extractFigures } from "./figures.js";

/**
 * Future-looking words inside what is told as done (round sixteen, ext16). A plan word that only
 * modifies a noun — 「计划新建的5所幼儿园」「原本准备下周开的防汛会」「县里要求年底前建成的15个站」
 * 「年前下达的3000万元资金」「本来打算开春再弄的村史馆」 — says which thing, not that it lies ahead: the
 * piece reads by what is said of that thing after 的 (「…已经全部开园了」 is work done), and a piece
 * that is only that noun phrase has no sign of its own (it follows the piece that says what became
 * of it). 「年度计划内的」「原定的」 name the plan the work was in.
 */
const PLAN_IN_ATTRIBUTE =
  /(?:计划|原定|原计划|原本|本来|准备|打算|(?<!模)拟|要求|安排|定于|年前|年底前|月底前|下周|下个?月|明年|来年|下一步|下步|下阶段|下一阶段|开春)([^，。；的]{0,14})的(?=[\u4e00-\u9fff\d])/;
/** A verb told done, then an object named by the time it is for and ending in a meeting or a paper. */
const OBJECT_AHEAD =
  /^([^，。；]*[\u4e00-\u9fff](?:了|出|出了))(?:明年|来年|下一?年度?|下个?月|下周|下一步|下步|下阶段|年后|开春|20\d\d年度?|(?:春节|元旦|寒假|节日|两节|冬春)(?:期间)?)[^，。；了把要将]{0,16}?(?:会|会议|方案|规划|计划|清单|名单|预算|安排|通知书?|文件|意见|协议|材料|报告|任务书|责任书|要点|提醒函|函|告知书|倡议书|明白纸|一封信)$/;
/** Only a plan made or a task given earlier (原定、本来、县里要求、年前下达的) names a thing with no more said. */
const EARLIER = /原定|原计划|原本|本来|要求|下达|布置|交办|安排/;
/** An attribute that is a verb phrase of its own (把…、请…、组织16个村的…): the 的 is inside its object. */
const VERB_PHRASE = /把|将|请|让|给|组织|去|到|对|向|跟|和|[\d一二两三四五六七八九十几]/;
/** After the 的, words that make the rest a statement of its own (项目有3个、问题是资金、要建的还要…). */
const STATEMENT = /是|有|为|在|要|将|会(?=[\u4e00-\u9fff])|再|还|把|被|让|争取|准备|打算|计划|力争|继续|拟/;

/** "done", "topic" (a bare noun phrase), or undefined when no plan word sits in an attribute. */
export function planInAttribute(
  t: string,
  kindOf: (s: string) => ClauseKind | undefined,
): "done" | "topic" | undefined {
  const piece = t.replace(/[，,。；;\s]+$/, "");
  // 「昨天开了明年春运安全工作部署会」「上周印发了2027年征兵工作方案」: with no 的, a time ahead that
  // opens the object of a verb told done names the meeting held, the paper issued.
  const named = OBJECT_AHEAD.exec(piece);
  if (named && !/(?:为|除|到|对|算|好)了$/.test(named[1] ?? "") && kindOf(named[1] ?? "") !== "plan")
    return "done";
  const m = PLAN_IN_ATTRIBUTE.exec(piece);
  if (!m || VERB_PHRASE.test(m[1] ?? "")) return undefined;
  const tail = piece.slice(m.index + m[0].length);
  if (tail.length === 0 || tail.length > 16 || /[，。；]/.test(tail)) return undefined;
  const kind = kindOf(tail);
  if (kind === "done") return "done";
  // 「昨天开了明年春耕备耕的部署会」「梳理出明年准备开工的项目38个」「会上明确了明年要完成的5项任务」:
  // the plan is the object of a verb told done; the piece is the meeting held, the list drawn up.
  const lead = piece.slice(0, m.index);
  if (
    /[\u4e00-\u9fff](?:了|出|出了)$/.test(lead) &&
    !/(?:为|除|到|对|算|好)了$/.test(lead) &&
    kindOf(lead) !== "plan" &&
    kind !== "problem"
  )
    return "done";
  if (kind === undefined && !STATEMENT.test(tail) && EARLIER.test(piece.slice(0, m.index + m[0].length)))
    return "topic";
  return undefined;
}

/**
 * A piece that only frames what follows, read as a plan by its time alone: a bare time
 * (「秋季开学前，」「元旦春节前，」), a noun phrase whose attribute holds the time or the plan
 * (「元旦前要交的年度统计报表，」「下一步的冬春防火工作方案，」), a field of work (「春耕备耕这块，」).
 */
const BARE_TIME = /^[^，。；了]{1,8}?(?:之前|以前|前夕|前|期间|前后|的时候)$/;
const NOUN_AFTER_DE = /的([^，。；的]{2,10})$/;
const FIELD = /^[^，。；了]{2,10}?(?:这块|这一块|这一摊|这一项|方面)$/;
/** Words that make what follows 的 a statement of its own (要交的报表是…、方案还没定). */
const SAYS_MORE = /是|有|为|在|要|将|会|再|还|把|被|让|没|不|了|已|得|能/;

function frameOnly(core: string): "time" | "field" | undefined {
  const t = core.replace(/[，,。；;\s]+$/, "");
  if (FIELD.test(t)) return "field";
  if (BARE_TIME.test(t)) return "time";
  const np = NOUN_AFTER_DE.exec(t);
  if (np && !SAYS_MORE.test(np[1] ?? "") && !extractFigures(t).length) return "time";
  return undefined;
}

/**
 * What the frame is of, said next: work told done (…，夜儿一满报上去了、…，已经分到各个学校了) makes
 * the frame its time or topic, not a deadline ahead. Pieces with no sign between are passed over; under
 * a field of work (「春耕备耕这块，」), counted work with no sign (发放良种3.5万斤) is told done too.
 */
function framesDone(
  frame: "time" | "field",
  rest: string[],
  when: { today?: string; time?: string },
): boolean {
  for (const p of rest) {
    const t = p.replace(/[，,。；;\s]+$/, "");
    const k = pieceKind(t, when.today, when.time);
    if (k === "done") return /了|已/.test(t) || (frame === "field" && extractFigures(t).length > 0);
    if (k !== undefined) return false;
    if (frame === "field" && extractFigures(t).length > 0) return true;
  }
  return false;
}

/**
 * 「暑假前跟团县委进学校讲防溺水 跑了11所」: a step led by a time before something (暑假前、开学前), with no modal, then
 * how far its round went (跑了、走了、去了 + a count): the round is told done, the time is when it was done (fig37).
 */
const BEFORE_LEAD = /^[^，。；了\s]{1,6}?(?:之前|以前|前)(?![^，。；]*了)/;
const INTENT = /要|准备|打算|计划|拟|将|争取|力争|得|再|还/;
const ROUND_COUNTED =
  /^(?:一共|共|总共|前后)?(?:跑了|走了|去了|到了|进了|走访了|覆盖了)(?:近|约|大概)?[\d一二两三四五六七八九十几]+[多余来]?[个家户所处村镇乡校站场]/;

/**
 * 「春耕前去5个村查农资，抽查门市十八家，发现过期农药3批」: what a check found, with its count, within the next pieces —
 * findings are had only once the check is done (README: 查出来的数算已做), so the step before them is told done.
 */
const FOUND =
  /^(?:一共|共|当场|现场)?(?:发现|查出|查处|检出|查获|排查出)了?[^，。；]{0,10}?[\d一二两三四五六七八九十]/;
function foundSoon(pieces: string[], i: number): boolean {
  return pieces.slice(i + 1, i + 4).some((p) => FOUND.test(p.trim()));
}

/**
 * 「人手不够，局里才二十二个人，一半派下去蹲景区了」: part of the few hands taken away (派下去、抽走、借调), told after a
 * shortage, is that shortage, not work done.
 */
const STAFF_AWAY =
  /^(?:有|其中)?(?:一半|大半|一大半|多半|[\d一二两三四五六七八九十几]+个(?:人)?)(?:都|又|还|也)?(?:被|让)?(?:派下去|派出去|抽走|抽调|借调|调走|下派|借走|[抽派调借]到)/;

/** What was actually done, said against a plan (实际完成了、实际上来了、结果建了). */
const ACTUAL = /^(?:但是?|可是?|而|结果)?实际(?:上)?(?!上?(?:是|要|需|应|困难|问题|情况))/;
/** A plan, target or quota said with its count. */
const PLANNED = /计划|原定|目标|任务|预计|预期|定的|下达/;

/**
 * 「上个月先把底子摸清楚了，下一步就挨家挨户上门核对，一共核了1260户」: 下一步就、接着就 between two
 * pieces told as done is the next step of what was done ("then"), not a plan.
 */
export const THEN_STEP =
  /^(?:下一步|下步|接着|随后|然后|之后|后来|紧接着)就(?!是|要|会|得|准备|可以|能|打算)/;

/**
 * 「罚是罚了，过几天换个地方又摆出来了」「培训是培训了，…」: a concession, said to turn to what still goes
 * wrong — the problem's frame.
 */
export const CONCESSION = /^([\u4e00-\u9fff]{1,2})是\1[\u4e00-\u9fff]?了$/;

/** Whether the run of pieces told done that opens `rest` states a figure (任务X，实际完成了Y). */
function doneRunCounts(rest: string[], when: { today?: string; time?: string }): boolean {
  for (const p of rest) {
    if (extractFigures(p).length > 0) return true;
    if (pieceKind(p.replace(/[，,\s]+$/, ""), when.today, when.time) !== "done") return false;
  }
  return false;
}

/**
 * What piece `i` of a sentence says, read with its neighbours: `own` is its own reading, `before`
 * the kind of the clause before it. A concession (罚是罚了，…) frames the problem after it; 下一步就
 * between work told done is "then" (no sign of its own); a plan doubted next (…改造完，够呛) is a
 * worry; a quota whose progress is told next with no count (今年任务1.5万亩，招标整完了) is that
 * work's topic, while 任务X，实际完成了Y keeps the target apart.
 */
export function readInSequence(
  core: string,
  own: ClauseKind | undefined,
  pieces: string[],
  i: number,
  before: ClauseKind | undefined,
  when: { today?: string; time?: string },
): ClauseKind | undefined {
  const next = pieces[i + 1];
  // 「年初计划招商引资5亿，实际到位6.2亿」「原计划培训200人，实际来了260人」: what was actually done,
  // said after the plan, is work done; the plan before it keeps its target.
  if (ACTUAL.test(core) && before === "plan" && own !== "problem") return "done";
  if (next === undefined) return own;
  if (ACTUAL.test(next) && PLANNED.test(core) && !/了|已|完成/.test(core.replace(/计划|原定/g, "")))
    return "plan";
  // 「原定10月份交房，因为消防验收没过推到了明年3月」: the date first set frames the delay after it.
  if (
    /原定|原计划|原本|本来|按说|本应|本该/.test(core) &&
    !/了|已/.test(core) &&
    pieceKind(next.replace(/[，,\s]+$/, ""), when.today, when.time) === "problem"
  )
    return "problem";
  const nextKind = () => pieceKind(next.replace(/[，,\s]+$/, ""), when.today, when.time);
  if (CONCESSION.test(core)) return "problem";
  if (own === "done" && before === "problem" && STAFF_AWAY.test(core.trim())) return "problem";
  if (own !== "plan") return own;
  if (THEN_STEP.test(core) && before === "done" && nextKind() === "done") return undefined;
  const frame = frameOnly(core);
  if (frame && framesDone(frame, pieces.slice(i + 1), when)) return "done";
  if (
    BEFORE_LEAD.test(core) &&
    !INTENT.test(core) &&
    (ROUND_COUNTED.test(next.trim()) || foundSoon(pieces, i))
  )
    return "done";
  // 「明年能不能稳住，不好说」: doubt said of the plan before it; 「…秧歌汇演 安保人手够呛」: doubt of a thing of its own
  // (a subject of three characters or more before it), a problem beside the plan.
  const doubtText = next.replace(/[，,。；\s]+$/, "");
  const doubt = UNSURE.exec(doubtText);
  if (doubt && (doubt.index < 3 || /能不能|会不会|行不行|成不成|能否/.test(doubtText))) return "problem";
  if (/任务|目标/.test(core) && pieceKind(core.replace(/任务|目标/g, ""), when.today) !== "plan")
    if (nextKind() === "done" && !doneRunCounts(pieces.slice(i + 1), when)) return undefined;
  return own;
}
