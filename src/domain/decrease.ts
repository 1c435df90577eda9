import type { ClauseKind } from "./clause-kind.js";

/**
 * Less than before, read by what fell (moved out of clause-kind.ts, which stays under the file-size
 * limit): fewer of a good thing is a problem, fewer of a bad thing (事故、费用、投诉…) is work done.
 */

/** Fewer than last year, said of a subject in the same piece: a problem unless what fell is something bad (事故、费用、投诉…). */
export const DECREASE =
  /[\u4e00-\u9fff]{2}(?:比[^，。比]{0,5}?(?:去年|上年|上一年|前年|同期|往年|以往|往常|平常|平时|常年|正常|上月|上个月|上季度|计划|目标|预期|预计|任务|要求|标准|年初|城区|城里|县城|城市|全市|全省|全国|市里|省里|周边|邻县|外县|外地|平均)[^，。]{0,4}|[同环]比)(?:少|减少|下降|下滑|降低|回落|减|低|慢|晚|掉)/;
/** The same said with its subject in the piece before: 「建筑业产值23.6亿元，比去年同期少了两个多亿」. */
const BARE_DECREASE =
  /^(?:比[^，。比]{0,5}?(?:去年|上年|上一年|前年|同期|往年|以往|往常|平常|平时|常年|正常|上月|上个月|上季度|计划|目标|预期|预计|任务|要求|标准|年初|城区|城里|县城|城市|全市|全省|全国|市里|省里|周边|邻县|外县|外地|平均)|[同环]比)[^，。]{0,4}(?:少|减少|下降|下滑|降低|回落|减|低|慢|晚|掉)|^(?:比|低于|落后于?)[^，。比]{0,3}?(?:全市|全省|全国|市里|省里|平均|周边|兄弟县)[^，。]{0,6}?(?:低|少|差|落后)|^(?:又|还|就|都|足足|整整|一下子)?(?:掉|跌|少|下滑|缩水)(?:了|到)(?=[\d一二两三四五六七八九十几百千万半]|一大截|一截|不少|很多|好多)/;

/**
 * Something that fell (下降了两成、减少了一成多、下滑了不少): the verb, then an amount or nothing more. 掉 after
 * a verb of handling (处理掉、卖掉、检掉、打掉 — 吴语 and northern speech close a job with it) is the job done, no fall.
 */
export const FELL =
  /[\u4e00-\u9fff]{2}(?:下降|减少|降低|回落|萎缩)(?:了|得)?(?=[\d一二两三四五六七八九十几百千万多近约]|不少|很多|明显|较多|更多|更快|厉害|$|[，。；！!]|左右)|(?<!比[^，。；]{0,8})[\u4e00-\u9fff]{2}(?:(?<!处理|处置|解决|化解|[卖检发用花清拆改扔烧销毁除退砍推关停封办做弄搞整查修换删割挖还结消干种打收批审核])掉|跌|少|下滑|缩水)(?:了|到)(?=[\d一二两三四五六七八九十几百千万半]|一大截|一截|不少|很多|好多)|[\u4e00-\u9fff]{2}下(?:了|去)(?:一大截|一截|不少|很多|好多)/;

/**
 * A decrease with no subject of its own, read against the piece before it, which names what fell:
 * a problem unless that is something bad (事故、成本…); undefined when the piece is no such decrease.
 */
export function decreaseAfter(piece: string, before: string): ClauseKind | undefined {
  if (!BARE_DECREASE.test(piece.trim())) return undefined;
  return saysBadThing(before) || saysBadThing(piece) ? "done" : "problem";
}
export const BAD_THING =
  /(?:接待|差旅|会议|招待|办公|燃油|水电|运维|公务|印刷)费|电费|水费|环节|手续|跑腿|辍学|发病|患病|发生率|事故|案件|发案|刑事|治安|投诉|信访|火灾|死亡|伤亡|违法|违规|违章|隐患|酒驾|醉驾|警情|火情|污染|排放|能耗|成本|费用|开支|支出|三公|时限|时间|天数|差错|欠|失业|贫困|不合格|超标|纠纷|上访|亏损|负债|闲置|空置|拖欠|积案|降水|雨(?![季天期])/;

/** Work against a bad thing, whose count is a result (追回违规资金、查处违法案件、破获刑事案件). */
const AGAINST =
  /(?:追回|查处|破获|侦破|收缴|挽回|查办|办结|化解|调处|清收|清欠|追缴|打掉|抓获|处置)[^，。；]{0,4}$/;

/**
 * What fell is something bad (事故、投诉、费用…), so fewer is better — unless it is named as what
 * work against it brought in (「追回违规资金…比去年少追了一半多」: less recovered is a shortfall).
 */
export function saysBadThing(t: string): boolean {
  // 「查处酒驾34起，醉驾6起，比去年同期少了11起」: 起 counts incidents, which are bad things.
  if (
    /[\d一二两三四五六七八九十几]起(?![来床点步飞跑])/.test(t) &&
    !AGAINST.test(t.replace(/[\d一二两三四五六七八九十几]+起.*$/, ""))
  )
    return true;
  for (const m of t.matchAll(new RegExp(BAD_THING.source, "g")))
    if (!AGAINST.test(t.slice(0, m.index))) return true;
  return false;
}
