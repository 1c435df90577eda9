/**
 * draft44: who came to ask, said with 的 and 有 (咨询的群众有50余人、来咨询的老百姓大概有八十个、现场咨询的群众有一百多人):
 * a 公文 says the bureau took their questions — 接受群众咨询50余人, 现场接受群众咨询100余人. The count stays a count of
 * people, as said (个 of people is 人; 多 and 来 after the number are 余, an estimate is one 约); it is not turned into 人次,
 * which nobody reported. Runs on cleaned text: the numbers are digits and 老百姓 may still be said.
 */
const WHO = "(群众|老百姓|居民|村民|农民|农户|企业|商户|家长|学生|游客|职工|市民|人)";
const CONSULTED = new RegExp(
  `(?:过来|前来|来)?咨询的${WHO}(?:一共|总共|共)?(?:有)?(约|近)?(\\d[\\d.]*)(多|余|来)?(人次|人|个|位|名|家|户)(?![\\u4e00-\\u9fff]{0,2}次)`,
  "gu",
);

export function consultedCount(text: string): string {
  return text.replace(CONSULTED, (_m, who: string, about = "", n: string, more = "", unit: string) => {
    const asked = who === "老百姓" || who === "人" ? "群众" : who;
    const counted = unit === "个" || unit === "位" ? "人" : unit;
    return `接受${asked}咨询${about}${n}${more ? "余" : ""}${counted}`;
  });
}
