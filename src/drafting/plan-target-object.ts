/**
 * 「成交额2.3亿……明年争取突破3亿」「科普讲座办了36场，明年力争达到40场」: a target said with a verb of
 * reaching (突破、达到、超过) and no subject leaves what it measures to the sentence before. A document
 * says it: 「争取成交额突破3亿元」「力争科普讲座达到40场」. What is measured comes from the same message
 * first (the context), from a clause counting in the same unit; nothing is guessed when none does.
 */

/** Verbs that say a target is reached: 突破3亿、达到40场、超过40家、增至50个. */
const REACH =
  "突破|达到|超过|达|增至|增加到|增长到|提高到|提升到|提升至|提高至|稳定在|保持在|不少于|不低于|过|破";
/** Spoken verbs of reaching and their written verb (trial39: 「明年力争过千万」 → 力争到位资金突破1000万元). */
const SPOKEN_REACH: Record<string, string> = { 过: "突破", 破: "突破" };
const LEAD = "再|还要|要|力争|争取|计划|拟|将|确保|努力|继续|全年";
const BARE_TARGET = new RegExp(
  `^((?:${LEAD})*)(${REACH})([\\d.]+|[一二两三四五六七八九十百千]+)(多|余)?(万元|亿元|万|亿|元|个|家|项|名|场|期|次|座|所|处|户|亩|批|条|支|套|台|人次|人|件|份|%|％)$`,
  "u",
);
/** Verbs and scope words around a measured noun in the context: 全县技术合同登记87项 → 技术合同. */
const VERB_TAIL =
  /(?:登记|举办|开展|组织|办了|办|搞了|搞|开了|开|完成|实现|达到|达|共|累计|一共|总共|新增|增加|认定|培育|引进|建成|建设|签订|签约|受理|申报|发放|有|是|为|了|到)+$/u;
const SCOPE_HEAD =
  /^(?:全县|全市|全区|全镇|全乡|全局|全年|今年|1-\d{1,2}月|\d{1,2}月|前三季度|上半年|截至目前|目前|我局|我们|俺们|共)+/u;

function unitFamily(unit: string): string {
  return unit.replace(/元$/u, "");
}

/** The noun that a context clause measures in `unit` (「成交额2.3亿」 → 成交额), if one is said. */
function measuredIn(context: string, unit: string): string | undefined {
  const family = unitFamily(unit);
  const counted = new RegExp(
    `([\\u4e00-\\u9fffA-Za-z]{2,12}?)(?:[\\d.]+|[一二两三四五六七八九十百千]+)(?:多|余)?${family}(?:元)?(?![\\u4e00-\\u9fff]*?[\\d])`,
    "u",
  );
  for (const clause of context.split(/[，,。；;！？!?\n\s]+/u)) {
    const m = counted.exec(clause);
    if (!m) continue;
    const noun = (m[1] as string).replace(SCOPE_HEAD, "").replace(VERB_TAIL, "");
    if (noun.length >= 2 && !/再|打算|准备|计划|争取|力争|明年|来年|要|想/u.test(noun)) return noun;
  }
  return undefined;
}

/** 「千万」「百万」 said alone as a round target are written in digits (1000万、100万); other numbers stay. */
function arabicRound(n: string): string {
  return ({ 千: "1000", 百: "100", 十: "10", 一千: "1000", 一百: "100" } as Record<string, string>)[n] ?? n;
}

/**
 * Trial40b: 「力争高企总数过50家」 — the spoken 过 of a target is 突破 when the clause names what it measures too (the bare
 * target above already wrote it so): after 力争/争取/确保/目标 and a subject, 过 + a count and its unit. 通过、超过、经过
 * and a 过 with no count after it (过审、过验收) are no target's verb.
 */
const SAID_REACH =
  /((?:力争|争取|确保|目标)[\u4e00-\u9fffA-Za-z]{2,14}?)(?<![通超经越度跨])过([\d.]+|[一二两三四五六七八九十百千]+)(多|余)?(万元|亿元|万|亿|个|家|项|名|场|次|户|亩|人次|人|件|%|％)(?=$|[，,。；;])/u;

/** A bare target clause with what it measures put back from the context; otherwise the clause unchanged. */
export function targetWithObject(clause: string, context: string): string {
  const m = BARE_TARGET.exec(clause);
  if (!m)
    return clause.replace(
      SAID_REACH,
      (_s, head: string, n: string, about = "", unit: string) =>
        `${head}突破${arabicRound(n)}${about}${unit}`,
    );
  const [, lead = "", reach = "", n = "", about = "", unit = ""] = m;
  const noun = measuredIn(context, unit);
  if (!noun) return clause;
  return `${lead}${noun}${SPOKEN_REACH[reach] ?? reach}${arabicRound(n)}${about}${unit}`;
}
