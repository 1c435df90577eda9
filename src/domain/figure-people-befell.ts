/**
 * Counts of 个 that can only be people, by what is said of them (round forty, fig40) — besides the readings of
 * figure-context.ts:
 *
 * - what befalls only people, said after the count (「两个中暑了」「一千多个瘫在床上的」「三个死了的老人」「十七个都在岗」
 *   「三十一个拿到了证」「这期二十八个 是从劳务公司招的」) or before it (「中暑了两个」「受伤了三个」);
 * - a count of people's wages or pensions (「二十几个的工钱没结」「五个的养老金」);
 * - a head count said as 人数 (「人数稳在一千个左右」), or as those who took up posts (「人员上岗了 一百二十六个」);
 * - applicants of a talent scheme (「人才计划申报八个 过了初评五个」).
 *
 * 「死了三头牛」「十七个都在建」「五个的进度」 stay what they count.
 */
const AFTER =
  /^\s*(?:(?:都|全|也|还|已经?|就)?(?:在岗|在位上|到岗了|拿到了?证|取得了?证|考取了?证|中暑|受伤|摔伤|烫伤|冻伤|病倒|晕倒|瘫|卧床|常年卧床)|(?:已经)?(?:死|去世|过世|病故)了的|的(?:工钱|工资|工资款|工费|养老金|低保金|社保|医保)|是[^，。；]{0,10}?(?:招|聘|录|选|派|请)(?:来|进来)?的)/;
const BEFORE_CLAUSE =
  /(?:(?:中暑|受伤|摔伤|烫伤|冻伤|病倒|晕倒|累倒)了|(?:人员|的人)(?:都|已经?)?(?:上岗|到岗|入职|报到)了|人数[^，。；\d]{0,8}?(?:在|到|是|为|有|达到?))(?:大概|大约|约|差不多|将近|近|有)?\s*$/;
// 「人才培养基地申报了三个」: a place or body named after talent (…基地、…平台、…工作站) counts places, not people.
const TALENT =
  /人才(?![公工项引政服中基驿站补资库网市交])(?![\u4e00-\u9fff]{0,4}(?:基地|平台|工作站|服务站|中心|园|公寓|驿站|项目|学院|超市|市场|小镇))/;
const TALENT_STEP = /(?:申报|推荐|入选|评上|认定|遴选|初评|初审|复审|评审|面试)了?\s*$/;

/** Whether the 个 count at [cs, end) of `t` counts people by what befalls them or how they are counted. */
export function peopleBefell(t: string, cs: number, end: number): boolean {
  if (AFTER.test(t.slice(end))) return true;
  let a = cs;
  while (a > 0 && !/[，,。；;！!？?\n]/.test(t[a - 1] ?? "")) a--;
  if (BEFORE_CLAUSE.test(t.slice(a, cs))) return true;
  let s = cs;
  while (s > 0 && !/[。；;！!？?\n]/.test(t[s - 1] ?? "")) s--;
  const lead = t.slice(s, cs);
  return TALENT.test(lead) && TALENT_STEP.test(lead);
}
