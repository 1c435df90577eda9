import { FIGURE } from "./work-lexicon.js";
import type { Intent } from "./intent-types.js";
import { numberOf } from "./intent-lexicon.js";
import { inOrder } from "./update-words.js";

/**
 * Several drafts waiting, and one message settling some of them by a loose reference, read by
 * what each clause does to which drafts — whatever the bot asked last (a card for the newest one,
 * nothing, or the list):
 * - a subset by place: 「前两条确认」「头两个要」「后面两条都确认」「最后那条确认」「第一条和第三条确认」;
 * - all but some: 「除开第二条 其他的都确认咯」「除了3号都要」;
 * - clauses each with its own action: 「头一个确认，第二个删了吧」「后面那条不要了 前面那条确认」
 *   「前两条确认 第三条我再核核数」 — confirmed, withdrawn, or left a draft (再核核、先放着、先别动);
 *   a clause with no draft in it is a reason (重复了), never a draft of its own.
 * The draft a clause leaves alone is never confirmed by a 都 elsewhere; a message that names no
 * draft, or a draft not waiting, or confirms nothing and withdraws nothing, is not read here.
 */
export interface DraftPlan {
  confirm: number[];
  withdraw: number[];
  hold: number[];
}

const COUNT = "([两二三四五六七八九十2-9])";
/** 第3条、第一个、#3、3号, or a bare digit: a draft's number or place (「两条」 is a count, not one). */
const ORD =
  "(?:第|#)([0-9]{1,3}|[一二两三四五六七八九十]{1,3})(?:条|个|号|(?![部版期批次轮届年月日天周季章节]))|([0-9]{1,3}|[一二两三四五六七八九十]{1,3})号|(?<![0-9])([0-9]{1,2})(?![0-9])";
/** A reference to some drafts in one clause, read against the waiting numbers (ascending). */
const REFS: Array<[RegExp, (m: RegExpExecArray, seqs: readonly number[]) => number[] | undefined]> = [
  [new RegExp(`(?:前面?|头)${COUNT}(?:条|个)`), (m, s) => first(s, numberOf(m[1]))],
  [new RegExp(`后面?${COUNT}(?:条|个)`), (m, s) => last(s, numberOf(m[1]))],
  [
    /(?:头一|第一)(?:条|个)|前面(?:那|这)(?:一)?(?:条|个)|前一(?:条|个)|早(?:的|先)?那(?:条|个)/,
    (_m, s) => s.slice(0, 1),
  ],
  [
    /最后(?:那|一)?(?:一)?(?:条|个)|后面(?:那|这)(?:一)?(?:条|个)|后一(?:条|个)|新的那(?:条|个)/,
    (_m, s) => s.slice(-1),
  ],
];

function first(seqs: readonly number[], n: number | undefined): number[] | undefined {
  return n && n < seqs.length ? seqs.slice(0, n) : undefined;
}
function last(seqs: readonly number[], n: number | undefined): number[] | undefined {
  return n && n < seqs.length ? seqs.slice(-n) : undefined;
}

/** The drafts one clause names: by place, by number (#3、3号、第3条 are numbers; 第一个 of #7 #8 is #7), by words of their text, or none. */
function refsIn(
  clause: string,
  seqs: readonly number[],
  texts: readonly Drafted[] = [],
): number[] | undefined {
  for (const [re, read] of REFS) {
    const m = re.exec(clause);
    if (m) return read(m, seqs);
  }
  const said = byWords(clause, texts);
  if (said) return said;
  const out: number[] = [];
  for (const m of clause.matchAll(new RegExp(ORD, "g"))) {
    const n = numberOf(m[1] ?? m[2] ?? m[3]);
    if (n === undefined) return undefined;
    // 「2号确认一下」「#2」「第2条」: a number said is the update's number, wherever it is said — only an
    // ordinal in words counted in 个 (第二个、第一个) is a place among the waiting drafts.
    const place = /^第[一二两三四五六七八九十]+个$/.test(m[0]);
    const seq = seqs.includes(n) ? n : place && n <= seqs.length ? seqs[n - 1] : undefined;
    if (seq === undefined) return undefined;
    if (!out.includes(seq)) out.push(seq);
  }
  return out.length > 0 ? out : [];
}

