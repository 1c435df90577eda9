import { plainDialect } from "./dialect-words.js";

/**
 * Goods found bad, said first, then how many of them are already sold: 「一批电动自行车 没有3C认证
 * 已经卖掉了九十几辆」「送检是塑料仿的 已经卖出去三百多串了」. Read alone, 「已经卖掉了九十几辆」 is work
 * done, and the pieces before it have no kind of their own, so the sentence was read as done; the
 * count sold is how far the harm has spread, a problem. Read here on the whole sentence, where the
 * pieces are joined (sentence-clauses.ts).
 */
const DEFECT =
  /没有?(?:3C|CCC|[^\s，,。]{0,4}(?:认证|合格证|检验|检疫|许可证?|批文|厂名|厂址|生产日期|中文标签))|假冒|冒充|伪劣|假货|是假的|[^\s，,]{0,4}仿的|仿冒|山寨|不合格|不达标|过期|超标|三无|以次充好|掺假|掺了/;
/** 已经卖掉了 / 卖出去了 / 售出 / 流到市场上 + a count, and nothing after it but 了. */
const SOLD_COUNT =
  /^(?:已经|都已经|已|早就|早都)(?:卖|售|销|流)(?:掉|出去|出|了|到[^\s，,]{0,6}上?)(?:了)?[^\s，,]{0,4}?[0-9一二两三四五六七八九十百千万几多来余]+[^\s，,]{0,3}了?$/;
/** Recovered, sealed, or taken back after selling: the count is then work done (追回了、召回了). */
const UNDONE = /追回|召回|收回|退回|下架|封存|查扣|没收/;

/**
 * The index of the piece that tells how many of the bad goods are sold, or -1: the pieces up to
 * it are one problem.
 */
export function soldDefective(pieces: string[]): number {
  for (const [i, piece] of pieces.entries()) {
    if (i === 0) continue;
    const core = plainDialect(piece.replace(/[，,\s。]+$/, "").trim());
    if (!SOLD_COUNT.test(core)) continue;
    const before = plainDialect(pieces.slice(0, i).join(""));
    if (DEFECT.test(before) && !UNDONE.test(before + core)) return i;
  }
  return -1;
}
