/**
 * draft52 (县文化广电旅游体育局, 衢州): spoken leftovers the earlier passes let through, each a fixed rewrite by class that keeps
 * every figure and what it counts (figures are digits by now; spokenLeftovers runs these first, before MARKET_RULES):
 * - a verb said twice, once in the work's name (罚款罚了2万余、换书换了1.2万多册) → the name alone: 罚款2万余、换书1.2万多册.
 */
export const CULTURE_RULES: Array<[RegExp, string | ((m: string, ...g: string[]) => string)]> = [
  [/([\u4e00-\u9fff])(?!\1)([\u4e00-\u9fff])\1了(?=\d)/gu, "$1$2"],
];
