/**
 * Trial39b: 「人才公寓那边入住率不高，才六成左右」 — the clause after a problem that says how far short it falls
 * (才六成左右、只有40%、不到一半、仅3人) carries a figure but reports no work: it is the problem's size and stays in
 * the problems part (it was dropped as work, and the draft said only 「入住率不高」). How soon work was done (不到半年建成3个
 * 基地、刚三个月就完成验收) is work, not a size (review40): a span of time after the number is no size.
 */
const SIZE =
  /^\s*(?:才|只有|只|仅有|仅|不到|还不到|刚|刚刚)(?:到|达到|有)?(?![\d一二两三四五六七八九十几半.]+个?[多来]?(?:年|月|天|日|周|星期|礼拜|小时|钟头|分钟))[\d一二两三四五六七八九十几半]/u;

/** Whether a clause says the size of the trouble before it rather than work done. */
export function sizeOfTrouble(clause: string): boolean {
  return SIZE.test(clause);
}
