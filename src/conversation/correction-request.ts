import { NOT_WANTED_WITH_REASON } from "./card-no.js";
import { contentAfterRef } from "./content-after-ref.js";
import { NO_BEFORE_VERB } from "./withdraw-denied.js";
import { findFigures } from "../domain/figure-scan.js";
import type { Intent, IntentContext } from "./classify-intent.js";
import { MARKED_NUM, numberOf } from "./intent-lexicon.js";
import { CORRECT, endsWithUnitless, planCorrection, widen } from "./plan-correction.js";
import { asksHowTo } from "./how-to.js";
import { takesBackOwnFigure } from "./own-take-back.js";
import { DAY_AFTER_NUMBER, DAY_BEFORE_NUMBER } from "./date-number.js";
import { oldValueDenied, tellsOwnWork } from "./figure-denied.js";
import { countsAlike } from "./counts-alike.js";

export { type Change, type CorrectionPlan, planCorrection, widen } from "./plan-correction.js";

/**
 * A request on an earlier update of the same person, said in everyday words: a reference to the
 * update — by number (第3条、#3、3号), by recency (刚才那条、上一条、前面那条、我上周报的那条、昨天报的)
 * or by its content (科普进校园那条) — with a correction (写错了、应该是650人、3家改成4家、不是12个村是
 * 10个村、少写了), a withdrawal (删、撤、不要了、作废) or a look (看看). Such a message is never a
 * report: it becomes the internal command `/ref 修改|撤回|查看 <ref> <what was said>`, which
 * correct-update.ts resolves against the store (asking with buttons when more than one update, or
 * none, could be meant) and answers with the existing edit preview, withdrawal or view.
 * Pure: the store is not read here.
 */

/** 补充: more of the same work added to the update (supplement.ts), shown as an edit that appends. */
export type RefAction = "修改" | "撤回" | "查看" | "补充";
const ON_UPDATE: ReadonlySet<string> = new Set(["修改", "撤回", "查看"]);
/**
 * `#3`, `recent`, `recent:yesterday|lastweek|today`, `content:科普进校园`, `shown` (the card just shown),
 * `duplicate` (the one sent twice), `old:80` (the one holding the figure denied: 「85人 不是80」).
 */
export type RefCode = string;

export interface CorrectionRequest {
  action: RefAction;
  ref: RefCode;
  /** What was said, the reference taken out (the correction and its new value). */
  said: string;
}

/** The internal command the request becomes; also what the which-update buttons send. */
export const REF_COMMAND = "/ref";

const CN = "[一二两三四五六七八九十]{1,3}";
/** 第3条、第三条、#3、3号、九号那条 (not 3月2号, 元旦1号, 1号元旦那天, 九号那天: days, date-number.ts): an update named by its number. */
const NUMBER_REF = new RegExp(
  `第\\s*(\\d{1,4}|${CN})\\s*(?:条|项)(?:的|里面?|那条)?|#\\s*(\\d{1,4})(?:的|里面?)?|${DAY_BEFORE_NUMBER}(?<![\\d.月])(\\d{1,4})\\s*号${DAY_AFTER_NUMBER}(?:那条|这条)?(?:的|里面?)?|(?<![\\d.月${CN.slice(1, -5)}])(${CN})\\s*号(?:那|这)(?:一)?条(?:的|里面?)?`,
);
/** 周一、礼拜三、星期五, 上礼拜五 (last week's), 这周二: a day of the week an update was sent on. */
const WEEKDAY_WORD = "(?:上|这|本)?(?:个)?(?:周|礼拜|星期)[一二三四五六日天]";
const WEEKDAY = /(上)?(?:这|本)?(?:个)?(?:周|礼拜|星期)([一二三四五六日天])/;
/** The period words of a recency reference. */
const PERIODS: Array<[RegExp, string]> = [
  [/上周|上星期|上个星期|上礼拜/, "lastweek"],
  [/前天|前日|前儿/, "daybefore"],
  [/昨天|昨日|昨儿/, "yesterday"],
  [/今天|今早|上午|早上|下午/, "today"],
];
/**
 * 刚才那条、刚发的那个、上一条、前面那条、最后一条、最新那个、我上周报的那条、昨天报的、昨天报那个（no 的）、前天发的那条、早上那条:
 * the latest update (of a period). A bare 刚才/刚刚 counts too, but only with a clear correction and no work of its own.
 */
