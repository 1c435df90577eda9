import { withoutTakenBack } from "./figure-scan.js";
import { extractFigures, findStatedFigures } from "./figures.js";
import { figuresInPlace } from "./figures-in-place.js";
import { normalizeText } from "./normalize.js";
import type { Org } from "./org.js";
import { type ClauseKind, decreaseAfter, handledNext, pieceKind } from "./clause-kind.js";
import { readInSequence } from "./told-as-done.js";
import { statesNorm } from "./norm-stated.js";
import {
  type ClauseExtraction,
  checkedExtraction,
  fillersOnly,
  withoutFillerPieces,
  withoutOpener,
} from "./extraction-schema.js";
import type { Extraction } from "./update.js";
import { commaPieces } from "./comma-pieces.js";
import { kindTurns, singledOutWrong } from "./kind-turns.js";
import { headingMode } from "./heading-mode.js";
import { sectionOfLabel } from "./section-label.js";
import { withoutAndAlso } from "./and-also.js";
import { dayPartToldDone } from "./day-part.js";
import { withoutTopicParticle } from "./topic-particle.js";
import { opensWithProblemHead, withoutProblemHead } from "./problem-head.js";
import { splitJobs } from "./split-jobs.js";
import { sectionHints } from "./section-hints.js";
import { punctuateVoiceRun, tidyVoiceClause } from "./voice-run-on.js";
import { kindByShape } from "./state-or-step.js";
import { subjectOfNextStep, subjectsToSteps } from "./subject-before-step.js";
import {
  amongFrame,
  bareProblemComment,
  countedByTimes,
  quotaTopic,
  ESCALATION,
  figureNotKnown,
  framesProblem,
  NEW_SUBJECT,
  stockAgainst,
  TAKE_BACK_LEAD,
  WORK_DONE_VERB,
  TAKE_BACK_MID,
} from "./piece-context.js";

/**
 * Offline understanding of a staff update: normalise, cut into clauses (sentences, 一是…二是…,
 * 1. 2、 （1）), sort each into work done, a problem or a plan, and attach its figures. Rules only,
 * no model: the result is shown back to the author, who corrects it, so a wrong guess is cheap,
 * while a lost figure or a lost sentence is not — every clause lands somewhere.
 */

type Kind = "item" | "problem" | "plan";

const CN = "一二三四五六七八九十";
/** Split before 二是 / 1. / 2、 / （3） / ② when they follow a clause boundary. */
/**
 * Spoken list markers (一个是、第二个就是、第三就是、再一个是、最后一个是): the way a list is said aloud. Only 一个 goes
 * without 第 (「十个是老人」 counts people).
 */
const SPOKEN_ORDINAL = `(?:一个|第[${CN}](?:个|点|项|件|条)?|头一个|再一个|还有一个|另一个|另外一个|最后一个)(?:呢|啊)?(?:就)?是`;
const MARKER_SPLIT = new RegExp(
  `(?<=^|[，,、:：\\s])(?=${SPOKEN_ORDINAL}|[${CN}]+是|\\d{1,2}[.、．](?!\\d)|[（(](?:\\d{1,2}|[${CN}]+)[)）]|[①-⑳])`,
);
const LEAD_MARKER = new RegExp(
  `^(?:${SPOKEN_ORDINAL}|[${CN}]+[、.．]|[（(](?:[${CN}]+|\\d{1,2})[)）]|\\d{1,2}[.、．](?!\\d)|[${CN}]+是|[①-⑳])[\\s，,：:]*`,
);
const CN_HEADING_MARKER = new RegExp(`^(?:[${CN}]+、|[（(][${CN}]+[)）])`);

interface Segment {
  text: string;
  /** Began with 一、 or （一）: may be a heading. */
  cnMarker: boolean;
  /** Began with a list marker (二是、2.、（3）): an item of a list. */
  listed?: boolean;
}

