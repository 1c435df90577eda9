import { findFigures } from "../domain/figure-scan.js";

/**
 * To an edit preview: the reply takes the edit back by saying the old figure again — 「算了不改了
 * 还是20块」「哦不对不对 还是8个 我记岔了」「不用改 原来的20块是对的」. A back-out word (还是、不改、
 * 记岔、记错、原来) and figures that the text before the edit has and the edited text does not: a no
 * to the edit, never a new edit text. 「不对 是30块」 (a figure in neither) stays a new text.
 */
export function backsOutOfEdit(norm: string, editing: { before: string; after: string }): boolean {
  if (!BACK_OUT.test(norm) || [...norm].length > 30) return false;
  const said = findFigures(norm).map((f) => f.figure);
  if (said.length === 0) return false;
  const has = (text: string) => {
    const figures = findFigures(text).map((f) => f.figure);
    return (x: { value: number; unit: string }) =>
      figures.some(
        (f) => f.value === x.value && (x.unit === "" || f.unit === x.unit || sameCount(f.unit, x.unit)),
      );
  };
  const before = has(editing.before);
  const after = has(editing.after);
  return said.every((x) => before(x) && !after(x));
}

/** Back-out words: 还是 (the old one after all), 不改, 不用改, 记岔了, 记错了, 原来, 算了. */
const BACK_OUT = /还是|不改|不用改|别改|不动|记岔|记错|搞错|原来|原先|本来|算了/;

/** 「8个」 said for 「8个村」: a generic measure word stands for the counted unit. */
function sameCount(unit: string, said: string): boolean {
  return said === "个" || unit.startsWith(said) || said.startsWith(unit);
}
