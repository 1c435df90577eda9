/**
 * Rough amounts as a 公文 writes them (the offline drafter's written form, polish-prose.ts): staff say 80来人、
 * 20个出头、1500人左右、好几家、几千份, a document 80余人、20余个、约1500人、多家、数千份. 3000多人次 stays: the
 * seed documents write N多 and N余 alike (300多人次、8000余人次). Only how a rough figure is said changes — its
 * value (what the figure scanner reads) stays; 好几年、几个村、左右两侧 are left as they are.
 */

/** A number in digits or in words, 万/亿 after it allowed (2000万、两千). */
const NUM = "(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百千]+)(?:万|亿)?";
/** Units a rough count or amount takes (人次 before 人, 万元 before 万). */
const UNIT =
  "(?:人次|万元|亿元|人|个|家|户|名|位|场|次|期|批|所|项|份|本|册|套|台|条|件|块|处|亩|村|元|吨|株|篇|天|间|座)";
/** No digit or numeral runs into the number from before. */
const START = "(?<![\\d.一二两三四五六七八九十百千万亿])";

const RULES: Array<[RegExp, string]> = [
  // 80来人、两千来份 → 80余人、两千余份.
  [new RegExp(`${START}(${NUM})来(?=${UNIT})`, "gu"), "$1余"],
  // 20个出头 → 20余个.
  [new RegExp(`${START}(${NUM})(${UNIT})出头`, "gu"), "$1余$2"],
  // 1500人左右、1800万元左右 → 约1500人、约1800万元.
  [new RegExp(`${START}(${NUM}${UNIT})左右`, "gu"), "约$1"],
  // 好几百人次、好几千份 → 数百人次、数千份; 好几家、好几场 → 多家、多场 (好几年 is how long: kept).
  [/好几(?=[十百千万])/gu, "数"],
  [/好几(?=(?:家|场|次|批|期|项|所|个(?:村|乡|镇|项目|企业|单位|部门|基地|园区)|户|处|名|位|份))/gu, "多"],
  // 几十、几百、几千、几万 + unit → 数十…; 十几次 → 十余次.
  [
    /(?<![十百千万\d一二两三四五六七八九])几(?=[十百千万](?:万|亿)?(?:人次|万元|人|个|家|户|名|位|场|次|期|批|所|项|份|本|套|台|条|件|块|处|亩|村|元|吨|株))/gu,
    "数",
  ],
  [
    /(?<=[十百千])几(?=(?:人次|万元|人|个|家|户|名|位|场|次|期|批|所|项|份|本|套|台|条|件|块|处|亩|村|元|吨|株))/gu,
    "余",
  ],
];

/** The rough amounts of `text` in their written form (see module comment). */
export function writtenAmounts(text: string): string {
  let t = text;
  for (const [re, to] of RULES) t = t.replace(re, to);
  return t;
}