/** Cut normalised text into clauses, list markers removed. */
export function splitClauses(text: string): Segment[] {
  const out: Segment[] = [];
  for (const line of text.split("\n")) {
    // An emoji ends a sentence in chat: 「初稿弄完了😭明天发给各位看看」.
    for (const sentence of line.split(
      /(?<=[。；;！？!?]|\p{Extended_Pictographic}(?!\p{Extended_Pictographic}|\uFE0F|\u200D|[，。；！？,.!?]))/u,
    )) {
      for (let part of sentence.split(MARKER_SPLIT)) {
        part = part.trim();
        // 三、存在的主要问题 继续加强…: a numbered heading run into its paragraph.
        const cnMarker = CN_HEADING_MARKER.test(part);
        const space = part.indexOf(" ");
        if (cnMarker && space > 0 && space <= 30) {
          out.push({ text: part.slice(0, space), cnMarker });
          part = part.slice(space + 1);
        }
        out.push({ text: part, cnMarker: cnMarker && space < 0, listed: LEAD_MARKER.test(part) });
      }
    }
  }
  return out
    .map((s) => ({ ...s, text: cleanClause(s.text) }))
    .filter((s) => /[\u4e00-\u9fff][^\u4e00-\u9fff]*[\u4e00-\u9fff]/.test(s.text)); // at least two Chinese characters
}

function cleanClause(text: string): string {
  let t = withoutOpener(text.trim());
  for (let i = 0; i < 2; i++) t = t.replace(LEAD_MARKER, "").trim();
  return t.replace(/^[，,、；;：:。\s]+|[，,、；;\s]+$/g, "").trim();
}

/**
 * 「存在的问题是经费不足。」「下一步是争取省级资金」: a lead-in that only says the kind, which the
 * clause's kind already shows, and a closing 。: the stored item starts and ends with its content.
 * Read after the kind is decided (the lead-in is what says it).
 */
const LEAD_IN =
  /^(?:目前|当前|现在)?(?:存在的?|面临的?|遇到的?)?(?:主要|最大的?)?(?:问题|困难|不足|短板)(?:主要)?(?:是|在于|有)[：:，,]?|^(?:下一步|下步|明年|今后)(?:的)?(?:主要)?(?:计划|打算|工作|重点)?(?:主要)?是[：:，,]?/;

function withoutLeadIn(text: string): string {
  // 「有个问题就是…」「就是有个问题，…」: the spoken head goes too (problem-head.ts).
  const t = withoutProblemHead(text.replace(/[。.]+$/, ""));
  const rest = t.replace(LEAD_IN, "");
  return rest.length >= 2 ? rest : t;
}

/** Problem, plan or work done, for a whole clause outside any 问题/计划 heading. */
export function classifyClause(text: string, today?: string): Kind {
  const k = pieceKind(text, today);
  return k === "problem" || k === "plan" ? k : "item";
}

/** Greetings, acknowledgements and chat openers that carry no work: 各位领导好、王科长、收到、ok、好消息！、汇报一下. */
const SALUTATION =
  /^(?:各位)?(?:领导|同事|科长|主任|局长|股长|书记|老师|大家)(?:们)?(?:好|您好)?$|^[\u4e00-\u9fff]{1,3}(?:科长|主任|局长|股长|书记|部长)$|^(?:收到|好的|好滴|ok|OK|办好了|嗯嗯?)[!！~～。.]*$|^(?:(?:有个|一个|报个)?好消息|喜报|(?:给大家|跟大家|向领导)?(?:报|汇报|通报|同步|更新|说)一下)[!！~～。.：:]*$/;

/**
 * Extraction options: the day the message was sent (YYYY-MM-DD), for 「12月上旬」-style dates, and
 * its local time (HH:MM), for 「下午去…」 said in the morning.
 */
export interface ExtractOptions {
  today?: string;
  time?: string;
  /**
   * A guess for a piece the rules find no sign in (and, given `own`, a piece they call done),
   * with the kind of the piece before it; undefined keeps the rules' answer.
   */
  guess?: (
    piece: string,
    prev: ClauseKind | undefined,
    own: ClauseKind | undefined,
  ) => ClauseKind | undefined;
}

/**
 * Cut one sentence at its commas where the kind changes: 「高新区孵化器已完成验收，下一步计划赴柳河乡调研」
 * is work done and a plan. A piece with no sign of its own follows the piece before it; the first
 * piece follows the heading mode. Commas inside quotes and brackets do not cut.
 */
