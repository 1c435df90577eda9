/**
 * A leader taking back the change just made to the draft, in everyday words (round fifty): 「不对 刚才那个改得不好
 * 退回去」「刚才改的不行 改回去」「刚删的那句还是要的 恢复回来」「上一步撤了吧」「回到上一版」 mean 撤销上一步 — not 退回,
 * which would send the whole draft back to the office with the complaint as its comment.
 *
 * Read by structure: a word pointing at the change just made (刚才/刚刚/刚 + 改/删/重写/弄, or 上一步/上一版) and a word
 * of going back (退回去、改回去、还原、恢复、撤了、回到…、不要了). Without the pointer, 退回去 keeps its meaning.
 */
const JUST_CHANGED =
  /(?:刚才|刚刚|剛才|剛剛|方才|刚)(?:那个|那下|那次|那句|那段|这个|这下|这次)?(?:的)?(?:改|删|刪|重写|重寫|写|弄|动|换)|上一步|上一版|上一个版本|上个版本/;
const GO_BACK =
  /退回去|退回来|退回原|改回去|改回来|改回原|弄回去|换回去|还原|還原|恢复|恢復|撤了|撤掉|撤销|撤回去|回到|回退|不要了?(?:[，,\s]*(?:退|改|换|回))|退回(?=$|[吧啊呀，,。！!\s])|撤回(?!\s*\d)/;
/** A new figure or text said with it (刚才那个数字改成15家) is an edit, not the change undone. */
const NEW_TEXT = /改成|改为|换成|写成|\d/;

/**
 * review55: going back said alone — 「改回去」「还是原来那样」「莫搞了 还是用原来的」「不改了 恢复原样」: to a leader reviewing
 * there is nothing else to put back, so no pointer is needed; a lead word of giving up (算了、莫搞了、不改了) may come first.
 */
const BACK_ALONE =
  /^(?:(?:算了|莫搞了|不搞了|别搞了|莫改了|别改了|不改了|不要了|唔要了|毋免了)[，,。\s]*)?(?:还是|還是|就)?(?:改回去|改回来|改回來|换回去|換回去|换回来|換回來|还原|還原|恢复原样|恢復原樣|恢复原来的|(?:用|按)?原来(?:那样|那個|那个|的)(?:写)?)(?:就行|就好|好了|吧|啊|哈|了|嘛|咯)*[。.!！~～]*$/;

export function undoSaid(said: string): boolean {
  const norm = said.replace(/\s+/g, " ").trim();
  if (norm.length > 30 || NEW_TEXT.test(norm)) return false;
  if (BACK_ALONE.test(norm)) return true;
  return JUST_CHANGED.test(norm) && GO_BACK.test(norm);
}
