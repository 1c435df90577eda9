import { toSimplified } from "../domain/normalize.js";

/**
 * draft50: a feeling said where the problems were asked for (「心里没底」「压力蛮大」「头疼得很」「说实话 汛期一来心里没底」)
 * names no problem: no one can answer it with a measure, and a 公文 would not print it as 存在的问题. It is not written into
 * the problems part; the reviewer is told it was said (〔待核实〕, review-view.ts) and may ask for the problem behind it.
 * Only the feeling alone, with nothing but a speaker, a time and a 说实话 before it: said of someone or something
 * (「资金压力蛮大」「群众心里没底，不愿意搬」「值班人员压力大」), it is a problem and stays.
 */

/** What may come before the feeling: 说实话, a time (汛期一来、每到汛期), the speaker. */
const BEFORE =
  "(?:(?:说实话|说实在的|讲真|老实讲|其实|反正|哎|唉|害)[，,、\\s]*)?(?:(?:今年|这一年|全年|这两年)[，,、\\s]*)?(?:(?:每到|一到|到了)?[\\u4e00-\\u9fff]{1,4}?(?:一来|来了|的时候|期间|时)[，,、\\s]*)?(?:我们|我|大家|局里|咱们|俺们)?(?:对[\\u4e00-\\u9fff]{2,8}?)?(?:都|也|还是|就是|总是|一直)?";
/** The feeling: unsure, under pressure, worried, tired, at a loss. */
const FEELING =
  "(?:心里(?:蛮|很|挺|好|有点|比较|交关)?(?:没底|没谱|发慌|慌|不踏实|着急|急|苦|难受|憋屈|发毛)|(?:工作)?压力(?:蛮|很|挺|太|比较|好|特别|非常|有点|较|山|交关)?大|头(?:疼|痛|大)|心累|(?:好|很|蛮|太)?累|愁|焦虑|着急|没办法|没得办法|没法子|说起来都是泪|就那样吧?|一言难尽)";
/** Chat's degree and particles after it. */
const AFTER = "(?:得很|得要命|得不得了|死了|了|啊|呀|哦|哈|嘛|呢|的|咯|嘞)*";

const ONLY = new RegExp(`^${BEFORE}${FEELING}${AFTER}[。！!…~～\\s]*$`, "u");

/**
 * draft52: the staff's feeling as a model paraphrases it (「思想负担较重」「干部职工工作压力较大」「存在畏难情绪」): on the model
 * path only (draft-document.ts), where the material sent had no feeling; said of the staff as a whole, never of a named role
 * (值班人员压力大) or a thing (资金压力较大), which stay problems.
 */
const STAFF = "(?:全局|我局|部分|一线|基层)?(?:干部职工|干部|职工|工作人员|同志|大家|队伍)?";
const PARAPHRASE = new RegExp(
  `^(?:(?:导致|造成|使得?|致使)${STAFF}|${STAFF})(?:普遍|存在|有)?(?:一定的?)?(?:(?:思想|心理|精神|工作)(?:负担|压力)|负担|压力)(?:较|很|比较|偏|过|相对|普遍)?(?:大|重)$|^${STAFF}(?:存在|有)?(?:一定的?)?(?:畏难|焦虑|急躁|厌倦)情绪$`,
  "u",
);
/** A clause that is a feeling, as said or (`written`) as a model paraphrases it. */
const feltClause = (c: string, written: boolean): boolean =>
  feelingOnly(c) || (written && PARAPHRASE.test(c.replace(/[。！!\s]+$/u, "")));

/** Whether a problem as said is only a feeling (see module comment). */
export function feelingOnly(said: string): boolean {
  const t = toSimplified(said).trim().replace(/冇得/gu, "没有").replace(/冇/gu, "没");
  return ONLY.test(t);
}

/**
 * draft51: a feeling said as one clause of a problem (「讲解员太少，压力蛮大」) or written so by the model (「执法车辆不足，工作压力
 * 较大」): the clause names no problem either. The clauses that are feelings alone, as said.
 */
export function feelingClauses(said: string, written = false): string[] {
  if (feelingOnly(said)) return [said.trim()];
  return said
    .split(written ? /[，,；;、\s]|(?=导致|造成|致使)/u : /[，,；;\s]/u)
    .map((c) => c.trim().replace(/[。！!]+$/u, ""))
    .filter((c) => c && feltClause(c, written));
}

/** The problem without its feeling clauses (empty when it is a feeling alone), punctuation between the rest kept. */
export function withoutFeelings(said: string, written = false): string {
  if (feelingOnly(said)) return "";
  const parts = said.split(written ? /(?<=[，,；;、\s])|(?=导致|造成|致使)/u : /(?<=[，,；;\s])/u);
  const kept = parts.filter((p) => !feltClause(p.replace(/[，,；;、。！!\s]+$/u, ""), written));
  if (kept.length === parts.length) return said;
  return kept.join("").replace(/[，,；;、]+$/u, "");
}