function clausesOfSentence(
  sentence: string,
  mode: Kind,
  when: ExtractOptions,
  before?: { text: string; kind: ClauseKind },
  carry?: ClauseKind,
): { text: string; kind: ClauseKind }[] {
  const out: { text: string; kind: ClauseKind }[] = [];
  // 「上午去…讲座 来了80来人」 sent before that morning: told with how it went, so that part of the day is past.
  if (when.time && dayPartToldDone(sentence)) when = { ...when, time: undefined };
  const read = (s: string) => pieceKind(s, when.today, when.time);
  let prev: ClauseKind = carry ?? (mode === "item" ? "done" : mode);
  // Within a stretch with no comma, where its kind turns (kind-turns.ts).
  // 「…报上去了市里要的年报|下周三前也要交」: a named thing at a piece's tail is the subject of the step after it.
  const turned = subjectsToSteps(
    commaPieces(sentence).flatMap((p, j) => kindTurns(p, when.today, when.time, j === 0)),
    (s) => read(s) === "plan",
  );
  const pieces = turned.map((p) => p.text);
  for (const [i, piece] of pieces.entries()) {
    // 「…，还有 两癌筛查做了6200人」: a filler says nothing of the clause's kind.
    // 「参与群众四千二 哦不对 是四万二千人次」: the words taking a number back say nothing of the kind.
    const core = withoutOpener(piece.replace(/[，,\s]+$/, "").trim()).replace(TAKE_BACK_MID, "");
    // 「再补充一个 下个月打算…」: spoken fillers alone are no clause; they open the next piece, whose
    // fillers go (extraction-schema.ts).
    if (fillersOnly(core)) {
      if (i + 1 < pieces.length) pieces[i + 1] = piece + pieces[i + 1];
      continue;
    }
    if (!/[\u4e00-\u9fff]/.test(core) || SALUTATION.test(core)) {
      // 「…申报了高企另外|下个月准备…」: a spoken head cut off where the talk turns opens the next piece.
      if (/[\u4e00-\u9fff]$/.test(piece) && !SALUTATION.test(core) && i + 1 < pieces.length) {
        pieces[i + 1] = piece + pieces[i + 1];
        continue;
      }
      const last = out[out.length - 1];
      if (last && !SALUTATION.test(core)) last.text += piece;
      continue;
    }
    // 「收益十五万，不对，应该是十八万」: taking a number back says nothing of the clause's kind.
    if (TAKE_BACK_LEAD.test(core)) {
      const said = core.replace(TAKE_BACK_LEAD, "");
      if (!said || !pieceKind(said, when.today, when.time) || /^(?:应该|其实|实际)?是/.test(said)) {
        const last = out[out.length - 1];
        if (last) {
          last.text += piece;
          continue;
        }
      }
    }
    // 「产值23.6亿元，比去年同期少了两个多亿」: the subject of a bare decrease is in the piece before.
    let own =
      // ... or, first in its sentence, in the clause before it (「比去年少了7000多人」 said after 参保41.3万人).
      decreaseAfter(core, i > 0 ? (pieces[i - 1] ?? "") : (before?.text ?? "")) ??
      pieceKind(core, when.today, when.time) ??
      turned[i]?.kind;
    // A state after work done, a step after a condition or from now on, said with no sign (state-or-step.ts).
    const lastKind = out[out.length - 1]?.kind ?? before?.kind;
    // 「…报上去了市里要的年报|下周三前也要交」: a thing named right before a time-led step is its subject.
    if (own === undefined && subjectOfNextStep(core, pieces[i + 1]) && read(pieces[i + 1] ?? "") === "plan")
      own = "plan";
    // 「投了六百来万|有七八个棚膜让大风撕了」: some of what was just counted, singled out with no gain said of them.
    if (own !== "plan" && own !== "problem" && i > 0 && singledOutWrong([pieces[i - 1] ?? "", core], 1))
      own = "problem";
    own = kindByShape(core, own, lastKind, out.length > 0, read, i > 0 ? pieces[i - 1] : undefined);
    if (own === "problem" && handledNext(pieces[i + 1])) own = "done";
    // A concession, 下一步就 as "then", a plan doubted, a quota told with its progress (told-as-done.ts).
    own = readInSequence(core, own, pieces, i, out[out.length - 1]?.kind, when);
    // 「…比去年少了1200多人，主要是外出务工的断缴了」: why it went so is said of the piece before.
    if (own === "done" && i > 0 && /^(?:主要是|主要原因是|原因是|因为|由于)/.test(core)) own = undefined;
    // 「成交额统计局那边还没出来」「具体人次数据还没出来」: a figure not known yet belongs to the work it
    // is about (the draft writes 「×」 there), never a problem or a plan of its own (mark-gaps.ts).
    if (own !== "done" && figureNotKnown(core, i > 0 ? pieces[i - 1] : before?.text))
      own = out.length === 0 ? "done" : undefined;
    // 「年度目标是800套，差距较大」「村医平均年龄五十八岁，后继乏人」: a bare comment with no subject
    // of its own says what is wrong with the piece before it, which is its topic.
    // A count of work done before such a comment (「实现就业48人，就业稳定性差」) stands; a target or a
    // state with no figure is the topic.
    // 「引资任务是5个亿，压力很大」: a quota is such a topic too (piece-context.ts).
    const quota = quotaTopic(core, own, when.today);
    if (
      (own === undefined || quota) &&
      (i > 0 || quota) &&
      (extractFigures(core).length === 0 || /目标|任务|要求|需求|标准|缺口/.test(core)) &&
      bareProblemComment(pieces[i + 1], when)
    )
      own = "problem";
    // 「去年是15家，今年少了一大截」「今年要筹集500套，才落实了280套」: the frame of the problem after it.
    const reads = (j: number) => {
      const p = withoutOpener((pieces[j] ?? "").replace(/[，,\s]+$/, "").trim());
      return (decreaseAfter(p, pieces[j - 1] ?? "") ?? pieceKind(p, when.today, when.time)) === "problem";
    };
    if (
      framesProblem(
        core,
        own,
        pieces[i + 1],
        () => pieces.slice(i + 1).some((_, k) => reads(i + 1 + k)),
        () => reads(i + 1),
      )
    )
      own = "problem";
    // 「福利院住了46个老人，护理员就5个」: what there is to serve, set against too few to do it. Said
    // after work done (「敬老院改造完成，现在住了46个老人」) the stock is that work's result.
    if (
      own !== "problem" &&
      own !== "plan" &&
      (out.length === 0 || out[out.length - 1]?.kind === "problem") &&
      stockAgainst(core, pieces[i + 1])
    )
      own = "problem";
    let kind: ClauseKind;
    if (mode === "plan") kind = "plan";
    // Under a 问题 heading, a piece with no sign of its own after a plan piece of the same sentence
    // carries the plan on (「明年招聘文博专业人员3名，充实文保队伍」): it is no problem.
    else if (mode === "problem")
      kind =
        own === "plan" || (own === undefined && out[out.length - 1]?.kind === "plan") ? "plan" : "problem";
    else {
      const rule = own ?? (out.length === 0 ? leadKind(pieces, i, when) : undefined);
      const guessed =
        rule === undefined || rule === "done"
          ? when.guess?.(core, out[out.length - 1]?.kind ?? before?.kind, rule)
          : undefined;
      kind = guessed ?? rule ?? prev;
      // 「刚性支出压力大，三保支出占比已经到78%」: reaching a level, said after a problem, is how bad it got.
      if (kind === "done" && prev === "problem" && out.length > 0 && ESCALATION.test(core)) kind = "problem";
    }
    const last = out[out.length - 1];
    if (last && last.kind === kind) last.text += piece;
    else out.push({ text: piece, kind });
    prev = kind;
  }
  return out
    .map((c) => ({ ...c, text: withoutLeadIn(cleanClause(c.text)) }))
    .filter((c) => c.text.length > 0);
}

