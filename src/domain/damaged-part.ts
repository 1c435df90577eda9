/**
 * A counted part of what was looked at, found damaged (joined into PLAIN_PROBLEM, plain-problems.ts, so the
 * remedy and check filters of clause-kind.ts still apply): 「看了下大棚 有三个棚膜破了得换」「查了12个水窖 有两个
 * 裂了」「有俩护栏歪了」 — 有 + a count + what broke + 了 says how many are in trouble; the same count said of a
 * repair (有三个已经修好了) is work. And a thing that closes its clause broken the plain way, with the verbs the
 * older lists lacked (棚膜破了、墙裂了、闸门锈了; 案子破了、打破了纪录 are none).
 */
const N = "[\\d一二两三四五六七八九十百千几]";
const M = "(?:个|台|辆|部|套|家|所|户|张|间|条|处|座|盏|根|口|栋|块|眼|棵|只|扇|道|段|片|亩|株|孔|面|节|把)";
/** Verbs of a thing coming to harm by itself. */
const BROKE = "(?:坏|破|裂|漏|塌|烂|锈|歪|倒|断|堵|枯|死|霉|松|脱|翘|鼓|瘪)";
/** Someone made it so (把…、将…、责令…): the office's step, not the thing's state. */
const NOT_MADE = "(?<!(?:把|将|责令|督促|要求|组织)[^，。；]{0,12})";
const END = "(?=$|[，。；！!？?\\s])";

export const DAMAGED_PART_PARTS = [
  // 有三个棚膜破了、有两个裂了、有俩护栏歪了、有5根锈断了 (有三个已经修好了 has no verb of harm).
  `${NOT_MADE}有(?:${N}+[多余来]?${M}?|俩|仨|好几${M}?)[\\u4e00-\\u9fff]{0,6}?(?:都|也|已经|全)?(?<![修补换整])${BROKE}(?:掉|坏|烂|裂|断|开|穿|透)?了`,
  // 棚膜破了、墙裂了、闸门锈了、护栏歪了 closing the clause (打破了、案子破了、突破了 are none).
  `${NOT_MADE}(?<![打突攻识说点看侦告案子件])(?:破|裂|锈|歪|翘|鼓|瘪)(?:掉|开|穿|透)?了${END}`,
];
