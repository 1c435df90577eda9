/**
 * draft51: 桂南粤语/平话 (钦州、南宁) words staff type as they speak, written as the draft writes them before the other rules
 * read the clause — as dialect-written.ts does for 湘西南: 咗 = 了 (查咗、搞咗), 嘅 = 的, 佢哋/佢 = 他们/他, 啲 = 些 (盯紧啲
 * closing a clause = 盯紧点), 睇 = 看 (睇咗一千条 = 查看了), 唔 = 不, 系 as the copula = 是 (还系好差), 搞掂 = 完成,
 * 得 + a count after what is short = 仅有 (执法车得一台), 冇几多 = 没几个, 好 before a verdict = 较/很 (好差、好大), 那日 = 当天;
 * 好犀利 (an exclamation of praise) is no part of a 公文. Only the draft's text: the stored update keeps the words the person
 * used, and the intent features are not touched (domain/dialect-words.ts reads the same words for the figure scan).
 */
const CLAUSE_END = "(?=$|[\\s，,。；;！!？?~～])";
const ANY = /[咗嘅佢啲睇唔系掂犀得几那呢]/u;

export function yueWritten(text: string): string {
  if (!ANY.test(text)) return text;
  return (
    text
      .replace(/[，,\s]*好犀利(?:啊|呀|喔|哦|嘅)?(?=$|[\s，,。；;！!])/gu, "")
      .replace(/搞掂(?:咗|了)?/gu, "完成")
      .replace(/咗/gu, "了")
      .replace(/嘅/gu, "的")
      .replace(/佢哋/gu, "他们")
      .replace(/佢/gu, "他")
      .replace(new RegExp(`(?<=[\\u4e00-\\u9fff])啲${CLAUSE_END}`, "gu"), "点")
      .replace(/啲/gu, "些")
      .replace(/睇(?=了|过)/gu, "查看")
      .replace(/睇/gu, "看")
      .replace(/唔/gu, "不")
      // 系 as the copula (还系好差、就系), never 系统、关系、体系、联系、系列.
      .replace(
        /(?<=^|[不就都亦仲还也只确实其应该，,\s])系(?![统列数着到在上紧带扣结])(?!好(?![差大少难乱多]))/gu,
        "是",
      )
      // 执法车得一台: only one (得 right before a count after the thing that is short).
      .replace(/(?<=[车员手器仪站])得(?=[一二两三四五六七八九十\d][台辆个人名间家部])/gu, "仅有")
      .replace(/(?:冇|没)几多(?:个)?/gu, "没几个")
      .replace(/几多/gu, "多少")
      // 好 before a verdict of degree (好差、好大、好少、好难): 较 as a 公文 says it; 好多 (many) is 较多.
      .replace(/(?<![很太较不真])好(?=差|大|少|难|乱|低|弱|慢|高|紧|缺)/gu, "较")
      .replace(/(?<=^|[\s，,\d])那日(?=在|去|到|[，,\s])/gu, "当天")
      .replace(/呢(?=块|边|个|条|次|阵)/gu, "这")
  );
}
