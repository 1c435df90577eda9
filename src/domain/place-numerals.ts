/**
 * Village names built on a numeral and 家 (五家子村, 八家营子村, 三家庄村, 六家窝堡屯) are names, not
 * counts of households or firms: the numeral and 家 are followed by a name ending (子, 营子, 庄, 窝堡,
 * 洼子) and then by what kind of place it is (村, 屯, 嘎查, 乡, 镇, 苏木, 社区). A count of firms keeps
 * its own nouns after 家 (「五家子公司」 is five subsidiaries, 「两家乡镇企业」 two firms).
 */
const VILLAGE_NAME =
  /(?<![\d零〇一二两三四五六七八九十百千万])[一二三四五六七八九十]{1,2}家(?:营子|窝堡|洼子|子|庄|堡)(?=村|屯|嘎查|乡|镇|苏木|社区)/g;

/**
 * Towns, villages and schools named on a numeral and a measure word that never counts such places (二台镇、二台小学、
 * 二道沟乡、八里村、三堡村、五营子社区): 道、里、堡、营、屯、岔 after any numeral, 台、间、眼、棵 after 二 — a count says 两台、
 * 两间, so a bare 二 there is a name. 「三个村」「两台 村里…」「装了四台」 stay counts.
 */
const MEASURE_NAME =
  /(?<![\d零〇一二两三四五六七八九十百千万])(?:[一二三四五六七八九十]{1,2}(?:道|里|堡|营|屯|岔)|二(?:台|间|眼|棵))[\u4e00-\u9fff]{0,2}?(?=镇|乡|村|屯|嘎查|苏木|社区|街道|小学|中学|学校)/g;

/** Stretches of a text that are village, town or school names carrying a numeral. */
export function villageNameSpans(t: string): [number, number][] {
  return [...t.matchAll(VILLAGE_NAME), ...t.matchAll(MEASURE_NAME)].map(
    (m) => [m.index, m.index + m[0].length] as [number, number],
  );
}
