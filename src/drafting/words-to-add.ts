/**
 * The reviewer's own words in an instruction that asks to add them: 「补一句人手不足」「加上：乡镇科普阵地偏少」
 * 「把‘经费保障不足’写进去」. The offline drafter never writes a word of its own, so it cannot follow such an
 * instruction into a part with no material; what it can do is offer the words back as the reviewer's own text
 * (改写), one tap, nothing stored until they say so. Figures are the material's, never the instruction's: words
 * carrying one are not offered. Not words to add: what only names the kind of content (补充数据、加点具体内容).
 */
const ADD_BEFORE =
  /^(?:请|再|帮我|麻烦|给我)?(?:补|補|加|添|增|写|寫)(?:(?:上|进去?|進去?|入)(?:一句|一条|一点|句|条)?|一句|一条|一点|句|条)(?:话)?[:：，,\s]*(.+?)$/u;
const ADD_AFTER =
  /^(?:请|再|帮我|麻烦)?(?:把|将)(.+?)(?:也)?(?:补上|加上|添上|写上|写进去|加进去|补进去|补充进去|写进来|加进来)$/u;
const QUOTES = /[「」『』“”"'‘’]/gu;
const TAIL = /(?:吧|啊|呀|哈|嘛|啦|就行|就可以|就好|这句话?|这一句|这条|的内容|的情况|的问题|进去)+$/u;
/** Words that only name the kind of content wanted, not the content. */
const KIND_ONLY =
  /^(?:具体|具体的|具体内容|具体情况|内容|数据|数字|材料|例子|事例|亮点|成效|问题|措施|原因|细节|几句|一些|点东西|情况)(?:的内容)?$/u;
/** A figure in words or digits: the material's, never the instruction's. */
const FIGURE =
  /\d|[一二两三四五六七八九十百千万亿]+(?:个|家|项|名|人|次|场|万|亿|元|%|件|所|户|亩|期|份|天)/u;

export function wordsToAdd(said: string): string | undefined {
  const t = said.trim().replace(/[。！!]+$/u, "");
  const m = ADD_BEFORE.exec(t) ?? ADD_AFTER.exec(t);
  if (!m) return undefined;
  const words = (m[1] as string).replace(QUOTES, "").replace(TAIL, "").trim();
  if (words.length < 2 || words.length > 60) return undefined;
  if (KIND_ONLY.test(words) || FIGURE.test(words)) return undefined;
  return words;
}
