import type { ClauseKind } from "./clause-kind.js";
import { DEADLINE } from "./deadline-ahead.js";
import { PLAN_WORDS } from "./plan-words.js";
import { remedyAhead } from "./state-or-step.js";

/**
 * A step ahead typed straight after a problem with no comma (docs/extraction.md, 第二十三轮):
 * 「好几家研发投入占比不够线计划年中之前辅导8家企业达标」「库房太小放不下年内申请再扩一间」
 * 「投影仪坏了 讲得费劲下回自己带设备」. The whole stretch reads as the problem, and the step with it.
 * A colleague hears the turn where the step's own sign begins (its modal or its time ahead): the part
 * before it says a whole problem on its own, the part from it a whole plan on its own. Only then is
 * the stretch cut there; a sign governed by what comes before it (按计划、没完成计划、原定年底前) is
 * no turn, and a stretch whose head is no problem by itself stays one piece.
 */
const SIGN = new RegExp(`(?=${PLAN_WORDS.join("|")}|${DEADLINE.source})`, "g");
/**
 * A time that can only open the step (「…还没到货12月中旬再验」「…缺了4本这礼拜补齐」「…断缴的下季度办个培训」):
 * a month's part, the next quarter or half, before or after the holiday, this week. The step's own reading
 * says whether it is ahead (9月中旬复查 sent in August), so the time alone cuts nothing.
 */
const TIME_OPENS =
  /(?<![\d一二三四五六七八九十])(?=(?:[\d]{1,2}|[一二三四五六七八九十]{1,3})月(?:[上中下]旬|初|底|中|份|[\d]{1,2}[号日])|下个?季度|下半年|节前|节后|开春|这个?礼拜|这周|本周)/g;
/** What takes the sign as its object or attribute: 按计划、没完成年底前…、原定、超过计划. */
const GOVERNS = /(?:按|照|原|定|超过?|完成|没有?|未|不|比|的|在|到|于|是|为|把)$/;
/** A head ending in how, a modal or an adverb runs on into the remedy's words (咋个跟…、想跟…、还得找…). */
const HOW_OR_MODAL =
  /(?:咋|怎么?|怎样|如何|咋个|会|能|敢|愿意?|肯|想|要|得|晓得|知道|懂得?|难以?|不|没|都|也|还|就|又|才|再)$/;
const HAN = /[\u4e00-\u9fff]/g;
const han = (s: string) => (s.match(HAN) ?? []).length;

/** `part` cut into [problem, step] where a step is glued on; undefined when it is not. */
export function gluedStep(
  part: string,
  read: (s: string) => ClauseKind | undefined,
): [string, string] | undefined {
  if (/[，,。；;]/.test(part.replace(/[，,。；;\s]+$/, ""))) return undefined;
  const signs = [...part.matchAll(SIGN)].map((m) => ({ at: m.index ?? 0, remedy: false, time: false }));
  for (const m of part.matchAll(TIME_OPENS))
    if (!signs.some((s) => s.at === m.index)) signs.push({ at: m.index ?? 0, remedy: false, time: true });
  // 「场地快不够使了跟开发区商量再要一层楼」「每斤差一毛联系加工企业签订单」: a remedy with no sign of its own
  // (state-or-step.ts), opened by who does it or how, is the step too — its rest reads as nothing by itself.
  for (let at = 1; at < part.length; at++)
    if (remedyAhead(part.slice(at)) && !signs.some((s) => s.at === at))
      signs.push({ at, remedy: true, time: false });
  for (const { at, remedy, time } of signs.sort((a, b) => a.at - b.at)) {
    const head = part.slice(0, at);
    const rest = part.slice(at);
    // 「得等钱|9月中旬复查」: before a time that opens the step, a short problem is whole too.
    if (han(head) < (time ? 3 : 4) || han(rest) < 3 || GOVERNS.test(head.trimEnd())) continue;
    // 「不晓得咋个|跟群众打交道」「想|跟…」: a head that takes the remedy as its own complement is no problem said whole.
    if (remedy && HOW_OR_MODAL.test(head.trimEnd())) continue;
    if (!/[\u4e00-\u9fff\d%）)」\s]$/.test(head)) continue;
    const own = read(rest.trim());
    if (remedy ? own !== undefined && own !== "plan" : own !== "plan") continue;
    if (read(head.trim()) !== "problem") continue;
    return [head, rest];
  }
  return undefined;
}
