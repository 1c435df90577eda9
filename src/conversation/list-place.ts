import { numberOf } from "./intent-lexicon.js";

/**
 * A place in a list the bot showed, said as a place (第一条、头一个、末一个、最后那条、中间那个、of two 后头那个、
 * 下面那个) — for the list of drafts (确认哪一条？) and the list of sections (属于哪个科室？) alike.
 */

/** Particles after the place: 末一个撒、后头那个哈、最后那条哒 (Hubei 撒/哒 too), 头一个就成. 的 (哩、嘞 in 中原官话) may join
 * the place to its pointer (后头的那个、头里的那个: 西宁; 后边哩那个: 豫西). */
const PLACE_TAIL = /(?:吧|啊|呀|哈|撒|哒|嘛|咯|喽|啦|嘞|咧|哦|噻|呗|就成|就行|就好|就中|就可以)+$/;
const ORDINAL =
  /^(?:第|头)\s*(\d{1,2}|[一二两三四五六七八九十]{1,2})\s*(?:条|个|项|项目|(?:的|哩|嘞|滴)(?:那|这)?(?:一)?(?:条|个|项))?$/;
/** 「排后边哩那个」「排在前头的那条」: the place said by where it ranks (排、排在) — the same place. */
const RANKED = /^排在?(?=[前后上下中末最第头倒底尾])/;

/** A draft pointed at by when it was sent: first (最早、最先、头一回、一开始) or last (后来、最后、最近、刚才). */
const SENT_WHEN =
  /^(?:我们|我|阿拉|𠊎|涯|俺|额|侬)?(?:(最早|最先|最开始|一开始|开头|头一回|头一次|第一回|第一次|早先|起先)|最后|最近|后来|后头|后面|刚刚|刚才|才|后)(?:发|报|填|交|写|打)(?:的|个|嘅|嗰|咯|滴|哩)?(?:那|嗰|这|迭)?(?:一)?(?:条|个|项)$/;

/** The 0-based index of the place said among `count` items, or undefined when no place is said. */
export function placeIndex(said: string, count: number): number | undefined {
  const s = said.replace(PLACE_TAIL, "").replace(RANKED, "");
  const place = (where: string, optional = false) =>
    new RegExp(`^(?:${where})(?:的|哩|嘞|滴)?(?:一|那|这)?(?:一)?(?:条|个|项)${optional ? "?" : ""}$`).test(
      s,
    );
  if (count < 1) return undefined;
  // 「我最早发的那条」「𠊎最早发嗰条」「后来发个那条」: the place said by when the draft was sent — the list runs oldest first.
  const sent = SENT_WHEN.exec(s);
  if (sent) return sent[1] ? 0 : count - 1;
  if (place("最后头?|末尾|最末|末了|末|倒数第一|最靠?(?:下|底|后)(?:面|边|头|下)?", true)) return count - 1;
  // 「尾巴上那个」「尾上那条」: the tail of the list, said with its pointer.
  if (place("尾巴上?|尾上")) return count - 1;
  if (place("最靠?(?:前|上)(?:面|边|头)?|最头里")) return 0;
  // 「中间那个」 of three (or any odd count): the one in the middle.
  if (count % 2 === 1 && count > 1 && place("中间")) return (count - 1) / 2;
  // 「前面那个」「后头那条」「上边那条」「下面那个」 of two listed: the first and the last; 靠上、靠下 (宁夏、西北: 靠下那条)
  // says the same place, leaning to one end.
  if (count === 2) {
    if (place("前(?:面|边|头)|上(?:面|边|头)|靠(?:前|上)(?:面|边|头)?|前一|上一|头里|头")) return 0;
    if (place("后(?:面|边|头)|下(?:面|边|头)|靠(?:后|下)(?:面|边|头)?|后一|下一|底下")) return 1;
  }
  const n = numberOf(ORDINAL.exec(s)?.[1]);
  return n === undefined || n < 1 || n > count ? undefined : n - 1;
}

/**
 * The listed number at a place in the list said as one (第一条、第2个、最后那条、of two 后面那个), when the
 * place is no listed number itself (a listed number said is that number: classify-intent.ts).
 */
export function listPlace(said: string, listed: readonly number[]): number | undefined {
  const n = numberOf(ORDINAL.exec(said.replace(PLACE_TAIL, "").replace(RANKED, ""))?.[1]);
  if (n !== undefined && listed.includes(n)) return undefined;
  const i = placeIndex(said, listed.length);
  return i === undefined ? undefined : listed[i];
}
