/**
 * Two spoken ways of telling a trip and its crowd (round 56 console trial: 「这礼拜下了3个乡镇 给合作社讲了嫁接技术 听的人有120来个」
 * was drafted 「下了3个乡镇，…，听的人有120余个」):
 * - 下了/下去了 + a count of places (乡镇、村、社区、合作社、企业、基地) is going down to them: 深入3个乡镇;
 * - the people who listened, came or watched, counted in 个 after 的人/群众 (听的人有120来个), took part: 120来人参加
 *   (来的群众有两百多个 → 两百多名群众参加).
 */
const WENT_DOWN =
  /(?<![一-龥]下|[落放拿写记留剩定停坐])下(?:去)?了(?=(?:近|约)?[\d一二两三四五六七八九十]+(?:多|余|来)?[个家所](?:乡镇|镇|乡|村|社区|合作社|企业|基地|园区|学校))/gu;
const CROWD_IN_GE =
  /(?:听|来|看|参加|到场|参与)的(人|群众|老百姓|村民|农户|学生|干部)(?:有|大概有|差不多有|约有|约)?((?:\d+|[一二两三四五六七八九十百千]+)(?:多|余|来)?)个(?=$|[，,。；;！!])/gu;

export function wentDownWritten(text: string): string {
  return text
    .replace(WENT_DOWN, "深入")
    .replace(CROWD_IN_GE, (_m, who: string, n: string) => (who === "人" ? `${n}人参加` : `${n}名${who}参加`));
}
