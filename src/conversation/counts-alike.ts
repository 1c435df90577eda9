/** A figure named then 是 and a value, matched against the waiting drafts (from correction-request.ts). */

/**
 * 「人数是20个」「企业数是6家」「吨数是25吨」: what a figure counts (…数、…额、…量), then 是 and a value — a
 * correction of the draft on the card when that draft counts in the same unit (else a report of its own:
 * 「专利授权量暂时不清楚，申请量是146件」).
 */
const FIGURE_NAME_IS =
  /(?:^|[\s，,。！!：:])[\u4e00-\u9fff]{0,3}(?:数|额|量)(?:应该|其实|实际)?是\s*([\d一二两三四五六七八九十百千万]+)\s*([\u4e00-\u9fff])/;

/** 「人数是20个」 while a draft that counts in 个 waits (去了18个人): FIGURE_NAME_IS of that draft. */
export function countsAlike(text: string, drafts: ReadonlyArray<{ text: string }>): boolean {
  const unit = FIGURE_NAME_IS.exec(text)?.[2];
  if (unit) {
    // 「不过人数是6个」 to 「5人参加」: 个 counts people as 人、名、位 do.
    const units = PEOPLE.includes(unit) ? `[${PEOPLE}]` : unit;
    const counted = new RegExp(`[\\d一二两三四五六七八九十百千万多几来余]\\s*${units}`);
    if (drafts.some((d) => counted.test(d.text))) return true;
  }
  // 「听众是350人」 to 「听众300人」: a word of the draft named, then 是 and a new figure in the unit it has there.
  const named = LABEL_IS.exec(text);
  if (!named) return false;
  const [, label, value, said] = named;
  const there = new RegExp(
    `${label}[^\\d一二两三四五六七八九十百千万，,。]{0,2}([\\d一二两三四五六七八九十百千万]+)\\s*${said}`,
  );
  // 「学习是3次」 to 「组织了2次廉政学习」, 「讲座是3场」 to 「办了2场讲座」: the figure said before what it counts.
  const before = new RegExp(
    `([\\d一二两三四五六七八九十百千万]+)\\s*${said}[^\\d一二两三四五六七八九十百千万，,。]{0,4}?${label}`,
  );
  return drafts.some((d) => {
    const m = there.exec(d.text) ?? before.exec(d.text);
    return m !== null && m[1] !== value;
  });
}

/** Units that count people. */
const PEOPLE = "人个名位";
/** 「听众是350人」「通过的是16家 我再核一下」: 2–4 characters naming what is counted, (的)是, a figure, its unit. */
const LABEL_IS =
  /(?:^|[\s，,。！!：:]|不过|但是|就是|其实)([\u4e00-\u9fff]{2,4}?)的?(?:应该|其实|实际)?是\s*([\d一二两三四五六七八九十百千万]+)\s*([\u4e00-\u9fff]{1,2})[了啊哈吧]*(?=$|[\s，,；;])/;
