import type { Update } from "../domain/update.js";
import { cleanChat } from "./clean-chat.js";
import { STATUS } from "./passed-written.js";

/**
 * A problem typed right after the work it is part of leaves its subject to the figure before it: 「帮5家企业申报高企
 * 过了3家，还有两家材料不全」 — the problems part, read on its own, then says 「2家材料不全」 and nobody knows of what
 * (lead's console trial, round thirty-six). When a problem opens with a count whose thing is not said (the count is
 * followed at once by what it lacks, or by a no), the thing counted by the same measure word earlier in the same
 * message is put back: 「2家企业材料不全」. A count that names its own thing (「2家研发中心…」) is left as it is.
 */
const ELIDED =
  /^((?:还有|另有|另外|其中|剩下的?|剩余的?|其余的?|有)?)([\d一二两三四五六七八九十几]+(?:多|余)?)(家|个|所|户|名|人|项|座|处|村|镇|乡)(?=没|未|不|还没|尚未|仍|因|由于|材料|资料|手续|账目|数据|条件|指标|进度|资质)/u;

/**
 * draft46: 「高企申报材料我们帮企业报了八家，过了五家，有两家材料被退回了」 — no figure says what its 家 counted (帮企业报了八家
 * puts the firms before the verb), and the problems part read 「有2家材料被退回」. The thing such a measure word counts
 * (企业 for 家, 学校 for 所, 农户 for 户…) said earlier in the same message, nearest before the problem, is put back.
 */
const THING_OF: Record<string, RegExp> = {
  家: /企业|合作社|公司|医院|单位|机构/gu,
  所: /学校|医院/gu,
  户: /示范户|养殖户|种植户|脱贫户|农户/gu,
  项: /专利|成果/gu,
};

function thingSaidBefore(text: string | undefined, unit: string, after: string): string | undefined {
  const words = THING_OF[unit];
  if (!text || !words) return undefined;
  const at = text.indexOf(`${unit}${after.slice(0, 2)}`);
  const before = at > 0 ? text.slice(0, at) : "";
  return [...before.matchAll(words)].at(-1)?.[0];
}

/** The problem with its elided thing put back from the update's earlier figures, or as it was. */
export function withElidedSubject(
  problem: string,
  u: Pick<Update, "figures" | "date"> & Partial<Pick<Update, "normalizedText">>,
): string {
  const m = ELIDED.exec(problem);
  if (!m) return problem;
  const [, lead, count, unit] = m as unknown as [string, string, string, string];
  const said =
    u.figures.find((f) => f.unit === unit && f.counted && f.kind !== "problem")?.counted ??
    thingSaidBefore(u.normalizedText, unit, problem.slice(m[0].length));
  // The thing as the document names it (高企 → 高新技术企业), as the rest of the problem already is (trial37), its
  // 去年/今年 read from the update's own date.
  const thing = said && (cleanChat(said, u.date) || said);
  if (!thing || problem.slice(m[0].length).startsWith(thing)) return problem;
  const failed = statusNotGranted(count, unit, thing, problem.slice(m[0].length));
  if (failed) return `${lead}${failed}`;
  return `${lead}${count}${unit}${thing}${problem.slice(m[0].length)}`;
}

/** A status that is granted on review, the whole thing put back (高新技术企业、专精特新企业…). */
const GRANTED = new RegExp(`^${STATUS}$`, "u");
/** The elided count did not get it: 没过、还没通过、未评上、没批下来. */
const NOT_GRANTED = /^(?:还|仍|都|也)?(?:没有|没|未)能?(过|通过|认定|批|获批|评上|选上|入选)(?:了|下来)?/u;

/**
 * 「今年过了5家高企，还有3家没过」 (trial38): the 3 that failed are no 高新技术企业 — they are firms that did not pass its
 * review, as passed-written.ts writes those that did (5家企业通过高新技术企业认定): 3家企业未通过高新技术企业认定,
 * 2家企业未入选专精特新企业. Any other problem of such a count keeps the thing as restored.
 */
function statusNotGranted(count: string, unit: string, thing: string, rest: string): string | undefined {
  const m = NOT_GRANTED.exec(rest);
  if (unit !== "家" || !m || !GRANTED.test(thing)) return undefined;
  const outcome = /评上|选上|入选/u.test(m[1] as string) ? `未入选${thing}` : `未通过${thing}认定`;
  return `${count}家企业${outcome}${rest.slice(m[0].length)}`;
}