type Drafted = { seq: number; text: string };

/** 防溺水那个、宣传单那条、推文和防溺水那个: words of a draft's text before 那个/那条. */
const NAMED_BY_WORDS = /([\u4e00-\u9fffa-z0-9]{2,12}?)(?:的)?(?:那|这)(?:一|两|二|三|几)?(?:条|个)/g;
/** 「防溺水那个和推文确认」: another draft named after 和, its words up to what is done. */
const AND_THEN =
  /(?:那|这)(?:一)?(?:条|个)(?:和|跟|与|还有|以及|、)([\u4e00-\u9fffa-z0-9]{2,8}?)(?=确认|要|删|撤|不要|先|再|都|也|没问题|ok|可以|行|中|妥|$)/;
/** Words in front of what names a draft: 把、就、关于. */
const WORDS_LEAD = /^(?:把|就|关于|我|那个|还有|和|跟)+/;

/**
 * The drafts a clause names by words of their text (「防溺水那个和推文确认」「宣传单那个数我再对对」): each
 * name found in exactly one waiting draft (as written, or its characters in order); any name found in
 * none or in several, and the clause is not read (undefined).
 */
function byWords(clause: string, drafts: readonly Drafted[]): number[] | undefined {
  if (drafts.length < 1) return undefined;
  const names = [...clause.matchAll(NAMED_BY_WORDS)].flatMap((m) =>
    m[1]!.replace(WORDS_LEAD, "").split(/和|跟|与|以及|、/),
  );
  const more = AND_THEN.exec(clause);
  if (more) names.push(more[1]!);
  const words = names.map((n) => n.replace(WORDS_LEAD, "")).filter((n) => [...n].length >= 2);
  if (words.length === 0) return undefined;
  const out: number[] = [];
  for (const w of words) {
    const whole = drafts.filter((d) => d.text.includes(w));
    const loose = whole.length > 0 ? whole : drafts.filter((d) => inOrder(d.text, w));
    if (loose.length !== 1) return undefined;
    if (!out.includes(loose[0]!.seq)) out.push(loose[0]!.seq);
  }
  return out;
}

const OTHERS = /其他|其余|其它|别的|剩下|余下/;
/** Left a draft: not yet (先别、先莫动), to be checked or changed first (再核核、还要改哈子). */
const HOLD =
  /先别|先不|先莫|先甭|甭确认|暂时不|别确认|搁|撂|缓|放放|先放|不确认|莫确认|再核|再对|再看|再查|再想|再问|问问|问一下|问下|核实|落实|打听|商量|放着|放一放|不动|别动|莫动|留着|等等|等[哈下]|等一下|压一?[压下]|压着|回头再|再说|再讲|待定|(?:还|再|得|要)(?:要|得)?改/;
/** A clause that only agrees (中、好、行、嗯): no draft named, nothing to settle. */
const AGREES = /^(?:中|好|好的|行|嗯+|可以|对|ok|那|那就)(?:吧|啊|哈|嘞)?$/;
const WITHDRAW = /删|撤|不要了|不要|作废|去掉|拿掉|不算|重复/;
const CONFIRM = /确认|提交|要|没问题|对的|没毛病|可以|行|中|妥|ok/;
const EXCEPT = /^(?:除了|除开|除去|除)(.+?)(?:以外|之外|外)?$/;

