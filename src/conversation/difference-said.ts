import { findFigures } from "../domain/figure-scan.js";
import { type CorrectionRequest, refCommand } from "./correction-request.js";
import type { Intent, IntentContext } from "./intent-types.js";
import { dayCorrected } from "./day-corrected.js";

/**
 * 「户数比刚才说的少了五户 有个组我数了两道」「钱比刚才讲的多了三十万」「比原来报的多一百亩」: a figure of a
 * waiting draft corrected by its difference only — no new total said. The draft holding one figure in the
 * difference's unit is meant; its new value is worked out (old ± difference) and the request becomes the
 * ordinary 「四十二户改成37户」, so the edit preview shows old → new. A comparison with the past
 * (比去年多了两成) names no earlier message: no request. Pure.
 */
const DIFFERENCE = new RegExp(
  String.raw`比(?:我)?(?:(?:刚才|刚刚|之前|原来|先前|前面|上面|开始|头先|先头)(?:我)?(?:说|讲|报|写|填|发|打)?(?:的|得)?|(?:我)?(?:说|讲|报|写|填)的)(?:还)?(多|少)(?:了|出|出来)?\s*([\d.一二两三四五六七八九十百千万]+\s*[\u4e00-\u9fff]{0,2})`,
);
/** A new total said too (是六十五个、一共1050袋): the ordinary correction reads that. */
const TOTAL_SAID = /(?:^|[\s，,。])(?:是|一共|总共|合计|实际)\s*[\d一二两三四五六七八九十百千万]/;

export function differenceSaid(
  norm: string,
  drafts: ReadonlyArray<{ text: string }>,
  ref: string,
): CorrectionRequest | undefined {
  const m = DIFFERENCE.exec(norm) ?? miscount(norm);
  if (!m || (m[1] !== "=" && TOTAL_SAID.test(norm.slice(m.index + m[0].length)))) return undefined;
  const diff = findFigures(m[2]!)[0]?.figure;
  if (!diff || diff.unit === "") return undefined;
  const holding = drafts.flatMap((d) =>
    findFigures(d.text)
      .map((f) => f.figure)
      .filter((f) => f.unit === diff.unit),
  );
  if (holding.length !== 1) return undefined;
  const old = holding[0]!;
  if (m[1] === "=") return { action: "修改", ref, said: `${old.raw}改成${m[2]!.trim()}` };
  // 「三十几户」「二十多人」: an estimate plus a difference is no figure to write — the ordinary reading asks.
  // 「户数说多了 少六户」 on 「五十几户」: still that draft's count corrected — the edit asks for the figure.
  if (/[几多余来]|左右|上下/.test(old.raw))
    return DIFFERENCE.test(norm) ? undefined : { action: "修改", ref, said: "" };
  const value = m[1] === "多" ? old.value + diff.value : old.value - diff.value;
  if (value <= 0) return undefined;
  const raw = newRaw(old.raw, old.value, value);
  return raw ? { action: "修改", ref, said: `${old.raw}改成${raw}` } : undefined;
}

/**
 * 「户数多报了四户」「人数讲多了 少六户」「户数写少了 … 实际三十一户」: the count said to have been reported too high or
 * low (多/少 next to 报/讲/说/写/填/算/数/记). With a total said (实际/一共/是/系 N) that total is the new figure; else the
 * difference (多/少(报…)了 N) is worked out as 比刚才说的 is. Shaped as DIFFERENCE's match: [, 多|少, N单位].
 */
const MISCOUNT =
  /(?:多|少)(?:报|讲|说|写|填|算|数|记|统计|登记)(?:了|咗|嘞)?|(?:报|讲|说|写|填|算|数|记)(?:多|少)(?:了|咗|嘞)/;
const MISCOUNT_BY =
  /(多|少)(?:报|讲|说|写|填|算|数|记|统计|登记)?(?:了|咗|嘞)?\s*([\d.一二两三四五六七八九十百千万]+\s*[\u4e00-\u9fff]{0,2})/;
const MISCOUNT_TOTAL =
  /(?:^|[\s，,。；;])(?:实际(?:上)?|一共|总共|合计|共计|应该)?(?:是|系|有)?\s*([\d.一二两三四五六七八九十百千万]+\s*[\u4e00-\u9fff]{0,2})(?=$|[\s，,。；;！!])/;

function miscount(norm: string): RegExpExecArray | undefined {
  if (!MISCOUNT.test(norm) || /比(?:去年|上年|往年|同期|上个?月)/.test(norm)) return undefined;
  const total = MISCOUNT_TOTAL.exec(norm);
  if (total) {
    const m = Object.assign([total[0], "=", total[1]!], {
      index: total.index,
      input: norm,
    }) as unknown as RegExpExecArray;
    return m;
  }
  const by = MISCOUNT_BY.exec(norm);
  // 「多报了五户」 is five too many (five fewer); 「讲多了 少六户」「少了六户」 says the difference as it is.
  if (by?.[0] && /^(?:多|少)(?:报|讲|说|写|填|算|数|记|统计|登记)/.test(by[0]))
    by[1] = by[1] === "多" ? "少" : "多";
  return by ?? undefined;
}

/** 四十二户 → 37户, 一百二十万 → 150万: the old figure's unit words kept, its number said anew in digits. */
function newRaw(oldRaw: string, oldValue: number, value: number): string | undefined {
  const m = /^([\d.一二两三四五六七八九十百千零〇]+)(万|亿)?(.*)$/.exec(oldRaw.trim());
  if (!m) return undefined;
  const scale = m[2] === "亿" ? 1e8 : m[2] === "万" ? 1e4 : 1;
  // 万 with a figure counted in 万 (一百二十万 = 1200000): the new number in 万 too.
  const n = oldValue >= scale ? value / scale : value;
  const shown = Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
  return `${shown}${m[2] ?? ""}${m[3]}`;
}

/**
 * The difference (or the day said wrong) as the 修改 it asks for, on the draft on the card (or the latest waiting one), read before the
 * card's answers: 「对过了 比刚才说的多了一百亩」 after a hold is that correction, not a yes with talk after it.
 */
export function differenceOnDraft(norm: string, ctx: IntentContext): Intent | undefined {
  if (!["confirm", "section", "nothing"].includes(ctx.awaiting)) return undefined;
  const shown = ctx.awaiting === "confirm" || ctx.awaiting === "section";
  const req = differenceSaid(norm, ctx.pendingTexts ?? [], shown ? "shown" : "recent");
  // 「整错日子了 改成昨天下午的」: the day of it said wrong is that draft's 修改 too (day-corrected.ts).
  return req ? { kind: "command", command: req.action, text: refCommand(req) } : dayCorrected(norm, ctx);
}
