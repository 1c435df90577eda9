import type { Intent, IntentContext } from "./intent-types.js";

/**
 * 「刚那几条都对的 确认掉」「两条都对的，确认」「这三条没问题 提交吧」: 确认 said of a set of the drafts
 * waiting (几条、两条、这些、全部, or 都 after the set) is 全部确认 — all of them, not the latest one. Only
 * where several drafts wait; a number named (第2条、3号) or the confirming denied (先别确认) is not it. Pure.
 */
/** The words for «all of them» said before a verb (统统确认、通通删掉、一律提交; 晋 一满 is folded to 全都). */
export const ALL_SAID = "全部|全都|统统|通通|一律|一概|所有";
const SEVERAL = new RegExp(
  `[这那]?(?:几|[两二三四五六七八九十俩仨]|\\d{1,2})\\s*(?:条|个|项)(?!.*(?:第|号))|[这那]些|${ALL_SAID}|一起|一并|一块儿?|剩下|其余|(?:条|个|项|些|的)都`,
);
const NOT_ALL =
  /不要|删|撤|(?:不|别|莫|甭|勿|没)(?:要|用|急着)?(?:确认|提交)|第\s*[\d一二两三四五六七八九十]|[\d一二两三四五六七八九十]+\s*号|只|就(?:这|那)(?:一)?(?:条|个)/;

export function withConfirmAll(
  intent: Intent,
  norm: string,
  ctx: Pick<IntentContext, "pendingDrafts">,
): Intent {
  if (intent.kind !== "command" || intent.command !== "确认" || intent.text !== "确认") return intent;
  if (ctx.pendingDrafts < 2 || !SEVERAL.test(norm) || NOT_ALL.test(norm)) return intent;
  return { kind: "command", command: "全部确认", text: "全部确认" };
}