/**
 * 个 standing for the update (最新那个删了、早上那个不要了), not for a thing the update is about
 * (上午那个讲座是180人: the morning's lecture); 「昨天那个数报错了」 is that update's figure.
 */
const LONE_ONE =
  "个(?=$|[\\s，,。！!？?吧啊呀哈]|删|撤|不要|不算|作废|看|瞅|改|恢复|还原|弄|拿|发|补|加|再|也|数(?!学))";
const RECENT_REF = new RegExp(
  String.raw`(?:我)?(?:刚才|刚刚|刚(?=[发报填交那这]))(?:发|报|填|交|提交)?(?:过)?的?(?:那|这)?(?:一)?(?:条|个)?(?:的|里面?)?|上一?条(?:的|里面?)?|前一条|前面(?:那|这)?(?:一)?条(?:的|里面?)?|最后(?:一|那)(?:条|${LONE_ONE})|最(?:新|近)(?:的)?(?:一|那)(?:条|${LONE_ONE})|(?:我)?(?:${WEEKDAY_WORD}|上周|上星期|上个星期|上礼拜|前天|前日|前儿个?|昨天|昨日|昨儿个?|今天|上午|早上|下午)(?:(?:报|发|填|交)(?:的(?:那|这)?(?:一)?(?:条|个)?|(?:那|这)(?:一)?(?:条|${LONE_ONE}))|的?(?:那|这)(?:一)?(?:条|${LONE_ONE}))(?:的|里面?)?`,
);
const BARE_RECENT = /^(?:我)?(?:刚才|刚刚)$/;
/**
 * 「那条报错了 是1300份」「之前那条写错了」「上次报的那个数不对」: an update pointed at with no time or words
 * of its own — the recent one the new value fits (correct-update.ts; several are asked about). 那个 only
 * before the mistake named (「那个 今天开了会」 opens with a filler).
 */
const LOOSE_REF =
  /(?<![\u4e00-\u9fff])(?:我)?(?:之前|以前|先前|早先|上次|上回|前头)?(?:报|发|填)?(?:的)?(?:那(?:一)?条|那(?:一)?个(?=[\s，,]*(?:数(?:字|据|目)?)?(?:写错|填错|报错|搞错|弄错|打错|记错|算错|不对|错了|有误)))(?:的|里面?)?|(?:之前|以前|先前|早先|上次|上回)(?:报|发|填)的(?:那(?:一)?(?:条|个))?(?:的|里面?)?/;
/** 科普进校园那条、科技活动周的那条, 上午核台账那个 (个 for the update, as LONE_ONE): an update named by words of its text. */
const CONTENT_REF = new RegExp(
  String.raw`([\u4e00-\u9fffa-z0-9]{2,14}?)(?:的)?(?:(?:那|这)(?:一)?条|那(?:一)?${LONE_ONE})(?:的|里面?)?`,
);
/** A verb of withdrawal or change said before 这条 (不要这条、删掉这条、撤了这条、改下这条). */
const ASKED_OF_THIS =
  /^(?:不要|不用|别要|删|删掉|删了|撤|撤掉|撤了|撤回|作废|去掉|改|改下|改一下|看看|看下)$/;
/** Words that lead a content reference without being part of it. */
const CONTENT_LEAD = /^(?:帮我把|帮我|麻烦|请|把|将|我|那个|就是|关于|有关|说的是)+/;
/**
 * 报重了的那个、发重复的那条、重了的那条、重复那条、发重了那个: the update sent twice — the later of two alike (correct-update.ts
 * finds it; the latest when none are alike).
 */
const DUPLICATE_REF =
  /(?:我)?(?:报|发|填|交|提交|录)?(?:重复了?|重了)(?:的(?:那|这)?|那|这)(?:一)?(?:条|个)(?:的|里面?)?/;

