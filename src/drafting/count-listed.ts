/**
 * Counts of names staff listed: 「与陕西某某有限公司和某某合作社签约」 reports two bodies, so a
 * draft may say 「与两家企业签约」 or 「2家企业」. A list is two or more names ending in the same
 * kind of suffix, separated only by 、 和 及 与 以及.
 */
const KINDS: Array<{ suffix: string; words: string; units: string[] }> = [
  { suffix: "有限责任公司|股份有限公司|有限公司|公司|集团|厂|企业", words: "企业公司", units: ["家", "个"] },
  { suffix: "合作社", words: "合作社企业", units: ["家", "个"] },
  { suffix: "大学|学院|学校|中学|小学", words: "学校高校院校", units: ["所", "个", "家"] },
  { suffix: "研究院|研究所|实验室|研究中心", words: "科研院所机构", units: ["家", "个", "所"] },
  { suffix: "医院|卫生院", words: "医院医疗机构", units: ["家", "所", "个"] },
  { suffix: "村", words: "村", units: ["个"] },
  { suffix: "镇|乡|街道", words: "乡镇", units: ["个"] },
  { suffix: "基地|园区|示范园", words: "基地园区", units: ["个", "处"] },
];
const SEP = /^(?:、|和|及|与|以及)$/u;

export interface ListedCount {
  value: number;
  unit: string;
  words: string;
}

/** Every count the text's lists of names support, one entry per counting word. */
export function countListedNames(text: string): ListedCount[] {
  const out: ListedCount[] = [];
  for (const kind of KINDS) {
    const name = new RegExp(
      `(以及|[、和及与])?[\\u4e00-\\u9fffA-Za-z0-9（）()“”]{1,18}?(?:${kind.suffix})`,
      "gu",
    );
    const found = [...text.matchAll(name)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      joined: m[1] !== undefined,
    }));
    let run = 1;
    for (let i = 1; i <= found.length; i++) {
      const prev = found[i - 1];
      const cur = found[i];
      const gap = cur && prev ? text.slice(prev.end, cur.start) : undefined;
      if (cur && (SEP.test(gap ?? "x") || (gap === "" && cur.joined))) {
        run += 1;
        continue;
      }
      if (run >= 2) for (const unit of kind.units) out.push({ value: run, unit, words: kind.words });
      run = 1;
    }
  }
  return out;
}
