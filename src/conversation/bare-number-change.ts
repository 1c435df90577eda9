import { findFigures } from "../domain/figure-scan.js";
import type { CorrectionPlan } from "./plan-correction.js";

/**
 * 「人数不是200，是230」: numbers said without their unit — the old one found once in the update as a
 * number of its own (not inside a longer one), replaced by the new one.
 */
export function bareNumberChange(old: string, said: string): CorrectionPlan | undefined {
  // 「不是45 是54」, or the other way round: 「应该是54 不是45」.
  const m = /不是\s*(\d+(?:\.\d+)?)\s*[，,、\s]?\s*(?:而|应该|应)?是\s*(\d+(?:\.\d+)?)(?![\d.])/.exec(said);
  const r = m
    ? undefined
    : /是\s*(\d+(?:\.\d+)?)\s*[，,、\s]?\s*(?:而)?不是\s*(\d+(?:\.\d+)?)(?![\d.])/.exec(said);
  if (!m && !r) return undefined;
  const [from = "", to = ""] = m ? [m[1], m[2]] : [r![2], r![1]];
  const at = [...old.matchAll(/\d+(?:\.\d+)?/g)].filter((x) => x[0] === from);
  if (at.length !== 1 || from === to) return undefined;
  return { kind: "substitute", from, to, at: at[0]!.index };
}

/** 不是1200、写成1200: the old number named bare, whatever follows it (不是1200是1300). */
const OLD_NAMED_BARE = /(?:不是|(?:错|误)?(?:写|打|填|报|记|弄|录)成)\s*(\d+(?:\.\d+)?)(?![\d.万亿千百])/;

/**
 * 「不是1200是1300」「写成1200了」 where `old` holds no 1200: not-found, with the new value (read by
 * `readValue`, the planner's reader of a number said without its unit).
 */
export function oldNumberAbsent(
  old: string,
  said: string,
  readValue: (said: string) => { typed: string } | undefined,
): CorrectionPlan | undefined {
  const named = OLD_NAMED_BARE.exec(said);
  if (!named) return undefined;
  const value = Number(named[1]);
  if (findFigures(old).some((g) => g.figure.value === value) || old.includes(named[1]!)) return undefined;
  const rest = `${said.slice(0, named.index)} ${said.slice(named.index + named[0].length)}`;
  const to = readValue(rest);
  return to ? { kind: "not-found", value: to.typed } : undefined;
}
