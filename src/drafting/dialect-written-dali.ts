/**
 * draft56: 西南官话 and 白族 cadres' 普通话 of a 大理 县科学技术局, after the 徽州 words (dialect-written-huizhou.ts) — written as the
 * draft writes them. Only the draft's text and the card's rows: the stored update keeps the words the person used, and the
 * intent features are not touched.
 * - 整 = 搞/做: 整了 + a count of events (整了十四场) → 举办; 整材料 → 准备材料; 整到 (a plan's reach) → 做到;
 *   多整几场 → 开展更多; 整不来/整不了 → 难以独立完成; 怕整不完 closing a feeling goes with it;
 * - a remark closing a clause on how it went (板扎得很、得行、好得很) or asking if it will do (给得行嘛) goes; 嘛 closing a
 *   clause is a particle;
 * - 哪样 = 什么: 哪样X都莫得/没有 → 缺少X, 哪样都有 → 类型多样; 莫得 = 没有; 莫 + a verb of letting go (莫松劲) closing a plan goes;
 *   都莫管了 → 无人过问;
 * - 么 between a clause and 也/都/有 (坏了么也、团队么有) is a pause particle, not 什么;
 * - 娃娃(些/们) = 学生; who liked it (娃娃们喜欢得很) → 学生反响良好; 紧得很 → 紧张; 心头急得很 → 心里着急;
 * - 来学的X有 (who came to learn) → 参训X; 上面(的)资金 → 上级资金.
 */
const END = "(?=$|[\\s，,。；;！!？?~～])";
const NUM = "[\\d一二两三四五六七八九十百千几]";

const DALI_RULES: Array<[RegExp, string]> = [
  [/多整几[场次期个]/gu, "开展更多"],
  [new RegExp(`整了?(?=${NUM}+(?:多|余)?[场期次届轮])`, "gu"), "举办"],
  [/整(?=(?:申报|报送|上报)?材料)/gu, "准备"],
  [new RegExp(`[，,\\s]*怕整不(?:完|成|好|赢)(?:咯|哦|啊)?${END}`, "gu"), ""],
  [/整不(?:来|了)/gu, "难以独立完成"],
  [/整到/gu, "做到"],
  [new RegExp(`[，,\\s]*给(?:得行|行|可以)(?:嘛|哦|咯)?${END}`, "gu"), ""],
  [new RegExp(`[，,\\s]*(?:板扎|得行|好得很)(?:得很)?(?:嘛|咯|哦)?${END}`, "gu"), ""],
  [/哪样([\u4e00-\u9fff]{1,4}?)都(?:莫得|没得|没有)/gu, "缺少$1"],
  [/哪样都有/gu, "类型多样"],
  [/都莫管了?/gu, "无人过问"],
  [new RegExp(`[，,\\s]*莫(?:松劲|松懈|放松|停)${END}`, "gu"), ""],
  [/莫得/gu, "没有"],
  [/(?<![什怎这那多要为])么(?=[也都有就还]|\s+\d)/gu, ""],
  [new RegExp(`([\\u4e00-\\u9fff]{1,4}?)(?:们)?喜欢得很${END}`, "gu"), "$1反响良好"],
  [/娃娃(?:些|们)?/gu, "学生"],
  [/紧得很/gu, "紧张"],
  [/心头(?:急|慌)得很/gu, "心里着急"],
  [/来学的([\u4e00-\u9fff]{1,4}?)有/gu, "参训$1"],
  [/上面(?:的)?(?=资金|经费|项目|政策)/gu, "上级"],
  [new RegExp(`(?<=[\\u4e00-\\u9fff])嘛${END}`, "gu"), ""],
  [new RegExp(`[，,\\s]+嘛${END}`, "gu"), ""],
];

export function daliWritten(text: string): string {
  if (!/整|板扎|得行|得很|哪样|莫|么|娃娃|嘛|来学|上面/u.test(text)) return text;
  let t = text;
  for (const [re, to] of DALI_RULES) t = t.replace(re, to);
  return t;
}

/**
 * draft56: the same set's phrasing once figures are digits (spokenLeftovers runs these with the others): prizes of a
 * level (拿了州里2个一等奖 → 获州级一等奖2个); 拖了大半年 → 滞后半年以上; 来了两年就跑昆明去了 (who leaves, and where to) → 工作两年即离开 (a bare 就走 is 徽州's rule);
 * 再跑 + a count of places (a plan) → 再走进.
 */
export const DALI_LEFTOVERS: Array<[RegExp, string]> = [
  [/拿了?(省|州|市|县)(?:里|级)的?(\d+)个([一二三特])等奖/gu, "获$1级$3等奖$2个"],
  [/拖了大半年多?/gu, "滞后半年以上"],
  [
    new RegExp(
      `(?:迎来|来了)(\\d+|[一两二三四五六七八九十])年就(?:跑|调|走(?=到|去))(?:到|去)?[\\u4e00-\\u9fff]{0,4}?(?:去了|走了|去|了)?${END}`,
      "gu",
    ),
    "工作$1年即离开",
  ],
  [/再跑(?=\d+(?:多|余)?个(?:村|乡镇|乡|镇|社区|学校))/gu, "再走进"],
];