/** 删、撤 under a no (别删、不要撤、莫再删、别急着撤: withdraw-denied.ts) keep the update: no withdrawal. 3号没用了 (冇用了, round fifty-five): no use now. */
const WITHDRAW = new RegExp(
  `(?<!${NO_BEFORE_VERB})(?:删|撤)|不要了|不用了|不算了|(?:没|没得|冇)(?:啥|什么)?用(?:了|啦|咯|嘞)$|作废|去掉|(?:不|别|甭|莫|不用|不要)(?:再)?报(?:了|啦|咯|嘞)|${NOT_WANTED_WITH_REASON.source}`,
);
const VIEW = /看看|看下|看一下|看一眼|查看|查一下|瞅瞅|瞅一眼/;
/** With no reference word, only a card just shown is meant, and only with a new value said. */
const VALUE_SAID =
  /(?:多|少)(?:出来|出|了)[\d一二两三四五六七八九十百千几]+[^，,。\s\d]{0,3}[\s，,]+(?:一共|总共|合计|总数)(?:是|有)?\s*[\d一二两三四五六七八九十百千]|应该是|应该为|应是|应为|(?:^|[\s，,。！!：:])应该\s*[\d一二两三四五六七八九十百千万]|改成|改为|换成|实际是|其实是|不是.{1,12}是|是.{1,12}不是|是\s*[\d一二两三四五六七八九十百千万].{0,6}(?:写|打|填|报|记|弄|录)成|(?:^|[\s，,。！!：:])(?:(?:其实|实际|应)?[是系係]|实际上?|实为)\s*[\d一二两三四五六七八九十百千万]|(?:^|[\s，,。！!：:])[是系係][\u4e00-\u9fff]{1,4}\d/;
/**
 * A mistake named in so many words (写错了、不对、搞错了), which with a new value and nothing else
 * corrects the update just shown or just confirmed: 「写错了 是1800人」「等下 不对 是八场不是六场」.
 */
const MISTAKE_SAID =
  /写错|填错|搞错|弄错|打错|报错|错了|是错的|有误|不对|不准确|(?:数|写|记|算|打|填|报)(?:少|多|漏|岔)了/;
/** 「报错了 …」「哎 我填错了，…」: the message opens with the slip itself. */
const OPENS_WITH_SLIP = /^(?:哎呀?|唉|哦|噢|啊|呃|不好意思|抱歉)?[，,\s]*(?:我)?(?:写|填|报|搞|弄|打|记)错了/;
/** A bare correction of the update just discussed is short: the value and the mistake named. */
const BARE_CORRECTION_MAX = 24;
/** Work done in the message: with a bare 刚才 it is a report (刚刚完成走访，发现2家填错了). */
const WORK_DONE =
  /完成|开展|组织|召开|举办|举行|走访|发现|督促|检查|调研|出席|接待|培训了|落实|推进|建成|修建|改造|投资|投入使用/;

/**
 * Work done in the message — not a work verb made the name of a figure (「检查的是13个」「培训的有60人」, or right after
 * 是: 「报错了 是走访企业12家」: what was checked, said to correct its count).
 */
function doesWork(text: string): boolean {
  return WORK_DONE.test(
    text.replace(new RegExp(`(?:${WORK_DONE.source})的(?:是|有)|(?<=是)(?:${WORK_DONE.source})`, "g"), ""),
  );
}

/** Sent by mistake (发错了、发重了、多发了): a withdraw asked about, not a correction. */
const SENT_WRONGLY = /发错|错发|发重|重复发|多发|发了两遍/;
/** Requests are short; longer text is a report that happens to mention a mistake. */
const MAX_CHARS = 40;

