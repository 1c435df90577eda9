import type { CountInText } from "./figure-context.js";

/**
 * A count that points back at things the message has already counted, which is no new figure:
 * - after a demonstrative: 「32名退役军人参加了培训，这32人里有28名拿到了证」「这两所学校」;
 * - the same count of the same things said again, as the topic of a total or a part:
 *   「新建的2所幼儿园已经招生，两所幼儿园共招了260名孩子」 (the 260 is the figure, the 两所 is not).
 * The count said the first time stays a figure.
 */
const SMALL = ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十"];

function spellings(value: number): string[] {
  const out = [String(value)];
  if (value >= 1 && value <= 10) out.push(SMALL[value] ?? "");
  if (value === 2) out.push("二");
  return out.filter(Boolean);
}

/** What follows the count's thing when the count is only the topic again: a total, a part, all of them. */
const TOPIC_AGAIN = /^(?:共|一共|总共|合计|累计|里|中|当中|里面|里头|都|均|全部|全都|也都|已经都|都已)/;

export function restatesEarlierCount(c: CountInText): boolean {
  if (!c.unit || c.value <= 0) return false;
  const before = c.t.slice(0, c.cs);
  // 「这32人里」「上述3家企业」: a demonstrative right before a count the message has already said.
  if (
    /(?:这|那|上述|前述)$/.test(before) &&
    spellings(c.value).some((n) => new RegExp(`(?<![\\d.])${n}(?![\\d.])`).test(before.slice(0, -1)))
  )
    return true;
  const after = c.t.slice(c.end);
  const noun =
    /^[\u4e00-\u9fff]{0,6}?(?=共|一共|总共|合计|累计|里|中|当中|都|均|全部|全都|也都|已经都|都已)/.exec(
      after,
    );
  if (!noun || !TOPIC_AGAIN.test(after.slice(noun[0].length))) return false;
  const thing = noun[0];
  // 「两个科技小院都挂牌了 两个都在嘎查里头」: the bare count and its measure, opening a new stretch and said
  // again with 都 and no noun, points back at the same count said earlier (「剩下2个都是…」 counts a part).
  if (
    thing === "" &&
    /^(?:都|均|全都|也都)/.test(after) &&
    /(?:^|[\s\p{P}])$/u.test(before) &&
    spellings(c.value).some((n) =>
      new RegExp(`(?<![\\d.一二两三四五六七八九十百千万])${n}${c.unit}`).test(before),
    )
  )
    return true;
  // 「给风电装备和滩涂米业办了质押融资 两家一共贷到三千二百万」: a bare count opening a new stretch, then a total or
  // 都, restating as many things as were just named together (X和Y, X、Y和Z) — the names were the figure (fig44).
  if (thing === "" && /^(?:一共|共|总共|合计|加起来|都|均)/.test(after) && /(?:^|[\s\p{P}])$/u.test(before))
    return namedTogether(before) === c.value;
  if (thing.length < 2) return false;
  return spellings(c.value).some((n) => before.includes(`${n}${c.unit}${thing}`));
}

/** How many things the last sentence before names together (X和Y: 2, X、Y和Z: 3), or 0. */
function namedTogether(before: string): number {
  const sentence = before.slice(before.search(/[^。；;！!？?\n]*$/u));
  const m = /[\u4e00-\u9fff]{2,8}((?:、[\u4e00-\u9fff]{2,8})*)(?:和|与|及|跟)[\u4e00-\u9fff]{2,8}/u.exec(
    sentence,
  );
  return m ? 2 + (m[1]?.split("、").length ?? 1) - 1 : 0;
}
