/**
 * A bare Arabic number (no measure word after it) that names a thing instead of counting it, read by the number
 * reader (figure-read-number.ts): a service's number (120急救站点, 110报警, 农技110热线), a university programme's
 * (985高校, 211院校, 985工程), a cultivar's, glued to its crop name (湘油708测产, 郑单958长势好), or a road's
 * (330国道、G60高速、S218省道、县道X305, fig42).
 */
export function bareNumberNames(core: string, before: string, after: string): boolean {
  if (
    /^(?:110|119|120|122)$/.test(core) &&
    /^(?:急救|报警|指挥|调度|出警|救护|消防|交警|热线|专线)/.test(after)
  )
    return true;
  // A road's number: before 国道/省道/县道/乡道/高速/线, or after its letter (G/S/X/Y) or the road's kind.
  if (
    /^\d{1,4}$/.test(core) &&
    (/^(?:国道|省道|县道|乡道|高速|线(?![上下路]))/.test(after) ||
      /(?:^|[^A-Za-z])[GSXYgsxy]$|(?:国道|省道|县道|乡道)$/.test(before))
  )
    return true;
  if (/^(?:985|211)$/.test(core) && /^(?:高校|院校|大学|学校|名校|工程|重点|类|和|、|\/)/.test(after))
    return true;
  // A shopping or rights day named by its date (618前后、双11期间、315晚会、双12大促): a day, not a count (fig46).
  if (
    (/^(?:618|315|520|818|1111|1212)$/.test(core) || (/^1[12]$/.test(core) && /双$/.test(before))) &&
    /^(?:前后|期间|当天|那天|大促|促销|活动|购物节|电商节|消费节|晚会|节)/.test(after)
  )
    return true;
  // A cultivar: a crop syllable glued before the number (湘油、郑单、黄华占…稻、中麦), a word glued after it.
  return (
    /^\d{2,4}$/.test(core) &&
    /[\u4e00-\u9fff](?:油|稻|麦|单|优|豆|棉|薯|粳|籼|糯|占)$/.test(before) &&
    /^[\u4e00-\u9fff]/.test(after)
  );
}
