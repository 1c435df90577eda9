/**
 * 「今年新组建的4个团队下周要下乡」「新开发的20个岗位下个月要上岗」: a done word in the attribute of the
 * subject of a step with a time ahead (nothing closed with 了) names the thing; the step is the plan.
 */
export function inSubjectAttribute(t: string, at: number): boolean {
  const m = SUBJECT_ATTRIBUTE.exec(t);
  return !!m && at < m[1]!.length;
}
const SUBJECT_ATTRIBUTE =
  /^([^，。；了过已]{1,10}的)[^，。；的了]{2,14}?(?:下周|下个?月|下个?礼拜|明年|年底前?|月底前?|年前|元旦前)(?:也|还|就)?(?:要|得|准备|打算|开始)/;
