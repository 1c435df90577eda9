import { leavesItToThem } from "./on-behalf.js";

/**
 * Closing words said to a question the bot asked: to 「这条要记为工作填报吗？」, thanks that close it without
 * a yes; to an edit preview, keeping the update as it was. Read by answer-pending-question.ts.
 */
/**
 * To 「这条要记为工作填报吗？」 only a clear yes stores; thanks or a closing word (好 谢了、谢谢、好的谢谢、
 * 算了、没事) closes the question without storing, unless a keep word (记上、记为填报、要记、存) is said too.
 */
export function closesAskReport(core: string): boolean {
  // 「好吧 那让他自己报」: the colleague reports it, not me (on-behalf.ts asked).
  if (leavesItToThem(core)) return true;
  return /谢|多谢|感谢|算了|没事|不用了|拉倒|辛苦/.test(core) && !/记|存|保存|填报|要的/.test(core);
}

/**
 * On core, to an edit preview: keep the update as it was — 还是原来的、按原来的吧、不用改了、原来那个是对的.
 * A no to the edit, never a new report.
 */
export function keepsOriginal(core: string): boolean {
  if (!KEEP_ORIGINAL.test(core)) return false;
  if (!/\d|[一二两三四五六七八九十百千]+[个人名家次场项件份期户万]/.test(core)) return true;
  // 「不对 我记岔了 还是六场 别改了」: the old figure said as the reason, the keep closing the message;
  // a figure to change to (改成8场、应该是8场) is a new correction.
  return KEEP_CLOSING.test(core) && !/改成|改为|应为|应该是|换成|写成|是[^，,\s]{1,8}不是/.test(core);
}
const KEEP_CLOSING = /(?:(?:不用|不要|别|甭|无需|不需要)(?:再)?(?:改|动|修改)|不改|不动)了?(?:吧|啊|哈|呀)?$/;
const KEEP_ORIGINAL =
  /原来的|原先的|原本的|原样|(?:不用|不要|别|甭|无需|不需要)(?:再)?(?:改|动|修改)|不改了|不动了|(?:原来|之前|本来)(?:那个|那条|的)?(?:是)?对的/;
