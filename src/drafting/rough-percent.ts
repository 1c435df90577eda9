/**
 * A rate said roughly (「百分之二十几」「百分之十多」「百分之三十来」): the scanner reads the numeral up to 几/多/来, so the digits
 * came out as 「20%几」「10%多」 — 「10%几」 reads as ten percent and something unknown. A 公文 writes such a rate as a floor
 * (「20%以上」「10%以上」) or, for 来 (about), 「30%左右」. The number is never changed, only the word after it.
 */
const ROUGH = /(\d+(?:\.\d+)?[%‰])(几|多|余|来)(?![数样种方])/gu;

export function roughPercent(text: string): string {
  return text.replace(ROUGH, (_m, rate: string, word: string) => `${rate}${word === "来" ? "左右" : "以上"}`);
}
