/**
 * 「支部部署了下半年学习计划 每月集中学习2次」「局里定了值班制度，每周轮一次」: after a plan, a schedule or a rule
 * was said to be made (部署、制定、定、出台 + 计划、安排、制度、方案), a piece with no sign of its own that opens on how
 * often (每月、每周、每季度…) says what that plan will have done from now on: a plan, not work done (round
 * thirty-eight, fig38). 「每月集中学习2次」 told on its own, with no plan made before it, is left as it was.
 */
const HOW_OFTEN = /^(?:以后|今后|往后)?(?:每(?:个)?(?:月|周|礼拜|星期|季度|半年|年|天|日)|隔(?:周|月))/;
const PLAN_MADE =
  /(?:部署|布署|制定|制订|定|出台|印发|下发|排|拟定|明确)了?[^，。；]{0,10}?(?:计划|安排|制度|方案|办法|规定|规矩|机制|表)(?:[，,\s]*)$/;

export function standingPlan(piece: string, before: string | undefined): boolean {
  return HOW_OFTEN.test(piece.trim()) && PLAN_MADE.test((before ?? "").trim());
}

/**
 * 「支部部署了下半年学习计划」「局里研究了明年重点工作」: a plan set (部署了、制定了、研究了…) with nothing after its
 * object is work done — the meeting was held — though the object names a time ahead or a 计划.
 */
const PLAN_SET_DONE =
  /^[^，。；]{0,8}?(?:部署|布署|制定|制订|研究|谋划|定|订|印发|下发|出台)了[^，。；了]{0,14}?(?:计划|安排|方案|工作|重点|任务|要点)$/;

export function planSetDone(piece: string): boolean {
  return PLAN_SET_DONE.test(piece.trim());
}

/** 「部署了下半年学习计划」「研究了明年的重点」: the time after a plan set is its object's; no clause turns there. */
export function planSetFor(s: string, at: number): boolean {
  return (
    /(?:部署|布署|制定|制订|研究|谋划|安排|讨论|明确|定|订)$/.test(s.slice(0, at)) &&
    /^了(?:下半年|明年|来年|下个?月|下周|下学期|下一步|下步|年底|今冬明春)/.test(s.slice(at))
  );
}

/** Where how often a plan just named runs begins: 「…学习计划|每月集中学习2次」. */
export const OFTEN_AFTER_PLAN =
  /(?<=(?:计划|安排|制度|方案|办法|规定|机制)\s?)(?=每个?(?:月|周|礼拜|星期|季度|年|天))/g;