/**
 * A sentence's first piece with no sign of its own sets the topic of the next one and reads as it
 * does: 「辖区内老旧电梯60多部，安全隐患大」 is one problem. Only a problem pulls it over; a plan or
 * work done next to a bare topic leaves it as work done, as before.
 */
function leadKind(pieces: string[], i: number, when: ExtractOptions): ClauseKind | undefined {
  const next = pieces[i + 1];
  // 「医保局：异地就医直接结算2.8万人次，…」: a labelled entry is a report of its own.
  if (next === undefined || /[:：]/.test(pieces[i] ?? "")) return undefined;
  // 「…报的十二万，不对，是十五万」: taking a number back is no problem of the piece before.
  if (TAKE_BACK_LEAD.test(next.trim())) return undefined;
  // 「…有60多个，问题是补助还没发」: a problem announced as such leaves the work before it standing.
  if (opensWithProblemHead(next)) return undefined;
  // 「…覆盖1.6万户，但…」: a turn after it means the first piece stands on its own.
  // 「…在册132人，有3个经常不按时报到」: a part of what was counted has the problem, not the whole.
  if (
    /^\s*(?:但|不过|然而|可是|只是|就是|其中|剩下|剩余|其余|还|仍|也|同时|有[\d一二两三四五六七八九十几]|个别|少数|部分)/.test(
      next,
    )
  )
    return undefined;
  // 「高企培育库里的14家企业，年后挨家上门辅导申报」: members of a set, counted, are the plan's topic.
  const lead = pieces[i] ?? "";
  if (amongFrame(lead, next)) return "problem";
  if (/^(?:趁着?|乘着|赶着)/.test(lead))
    return pieceKind(next.replace(/[，,\s]+$/, ""), when.today, when.time);
  // 「全镇38个网格，按要求每格要配一名，现在有11个格是兼着的」: the whole, then the norm it falls short of.
  if (statesNorm(next) && pieces.slice(i + 2).some((p) => pieceKind(p, when.today, when.time) === "problem"))
    return "problem";
  if (/(?:里|内|中|库|单|册)的[\d一二两三四五六七八九十几百千万]+[^，。；的了]{1,8}[，,\s]*$/.test(lead))
    if (pieceKind(next.replace(/[，,\s]+$/, ""), when.today, when.time) === "plan") return "plan";
  // 「县城污水管网改造总投资1.2亿元 计划分三年建完」: what a project will cost, said before its plan, is the plan's.
  if (
    /总投资[^，。；了]{1,12}$/.test(lead.replace(/[，,\s]+$/, "")) &&
    !/了|已|完成|签|开工|竣工|交付|新|引进|引资|招引|落户|落地/.test(lead)
  )
    if (pieceKind(next.replace(/[，,\s]+$/, ""), when.today, when.time) === "plan") return "plan";
  // 「疫苗接种2.4万剂次，鹤田乡卫生院只有2名医生」: a place named as the next piece's subject starts a
  // topic of its own; the work before it stands.
  if (NEW_SUBJECT.test(next)) return undefined;
  // 「新招教师118名，…还是缺」: a piece that reports something new is not a bare topic.
  if (
    /新(?:招|增|建|办|开|上|引进|培育|认定|发展|创建|录用|聘|纳入|签|入驻|注册|设立|收|接收|安置|入住|吸纳|挂牌|评定|获批|立项|成立|登记)|招聘|招录|招考|招募/.test(
      pieces[i] ?? "",
    )
  )
    return undefined;
  // 「垃圾分类示范片区覆盖1.6万户，…」: a counted piece of work (a verb of doing and a figure) stands
  // on its own; only a bare stock or target (老旧电梯60多部，隐患大) is the next problem's topic.
  // 「食品小作坊登记的有140多家」: the verb in a 的-phrase names the stock (登记的), it reports no work.
  if (
    WORK_DONE_VERB.test(pieces[i] ?? "") &&
    !/的(?:有|共有|一共有?|总共有?)[\d一二两三四五六七八九十几百千]/.test(pieces[i] ?? "") &&
    extractFigures(pieces[i] ?? "").length > 0
  )
    return undefined;
  // 「流动科技馆巡展12场，设备陈旧」: work counted by the times it was held stands too (piece-context.ts).
  if (countedByTimes(lead)) return undefined;
  // 「给112个80岁以上老人上门体检，村医就两个」: a service done for the people counted is work of its own.
  if (
    /^(?:给|为|帮|替|帮助|对)[^，。；]{1,14}?(?:体检|培训|发放|送|安装|办理|修|建|讲|检查|义诊|上门|开展|提供|申请|争取|理发|配送|慰问)/.test(
      pieces[i] ?? "",
    )
  )
    return undefined;
  // 「登记46项，成交额还没出来」: a figure not known yet is no problem to pull the piece over.
  if (figureNotKnown(next, pieces[i])) return undefined;
  // 「床位60张，现在住了58个，快满了」: the capacity before a stock that is itself the problem.
  if (stockAgainst(next, pieces[i + 2])) return "problem";
  return pieceKind(next.replace(/[，,\s]+$/, ""), when.today, when.time) === "problem"
    ? "problem"
    : undefined;
}

