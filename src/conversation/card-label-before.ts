import { toSimplified } from "../domain/normalize.js";
import { dialectWritten } from "../drafting/dialect-written.js";

/**
 * draft52: a count of those who came, said in the clause after the one naming the event (「3·15那日在中心广场搞了一场宣传
 * 来了四百几人」「县里搞咯半程马拉松 报名咯有三千多人」「社会体育指导员培训了两期 考出来咯有一百二十个」): the card's row
 * read 「参加人数 400余人」「报名 3000多人」 — whose? The row names the event from the clause before: 3·15宣传参加人数 400余人,
 * 半程马拉松报名 3000多人. The event is that clause without its time (那日、当天), its place (在中心广场), the verb of holding
 * it (搞了一场、举办) and its own count; a clause that leaves no name of 2–12 characters gives none. Only the card's display.
 */

/** A label (as stored) that counts who came, took part, signed up, watched, were received or passed. */
export const ATTENDED =
  /^(?:一年|全年|共|累计|现场)?(?:参加|参与|参赛|报名|到场|来看|观看|接待|考出来|考过|考取|来了|到了)|^参加(?:人数|户数)$/u;
/** The same label as the card writes it. */
export const ATTENDED_SHOWN =
  /^(?:一年|全年|共|累计|现场)?(?:参加|参与|参赛|报名|到场|观看|接待|考核合格|来看|来了|到了)/u;

const NUMERAL = "[\\d零〇一二两三四五六七八九十百千万几]+(?:多|余|来)?";

/** The event named in the clause before the one holding `raw` in `text`, or undefined. */
export function eventBefore(text: string, raw: string): string | undefined {
  const clauses = toSimplified(text).split(/[，,。；;\s]+/u);
  const at = clauses.findIndex((c) => c.includes(toSimplified(raw)));
  if (at < 1) return undefined;
  return eventName(clauses[at - 1] ?? "");
}

/** An event's name as said in one clause: its time, place, who held it, the verb of holding it and its count off. */
export function eventName(clause: string): string | undefined {
  const name = dialectWritten(toSimplified(clause))
    .replace(/^(?:今年|全年|去年|上半年|下半年|我们|我局|县里|局里|全县)+/u, "")
    .replace(/(?:那日|那天|当天|当日)/gu, "")
    // 「双创大赛我们组织了一场」: who held it, said after the event's name, is no part of it (card-count-fronted-43).
    .replace(/(?:我们|咱们|俺们|我局|局里)/gu, "")
    .replace(/(?:又|再|还|也)(?=在|到|去)/u, "")
    .replace(/(?:在|到|去)[\u4e00-\u9fff]{1,8}?(?=搞|办|举办|举行|开展|组织|弄)/u, "")
    .replace(/^(?:又|再|还|也)?(?:在|到|去)(?=[\u4e00-\u9fff]{1,8}?(?:村|镇|乡|社区|广场|学校|街道))/u, "")
    .replace(/(?:搞|弄|办|举办|举行|开展|组织)了?(?:一场|一次|一期|一届)?/u, "")
    .replace(new RegExp(`了?${NUMERAL}(?:场|次|期|届|轮|天)$`, "u"), "")
    .replace(/了$/u, "")
    // draft53: 「海岛巡诊去了涠洲岛和斜阳岛」: where the work went is no part of its name.
    .replace(/(?<=^[\u4e00-\u9fff]{2,8}?)(?:去|到|赴)了?[\u4e00-\u9fff、]{2,12}$/u, "");
  return /^[\u4e00-\u9fff·\d]{2,12}$/u.test(name) && /[\u4e00-\u9fff]{2}/u.test(name) ? name : undefined;
}

/** The card's label of such a count with the event before it, unless it already names it. */
export function attendedLabel(label: string, event: string): string {
  return label.startsWith(event) || label.includes(event) ? label : `${event}${label}`;
}
