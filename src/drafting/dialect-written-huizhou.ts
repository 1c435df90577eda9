/**
 * draft55: 徽州话-touched 普通话 of a 黄山 县科学技术局, after the 潮汕 words (dialect-written-chaoshan.ts) — written as the draft
 * writes them. Only the draft's text and the card's rows: the stored update keeps the words the person used, and the intent
 * features are not touched (no dialect fold; the report gate needs no retraining).
 * - 么事 = 什么: 么事都讲 (what was taught) → 内容涵盖各个方面, 么事X都没有 → 缺少X, else 什么;
 * - 晓得 = 知道: 晓得的人还不多 → 知晓度还不高, 没人晓得 → 未能及时发现, 晓得了 → 了解;
 * - 蛮 = 挺: a remark closing a clause on how it went (蛮好、蛮重要) goes; who liked it (学生听了蛮欢喜) → 学生反响良好;
 *   蛮多 is left to the 较多 rule;
 * - 佢们/他们 opening a clause after work said (佢们帮茶农…) — who did it is the clause before: goes;
 * - a feeling said with 怕 closing the clause (怕完不成、怕搞不完) goes with the feeling before it.
 */
const END = "(?=$|[\\s，,。；;！!？?~～])";

const HUIZHOU_RULES: Array<[RegExp, string]> = [
  [/么事都(?:讲|教|说|宣传)/gu, "内容涵盖各个方面"],
  [/么事([\u4e00-\u9fff]{1,4}?)都(?:没有|没得|冇得|冇)/gu, "缺少$1"],
  [/么事/gu, "什么"],
  [/晓得的人(?:还|也)?不多/gu, "知晓度还不高"],
  [/(?:也|都|还)?(?:没|冇|无)人晓得/gu, "未能及时发现"],
  [/晓得了?/gu, "了解"],
  [
    new RegExp(`([\\u4e00-\\u9fff]{1,4}?)(?:听了|看了|用了)都?蛮(?:欢喜|开心|高兴|满意)(?:的)?${END}`, "gu"),
    "$1反响良好",
  ],
  [new RegExp(`[，,\\s]*(?:都|也)?蛮(?:好|不错|重要|要紧|关键)(?:的|咯|哦|嘞)?${END}`, "gu"), ""],
  [/([，,。；;\s])(?:佢们|佢哋|他们)(?=帮|为|给|替|到|去)/gu, "$1"],
  [/多(?:搞|建|办|弄)几个/gu, "新建一批"],
  [new RegExp(`[，,\\s]*怕(?:完|做|搞|干)不(?:成|完|好|赢)(?:咯|哦|啊)?${END}`, "gu"), ""],
  [/心里蛮(?:急|慌|担心)(?:的)?/gu, "心里着急"],
];

export function huizhouWritten(text: string): string {
  if (!/么事|晓得|蛮|佢|他们|怕|几个/u.test(text)) return text;
  let t = text;
  for (const [re, to] of HUIZHOU_RULES) t = t.replace(re, to);
  return t;
}

/**
 * draft55: spoken phrasing of the same set once figures are digits (spokenLeftovers runs these with the others):
 * - what was handed in, said with its count first (有3家材料已交上去) → 3家已报送材料;
 * - 入了63家 (into a register) → 入库63家, said after 入库 already → the count straight after it;
 * - prizes: 拿了省里3个奖 → 获省级奖项3个;
 * - a count of what was checked or served has no 开展 before it (检测样品开展900多批次 → 检测样品900多批次);
 * - 下去了40余个村 → 深入40余个村; a bare line of work said again in the clause after it goes (专利，授权发明专利…);
 * - problems: 拖了小半年 → 滞后近半年; 搞不来/弄不来 → 难以独立完成; 来了两年就走 → 工作两年即离开;
 * - plans: 冲到/冲上 + a figure → 力争达到; 不能松 closing a plan → 毫不放松.
 */
export const HUIZHOU_LEFTOVERS: Array<[RegExp, string]> = [
  [/(^|[，,。；;\s])有(\d+(?:多|余)?家)(?:的)?材料(?:已经?|都)?(?:交|报|送|递)上去了?/gu, "$1$2已报送材料"],
  [/(入库)[，,](?:全年|今年)?入了(?=\d)/gu, "$1"],
  [/入了(?=\d+(?:多|余)?家)/gu, "入库"],
  [/拿了?(省|市|县|国家)(?:里|级)的?(\d+)个奖/gu, "获$1级奖项$2个"],
  [
    /((?:检测|检验|抽检|抽查|接待|服务|咨询)[\u4e00-\u9fff]{0,4})开展(?=\d+(?:多|余)?(?:批次|人次|件|份|户|家次))/gu,
    "$1",
  ],
  [/下去了(?=\d+(?:多|余)?个(?:村|乡镇|社区|合作社|企业))/gu, "深入"],
  // 「帮老程报下 佢负责嘅专利 今年授权发明专利十八件」: the line of work said bare, then again inside the clause after it.
  [/(^|[。；;])([\u4e00-\u9fff]{2,6})[，,](?=[^，,。；;\d]{0,8}\2)/gu, "$1"],
  [/拖了小?半年/gu, "滞后近半年"],
  [/(?:搞|弄|做)不来/gu, "难以独立完成"],
  [/(?:迎来|来了)(\d+|[一两二三四五])年就走/gu, "工作$1年即离开"],
  [/(?:要)?冲(?:到|上)(?=\d)/gu, "力争达到"],
  [new RegExp(`[，,](?:绝对)?不能松${END}`, "gu"), "，毫不放松"],
];
