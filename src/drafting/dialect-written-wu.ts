/**
 * draft52: 吴语/衢州话 words staff type as they speak, written as the draft writes them before the other rules read the
 * clause — as dialect-written-yue.ts does for 桂南粤语: 侬晓得伐 / 晓得伐 (you know) is no part of a 公文; a closing word of
 * praise (弗错嘞、蛮好咯) goes; 弗 = 不 (弗够、弗多); 交关 = 很 (压力交关大); 嘞 closing a clause goes; 年轻佬 = 年轻人;
 * 有些些 = 有些, 搞了一些些 is chat before the count said after it; 咯 between a verb and what was counted before 有 + a count
 * (报名咯有、到场咯游客有) = 的, 咯 after a verb before its object (搞咯半程马拉松) = 了, and 咯 between other words = 的.
 * Only the draft's text and the card's rows: the stored update keeps the words the person used, and the intent features
 * are not touched.
 */
const CLAUSE_END = "(?=$|[\\s，,。；;！!？?~～])";
const ANY = /[侬弗嘞佬咯]|晓得伐|交关|些些/u;

export function wuWritten(text: string): string {
  if (!ANY.test(text)) return text;
  return text
    .replace(new RegExp(`(^|[，,。；;\\s])侬?晓得[伐哇]${CLAUSE_END}`, "gu"), "$1")
    .replace(/^侬(?=[\s，,])/u, "")
    .replace(
      new RegExp(`[，,\\s]+(?:还|蛮|真|交关|老)?(?:弗错|不错|蛮好)(?:嘞|咯|的|哦|啊)?${CLAUSE_END}`, "gu"),
      "",
    )
    .replace(/弗/gu, "不")
    .replace(/交关(?=[\u4e00-\u9fff])/gu, "很")
    .replace(new RegExp(`(?<=[\\u4e00-\\u9fff])嘞${CLAUSE_END}`, "gu"), "")
    .replace(/(?<=年轻|外地|本地|城里|乡下)佬/gu, "人")
    .replace(/有一?些些/gu, "有些")
    .replace(new RegExp(`(?<=(?:经费|资金|人手|人员|场地|设备)[，,\\s]?)一些些${CLAUSE_END}`, "gu"), "较少")
    .replace(/(?:搞|弄|做|办)了?一些些[，,\s]*/gu, "")
    .replace(/咯(?=[\u4e00-\u9fff]{0,3}有[\d一二两三四五六七八九十几])/gu, "的")
    .replace(/(?<=[搞办做弄开建修装送放演跳唱评])咯(?=[\u4e00-\u9fff])/gu, "了")
    .replace(/(?<=[\u4e00-\u9fff])咯(?=[\u4e00-\u9fff])/gu, "的");
}
