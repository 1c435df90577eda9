import { type ClauseKind, DEADLINE } from "./clause-kind.js";
import { PLAN_WORDS } from "./plan-words.js";

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
/** What takes the sign as its object or attribute: 按计划、没完成年底前…、原定、超过计划. */
const GOVERNS = /(?:按|照|原|定|超过?|完成|没有?|未|不|比|的|在|到|于|是|为|把)$/;
const HAN = /[\u4e00-\u9fff]/g;
const han = (s: string) => (s.match(HAN) ?? []).length;

/** `part` cut into [problem, step] where a step is glued on; undefined when it is not. */
export function gluedStep(
  part: string,
  read: (s: string) => ClauseKind | undefined,
): [string, string] | undefined {
  if (/[，,。；;]/.test(part.replace(/[，,。；;\s]+$/, ""))) return undefined;
  for (const m of part.matchAll(SIGN)) {
    const at = m.index ?? 0;
    const head = part.slice(0, at);
    const rest = part.slice(at);
    if (han(head) < 4 || han(rest) < 3 || GOVERNS.test(head.trimEnd())) continue;
    if (!/[\u4e00-\u9fff\d%）)」\s]$/.test(head)) continue;
    if (read(rest.trim()) !== "plan") continue;
    if (read(head.trim()) !== "problem") continue;
    return [head, rest];
  }
  return undefined;
}
