import { pieceKind } from "../domain/clause-kind.js";
import { aheadLine } from "./hosted-ahead.js";
import { intentText } from "./intent-lexicon.js";
import { elsewhereDeadline, type WorkMatter } from "./work-matter.js";
import { measureWork } from "./work-content.js";

/** What the bot understood of an unclear message, and what it can do, in one line. */
export function unclearLine(reading: WorkMatter | undefined, text: string): string {
  const short = [...text].length > 12 ? `${[...text].slice(0, 12).join("")}…` : text;
  switch (reading) {
    case "pending":
      return "听起来这件事还在办，我先没有保存。办完后把做了什么、关键数据发给我就行；这条现在就要记的话，点「记为填报」。";
    case "asked":
      // 「项目申报材料几号截止」: said plainly that the bot does not know, and where it is known.
      if (elsewhereDeadline(intentText(text).norm))
        return "这件事的截止时间我这里查不到，请以发来的通知为准，或问问负责的科室。我只负责收集工作填报、起草总结（填报本身没有硬性截止）。如果这是您要报的工作情况，点「记为填报」。";
      return "这像是在问一件事的进展或办法：我查不到，也办不了，我只负责收集工作填报、起草总结。如果这是您要报的工作情况，点「记为填报」。";
    case "name":
      // 「明年想搞个直播培训」 (round fifty-one, console trial): a short plan is no name of something done — it was told
      // 「我看不出做了什么」; what is ahead is said to be so, as for longer lines.
      if (PLAN_SAID.test(text) && pieceKind(intentText(text).norm) === "plan") return AHEAD_LINE;
      return `只有「${short}」几个字，我看不出做了什么，先没有保存。是要报的工作的话，补上做了什么、关键数据再发一次，或点「记为填报」。`;
    default:
      // 「百分之八十」「3个」: a figure and nothing it counts; 「明天去石板村开培训会」: work ahead (hosted-ahead.ts).
      return aheadLine(intentText(text).norm) ?? figureOnlyLine(text, short);
  }
}

/**
 * 「下周去趟柳河乡」「明天要去县里跑一下项目的事」: what reads as still ahead (the clause reader finds a plan, and nothing
 * is told done) is said to be so in one line, with what to do — report it when done, or file it now as a plan (记为填报
 * files such a line under 下一步计划). Round thirty-three's leftover: it was only 「我没看出这是不是工作情况」.
 */
const AHEAD_LINE =
  "这读起来是还没做的事（接下来的安排），我先没有保存。做完后把做了什么、关键数据发给我；要现在记作下一步计划，点「记为填报」。";

/** A word of what is ahead said outright (a season alone, 「冬季防火巡查」, names a task). */
const PLAN_SAID = /明年|来年|下一?步|下(?:个)?(?:周|礼拜|星期|月|季度|半年)|打算|准备|计划|想要?|拟|将要/;

/** A trip told done with nothing done there: 去了趟、跑了一趟、下了趟. */
const TRIP_DONE = /(?:去|跑|下|到|克)了(?:一)?趟/;

function figureOnlyLine(text: string, short: string): string {
  const norm = intentText(text).norm;
  const w = measureWork(norm);
  if (w.figure && w.beyondFigures === 0)
    return `只有一个数「${short}」，没说是哪项工作的，先没有保存。是要报的工作的话，补上做了什么再发一次，或点「记为填报」。`;
  if (!w.aspect && pieceKind(norm) === "plan") return AHEAD_LINE;
  // 「今天去了趟城东村」「跟领导跑了一趟乡里」: where one went is said, what was done there is not.
  if (TRIP_DONE.test(norm))
    return "只说了去了哪里，没说在那里做了什么，先没有保存。补上做了什么、关键数据再发一次；就按这句记的话，点「记为填报」。";
  return "我没看出这是不是工作情况，先没有保存。";
}
