/**
 * An application's outcome as a 公文 writes it (lead's console trial, round thirty-six): after something was put forward
 * in the same sentence (申报、报了、申请、推荐、参评、送审…), staff say how many got through as 「过了3家」「批了7个」
 * 「评上了2个」「都过了」(「都过」once its 了 is dropped); a document says 「通过3家」「获批7个」「入选2个」「全部通过」. Without an application before it,
 * 过了 is time or a pass over something (「过了3天」「培训过了」) and stays.
 */
const PUT_FORWARD =
  /申报|报了|报送|上报|申请|推荐|参评|参选|评审|认定|验收|考核|审核|初审|复审|答辩|送审|报上去/u;
/** A clause's head, where the outcome is said: the start, a comma or a space, and a word of how it ended. */
const HEAD = "(?<=^|[，,、\\s])(?:最后|最终|结果|其中|目前|现在)?";
const COUNT = "(?=[\\d一二两三四五六七八九十几])";
const OUTCOMES: Array<[RegExp, string]> = [
  [new RegExp(`${HEAD}(?:只|仅)过了${COUNT}`, "gu"), "仅通过"],
  [new RegExp(`${HEAD}过了${COUNT}`, "gu"), "通过"],
  [new RegExp(`${HEAD}(?:只|仅)批了${COUNT}`, "gu"), "仅获批"],
  [new RegExp(`${HEAD}(?:批了|批下来了?|批下了)${COUNT}`, "gu"), "获批"],
  [new RegExp(`${HEAD}(?:评上了?|选上了?)${COUNT}`, "gu"), "入选"],
  [/(?<=[\u4e00-\u9fff\d个家项])(?:都|全都|全部都?)(?:过|通过)了?(?=[，,。；;！!]|$)/gu, "全部通过"],
  [/(?<=[\u4e00-\u9fff\d个家项])(?:都|全都|全部都?)(?:批了?|批下来了?)(?=[，,。；;！!]|$)/gu, "全部获批"],
];

/**
 * A status granted on review (高新技术企业、专精特新企业、科技型中小企业…), named right after the count that got it: the
 * application is in the name, so 「过了3家高新技术企业」 is 「3家企业通过高新技术企业认定」 and 「评上了科技型中小企业入库18家」
 * 「科技型中小企业入库18家」 (trial37). 企业 said in the status is kept once.
 */
export const STATUS =
  "(?:高新技术企业|专精特新(?:中小)?企业|专精特新|科技型中小企业|创新型中小企业|瞪羚企业|科技小巨人企业|技术先进型服务企业)";
/** Where such an outcome is said: a clause's head, or right after when (上半年过了2家). */
const STATUS_HEAD = "(?<=^|[，,、\\s]|年|月|季度)";
const STATUS_OUTCOMES: Array<[RegExp, string | ((m: string, ...g: string[]) => string)]> = [
  [
    new RegExp(`${STATUS_HEAD}(?:过了|通过了)([\\d一二两三四五六七八九十]+)家(${STATUS})`, "gu"),
    (_m, n, status) => `${n}家企业通过${status}认定`,
  ],
  [
    new RegExp(`${STATUS_HEAD}(?:评上了?|选上了?)([\\d一二两三四五六七八九十]+)家(${STATUS})`, "gu"),
    (_m, n, status) => `${n}家企业入选${status}`,
  ],
  [new RegExp(`${STATUS_HEAD}(?:评上了?|选上了?)(?=${STATUS}(?:入库|认定|评价))`, "gu"), ""],
];

export function passedWritten(text: string): string {
  return text
    .split(/(?<=[。；;！!？?\n])/u)
    .map((sentence) => {
      const at = sentence.search(PUT_FORWARD);
      if (at < 0)
        return STATUS_OUTCOMES.reduce((s, [re, to]) => s.replace(re, to as (m: string) => string), sentence);
      // Only what follows the putting forward: 「过了3天才去申报」 is time.
      let after = sentence.slice(at);
      for (const [re, to] of OUTCOMES) after = after.replace(re, to);
      return sentence.slice(0, at) + after;
    })
    .join("");
}
