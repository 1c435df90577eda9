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

export function passedWritten(text: string): string {
  return text
    .split(/(?<=[。；;！!？?\n])/u)
    .map((sentence) => {
      const at = sentence.search(PUT_FORWARD);
      if (at < 0) return sentence;
      // Only what follows the putting forward: 「过了3天才去申报」 is time.
      let after = sentence.slice(at);
      for (const [re, to] of OUTCOMES) after = after.replace(re, to);
      return sentence.slice(0, at) + after;
    })
    .join("");
}