/** Read a staff message into clauses (each with its kind and figures), items, problems, plans and section hints. */
export function extractUpdate(text: string, org: Org, opts: ExtractOptions = {}): Extraction {
  // A number taken back in the same breath is gone before anything is read (figure-scan.ts).
  const normalizedText = withoutTakenBack(normalizeText(text));
  const clauses: ClauseExtraction["clauses"] = [];
  let mode: Kind = "item";
  let cursor = 0;
  const found = findStatedFigures(normalizedText);
  // Dictated in one breath (voice input): commas where the speaker turned, spoken heads off each clause.
  const voice = punctuateVoiceRun(normalizedText);

  let listed = false;
  for (const seg of splitClauses(voice ?? normalizedText)) {
    // 「一是腊月二十前完成…⏎二是增开班次30个」: an item with no sign of its own goes on as the item before.
    const carry = seg.listed && listed ? clauses[clauses.length - 1]?.kind : undefined;
    listed = seg.listed === true;
    let clause = seg.text;
    // 下一步计划：一是… / 存在问题：… — a heading and its first clause on one line.
    const colon = /^([^，。,：:]{2,16})[：:](.+)$/.exec(clause);
    if (colon) {
      const m = headingMode(colon[1] ?? "", opts.today);
      if (m) {
        mode = m;
        clause = cleanClause(colon[2] ?? "");
        if (clause.length < 2) continue;
      } else if (sectionOfLabel(colon[1] ?? "", org)) {
        // 「高企：新认定6家」「综合：…」: a section's label says where the report goes, not what was done.
        clause = cleanClause(colon[2] ?? "");
        if (clause.length < 2) continue;
      }
    }
    if (extractFigures(clause).length === 0) {
      const m = headingMode(clause, opts.today);
      if (m) {
        mode = m;
        continue;
      }
      // （一）强研发，促转化 is a heading; （三）下步将对…进行专项检查 says what will be done.
      if (
        seg.cnMarker &&
        clause.length <= 25 &&
        !/[。；;]/.test(clause) &&
        !pieceKind(clause, opts.today, opts.time)
      )
        continue;
      if (/[:：]$/.test(clause) && clause.length <= 20) continue; // 本周科普工作：
      if (SALUTATION.test(clause.replace(/[，,。！!]+$/, ""))) continue;
    }
    for (const c of clausesOfSentence(clause, mode, opts, clauses[clauses.length - 1], carry)) {
      if (voice) c.text = tidyVoiceClause(c.text);
      // Several jobs told in one run of work done are several items.
      for (const job of c.kind === "done" ? splitJobs(c.text) : [c.text]) {
        // A voice run's clause keeps the commas its turns were read by (typed spaces included): the drafter,
        // the split by section and the labels read them. (Showing it as typed was tried in round twenty and
        // broke those; not done.)
        // 「…，还有我们上周走访了8家企业」「今年呢，…」: an "and also" 还有 and a topic's 呢 are in no item
        // nor label (and-also.ts, topic-particle.ts).
        const text = withoutFillerPieces(withoutTopicParticle(withoutAndAlso(job)));
        const at = normalizedText.indexOf(job, cursor);
        if (at >= 0) cursor = at + job.length;
        clauses.push({ text, kind: c.kind, figures: figuresInPlace(found, job, at, text, normalizedText) });
      }
    }
  }
  // Through the same schema and grounding as a model's answer.
  return checkedExtraction(normalizedText, { clauses, sectionHints: sectionHints(normalizedText, org) }, org)
    .extraction;
}

/** One line for the confirmation message: 「3项工作、5个数据、1个问题、1项计划」; zero counts are left out. */
export function summariseExtraction(
  ex: Pick<Extraction, "items" | "figures" | "problems" | "plans">,
): string {
  const parts = [
    ex.items.length > 0 ? `${ex.items.length}项工作` : "",
    ex.figures.length > 0 ? `${ex.figures.length}个数据` : "",
    ex.problems.length > 0 ? `${ex.problems.length}个问题` : "",
    ex.plans.length > 0 ? `${ex.plans.length}项计划` : "",
  ].filter(Boolean);
  return parts.length > 0 ? parts.join("、") : "未识别到工作内容";
}
