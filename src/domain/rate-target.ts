/**
 * A rate or share set as the mark to reach (覆盖率要到百分之六十、参保率要提到95%、占比得达到三成): 要/得/必须 before
 * 到/达到 over a rate is a target, said before anything is done, not a rate reached (覆盖率到了百分之六十 is
 * done). A guess before the 要 (估计覆盖率要到六成) foretells and is left to the other rules; a 了 or 已 after the
 * figure tells it done.
 */
const RATE_TARGET =
  /(?<!(?:估计|预计|可能|恐怕|看样子)[^，。；]{0,10})(?:率|占比|比例|比重)(?:今年|年底|年内|明年|到年底)?(?:要|得|必须|力争|争取|确保)(?:提高|提升|提|升|稳定|保持)?(?:到|达到|在)(?=百分之|[\d一二两三四五六七八九]|[一二三四五六七八九]成)/;

/** Whether the piece sets a rate or a share as the mark to reach, nothing said done after it. */
export function rateTarget(t: string): boolean {
  const m = RATE_TARGET.exec(t);
  return m !== null && !/了|已|过/.test(t.slice(m.index + m[0].length));
}
