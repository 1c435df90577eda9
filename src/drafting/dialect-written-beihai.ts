/**
 * draft53: 北海白话 (粤语) words staff of a 县卫生健康局 type as they speak, after the 钦州 words (dialect-written-yue.ts) —
 * written as the draft writes them. Only the draft's text and the card's rows: the stored update keeps the words the person
 * used, and the intent features are not touched (no dialect fold; the report gate needs no retraining).
 * - pointing words: 嗰边、嗰块 after what they point at (山区嗰边、小朋友嗰块) are no part of it; other 嗰 = 那; 仲 = 还
 *   (仲未 = 尚未), 嚟 = 来, 问题系 = 问题是; plans: 搞多几次X → 增加X频次, 招多N个X → 招聘X N名;
 * - judgements: 冇咩效果 → 效果不明显, 冇咩 + a thing → 缺乏, 但系 → 但是, 群众话 → 群众反映, 签咗等于冇签 → 流于形式,
 *   好旧 → 老旧, 老人家 → 老年人, 小朋友 → 儿童, 冇固定 → 无固定, 搞唔掂 → 难以应对, 分钱分唔均 → 资金分配不均,
 *   有意见 (closing a clause) → 意见较大, X率 + who + 偏低 → who's X率偏低, 得 + a count after a post → 仅有;
 * - exclamations closing a clause (好靓、冇问题) go; 咁多 (as for / so many) goes, 咁多都要搞掂 → 确保全部完成; 埋单 → 缴清;
 *   同 between two names → 和; clinics counted in 间 → 个; 派咗…落村 → 派驻…下沉村.
 */
const END = "(?=$|[\\s，,。；;！!？?~～])";

export const BEIHAI_RULES: Array<[RegExp, string]> = [
  [new RegExp(`[，,\\s]*(?:好靓|几靓|靓爆|冇问题)(?:啊|呀|喔|嘅|的)?${END}`, "gu"), ""],
  [/(?<=[\u4e00-\u9fff]{2})(?:嗰|𠮶)(?:边|块|度|头)(?=[\u4e00-\u9fff])/gu, ""],
  [/[嗰𠮶]/gu, "那"],
  [/仲未/gu, "尚未"],
  [/仲(?=系|是|有|要|冇|没|在|差|欠)/gu, "还"],
  [/嚟/gu, "来"],
  [/(?<=问题|原因|主要|就)系(?=[\u4e00-\u9fff])/gu, "是"],
  [/(?:冇|没)(?:咩|什么)(效果|作用|成效|反响)/gu, "$1不明显"],
  [/(?:冇|没)咩(?=[\u4e00-\u9fff]{2})/gu, "缺乏"],
  [/咩/gu, "什么"],
  [/但系/gu, "但是"],
  [/(群众|老百姓|村民|患者|病人)话(?=[\u4e00-\u9fff])/gu, "$1反映"],
  [/([\u4e00-\u9fff]{1,2})(?:咗|了)?等于(?:冇|没有?)\1/gu, "流于形式"],
  [/好(?:旧|残)/gu, "老旧"],
  [/老人家/gu, "老年人"],
  [/小朋友|细路仔/gu, "儿童"],
  [/(?:冇|没)(?=固定|专职|专人|专门|独立)/gu, "无"],
  [/搞(?:唔|不)掂/gu, "难以应对"],
  [/分钱分(?:唔|不)均/gu, "资金分配不均"],
  [new RegExp(`(?<=[\\u4e00-\\u9fff]{2})(?<!好)有意见${END}`, "gu"), "意见较大"],
  [/([\u4e00-\u9fff]{2,8}率)[，,\s]+([\u4e00-\u9fff]{2,4}?)(偏低|偏高|较低|较高|不高)/gu, "$2$1$3"],
  [/(?<=[诊科院室岛村班组所馆])得(?=[一二两三四五六七八九十\d][个名位])/gu, "仅有"],
  [/[，,\s]*咁多都要(?:搞掂|完成|做完|搞完|做到)/gu, "，确保全部完成"],
  [/咁多(?=都|$|[\s，,。；;！!？?])/gu, ""],
  [/埋单/gu, "缴清"],
  // A clinic, 卫生室 or 中医馆 counted in 间 (a room) is counted in 个, before the figure is written in digits.
  [
    /(?<=(?:卫生室|卫生院|诊所|中医馆|国医馆|药店|药房|门诊部?|医馆)[^，,。；;\d]{0,8}?[\d一二两三四五六七八九十百千万几]+(?:多|余|来)?)间/gu,
    "个",
  ],
  [
    /(?<=[\u4e00-\u9fff])(?<![共相协认如连陪会一不赞苟混雷等合胡大偕伴随视异])同(?=[\u4e00-\u9fff]{2})(?![志比时步期样意类一等学事心级行城乡龄胞盟伴上仁工])/gu,
    "和",
  ],
  [/派(?:咗|了)(?=[\d一二两三四五六七八九十]+[个名位](?:医生|医务人员|专家|骨干|护士))/gu, "派驻"],
  [/(?<=[医生员家士])落(?=乡镇|村|基层|社区|卫生院)/gu, "下沉"],
  [/(?<=做实|做细)[啲点](?=$|[\s，,。；;])/gu, ""],
  [/(?:唔|不)好只(?:系|是)?(?=[\u4e00-\u9fff])/gu, "避免"],
  [/(?:搞|做|去|开展|落)多几(?:趟|次|场|回|轮)([\u4e00-\u9fff]{2,6})(?=$|[\s，,。；;])/gu, "增加$1频次"],
  [/(?:搞|做|去|开展|落)多几(?:趟|次|场|回|轮)/gu, "增加频次"],
  [/招多([\d一二两三四五六七八九十]+)个([\u4e00-\u9fff]{2,5}?)(?=$|[\s，,。；;])/gu, "招聘$2$1名"],
  [
    /([\u4e00-\u9fff]{2,4}?)[，,\s]*((?:明年|来年|下年|\d{4}年)?)要?招多([\d一二两三四五六七八九十]+)个/gu,
    "$2再招聘$1$3名",
  ],
  [/打(?:咗|了)\s?([\d.一二两三四五六七八九十百千万几多余]+)针/gu, "接种$1剂次"],
  [/签(?:咗|了)(?=[\d一二两三四五六七八九十]+万?(?:几|多|余)?个?人)/gu, "签约居民"],
  [/(?<=[\d一二两三四五六七八九十]万)几个?人/gu, "余人"],
];

export function beihaiWritten(text: string): string {
  let t = text;
  for (const [re, to] of BEIHAI_RULES) t = t.replace(re, to);
  return t;
}