export function parseCorrection(
  norm: string,
  awaiting?: IntentContext["awaiting"],
  /** Nothing is pending but the person wrote a moment ago: a bare correction means the latest update. */
  opts: {
    recentAllowed?: boolean;
    pendingTexts?: ReadonlyArray<{ text: string }>;
    oneWaiting?: boolean;
  } = {},
): CorrectionRequest | undefined {
  if ([...norm].length > MAX_CHARS) return undefined;
  // 「等会儿 这条不对 撤了吧」 while a card shows: 这条 is the draft on the card.
  const named = findRef(norm, true);
  // A loose 那条 names an update only with a new value to put in it, and only when no card or edit preview
  // is up (「那条报错了 是1300份」 then is about that one): else the reference is read as it was without it.
  const looseMeant =
    named?.code === "loose" &&
    awaiting === "nothing" &&
    actionOf(`${norm.slice(0, named.at)} ${norm.slice(named.at + named.len)}`.trim()) === "修改";
  const found = named?.code === "loose" && !looseMeant ? findRef(norm) : named;
  // 「这条不要了，跟上礼拜报的重复额」 on a card: the earlier one is what this one repeats (跟/和…重复、一样) —
  // 这条, the draft on the card, is the one meant.
  const compared = found !== undefined && /(?:跟|和|与|同)$/.test(norm.slice(0, found.at).trim());
  // 「大篷车那条删了嘛 跟上周报的重复了」: the one compared with is no reference — another one named is meant.
  const other =
    compared && found
      ? findRef(norm.slice(0, found.at) + "，".repeat(found.len) + norm.slice(found.at + found.len))
      : undefined;
  // 「5号同3号系同一件事 3号冇用了」: two named alike, one of them said again with what to do — the one said twice is meant.
  const again = found && !compared ? namedTwice(norm, found) : undefined;
  const ref =
    again ??
    other ??
    (compared && awaiting === "confirm" ? thisOne(norm, opts.oneWaiting === true) : undefined) ??
    found ??
    (awaiting === "confirm" ? thisOne(norm, opts.oneWaiting === true) : undefined);
  // 「上周报的那几条」「刚才那些」: several updates, a list to look at — not one update.
  if (ref && /^(?:几条|几个|些|都|全部)/.test(norm.slice(ref.at + ref.len))) return undefined;
  const rest = ref ? `${norm.slice(0, ref.at)} ${norm.slice(ref.at + ref.len)}`.trim() : norm;
  const action = actionOf(rest);
  if (!action) return undefined;
  if (ref) {
    if (ref.bare && (action !== "修改" || WORK_DONE.test(rest))) return undefined;
    // 「那条报错了」 with no new value, or with work of its own: no loose reference to resolve.
    if (ref.code === "loose" && (!hasValue(rest) || doesWork(rest))) return undefined;
    // 「刚才发错了」 says a message went out by mistake, not what to correct: the bot offers 撤回.
    if (ref.code.startsWith("recent") && action === "修改" && SENT_WRONGLY.test(norm) && !hasValue(rest))
      return undefined;
    // 「村里那条路改造完成，投资20万元」: a content reference in a report of work is no request.
    if (ref.code.startsWith("content:") && WORK_DONE.test(rest)) return undefined;
    // 「昨天那个数报错了 宣传册是1500份」: 数 is the figure of the update named, not words of the change.
    return { action, ref: ref.code, said: rest.replace(/^数(?:字|据|目)?/, "").trim() };
  }
  // No reference word: a card just shown is meant (「不对，改成8场」), or — right after one was
  // confirmed — the update just confirmed (「写错了 是1800人」). Only with a new value said and the
  // mistake or the change named, and nothing done of its own.
  // 「报错了 宣传册是1300份」 the next morning: opening with the slip, it is as good as just confirmed.
  const justConfirmed = awaiting === "nothing" && (opts.recentAllowed === true || OPENS_WITH_SLIP.test(rest));
  // 「…来了三百人 哦不对 是三百五十人」: new work taking back its own number is a report of its own.
  if (takesBackOwnFigure(rest, opts.pendingTexts)) return undefined;
  // The section of a draft just shown is asked: 「说错了 是四十几盒」 corrects that draft, as on its card.
  if (awaiting === "section") awaiting = "confirm";
  // An edit preview is open: a correction with a value revises that edit (correct-update.ts).
  if (awaiting === "edit-confirm" && action === "修改" && hasValue(rest) && !doesWork(rest))
    return { action, ref: "shown", said: rest };
  if (
    (awaiting === "confirm" || justConfirmed) &&
    action === "修改" &&
    hasValue(rest) &&
    !doesWork(rest) &&
    (VALUE_SAID.test(rest) ||
      (MISTAKE_SAID.test(rest) && justValue(rest)) ||
      (awaiting === "confirm" && countsAlike(rest, opts.pendingTexts ?? []))) &&
    (awaiting === "confirm" || [...norm.replace(/[\s，,。！!：:、]/g, "")].length <= BARE_CORRECTION_MAX)
  )
    return {
      action,
      // 「报错了 宣传册是1300份」 the next morning, nothing just said: the recent one it fits, not the latest as such.
      ref: awaiting === "confirm" ? "shown" : opts.recentAllowed === true ? "recent" : "loose",
      said: rest,
    };
  // 「上周五的那个培训 实际来了85人 不是80」: the old figure named after the new one says which update
  // (the one that holds it, correct-update.ts), whatever card is shown (figure-denied.ts).
  const old = awaiting === "nothing" || awaiting === "confirm" ? oldValueDenied(rest) : undefined;
  if (old && action === "修改" && !doesWork(rest) && !tellsOwnWork(rest))
    return { action, ref: `old:${old}`, said: rest };
  return undefined;
}

