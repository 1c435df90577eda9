/**
 * draft53 (县卫生健康局, 北海): spoken leftovers of health work the earlier passes let through, each a fixed rewrite by class
 * that keeps every figure and what it counts (figures are digits by now; spokenLeftovers runs these first):
 * - shots given (接种8000多针) are 剂次 (打咗…针 is written so by dialect-written-beihai.ts, which also counts 间 of clinics as 个);
 * - a screening or check named, then 做了 + its count (筛查，做了3000个) → the name and the count;
 * - who came, said after the event (dialect-written-yue.ts made 嘅 的): 考核过了的有90个 → 考核合格90人, 来看病的有 → 就诊群众,
 *   献血的有 → 参与献血;
 * - plans: 不可以停/不能停 → 确保常态化开展 (as draft52's 不能断).
 */
export const HEALTH_RULES: Array<[RegExp, string]> = [
  [/(接种\d+(?:\.\d+)?万?(?:多|余)?)针/gu, "$1剂次"],
  [/((?:筛查|体检|检测|随访|巡诊|义诊)(?:工作)?)[，,\s]*(?:做|搞|弄)了(?=\d)/gu, "$1"],
  [/考核(?:过|通过|合格)了?的有?(\d+(?:多|余)?)(?:个|名|人)/gu, "考核合格$1人"],
  [/(?:来)?(?:看病|就诊|看诊)的有?(?=\d)/gu, "就诊群众"],
  [/献血的有?(?=\d)/gu, "参与献血"],
  // 出车出了 (a verb said twice, once in the work's name) was written 出车出动 by the rules before: 出车 alone.
  [/出车出动(?=\d)/gu, "出车"],
  [/[，,](?:绝对)?(?:不可以|不能|不得)停(?:下来)?(?=$|[，,。；;])/gu, "，确保常态化开展"],
];
