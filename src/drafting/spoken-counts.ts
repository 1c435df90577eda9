import type { Rewrite } from "./whole-phrases.js";
/**
 * Spoken work said with a count, reworded whole before the word rules (trial37, console): staff say
 * 「来了1000多群众」「建了3个示范基地」「中药材种了800来亩」「去县二中搞科普」; a 公文 writes who took part
 * (1000多名群众参加), the written verb (建立、种植) and the work carried out (开展科普活动).
 *
 * - 来了 + a count + who came, with no measure word between (来了300多学生): the count is of people (名) and they took
 *   part; at a venue (馆、大厅…) they were received (接待). With a measure word (来了60多个果农) clean-chat.ts does it.
 * - a one-character spoken verb + 了 + (a short object and) a count of things (建了3个、种了800来亩、摆了20多个展台、
 *   印了科普挂图2000份): the written verb, the count kept. Only before a count: 「种了点菜」「建了个群」 are left to the word rules.
 * - 搞 + the work, to the end of the clause, no 了 or measure after it (搞科普、帮企业搞…政策宣讲): 开展 (举办 for what
 *   has a stage: 会、班、赛、展、节、晚会…); a field said alone (科普、宣传) is its 活动. 搞 with its result (搞活、搞明白、
 *   搞坏) or before 的 (搞技术的人少) is no work carried out, and stays.
 */

/** Who comes to take part, as staff name them after a count with no measure word. */
const WHO =
  "学生|师生|群众|村民|居民|农民|果农|菜农|茶农|农户|党员|干部|职工|老人|儿童|家长|妇女|青少年|企业家|听众|观众|市民";
/** Who went (去了 + a count of them): not 农户, a household one visits (去了12个农户 is 走访). */
const WHO_WENT = WHO.replace("|农户", "");
/** A rough or exact count said bare: 300多、1000余、60来、两百多. */
const BARE = "(?:近|约)?[\\d一二两三四五六七八九十百千]+(?:多|余|来)?[万千]?(?:多|余)?";
/** Where people come to be received. */
const VENUE = /(?:馆|大厅|厅|窗口|展厅|服务中心|服务站|接待室)$/u;

/** Spoken verbs of making or placing things, and how a document writes them. */
export const WRITTEN: Record<string, string> = {
  建: "建立",
  种: "种植",
  栽: "栽植",
  摆: "设置",
  装: "安装",
  印: "印制",
  编: "编印",
  拍: "拍摄",
  写: "撰写",
  搭: "搭建",
  铺: "铺设",
  挂: "悬挂",
  贴: "张贴",
  清: "清理",
  育: "培育",
};
/** Characters that make the verb part of a word of its own (新建、承建、播种、补贴、张贴、安装、打印、编写…). */
const NOT_ALONE =
  "新承扩改组创筹兴在重修续援共自引播补安翻复打撰填书张悬发刊汇选主肃澄厘结付还算查理摸点分培教孕抚生养";
/** A count of things made or placed (never of time: 建了3年, nor 个 before it: 挂了3个月、装了两个多月). */
const THINGS =
  "(?:近|约)?[\\d一二两三四五六七八九十百千]+(?:多|余|来)?[万千]?(?:多|余)?(?:个|家|所|座|处|亩|块|台|套|本|册|份|张|条|部|间|栋|株|棵|批|面|幅|米|公里|平方米|万份|万册|万株|万棵)(?![多余来]?(?:月|钟头|小时|星期|礼拜|工作日))";

/** Things built rather than set up: 建了 + (a count and) one of these within a few words is 建成. */
const BUILT =
  /^[\u4e00-\u9fff\d多余来个座处]{0,10}?(?:大棚|基地|站|点|园|馆|室|中心|平台|工程|设施|路|桥|厂房|车间)/u;

/**
 * What has a stage (举办), as against work carried out (开展). 讲座 stays 开展 after 搞, as plan-subject.ts writes
 * 「进校园搞讲座」 (进校园开展讲座).
 */
const STAGED = /(?:会|班|赛|展|节|论坛|晚会|仪式|演出)$/u;
/** A field of work said alone after 搞: it is carried out as activities. */
const FIELD_ALONE = /^(?:科普|宣传|普法|义诊|志愿服务|文体)$/u;

export const SPOKEN_COUNTS: Array<[RegExp, Rewrite]> = [
  [
    new RegExp(
      `(?<![${NOT_ALONE}])([${Object.keys(WRITTEN).join("")}])了(?=[\\u4e00-\\u9fff]{0,6}?${THINGS})`,
      "gu",
    ),
    (_m: string, v: string, at: number, whole: string) =>
      // draft49: the verb said twice, in the work's name and again (育苗育了60万株、挂牌挂了87棵): said once, 育苗60万株.
      new RegExp(`${v}[\\u4e00-\\u9fff]$`, "u").test(whole.slice(0, at))
        ? ""
        : // 建了3个示范基地: what is built is 建成 (as document-words.ts writes 建了 + a count + 基地); a group, a ledger 建立.
          v === "建" && BUILT.test(whole.slice(at + 2))
          ? "建成"
          : (WRITTEN[v] ?? _m),
  ],
  [
    // Not 搞 with its result (搞活、搞明白、搞坏、搞乱、搞大、搞对), nor 搞 + a field + 的 (搞技术的人少: those who work in it);
    // the result told by its word, not its first character: 搞活动、搞大型义诊、搞对接 are work (review39).
    /(?<![乱胡瞎])搞(?![了个完定好起成点些一清懂错砸到得不过上下来去出坏乱]|活(?!动)|明白|大(?![型力规])|对(?![接口]))((?:(?!的)[\u4e00-\u9fff]){2,16}?)(?=[，,。；;！？!?\s]|$)/gu,
    (_m: string, work: string) =>
      `${STAGED.test(work) ? "举办" : "开展"}${FIELD_ALONE.test(work) ? `${work}活动` : work}`,
  ],
];

/**
 * 来了 + a bare count + who came (or 去了 + a count of people, see below), rewritten before the sentence rules: the count gains its measure word (名), which the
 * sentence rules may not do (they keep every figure as it was read); the update's own figure is the same count.
 */
export function crowdCame(text: string): string {
  return text.replace(
    // 去了 + a count of people (去了12个党员、去了二十多名群众) says who went, never whom we visited (走访 is for
    // places and households: 去了3个村、去了12个农户): they took part, with or without the measure word.
    new RegExp(
      `(?<![下上起出回过进])(?:来了(${BARE})(${WHO})|去了(${BARE})(?:个|名|位)?(${WHO_WENT}))(?=[，,。；;！？!?\\s]|$)`,
      "gu",
    ),
    (_m: string, came: string, cameWho: string, went: string, wentWho: string, at: number, whole: string) => {
      const [n, who] = came ? [came, cameWho] : [went, wentWho];
      const before =
        whole
          .slice(0, at)
          .split(/[。；;，,]/u)
          .pop() ?? "";
      return VENUE.test(before) ? `接待${n}名${who}` : `${n}名${who}参加`;
    },
  );
}
