import { DAY_AFTER_NUMBER, DAY_BEFORE_NUMBER } from "./date-number.js";
import { numberOf } from "./intent-lexicon.js";
import type { Intent, IntentContext } from "./intent-types.js";

const CN = "[一二两三四五六七八九十]{1,3}";

/**
 * 「刚删的那条还是留着吧」「刚才撤掉那个算了 还是要」「头先撤咗嗰条我仲要」「2号那条撤错了 还是留着吧」: the
 * withdrawal is what the update is called by (the one withdrawn) or said to be a mistake, and what is
 * asked is to keep it — 恢复, of the number named or else the one just withdrawn (the command asks which
 * when none was). The withdraw word in it is the past, not the request.
 *
 * Not this: 「这条不要了 留着也没用」 (keep only named to be refused), a how-to (「撤回的还能弄回来不」, how-to.ts,
 * read before), nor 「2号那条别删了」 with nothing withdrawn said.
 */
/** The one withdrawn, named by its withdrawal: 刚删的那条、撤掉那个、撤咗嗰条、删了的、撤回的那条. */
const WITHDRAWN_ONE =
  /(?:删|撤)(?:掉|了|咗|除|回|销)?(?:的|嘅|那条|那个|那笔|嗰条|嗰个|这条|这个)|(?:删|撤)(?:错|多|早|快)了|不该(?:删|撤)|不是(?:想|要)(?:删|撤)|(?:删|撤)(?:掉|了|咗)?(?:之后|以后)?(?:又|还是)?后悔/;
/** Kept or still wanted: 留着、留下、留返、保留、还是要、我还要、仲(系)要、别删了、不删了、不撤了. */
const KEEP =
  /留(?:着|下|返|回|住|起来)|保留|(?:还|仲)(?:是)?要|要返|(?:别|不要|不用|甭)(?:删|撤)了?(?![\u4e00-\u9fff])|不(?:删|撤)了|还是(?:算|报|记)(?:上|进去)?吧/;
/** Keep refused or the withdrawal meant: 留着也没用、不用留、不要了. */
const NOT_KEPT = /留着(?:也|都)?(?:没用|没意思|干嘛|干啥)|不用留|不要留|别留|不要了|作废/;
/** A withdrawal said to be a mistake: 删错了、撤错了、误删、删多了、不该删. */
const MISTAKE = /(?:删|撤)(?:回)?(?:错|多)(?:了|咗|哩|额)?|误(?:删|撤)(?:了|咗)?|不该(?:删|撤)(?:的)?/;
const MISTAKE_G = new RegExp(MISTAKE.source, "g");
/** The withdrawal itself undone: 撤销删除、取消撤回、把删除撤销了 (round fifty-two) — a restore said, beside the mistake. */
const UNDONE =
  /(?:撤销|撤回|取消|还原)(?:掉)?(?:刚才|刚刚|这次|那次)?(?:的)?(?:删除|撤回|删掉|撤销)(?:操作)?|把(?:删除|撤回)(?:撤销|取消)(?:掉)?/g;
/** An update number said: 2号、第2条、第二条、#2 (not a day: date-number.ts). */
const NUMBER = new RegExp(
  `第\\s*(\\d{1,4}|${CN})\\s*(?:条|项|个)|#\\s*(\\d{1,4})|${DAY_BEFORE_NUMBER}(?<![\\d.月])(\\d{1,4}|${CN})\\s*号${DAY_AFTER_NUMBER}`,
);

/** 「算了还是留着吧」「还是要吧」 alone: a keep, said just after a withdrawal. */
const KEEP_ALONE = new RegExp(
  `^(?:算了|哎|唉|嗯|那|那就|要不|还是|我想想)*[，,\\s]*(?:${KEEP.source})(?:吧|啊|呀|哈|嘛|了|先|着|㗎|啦|喇|咯|嘞)*[。.!！~～]*$`,
);

export function keepWithdrawn(norm: string, ctx?: Pick<IntentContext, "justWithdrew">): Intent | undefined {
  // Right after a withdrawal, a keep said alone keeps that one.
  if (ctx?.justWithdrew !== undefined && KEEP_ALONE.test(norm.replace(/[\s，,]*(?:算了)[\s，,]*/g, "")))
    return { kind: "command", command: "恢复", text: `恢复 ${ctx.justWithdrew}` };
  // 「3号那条删错了」: a withdrawal said to be a mistake, nothing else asked — brought back, never withdrawn.
  if (
    MISTAKE.test(norm) &&
    !/删|撤|作废|不要|去掉|改|看|瞅/.test(norm.replace(MISTAKE_G, "").replace(UNDONE, ""))
  )
    return restoreOf(norm);
  if (!WITHDRAWN_ONE.test(norm) || !KEEP.test(norm) || NOT_KEPT.test(norm)) return undefined;
  // The keep must come after the withdrawal is named (「留着 别删」 alone names nothing withdrawn).
  const withdrawn = WITHDRAWN_ONE.exec(norm)!.index;
  const keptAt = norm.search(KEEP);
  if (keptAt < withdrawn) return undefined;
  return restoreOf(norm);
}

/** 恢复 of the number said, else of the one just withdrawn (the command asks which when none was). */
function restoreOf(norm: string): Intent {
  const m = NUMBER.exec(norm);
  const n = numberOf(m?.[1] ?? m?.[2] ?? m?.[3]);
  return { kind: "command", command: "恢复", text: n !== undefined ? `恢复 ${n}` : "恢复" };
}
