import { findFigures, withoutTakenBack } from "../domain/figure-scan.js";

/** Han characters said besides the figures: work described, not a figure named to be corrected. */
const WORK_WORDS_MIN = 4;

/**
 * 「下午又去二中讲了防溺水 来了三百人 哦不对 是三百五十人」「又帮两个村装了墒情监测仪 说错了 是三个村」:
 * new work whose own number is taken back within the message — a report stating the number said after
 * the take-back, not a correction of the draft a card shows. The number taken back is one the message
 * itself said after its work (not one of the waiting drafts': 「300人不对 是350人」 on a card reading 300人
 * corrects it), and the message still says some work once the take-back is gone.
 */
export function takesBackOwnFigure(norm: string, drafts: ReadonlyArray<{ text: string }> = []): boolean {
  const meant = withoutTakenBack(norm);
  if (meant === norm) return false;
  const found = findFigures(norm);
  const kept = new Set(findFigures(meant).map((f) => f.figure.value));
  // A bare number taken back (「四千二 哦不对 是四万二千人次」) is no figure of its own: none is named.
  const taken = found.filter((f) => !kept.has(f.figure.value));
  const onDrafts = new Set(drafts.flatMap((d) => findFigures(d.text).map((f) => f.figure.value)));
  if (taken.some((f) => onDrafts.has(f.figure.value))) return false;
  // Said, then taken back: the number meant comes after the one taken back (「是35户不是30户」 denies a number
  // said after the one meant — the card's, named to correct it).
  // The words between say it was a slip (不对、说错了、哦不是), not a bare 不是 (「是35户不是30户」 names both).
  const first = taken[0];
  const meantAfter = first && found.find((f) => kept.has(f.figure.value) && f.start > first.start);
  if (first && (!meantAfter || !SLIP.test(norm.slice(first.end, meantAfter.start)))) return false;
  // The work said, its figures and the words taking a number back aside.
  // 「讲座是5场 听众是650人 不对 是600人」: figures named with 是 restate the card, they tell no work.
  let words = norm.replace(LABEL_IS, " ");
  for (const f of [...found].reverse()) words = words.slice(0, f.start) + words.slice(f.end);
  words = words.replace(TAKING_BACK, "").replace(/[^\u4e00-\u9fff]/g, "");
  return [...words].length >= WORK_WORDS_MIN;
}

const SLIP = /不对|说错|口误|打错|写错|搞错|记错|(?:啊|哦|噢|呃|哎)不是/;

const LABEL_IS = /[\u4e00-\u9fff]{1,4}(?:应该|其实|实际)?是(?=\s*[\d零〇一二两三四五六七八九十百千万])/g;

/** The words of a take-back, and the 是 before the number said instead. */
const TAKING_BACK =
  /(?:哦|噢|啊|呃|哎|等下)?(?:不对|说错了?|口误|打错了?|写错了?|搞错了?|记错了?|不是)|(?:应该|其实|实际)?是/g;
