import { findFigures } from "../domain/figure-scan.js";

/**
 * `from` replaced by `to` in `base` (first occurrence), without saying twice what follows: 「80来个改成85人」 on
 * 「来了80来个人」 gives 「来了85人」, not 「来了85人人」. The new words' tail is dropped where the text right after the
 * old words already says it — only a figure's unit or counted noun (never digits, never a name: 「李四改成张三」
 * before 「三月…」 keeps 张三).
 */
export function replacedInPlace(base: string, from: string, to: string): string {
  const at = base.indexOf(from);
  if (at < 0) return base;
  const after = base.slice(at + from.length);
  let kept = to;
  for (let k = Math.min(to.length - 1, after.length, 4); k >= 1; k--) {
    const tail = to.slice(to.length - k);
    if (/[\d０-９.]/u.test(tail) || from.endsWith(tail)) continue;
    const head = to.slice(0, to.length - k);
    const figureEnds = findFigures(to).some((f) => f.start < head.length && f.end >= head.length - 1);
    if (after.startsWith(tail) && figureEnds) {
      kept = head;
      break;
    }
  }
  return `${base.slice(0, at)}${kept}${after}`;
}
