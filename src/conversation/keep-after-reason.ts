/** dlg53: a bare keep closing a reply: 存、存吧、替她存、给存上、收了吧、入了吧. */
const BARE_KEEP =
  /^(?:那就?|就|你就?|给我|帮我|给|替(?:他|她|我|人家))?(?:存|保存|入|收|记)(?:上|下|进去|起来|了)?(?:吧|哈|啊|嘛|呗|了|哦|嘞)*$/u;
/** What in a reason doubts or holds the card (还没、不对、再核、等…、吗): then the keep is no plain yes. */
const DOUBT = /不|没|冇|别|莫|甭|错|再|等|还要|还得|先|问问|[?？吗么呢]/u;
/** A figure in a reason: a new figure beside the keep may be a correction. */
const A_FIGURE = /\d|[一二两三四五六七八九十百千万]+(?:个|家|项|名|人|次|场|户|亩|株|万|元|条|件|所|篇)/u;

/**
 * dlg53 (b106): 「投资额是财务给的 存」「授权号我核过了 存」「她出差前交代的 替她存」「着 存」 — one or two short clauses of why
 * the card is right, then the keep said bare: the yes. Not when the reason doubts or holds (「数还没核 存」 is not said so),
 * or brings a figure (a correction may be meant).
 */
export function keepAfterReason(norm: string): boolean {
  const clauses = norm.split(/[，,。；;！!～~\s]+/u).filter((c) => c !== "");
  if (clauses.length < 2 || clauses.length > 3) return false;
  if (!BARE_KEEP.test(clauses.at(-1) as string)) return false;
  return clauses.slice(0, -1).every((c) => [...c].length <= 14 && !DOUBT.test(c) && !A_FIGURE.test(c));
}
