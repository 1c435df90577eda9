import type { Change, CorrectionPlan } from "./plan-correction.js";

/**
 * card44: an estimate word said before a figure (大概、大约、差不多、估计、约) is no part of the figure's words (大概六百人 is read
 * 六百人 with the estimate flag), so a correction that changed only the number kept it: 「不对，是六百五十人」 on 「来了大概六百人」
 * gave 「来了大概六百五十人」 — still an estimate on the card (约650人), though the number was said exactly. As inheritUnit does
 * for 多/余/来 (「是2300」 for 「二千多人」 is exact), a new number said without any estimate word takes the old estimate word
 * with it: 「来了六百五十人」. A new number said roughly (大概是650、六百五左右、七十多) keeps it.
 */

/** The estimate word right before the old figure (maybe with 是/有 after it). 签约、合约… are no estimate. */
const ESTIMATE_BEFORE =
  /(?:大概|大约|大致|约莫|差不多|估计|将近|接近|(?<![签合节预制特公条履违续缔邀盟])约)(?:是|有)?$/u;
/** The correction says the new number roughly. */
const ROUGH_SAID =
  /大概|大约|大致|约莫|(?<![签合节预制特公条履违续缔邀盟])约|差不多|估计|左右|上下|将近|接近|出头|开外|[0-9一二两三四五六七八九十百千万][多余来几]/u;

/**
 * route45: the estimate word after the figure (六百人左右、五十岁上下) was taken with the old figure's unit, so 「应该是650人」 gave
 * 「650人左右」 and a note that the unit was not said. Said exactly, the new figure takes no estimate word after it either.
 */
const ESTIMATE_AFTER = /(?:左右|上下|出头|开外)$/u;

function tailDropped(c: Change): Change {
  const m = ESTIMATE_AFTER.exec(c.to);
  if (!m) return c;
  const { unit, ...rest } = c;
  const left = unit?.replace(ESTIMATE_AFTER, "");
  return { ...rest, to: c.to.slice(0, -m[0].length), ...(left ? { unit: left } : {}) };
}

/**
 * lead47: the estimate word the correction says before its new number (「修改 1 大概七百户」「差不多七百户」) is no part of the
 * figure's words either, so the new number went in bare (困难户七百户) and the estimate was lost. It goes in with the number,
 * unless the old text already has one right before the figure (that one stays).
 */
const ESTIMATE_SAID =
  /^[^\d一二两三四五六七八九十百千万]{0,8}?(大概|大约|大致|约莫|差不多|估计)(?:是|有)?\s*(?=[\d一二两三四五六七八九十百千万])/u;

function estimateSaid(old: string, said: string, c: Change): Change {
  const word = ESTIMATE_SAID.exec(said)?.[1];
  if (!word || ROUGH_SAID.test(c.to) || ESTIMATE_BEFORE.test(old.slice(0, c.at))) return c;
  return { ...c, to: `${word}${c.to}` };
}

export function estimateSettled(old: string, said: string, plan: CorrectionPlan): CorrectionPlan {
  if (ROUGH_SAID.test(said)) {
    if (plan.kind === "substitute") return { kind: "substitute", ...estimateSaid(old, said, plan) };
    if (plan.kind === "which")
      return { ...plan, options: plan.options.map((o) => estimateSaid(old, said, o)) };
    return plan;
  }
  const settle = (inherited: Change): Change => {
    const c = tailDropped(inherited);
    const m = ESTIMATE_BEFORE.exec(old.slice(0, c.at));
    if (!m || /[多余来几]|左右|上下|出头/u.test(c.to)) return c;
    return { ...c, from: `${m[0]}${c.from}`, at: c.at - m[0].length };
  };
  if (plan.kind === "substitute") return { kind: "substitute", ...settle(plan) };
  if (plan.kind === "which") return { ...plan, options: plan.options.map(settle) };
  return plan;
}

/**
 * 「大概六百人改成六百五十人」, and the same change as correct-update.ts hands it on (「大概六百人」改成「六百五十人」): the
 * words kept before the new figure lose an estimate word at their end when the new figure is said exactly (edit-update.ts).
 */
export function prefixSettled(prefix: string, to: string): string {
  if (ROUGH_SAID.test(to)) return prefix;
  const m = ESTIMATE_BEFORE.exec(prefix);
  return m ? prefix.slice(0, -m[0].length) : prefix;
}
