/**
 * The bare verbs a plan is left with once its lead is gone (「明年再报」「明年接着办」), and how a document writes each:
 * the first form is the one a written plan says (报 → 申报); all of them are what the message's written work is searched
 * for (报: 申报 or 上报). One table for plan-subject.ts (bareVerbWithObject) and plan-bare-verb.ts (bareVerbFromWork),
 * which read the same class of plan (review38).
 */
export const PLAN_VERBS: Readonly<Record<string, readonly string[]>> = {
  报: ["申报", "上报"],
  申报: ["申报"],
  上报: ["上报", "申报"],
  补报: ["补报"],
  补: ["补齐"],
  交: ["提交", "报送"],
  提交: ["提交", "报送"],
  办: ["办理", "举办", "开办"],
  举办: ["举办"],
  建: ["建设", "新建", "创建"],
  建设: ["建设", "新建"],
  改: ["整改", "改造"],
  整改: ["整改"],
  推: ["推广", "推进", "推动"],
  推广: ["推广"],
};

/** The bare verb as a written plan says it (报 → 申报), or as it was. */
export function writtenPlanVerb(verb: string): string {
  return PLAN_VERBS[verb]?.[0] ?? verb;
}
