/**
 * draft47: how far a reviewer's 「去掉…」 reaches (offline-instruction.ts). Round forty-six's console trial: 「科普画廊不要了」
 * was not read as a removal at all, and 「去掉较慢」 took the word out of 「补贴发放较慢」, leaving 「补贴发放」 — a problem that no
 * longer says what is wrong. Three things are decided here:
 * - a removal said of a sentence (「硕士那句删掉」「把科普画廊那条拿掉」) or with 不要了 / 不用写了 (「科普画廊不要了」: the
 *   thing is not wanted in the draft) takes out every clause that names the thing, not only its words;
 * - a word whose removal leaves its clause a bare verb and figure (「科普画廊新建4处」 without 科普画廊 is 「新建4处」, of
 *   nothing) takes its clause with it, as a bare figure already did (「展板30元」);
 * - a word that is what the clause says of its subject (较慢、偏少、不足、老化 closing 「补贴发放较慢」) is not taken out: the
 *   clause would stop saying anything, and the reply says so and what to say instead.
 */

/** Words naming a sentence or an entry around the thing: 那句、这条、那一项、相关的内容. */
const SENTENCE_WORDS =
  /(?:的)?(?:那|这)(?:一)?(?:句话?|条|项|行|段话?)$|(?:相关的?|有关的?)(?:内容|句子|说法)?$|的(?:句子|内容)$/u;
/** The verbs of not wanting a thing in the draft at all. */
export const NOT_WANTED = "不要了|不要|不用写了|不用写|不写了|不用了|拿走";

/** The thing named without its sentence words, and whether they were said. */
export function sentenceNamed(named: string): { thing: string; sentence: boolean } {
  const thing = named.replace(SENTENCE_WORDS, "").trim();
  return { thing, sentence: thing !== named.trim() && thing !== "" };
}

/** What a problem or a result says of its subject, closing the clause: 较慢、偏少、不足、老化、不强. */
const PREDICATE =
  /^(?:(?:较|偏|不|尚不|尚未|未|仍|严重|明显|过于|太|很)[\u4e00-\u9fff]{1,3}|滞后|不足|短缺|缺乏|老化|薄弱|落后|偏少|偏低|较慢|较差|老旧)$/u;

const CLAUSES = /([，；、。])/u;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/** The clauses of `text` (up to ，；、。) in which `phrase` closes the clause as its predicate, each as it would be left. */
export function predicateLeft(text: string, phrase: string): string[] {
  if (!PREDICATE.test(phrase)) return [];
  const closing = new RegExp(`${escapeRe(phrase)}$`, "u");
  return text
    .split(CLAUSES)
    .filter((c) => closing.test(c.trim()) && c.trim() !== phrase)
    .map((c) => c.trim().replace(closing, ""));
}

/** A clause left a bare verb and figure by a removal: 新建4处、引进3人、推广3000余亩. */
export const BARE_VERB_FIGURE =
  /^[\u4e00-\u9fff]{0,4}[约近共]?[\d.]+(?:万|亿)?(?:多|余)?[\u4e00-\u9fff%]{0,2}$/u;

/** `text` without every clause that names `phrase`; a final stop stays on the clause before. */
export function withoutClausesNaming(text: string, phrase: string): string {
  const pieces = text.split(CLAUSES);
  const kept: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const clause = pieces[i] ?? "";
    const sep = pieces[i + 1] ?? "";
    if (clause.includes(phrase)) {
      if (sep === "。" && kept.length > 0) kept[kept.length - 1] = "。";
      continue;
    }
    kept.push(clause, sep);
  }
  return joinKept(kept);
}

/** The clauses and separators kept, joined, with no comma left before a stop or at the start. */
export function joinKept(kept: readonly string[]): string {
  return kept
    .join("")
    .replace(/[，；、]+(?=。|$)/gu, "")
    .replace(/^[，；、]+/u, "");
}

/** Whether removing `phrase` from `before` took more than its words: a clause went whole with it. */
export function clauseWent(before: string, after: string, phrase: string): boolean {
  const plain = (t: string) => t.replace(/[，；、。\s]/gu, "");
  return plain(after).length < plain(before.split(phrase).join("")).length;
}

/** Why a predicate word was not cut, and what to say instead. */
export const predicateKept = (word: string, left: string) =>
  `「${word}」是「${left}${word}」要说的意思，去掉后只剩「${left}」，话没说完，没有改动；要删这一句请说「${left}那句删掉」，要换说法请说「把${word}换成…」，或用「改写」`;

/** What a removal took, in words: the phrase, the phrase and its clause, or the sentences naming it. */
export const removedWhat = (phrase: string, sentence: boolean | undefined, clauseToo: boolean) =>
  sentence ? `写「${phrase}」的句子` : `「${phrase}」${clauseToo ? "及其所在的句子" : ""}`;

/** The figures (digits) of a text. */
export const digitsOf = (text: string): string[] => text.match(/\d+(?:\.\d+)?/gu) ?? [];

/** The clauses of `text` (up to ，；、。) that name `phrase`. */
export const clausesNaming = (text: string, phrase: string): string[] =>
  text.split(CLAUSES).filter((c) => c.includes(phrase));

/**
 * draft48: the opening quoting a figure the leader had taken out of the body (「稻田养鱼不要了」 while the opening still said
 * 「全年，稻田养鱼推广3000余亩」): the opening's clauses that name the same words and whose every figure was in the clauses
 * taken out go with them; a time word left alone (「全年。」) goes too. A clause with a figure of its own stays.
 */
export function withoutCitedClauses(text: string, phrase: string, gone: ReadonlySet<string>): string {
  const pieces = text.split(CLAUSES);
  const kept: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const clause = pieces[i] ?? "";
    const sep = pieces[i + 1] ?? "";
    const figures = digitsOf(clause);
    if (clause.includes(phrase) && figures.length > 0 && figures.every((f) => gone.has(f))) {
      if (sep === "。" && kept.length > 0) kept[kept.length - 1] = "。";
      continue;
    }
    kept.push(clause, sep);
  }
  return joinKept(kept).replace(/(^|[。：:])(?:全年|上半年|下半年|今年|年内)。/gu, "$1");
}