/** The plan for the waiting drafts `seqs` (ascending), or undefined when the message is not one. */
export function draftPlan(
  norm: string,
  seqs: readonly number[],
  texts: readonly Drafted[] = [],
): DraftPlan | undefined {
  // 「确认5、6两条」: the count after a list of numbers counts those drafts, no figure of work.
  const refsOut = norm
    .replace(/(?<=[\d号条、和跟])(?:这|那)?[两二三四五六七八九十](?:条|个)/g, "")
    .replace(/(?:第|#|前面?|后面?|头)?(?:\d{1,3}|[一二两三四五六七八九十]{1,3})(?:条|个|号)/g, "");
  if (seqs.length < 1 || FIGURE.test(refsOut)) return undefined;
  const clauses = norm
    .split(/[，,。；;！!\s]+/)
    .map((c) => c.replace(/^(?:那|那就|就|嗯|好|行|哦)+/, ""))
    .filter((c) => c.length > 0 && !AGREES.test(c));
  if (clauses.length === 0 || clauses.some((c) => c.length > 16)) return undefined;
  const plan: DraftPlan = { confirm: [], withdraw: [], hold: [] };
  const named = new Set<number>();
  // 「冷链那个人家还没定 先删了吧」: drafts named with only a reason, settled by the next clause's action.
  let pending: number[] = [];
  // 「蘑菇那个没毛病 确认」: the action said again of the drafts just settled.
  let last: { action: keyof DraftPlan; refs: number[] } | undefined;
  let byName = false;
  let rest: "confirm" | "withdraw" | "hold" | undefined;
  let except: number[] = [];
  let anyRef = false;
  for (const clause of clauses) {
    const ex = EXCEPT.exec(clause);
    if (ex) {
      const out = refsIn(ex[1]!, seqs, texts);
      if (!out || out.length === 0) return undefined;
      except = out;
      anyRef = true;
      continue;
    }
    const action = HOLD.test(clause)
      ? "hold"
      : WITHDRAW.test(clause)
        ? "withdraw"
        : CONFIRM.test(clause)
          ? "confirm"
          : undefined;
    const refs = refsIn(clause, seqs, texts);
    if (refs === undefined) return undefined;
    if (OTHERS.test(clause) || (except.length > 0 && /都|全/.test(clause) && refs.length === 0)) {
      if (!action || rest) return undefined;
      rest = action;
      anyRef = true;
      continue;
    }
    if (refs.length === 0) {
      if (action && pending.length > 0) {
        for (const n of pending) plan[action].push(n);
        last = { action, refs: pending };
        pending = [];
        continue;
      }
      if (action && last?.action === action) continue;
      // A reason (重复了、数不对) or a hold said of the draft just named (我再核核数).
      if (action === "confirm" || /\d/.test(clause)) return undefined;
      continue;
    }
    if (/那|这/.test(clause) && !REFS.some(([re]) => re.test(clause))) byName = true;
    anyRef = true;
    for (const n of refs) {
      if (named.has(n)) return undefined;
      named.add(n);
      if (action) plan[action].push(n);
    }
    if (action) last = { action, refs };
    else pending = refs;
  }
  if (pending.length > 0) return undefined;
  if (!anyRef) return undefined;
  for (const n of except) {
    if (named.has(n)) return undefined;
    named.add(n);
    plan.hold.push(n);
  }
  if (rest) for (const n of seqs) if (!named.has(n)) plan[rest].push(n);
  if (except.length > 0 && !rest) return undefined;
  // Only a plan that confirms some, not all, is read here: a withdrawal alone is 撤回's, all is 全部确认's —
  // except the one draft left named by its words (「咨询那个也确认吧」), confirmed as 确认 N.
  if (plan.confirm.length === 0) return undefined;
  if (plan.confirm.length === seqs.length && !(seqs.length === 1 && byName)) return undefined;
  return plan;
}

/**
 * The plan as the command the engine runs: 「确认 1 2 留 3」「确认 1 撤回 2」 — the 确认 command
 * confirms those, withdraws those after 撤回, and says which drafts it left (commands/settle-drafts.ts).
 */
export function draftPlanIntent(plan: DraftPlan): Intent {
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b).join(" ");
  const parts = [`确认 ${sorted(plan.confirm)}`];
  if (plan.withdraw.length > 0) parts.push(`撤回 ${sorted(plan.withdraw)}`);
  if (plan.hold.length > 0) parts.push(`留 ${sorted(plan.hold)}`);
  return { kind: "command", command: "确认", text: parts.join(" ") };
}
