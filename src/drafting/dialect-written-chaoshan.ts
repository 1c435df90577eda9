/**
 * draft54: 潮汕话 words staff of a 揭阳 县文化和旅游局 type as they speak, after the 北海 ones (dialect-written-beihai.ts) —
 * written as the draft writes them. Only the draft's text and the card's rows: the stored update keeps the words the person
 * used, and the intent features are not touched (no dialect fold; the report gate needs no retraining).
 * - 代报: 「帮小陈报一下 她这周下乡了」 — the clause naming whom one reports for is no part of the work, nor is the 她/他/佢
 *   that opens the next clauses (他负责的 goes with it); 帮企业报了二十家 (a count after 报) is work and stays;
 * - 伫 = 在; 甲 between two names = 和 (甲级、甲方… stay); 正 = 才 (正建好 = 建好; 周末正有人 = 客流集中在周末);
 * - 无 = 不/没: 无够 → 不足, 无装 → 未安装, 无发现 → 未发现, 无人住/管 → 无人居住/管理, 无可以/无能 → 不能, 烂到无法度 → 破损严重;
 * - exclamations closing a clause (好势、闹热到爆、好闹热、闹热一下) go; 做好势 → 做好; 乜都要 → 各项工作都要, 乜 → 什么;
 * - people: 后生仔 → 青年, 学生仔 → 学生, 来的学生好多 → 学生参与踊跃, 群众都话好 → 群众反响良好, 看的人有 → 观看群众;
 * - 好多 + a thing → 不少, 冷冷清清 → 冷清, 出去演(咗) → 外出演出.
 */
import { behalfAwayDropped } from "./behalf-away.js";

const END = "(?=$|[\\s，,。；;！!？?~～])";
const NAME = "(?:[小老阿][\\u4e00-\\u9fff]|[\\u4e00-\\u9fff]{2,3}?)";

/** 「帮小陈报一下 她这周下乡了」: the preface clause and the pronoun opening the clauses after it. */
function behalfPrefaceDropped(text: string): string {
  const preface = new RegExp(
    `^\\s*(?:帮|替|代)${NAME}(?:报|填|说)(?:一下|下|个)?(?:[，,。\\s]+)(?![\\d一二两三四五六七八九十])`,
    "u",
  );
  if (!preface.test(text)) return text;
  return behalfAwayDropped(text.replace(preface, ""));
}

export const CHAOSHAN_RULES: Array<[RegExp, string]> = [
  // 做好势 before the exclamation rule below takes its 好势.
  [/做(?:到)?好势/gu, "做好"],
  [new RegExp(`[，,\\s]*(?:好势|好闹热|很闹热|闹热到爆|闹热一下|够闹热)(?:啊|呀|咯|嘞)?${END}`, "gu"), ""],
  [/闹热/gu, "热闹"],
  [/伫(?=[\d一二两三四五六七八九十百千万几][^，,。；;\s]*左右)/gu, ""],
  [/伫/gu, "在"],
  [/(?<=[\u4e00-\u9fff])(?<![指盔装铠龟鳞])甲(?=[\u4e00-\u9fff]{2})(?![级方等类状鱼醛烷午子乙板壳])/gu, "和"],
  [/正(?=建好|建成|做好|搞好|完成|弄好)/gu, ""],
  [/(?:在|伫)?([\u4e00-\u9fff]{2,3}?)正有人/gu, "客流集中在$1"],
  [/冷冷清清/gu, "冷清"],
  [/无够/gu, "不足"],
  [/无装/gu, "未安装"],
  [/无发现大?/gu, "未发现重大"],
  [/无人(?=住|管)(住|管)/gu, (_: string, v: string) => (v === "住" ? "无人居住" : "无人管理")] as unknown as [
    RegExp,
    string,
  ],
  [/无(?=可以|能)(?:可以)?/gu, "不能"],
  [/烂到无法度/gu, "破损严重"],
  // A feeling is no problem (心里有点慌 is dropped elsewhere): 怕做无好 goes with it.
  [/[，,\s]*怕(?:做|搞)(?:无|不)好/gu, ""],
  [/乜都要/gu, "各项工作都要"],
  [/乜/gu, "什么"],
  [/后生仔/gu, "青年"],
  [/学生仔/gu, "学生"],
  [/来的(学生|群众|游客|村民)(?:好多|很多|特别多)/gu, "$1参与踊跃"],
  [/(群众|老百姓|村民|游客)都?话好/gu, "$1反响良好"],
  [/看的人有/gu, "观看群众"],
  [/好多(?=[\u4e00-\u9fff])(?![\u4e00-\u9fff]{0,4}都)(?!年|天|月|次|遍|回|人)/gu, "不少"],
  [/出去演(?:咗|了)?/gu, "外出演出"],
];

export function chaoshanWritten(text: string): string {
  let t = behalfPrefaceDropped(text);
  for (const [re, to] of CHAOSHAN_RULES) t = t.replace(re, to);
  return t;
}
