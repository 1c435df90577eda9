/**
 * The unit of a bare number from the noun that names its count (门诊人次三万四千多), or from the
 * figure just said when a change heads its clause (去年是47.5万人，掉了一万多). Read by readNumber.
 */

/** Nouns naming what a bare number counts: 门诊人次、参保人数、受益户数、案件数. */
// 「企业要的岗位才三百出头」: posts are counted in 个.
const COUNT_NOUN =
  /(人次|人数|户数|件数|次数|岗位)(?:是|为|达到?|有|大概|约|共|已经?|已达|才|只有|就|仅|一共)?$/;
const COUNT_NOUN_UNIT: Record<string, string> = {
  人次: "人次",
  人数: "人",
  户数: "户",
  件数: "件",
  次数: "次",
  岗位: "个",
};

export function countNounUnit(t: string, cs: number): string | undefined {
  const right = COUNT_NOUN.exec(t.slice(Math.max(0, cs - 8), cs));
  if (right) return COUNT_NOUN_UNIT[right[1] ?? ""];
  let s = cs;
  while (s > 0 && !/[。；;！!？?\n]/.test(t[s - 1] ?? "")) s--;
  // 「去年是47.5万人，掉了一万多」: a change heading its clause, with no subject or unit of its own,
  // counts in the unit of the figure said just before it in the sentence.
  if (
    /(?:^|[，,\s])(?:又|还|就|足足|整整)?(?:掉|少|多|涨|跌|减少|增加|下降|增长|下滑)了$/.test(t.slice(s, cs))
  ) {
    const last = [
      ...t
        .slice(s, cs)
        .matchAll(/[\d.一二两三四五六七八九十百千万亿]+(?:多|余)?(人次|人|名|户|家|头|亩|吨|件)/g),
    ].pop();
    if (last) return last[1] === "名" ? "人" : last[1];
  }
  // 「油菜种了一万一千来亩，明年打算扩到一万五」: raised or cut to a bare number, in the unit of the figure
  // said before it in the sentence.
  if (/(?:扩大?|增加|提高|提升|发展|增|涨|减少|降|压|缩|控制)到$/.test(t.slice(Math.max(0, cs - 4), cs))) {
    const last = [
      ...t
        .slice(s, cs)
        .matchAll(/[\d.一二两三四五六七八九十百千万亿]+(?:多|余|来)?(人次|人|名|户|家|头|亩|吨|件)/g),
    ].pop();
    if (last) return last[1] === "名" ? "人" : last[1];
  }
  // 「…比去年多了五千多」: the comparison's own count noun is the one said just before in the sentence.
  if (!/(?:比|较)[^，。；]{0,6}(?:多|少|增加|减少|增长|下降)了?$/.test(t.slice(Math.max(0, cs - 12), cs)))
    return undefined;
  const said = [
    ...t.slice(s, cs).matchAll(/(人次|人数|户数|件数|次数)[^，。；比]{0,8}[\d一二两三四五六七八九十百千万]/g),
  ].pop();
  if (said) return COUNT_NOUN_UNIT[said[1] ?? ""];
  // 「参保41.2万人，比去年少了八千多」: with no count noun, a comparison heading its clause counts in the
  // unit of the figure said just before it in the sentence, as a bare change does.
  if (!/(?:^|[，,\s])比[^，。；]{0,6}(?:多|少|增加|减少|增长|下降)了?$/.test(t.slice(s, cs)))
    return undefined;
  const last = [
    ...t
      .slice(s, cs)
      .matchAll(/[\d.一二两三四五六七八九十百千万亿]+(?:多|余)?(人次|人|名|户|家|头|亩|吨|件)/g),
  ].pop();
  return last ? (last[1] === "名" ? "人" : last[1]) : undefined;
}
