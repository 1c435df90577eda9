import { findFigures } from "../domain/figure-scan.js";
import { planCorrection } from "./plan-correction.js";

/** Words saying a figure is changed, not added: 改成、应该是、写错、不对. */
const CHANGE_SAID = /改成|改为|换成|应该是|应为|应是|写错|填错|报错|打错|弄错|搞错|不对|错了|有误/;

/** The units each kind of figure is counted in. */
const KIND_UNITS: ReadonlyArray<[RegExp, RegExp]> = [
  [/人数|人次/, /人|名|位|个|次/],
  [/金额|资金|经费|投入|成交额|收入|投资|补助/, /元|万|亿/],
  [/比例|占比|增幅/, /%|百分/],
  [/户数/, /户/],
  [/家数/, /家|个/],
  [/场次|次数/, /场|次|期/],
  [/个数|件数|份数/, /个|件|份|项/],
];

/** 「12改成15」「12个改成15个」: the old number said in digits before the change, and the new value. */
const OLD_BEFORE_CHANGE =
  /(?<![\d.])(\d+(?:\.\d+)?)([\u4e00-\u9fff%]{0,2}?)\s*(?:改成|改为|换成|变成)\s*(\d+(?:\.\d+)?[\u4e00-\u9fff%]{0,2})/u;

/** Most characters an edit naming a figure by its kind may be (「人数改成46人」「参加人数应该是1300」). */
const SHORT = 24;

/**
 * 「人数改成46人」 for 「科技活动周布置科普展板20块」: a new value for a kind of figure (人数、金额) the update
 * has none of, said as a change (改成、写错了 应该是). Neither an addition to the text nor a change of
 * another figure — the edit is asked again, saying so. The kind named and the value said; undefined when the update has that kind or the
 * text is no such edit.
 */
export function kindMissing(base: string, typed: string): { what: string; value: string } | undefined {
  // 「参加人数120人」 adds the figure (a supplement, as the edit invites); only a change said of it asks.
  if ([...typed].length > SHORT || !CHANGE_SAID.test(typed)) return undefined;
  // 「12改成15」 where the update has no 12: the old number is not there — never another figure changed instead
  // (lead, round forty-five: 3场 became 15场).
  const named = OLD_BEFORE_CHANGE.exec(typed);
  if (named) {
    const n = named[1] as string;
    const there = findFigures(base).some((g) => g.figure.value === Number(n)) || base.includes(n);
    return there ? undefined : { what: `「${n}${named[2] ?? ""}」`, value: named[3] as string };
  }
  const plan = planCorrection(base, typed);
  if (plan.kind !== "not-found" || !plan.what) return undefined;
  // Any figure that may count that kind (people in 人次 or 个 too) leaves it to the usual edit.
  const units = KIND_UNITS.find(([kind]) => kind.test(plan.what!))?.[1];
  if (!units || findFigures(base).some((g) => units.test(g.figure.unit))) return undefined;
  return { what: plan.what, value: plan.value };
}