/** Besides the figures and the words naming a mistake, at most a few characters (等下、那个、哦). */
function justValue(text: string): boolean {
  let rest = text.replace(MISTAKE_SAID, "");
  // 「讲错了 排查隐患是七处 整改是六处」: a few words naming what each new value counts go with it.
  for (const f of findFigures(text))
    rest = rest.replace(new RegExp(`(?:[\\u4e00-\\u9fff]{1,6}是)?\\s*${escapeRe(f.figure.raw)}`), "");
  return [...rest.replace(/[^\u4e00-\u9fff]/g, "")].length <= 6;
}

const escapeRe = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * 「不对，改成8场」: the number a command word took for an update number is a figure with its unit
 * (8场), not an update (which people mark: 第8条、#8、8号).
 */
function numberIsFigure(norm: string, said: Intent | undefined): boolean {
  if (said?.kind !== "command" || said.command !== "修改") return false;
  const n = /^\S+ (\d{1,6})\b/.exec(said.text)?.[1];
  if (!n) return false;
  const marked = [...norm.matchAll(MARKED_NUM)].some((m) => numberOf(m[1] ?? m[2]) === Number(n));
  if (marked) return false;
  // 「1860那个不对 是1680」: the unmarked number is the old figure when a new value closes the message.
  return (
    findFigures(norm).some((f) => f.figure.unit !== "" && f.figure.value === Number(n)) ||
    (MISTAKE_SAID.test(norm) &&
      endsWithUnitless(norm) &&
      !new RegExp(`(?<![\\d.])${n}\\D{0,3}$`).test(norm)) ||
    // 「昨天那个数搞错了 1200改成1500份」: the bare number changed into a figure is the old figure.
    new RegExp(`(?<![\\d.])${n}\\s*(?:改成|改为|换成)\\s*[\\d一二两三四五六七八九十百千万]`).test(norm)
  );
}

/**
 * The request as the command the engine runs. `said` is what the everyday words made of the
 * message: a command with its update number (删掉第二条 → 撤回 2), any other command, or an
 * answer stands.
 */
export function correctionRequest(norm: string, ctx: IntentContext, said?: Intent): Intent | undefined {
  // 「不对，改成8场」: 8场 is the new figure, not update #8.
  const figureTaken = numberIsFigure(norm, said);
  // 「刚才那条撤了吧」 taken as a withdrawal to ask about (unclear) is a request on that update.
  if (!figureTaken && said?.kind === "command" && (!ON_UPDATE.has(said.command) || /^\S+ \d/.test(said.text)))
    return undefined;
  if (said && said.kind !== "command" && said.kind !== "unclear") return undefined;
  // 「这个确认完了还能改吗？」: asking whether a feature can, with no update named — answered as how-to.
  if (asksHowTo(norm) && !findRef(norm)) return undefined;
  const req = parseCorrection(norm, ctx.awaiting, {
    recentAllowed: ctx.justAsked,
    pendingTexts: ctx.pendingTexts,
    oneWaiting: ctx.pendingDrafts === 1,
  });
  // Never 「没有找到第 8 条」 for a figure: unsure what was meant, the bot asks.
  if (!req) return figureTaken ? { kind: "unclear" } : undefined;
  return { kind: "command", command: req.action, text: refCommand(req) };
}

export function refCommand(req: CorrectionRequest): string {
  return `${REF_COMMAND} ${req.action} ${req.ref} ${req.said}`.trim();
}

/** Another reference than `first`, named twice after it (masked out one by one): the one the message comes back to. */
function namedTwice(
  norm: string,
  first: NonNullable<ReturnType<typeof findRef>>,
): ReturnType<typeof findRef> {
  const mask = (s: string, r: { at: number; len: number }) =>
    s.slice(0, r.at) + "，".repeat(r.len) + s.slice(r.at + r.len);
  const rest = mask(norm, first);
  const second = findRef(rest);
  if (!second || second.code === first.code || !/^#\d+$/.test(second.code)) return undefined;
  const third = findRef(mask(rest, second));
  return third?.code === second.code && third.at > second.at ? third : undefined;
}

/** The arguments of `/ref` read back. */
export function readRefArgs(args: string): CorrectionRequest | undefined {
  const m = /^(修改|撤回|查看|补充)\s+(\S+)\s*([\s\S]*)$/.exec(args.trim());
  if (!m) return undefined;
  return { action: m[1] as RefAction, ref: m[2]!, said: m[3]!.trim() };
}

/** 周一 → wd1, 上礼拜五 → lwd5 (last week's), 星期天 → wd7: the day of the week a reference names. */
function weekdayPeriod(ref: string): string | undefined {
  const m = WEEKDAY.exec(ref);
  if (!m) return undefined;
  const n = /[日天]/.test(m[2]!) ? 7 : numberOf(m[2]);
  return n === undefined ? undefined : `${m[1] ? "lwd" : "wd"}${n}`;
}

/** The update a message names (number, recency or content), as a /ref code; exported for verb-object.ts. */
export function findRef(
  norm: string,
  /** Read 「那条报错了」 as a loose reference (parseCorrection only, which keeps it with a new value said). */
  loose = false,
): { code: RefCode; at: number; len: number; bare?: boolean } | undefined {
  const num = NUMBER_REF.exec(norm);
  if (num) {
    const n = numberOf(num[1] ?? num[2] ?? num[3] ?? num[4]);
    if (n !== undefined) return { code: `#${n}`, at: num.index, len: num[0].length };
  }
  const dup = DUPLICATE_REF.exec(norm);
  if (dup) return { code: "duplicate", at: dup.index, len: dup[0].length };
  const recent = RECENT_REF.exec(norm);
  if (recent) {
    const period = weekdayPeriod(recent[0]) ?? PERIODS.find(([re]) => re.test(recent[0]))?.[1];
    return {
      code: period ? `recent:${period}` : "recent",
      at: recent.index,
      len: recent[0].length,
      bare: BARE_RECENT.test(recent[0]),
    };
  }
  if (contentAfterRef(norm)) return contentAfterRef(norm); // 「把那条养牛的删了」 (content-after-ref.ts)
  const vague = loose ? LOOSE_REF.exec(norm) : null;
  if (vague) return { code: "loose", at: vague.index, len: vague[0].length };
  const content = CONTENT_REF.exec(norm);
  if (content) {
    const words = content[1]!.replace(CONTENT_LEAD, "");
    // 「不要这条了 撤了」「删掉这条吧」: the verb before 这条 is what is asked of the one shown, not its words.
    if (ASKED_OF_THIS.test(words) && /这/.test(content[0]))
      return { code: "shown", at: content.index, len: content[0].length };
    // 「你看下那个」: a request and a pointer, no words of an update (那个 names one only after them).
    const request = /个/.test(content[0]) && /[看瞅瞧查改删撤弄帮给你我他她]/.test(words);
    if ([...words].length >= 2 && !request)
      return { code: `content:${words}`, at: content.index, len: content[0].length };
  }
  return undefined;
}

/**
 * 这条、这个、这一条 opening the message (after a filler): the one the card shows. With one draft waiting, 那条 too
 * (「那条帮我撤咯 发重了」): there is no other it could mean.
 */
function thisOne(
  norm: string,
  one: boolean,
): { code: RefCode; at: number; len: number; bare?: boolean } | undefined {
  const m = (
    one
      ? /^(?:等会儿?|等等|等一下|等下|哎呀?|唉|不好意思|对不起|sorry)?[，,、\s]*((?:这|这一)(?:条|个)|那一?条)/i
      : /^(?:等会儿?|等等|等一下|等下|哎呀?|唉|不好意思|对不起|sorry)?[，,、\s]*((?:这|这一)(?:条|个))/i
  ).exec(norm);
  // 「把它撤了」「撤咗佢先」: 它/佢 by a withdraw verb, with one draft waiting, is the one on the card.
  const it = one && !m ? /(?:^(?:把|将))(它|佢)(?=撤|删)|(?<=(?:撤|删)(?:了|掉)?)(它|佢)/.exec(norm) : null;
  if (it) return { code: "shown", at: it.index + it[0].length - 1, len: 1 };
  if (!m) return undefined;
  return { code: "shown", at: m.index + m[0].length - m[1]!.length, len: m[1]!.length };
}

/** 「删掉的」「撤回了的」: a withdraw verb naming which update (the one withdrawn), not asking for one. */
const ATTRIBUTIVE_WITHDRAW = /(?:删|撤)[\u4e00-\u9fff]?了?的/g;
/** 改过啥、改了什么、修改过哪些、改过几回: asking what was changed, or how often. */
const EDITS_ASKED = /(?:改|修改|动)(?:过|了)(?:些)?(?:啥|什么|哪些|哪里|哪儿|几回|几次|几遍|多少次|多少回)/;
/** A figure given a value: 听众是一百五十人、资料是两千份、是七十多人; 多出来一百五 一共1050袋 (the difference, then the total: dlg50). */
const VALUE_OF =
  /是\s*[\d一二两三四五六七八九十百千几]|(?:多|少)(?:出来|出|了)[\d一二两三四五六七八九十百千几]+[^，,。\s\d]{0,3}[\s，,]+(?:一共|总共|合计|总数)(?:是|有)?\s*[\d一二两三四五六七八九十百千]/;

/** A figure known now: 出来了、核实了、定下来了; 好了/完了 after counting only (点完了), not 「那条路的路灯装好了」 (lead48). */
const FIGURE_CAME =
  /(?:统计|核实|核对|核|算|汇总|清点|盘点|点|数)(?:出来了|好了|完了)|出来了|核实了|定下来了|有数了/;

/** A restore, which this module leaves to the everyday commands (恢复 2). */
const RESTORE = /恢复|还原|找回|复原|回来|还给我|还我/;

/**
 * 确认 said of the update (「就确认第5条吧 其他的我再看看」): the confirm commands', never a look read from a clause about
 * the others; 确认一下对不对 stays; 确认之前改一下 and 先别确认 是10家 (not yet, trial40) are corrections.
 */
const CONFIRM_SAID =
  /(?<!(?:别|不要|不|甭|莫)(?:急着)?)(?:确认|提交)(?!一?下?(?:对不对|对吗|有没有|是不是|过)|(?:之|以)?前)/;

function actionOf(said: string): RefAction | undefined {
  if (RESTORE.test(said) || CONFIRM_SAID.test(said)) return undefined;
  // 「3号那条我看看改过啥」: a question about the edits is a look at the history, not a correction.
  if (EDITS_ASKED.test(said)) return "查看";
  const rest = said.replace(ATTRIBUTIVE_WITHDRAW, "");
  const value = hasValue(rest);
  if (WITHDRAW.test(rest) && !value) return "撤回";
  // 「听众是一百五十人」「等下 是七十多人」: a new value said is a correction too.
  // 「高企那条 研发投入出来了 1200万元」: the figure that was not known yet has come.
  if (CORRECT.test(rest) || (value && (VALUE_OF.test(rest) || FIGURE_CAME.test(rest)))) return "修改";
  if (VIEW.test(rest)) return "查看";
  if (WITHDRAW.test(rest)) return "撤回";
  return undefined;
}

/** A new value said: a figure with its unit, or a number at the end whose unit the update has. */
function hasValue(text: string): boolean {
  return findFigures(text).some((f) => f.figure.unit !== "") || endsWithUnitless(text);
}

/** 「160人」「是160人」「一百六十人」「大概七百户」 (lead47): only a value, in digits or in words with a short unit after it. */
const BARE_VALUE =
  /^(?:[^\d]{0,12}是)?\s*(?:大概|大约|约|差不多|将近|接近|近|估计|估摸着?|大致|起码|至少)?(?:是|有)?\s*(?:\d|[一二两三四五六七八九十百千万]+[^\d\s，,。]{0,3}$)/;
/** A short edit text that only says a new value (「是48人」「应该是700人」), as the change it makes. */
export function correctionOfFigure(
  old: string,
  typed: string,
): { from: string; to: string; unit?: string } | undefined {
  if ([...typed].length > 30 || !(VALUE_SAID.test(typed) || BARE_VALUE.test(typed)) || !hasValue(typed))
    return undefined;
  const plan = planCorrection(old, typed);
  if (plan.kind !== "substitute") return undefined;
  return { ...widen(old, plan), ...(plan.unit ? { unit: plan.unit } : {}) };
}
