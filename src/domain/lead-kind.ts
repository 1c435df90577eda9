import { type ClauseKind, pieceKind } from "./clause-kind.js";
import type { ExtractOptions } from "./extract-options.js";
import { extractFigures } from "./figures.js";
import { statesNorm } from "./norm-stated.js";
import {
  amongFrame,
  countedByTimes,
  figureNotKnown,
  NEW_SUBJECT,
  stockAgainst,
  TAKE_BACK_LEAD,
  WORK_DONE_VERB,
} from "./piece-context.js";
import { opensWithProblemHead } from "./problem-head.js";

/**
 * A sentence's first piece with no sign of its own sets the topic of the next one and reads as it
 * does: 「辖区内老旧电梯60多部，安全隐患大」 is one problem. Only a problem pulls it over; a plan or
 * work done next to a bare topic leaves it as work done, as before.
 */
export function leadKind(pieces: string[], i: number, when: ExtractOptions): ClauseKind | undefined {
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
