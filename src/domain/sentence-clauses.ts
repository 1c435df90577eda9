import { loadGrew } from "./load-problems.js";
import { type ClauseKind, decreaseAfter, handledNext, pieceKind } from "./clause-kind.js";
import { postsUnfilledAfter } from "./clause-shape.js";
import { commaPieces } from "./comma-pieces.js";
import { dayPartToldDone } from "./day-part.js";
import type { ExtractOptions, Kind } from "./extract-options.js";
import { fillersOnly, withoutOpener } from "./extraction-schema.js";
import { extractFigures } from "./figures.js";
import { kindTurns, singledOutWrong } from "./kind-turns.js";
import { leadKind } from "./lead-kind.js";
import {
  bareProblemComment,
  ESCALATION,
  figureNotKnown,
  framesProblem,
  quotaTopic,
  stockAgainst,
  TAKE_BACK_LEAD,
  TAKE_BACK_MID,
  TAKE_BACK_TAIL,
  MEANT_NEXT,
} from "./piece-context.js";
import { withoutProblemHead } from "./problem-head.js";
import { soldDefective } from "./sold-defective.js";
import { unheededUrging } from "./unheeded-urging.js";
import { windowWithCount } from "./window-count.js";
import { cleanClause, SALUTATION } from "./split-clauses.js";
import { planSetDone, standingPlan } from "./standing-plan.js";
import { moveGuidedBy } from "./guided-by.js";
import { seasonLeadToldDone } from "./season-told-done.js";
import { kindByShape } from "./state-or-step.js";
import { subjectOfNextStep, subjectsToSteps } from "./subject-before-step.js";
import { readInSequence } from "./told-as-done.js";

const WEATHER_END = /(?:冰雹|雹子|台风|大风|暴雨|洪水)[\s，,]*$/;

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

/**
 * Cut one sentence at its commas where the kind changes: 「高新区孵化器已完成验收，下一步计划赴柳河乡调研」
 * is work done and a plan. A piece with no sign of its own follows the piece before it; the first
 * piece follows the heading mode. Commas inside quotes and brackets do not cut.
 */
export function clausesOfSentence(
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
  // 「一批电动自行车 没有3C认证 已经卖掉了九十几辆」: bad goods and how many are sold are one problem.
  const sold = soldDefective(pieces);
  // 「…交警讲了好几回 渠拉弗当回事」: told again and again and not heeded is one problem (unheeded-urging.ts).
  const unheeded = unheededUrging(pieces);
  for (const [i, piece] of pieces.entries()) {
    // 「…，还有 两癌筛查做了6200人」: a filler says nothing of the clause's kind.
    // 「参与群众四千二 哦不对 是四万二千人次」: the words taking a number back say nothing of the kind.
    let core = withoutOpener(piece.replace(/[，,\s]+$/, "").trim()).replace(TAKE_BACK_MID, "");
    // 「更正 「补了十八户」不对 是二十户」: the take-back cut from its 是 by a space says nothing either.
    if (MEANT_NEXT.test(pieces[i + 1] ?? "")) core = core.replace(TAKE_BACK_TAIL, "");
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
    // 「要审的单位多 六百四十家 比去年多了三成」: a rise said after a load of work is the load grown (load-problems.ts).
    if (loadGrew(core, out[out.length - 1]?.text ?? before?.text)) own = "problem";
    // 「那场冰雹 打了四千多亩棉花」: what the weather just named struck, counted, is harm, not work done (fig54).
    if (
      /^打(?:了|坏了?|掉了?|烂了?)[\d一二两三四五六七八九十几]/.test(core) &&
      WEATHER_END.test(pieces[i - 1] ?? "")
    ) {
      own = "problem";
      // The weather named alone before it (「六月八号那场冰雹」) is that harm's subject.
      const named = out[out.length - 1];
      if (named && out.length === 1 && named.text === pieces[i - 1]) named.kind = "problem";
    }
    // 「编制十八个|实际在岗十一个」: the posts and the people at work, cut at a space, are one problem (clause-shape.ts).
    if (i > 0 && own !== "plan" && postsUnfilledAfter(core, pieces[i - 1])) {
      own = "problem";
      const posts = out[out.length - 1];
      if (posts?.text.endsWith(pieces[i - 1] ?? "")) posts.kind = "problem";
    }
    // A state after work done, a step after a condition or from now on, said with no sign (state-or-step.ts).
    const lastKind = out[out.length - 1]?.kind ?? before?.kind;
    // 「…报上去了市里要的年报|下周三前也要交」: a thing named right before a time-led step is its subject.
    if (own === undefined && subjectOfNextStep(core, pieces[i + 1]) && read(pieces[i + 1] ?? "") === "plan")
      own = "plan";
    // 「投了六百来万|有七八个棚膜让大风撕了」: some of what was just counted, singled out with no gain said of them.
    if (own !== "plan" && own !== "problem" && i > 0 && singledOutWrong([pieces[i - 1] ?? "", core], 1))
      own = "problem";
    own = kindByShape(core, own, lastKind, out.length > 0, read, i > 0 ? pieces[i - 1] : undefined);
    // 「部署了下半年学习计划 每月集中学习2次」: how often, after a plan made, is that plan (standing-plan.ts).
    if ((own === undefined || own === "done") && standingPlan(core, i > 0 ? pieces[i - 1] : before?.text))
      own = "plan";
    else if (own === "plan" && planSetDone(core)) own = "done";
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
      // 「剩下六处是村民的老房子，拆起来难度大」: what is left, counted, is the topic too (fig38).
      (extractFigures(core).length === 0 ||
        /目标|任务|要求|需求|标准|缺口|^(?:剩下|剩余|其余|余下|还剩)/.test(core)) &&
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
    if (i <= sold && (own === undefined || (i === sold && own === "done"))) own = "problem";
    if (
      unheeded &&
      ((i >= unheeded.topic && i < unheeded.urged && own === undefined) ||
        ((i === unheeded.urged || i === unheeded.ignored) && own !== "plan"))
    )
      own = "problem";
    // 「…3月31日截止 收到申报书八十三份」: a window closing, then what came in so far, is work done.
    if (own === "plan" && windowWithCount(core, pieces[i + 1])) own = "done";
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
  // 「…到位了280万，按照…的要求，六月底前维修…」: what a step is done by goes with that step (guided-by.ts).
  moveGuidedBy(out);
  // 「暑假带娃娃们进沙漠搞科考 分了两批」: a time-led head, cut at a space, told done by its count (season-told-done.ts).
  seasonLeadToldDone(out);
  return out
    .map((c) => ({ ...c, text: withoutLeadIn(cleanClause(c.text)) }))
    .filter((c) => c.text.length > 0);
}
