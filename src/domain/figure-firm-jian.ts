/**
 * 「高企培育入库企业28家，其中有五间财务唔规范」: in Cantonese 间 counts firms and shops as 家 does — read as 家 where
 * the sentence counts firms in 家 and no room is named after it (新建周转房五间, 宿舍12间 stay 间).
 */
export function firmsInJian(t: string, cs: number, end: number): boolean {
  if (/^[房屋室舍铺档]|^教室|^宿舍/.test(t.slice(end))) return false;
  let s = cs;
  while (s > 0 && !/[。；;！!？?\n]/.test(t[s - 1] ?? "")) s--;
  return /(?:企业|公司|商户|门店|工厂|厂家)[^。；]{0,6}[\d一二两三四五六七八九十百千]+(?:多|余|来)?家/.test(
    t.slice(s, cs),
  );
}
