/**
 * draft52 (县文化广电旅游体育局, 衢州): spoken leftovers the earlier passes let through, each a fixed rewrite by class that keeps
 * every figure and what it counts (figures are digits by now; spokenLeftovers runs these first, before MARKET_RULES):
 * - a verb said twice, once in the work's name (罚款罚了2万余、换书换了1.2万多册、送戏下乡全年送了120场) → the name alone;
 *   films shown (放了800多场) → 放映; 新装 + what was put up → 新建; a route made (开展3条精品线路) → 打造; 70余个亿 → 70余亿元;
 *   约10余场 (大概十几场) → 10余场, one rough word; 举办X，在Y开展一场 → 在Y举办X (CULTURE_LAST, after the others);
 * - who came, said after the event with the 吴 咯 as 的 (dialect-written-wu.ts): 报名的有3000多人 → 报名3000多人, 到场的游客有
 *   → 到场游客, 来看的有 → 观看群众, 考出来的有120个 → 考核合格120人; 老板 trained → 经营业主, counted in 人;
 * - praise of the people after the work (老百姓蛮欢喜) → 深受群众欢迎;
 * - problems: X有些没人管 → 部分X无人管护; 老一套 → 形式陈旧; 年轻人不爱看 → 对年轻人吸引力不强; 场地不多 → 场地不足;
 *   跳广场舞的抢位置 → 群众跳广场舞场地紧张;
 * - plans: X下步继续搞 → 继续开展X, 不能断 → 确保常态化开展; X明年要建好 → 明年建成X; X要做深做透 → 推动X走深走实.
 */
import { arabicNumeral } from "./polish-prose.js";

const SEP = "(^|[，,。；;：:\\s])";

export const CULTURE_RULES: Array<[RegExp, string | ((m: string, ...g: string[]) => string)]> = [
  [/([\u4e00-\u9fff])(?!\1)([\u4e00-\u9fff])\1了(?=\d)/gu, "$1$2"],
  [/([\u4e00-\u9fff]{0,4}?([送放演])[\u4e00-\u9fff]{1,5}?)(全年|今年)?\2了(?=\d)/gu, "$1$3"],
  [/放了(?=\d+(?:多|余)?场)/gu, "放映"],
  [
    /(?<![突打击冲])破了?([一二两三四五六七八九十百千]+|\d+)(万|亿)/gu,
    (_m, n: string, scale: string) => `突破${arabicNumeral(n) ?? n}${scale}`,
  ],
  [/多评(?:几|一些|些)家([\u4e00-\u9fff]{1,4})/gu, "新评定一批$1"],
  [/新装(?=[\u4e00-\u9fff]{2,6}\d)/gu, "新建"],
  [/新(?:完成)?评(?:了|定)?(?=[\u4e00-\u9fff]{2,8}\d)/gu, "新评定"],
  [/(?:开展|弄了?|搞了?|整了?)(?=\d+(?:多|余)?条[\u4e00-\u9fff]{0,4}(?:线路|路线))/gu, "打造"],
  [/(\d+(?:多|余)?)个亿(?:元)?/gu, "$1亿元"],
  // draft53: 签约2万余人 is no estimate word before a count.
  [/(?<![签预制合条公节契违履邀特相])约(\d+(?:\.\d+)?(?:万|亿)?余)/gu, "$1"],
  [/(?:来看|观看)的有?(?=\d|[一二两三四五六七八九十])/gu, "观看群众"],
  // draft53: who they were said between (来看的学生有900多人): 观看学生.
  [/(?:来看|观看)的([\u4e00-\u9fff]{1,3}?)有(?=\d|[一二两三四五六七八九十])/gu, "观看$1"],
  [/考(?:出来|过|取)了?的有?(\d+(?:多|余)?)(?:个|名|人)/gu, "考核合格$1人"],
  [/(报名|到场|参赛|参与|到会)的([\u4e00-\u9fff]{0,3}?)有?(?=\d|[一二两三四五六七八九十])/gu, "$1$2"],
  // 参加的有N人 is 参加人员 (spoken-outcomes.ts, draft50); with what took part between (参加的队伍有36支): 参加队伍.
  [/参加的(?!有)([\u4e00-\u9fff]{1,3}?)有?(?=\d|[一二两三四五六七八九十])/gu, "参加$1"],
  [/(挂牌|授牌|命名|认定|评定|备案)了(?=\d)/gu, "$1"],
  [/(培训|轮训)了?老板(\d+(?:多|余)?)(?:个|名|人)/gu, "$1经营业主$2人"],
  [
    /[，,\s]*(?:老百姓|群众|村民|游客|大家|观众)(?:都|也)?(?:蛮|很|非常|特别|老|较为|较)(?:欢喜|喜欢|满意|高兴|开心|爱看)(?:的|咯)?(?=$|[，,。；;])/gu,
    "，深受群众欢迎",
  ],
  [/([\u4e00-\u9fff]{2,8}?)有些(?=没人管|无人管|没有人管)/gu, "部分$1"],
  [/老一套/gu, "形式陈旧"],
  [/(年轻人|青年人?|群众|观众)不(?:爱|喜欢|愿意)(?:看|听|来)/gu, "对$1吸引力不强"],
  [/(场地|设施|场馆|人手)不多(?=$|[，,。；;])/gu, "$1不足"],
  [
    /[，,](?:晚上|夜间|早上|傍晚|\d{1,2}月\d{1,2}日)?(跳广场舞|健身|锻炼|打球)的?抢(?:位置|场地|地方)/gu,
    "，群众$1场地紧张",
  ],
  [
    new RegExp(
      `${SEP}([\\u4e00-\\u9fff]{2,10}?)(?:下一步|下步)?(?:要|还要)?继续(?:搞|做|开展|弄)(?=$|[，,。；;])`,
      "gu",
    ),
    "$1继续开展$2",
  ],
  [/[，,](?:绝对)?不能断(?:档|线)?(?=$|[，,。；;])/gu, "，确保常态化开展"],
  [
    new RegExp(`${SEP}([\\u4e00-\\u9fff]{2,12}?)[，,]?((?:\\d{4}年|明年)?)(?:要|争取|力争)?建好`, "gu"),
    "$1$3建成$2",
  ],
  [new RegExp(`${SEP}([\\u4e00-\\u9fff]{2,8}?)要做深做透`, "gu"), "$1推动$2走深走实"],
];

/** Run after the other leftovers: 「孔子文化节那日在孔庙广场搞了一场」 is written 「举办孔子文化节，在孔庙广场开展一场」 by them. */
export const CULTURE_LAST: Array<[RegExp, string]> = [
  [
    /举办([\u4e00-\u9fff·\d]{2,10}?)[，,](?:当天)?在([\u4e00-\u9fff]{2,8}?)(?:开展|举办)(?:一|1)场/gu,
    "在$2举办$1",
  ],
];
