import type { Rewrite } from "./whole-phrases.js";

/**
 * Draft42: work clauses as staff say them, in the written form a 公文 reader expects, applied first among the whole
 * phrases (before clean-chat.ts's catch-all 搞了/弄了 → 开展 and 跑了 → 走访, which read them wrong):
 *
 * - the day of an event opening the clause (宣讲会那天…、义诊当天…) → the event held, then what happened there
 *   (举办宣讲会，…); a verb before the event (开会那天、去集上那天) or a day with nothing held (那天下雨) stays;
 * - going somewhere N times (科普大篷车就去了3趟、下村跑了60多趟、下乡去了5趟) → 出动N次 / 下村N次; 趟、回 → 次;
 * - 上N堂/节 X课 (给种植户上了4堂技术课) → 为种植户讲授技术课4堂; a bare 课 (上了3节课, a class attended) stays;
 * - 新弄了、新搞了 + a count → 新建; 帮着 → 协助; 卖了、卖出去 + goods → 销售; 捐了 → 捐赠; 买了 → 购置 (goods and
 *   equipment) or 购买; 把…修好了 → 修复…; 把…摸了一遍 → 对…开展全面摸排; 跟…一块儿搞 → 与…联合开展 (一起 is whole-phrases.ts's, by who works together); 教了 → 指导.
 */

const NUM = "[\\d一二两三四五六七八九十百千几]";
/** What is held or carried out on a day of its own. */
const DAY_EVENT =
  "(?:会|班|节|赛|展|讲座|论坛|晚会|仪式|演出|(?<!赶)集|义诊|宣传|宣讲|培训|活动|演练|观摩|开放日|宣传日|活动日|科普日|志愿服务)";
/** Held with a stage or seats (举办); the rest is carried out (开展). */
const STAGED = /(?:会|班|节|赛|展|讲座|论坛|晚会|仪式|演出|集)$/u;
/** Those who go out with a vehicle or as a team. */
const GOES_OUT = "(?:车|大篷车|服务队|小分队|工作队|宣讲团|工作组|专家组|服务团)";
/** Going down to where the work is, said before how many times. */
const DOWN = "(?:下村|下乡|进村|入户|下基层|进社区|进企业|进校园|下企业)";
/** Goods and equipment bought (购置); anything else bought (保险、服务) is 购买. */
const GOODS =
  "(?:化肥|有机肥|农药|种子|种苗|农机|设备|器材|仪器|电脑|桌椅|图书|书|物资|药品|耗材|无人机|喷雾器|车|机)";
/** Papers that are put in order (整理). */
const PAPERS = "(?:台账|档案|资料|材料|报表|表格|账目|卷宗|文件|数据|记录)";

/** 趟、回 after a count (3回、60余趟), written 次; 回合、回家、回来… are not counts. The confirm card writes them so too. */
export const TIMES_SAID = /(?<=(?:\d|[二两三四五六七八九十百千几])(?:多|余)?)(?:趟|回)(?![合家来去事])/gu;

export const COLLOQUIAL_WORK: Array<[RegExp, Rewrite]> = [
  // 「宣讲会那天村里80多个党员都来参加了」 → 举办宣讲会，村里80多个党员参加.
  [
    new RegExp(
      `(?<=^|[，,。；;]|\\d日)(?![开去来到在参搞办等赶])([\\u4e00-\\u9fff]{0,8}?${DAY_EVENT})(?:那天|当天|那日)[，,]?(?=[\\u4e00-\\u9fff\\d])`,
      "gu",
    ),
    (_m: string, what: string) => `${STAGED.test(what) ? "举办" : "开展"}${what}，`,
  ],
  [/(?:都|也)来参加(?:了)?/gu, "参加"],
  // 「在集上摆了摊搞宣传」: the stall is where the 宣传 was done (设点宣传, said once).
  [/摆了?(?:个)?摊(?:子)?(?:搞|开展|做|进行)?(?=宣传)/gu, "设点"],
  // 「科普大篷车就去了3趟」 → 科普大篷车出动3次; 「技术员下村跑了60多趟」 → 技术员下村60多次.
  [
    new RegExp(`(?<=${GOES_OUT})(?:就|一共|共|总共)?(?:去|跑|出)了(${NUM}+(?:多|余|来)?)(?:趟|回|次)`, "gu"),
    "出动$1次",
  ],
  // 「下乡去了一趟石桥村」 is one visit to a place (whole-phrases.ts: 下乡赴石桥村), no count (draft43).
  [
    new RegExp(
      `(${DOWN})(?:就|一共|共|总共)?(?:去|跑)了(${NUM}+(?:多|余|来)?)(?:趟|回|次)(?=([\\u4e00-\\u9fff]?))`,
      "gu",
    ),
    (m: string, down: string, n: string, next: string) => (n === "一" && next !== "" ? m : `${down}${n}次`),
  ],
  // 「技术员跑了20多趟」「来回跑了十几趟」 with no place said: trips there and back.
  [new RegExp(`(?:来回|来来回回)?跑了(${NUM}+(?:多|余|来)?)(?:趟|回)(?=[，,。；;]|$)`, "gu"), "往返$1次"],
  // 去了一趟 X is whole-phrases.ts's (a visit, no count).
  [TIMES_SAID, "次"],
  // 「开了4回培训会」 (回 is 次 by now) → 召开培训会4次.
  // A bare 一次 and a meeting with more said after it (开了一次会传达…) are meeting-with-aim's.
  [
    new RegExp(
      `开了((?:\\d|[二两三四五六七八九十几])${NUM}*)次([\\u4e00-\\u9fff]{1,8}?会(?:议)?)(?=[，,。；;]|$)`,
      "gu",
    ),
    "召开$2$1次",
  ],
  // 「给种植户上了4堂技术课」 → 为种植户讲授技术课4堂; 「上2堂党课」 → 讲授党课2堂; 「上了一堂专题党课」 → 讲授一堂专题党课.
  [
    new RegExp(
      `(?:给|为)([\\u4e00-\\u9fff]{1,8}?)上了?(${NUM}+)(堂|节|次)([\\u4e00-\\u9fff]{1,6}?(?<!网)课)`,
      "gu",
    ),
    "为$1讲授$4$2$3",
  ],
  [new RegExp(`(?<![马早晚])上了?(${NUM}+)(堂|节|次)([\\u4e00-\\u9fff]{1,6}?(?<!网)课)`, "gu"), "讲授$3$1$2"],
  [/(?<![马早晚])上了(?=一(?:堂|节|次)[\u4e00-\u9fff]{0,6}?(?<!网)课)/gu, "讲授"],
  // 「测报点新弄了5个」 → 新建5个.
  [new RegExp(`新(?:弄|搞|整)了?(?=${NUM})`, "gu"), "新建"],
  [/帮着/gu, "协助"],
  [
    // 卖了 + how much was sold (卖了3万斤苹果、卖出去2万多斤红薯); 卖了个好价钱、把苹果卖了 stay.
    new RegExp(`(?:卖了|卖出去了?|卖掉了?)(?=${NUM}|[\\u4e00-\\u9fff]{1,6}?${NUM})`, "gu"),
    "销售",
  ],
  // 捐了 + what was given (捐了500本书); 捐了款 stays.
  [new RegExp(`(?:给|向)([\\u4e00-\\u9fff]{1,8}?)捐了(?=${NUM}|[\\u4e00-\\u9fff]{2})`, "gu"), "向$1捐赠"],
  [new RegExp(`捐了(?=${NUM}|[\\u4e00-\\u9fff]{2})`, "gu"), "捐赠"],
  [new RegExp(`买了(?=${NUM}*(?:多|余)?[袋台套吨斤箱批件个本]?${GOODS})`, "gu"), "购置"],
  [/买了(?=[\u4e00-\u9fff\d])/gu, "购买"],
  // 「把10个村的路灯修好了」 → 修复10个村的路灯 (done; a plan's 把…修好 is plan-verbs' 完成…维修).
  [/(?:把|将)([^，,。；;把将]{1,12}?)修好了/gu, "修复$1"],
  [/(?:把|将)([^，,。；;把将]{1,12}?)装好了/gu, "安装$1"],
  // 「把全县的合作社摸了一遍」 → 对全县的合作社开展全面摸排.
  [/(?:把|将)([^，,。；;把将]{1,12}?)摸了?一遍/gu, "对$1开展全面摸排"],
  [/摸了?一遍/gu, "全面摸排"],
  // 「跟县医院一块儿搞了义诊」 → 与县医院联合开展义诊 (一块地、一块展板 are no together).
  [
    /(?:跟|和|同)([\u4e00-\u9fff]{1,10}?)(?:一块儿|一块)(?:搞了?|弄了?|办了?|开展了?|组织了?)/gu,
    "与$1联合开展",
  ],
  // 教了 + who was taught (教了30多个农户); 教了一上午 stays.
  [
    new RegExp(
      `教了(?=${NUM}+(?:多|余|来)?(?:个|名|位)?(?:户|人|学员|农户|农民|群众|村民|党员|干部)|农户|农民|群众|村民|党员|干部|学员)`,
      "gu",
    ),
    "指导",
  ],
];

/** 「弄弄台账」「把制度搞搞」「搞搞宣传」: a doubled spoken verb by what it acts on (plans: written-clauses.ts). */
export function doubledVerbWritten(text: string): string {
  const verbFor = (what: string) =>
    new RegExp(`${PAPERS}$`, "u").test(what)
      ? "整理"
      : /(?:制度|机制|办法|方案|流程|网站|平台|设施)$/u.test(what)
        ? "完善"
        : /(?:培训|宣传|活动|讲座|调研|检查|排查|演练|竞赛|比赛|义诊|宣讲|走访|观摩|交流|评比|摸底)$/u.test(
              what,
            )
          ? "开展"
          : "";
  return text
    .replace(
      /(?:把|将)([\u4e00-\u9fff]{1,10}?)(?:弄弄|搞搞|整整|理理)(?:好|清楚|完|整齐)?(?=[，,。；;]|$)/gu,
      (m, what: string) => (verbFor(what) ? `${verbFor(what)}${what}` : m),
    )
    .replace(/(?:弄弄|搞搞|整整|理理)([\u4e00-\u9fff]{1,10}?)(?=[，,。；;]|$)/gu, (m, what: string) =>
      verbFor(what) ? `${verbFor(what)}${what}` : m,
    );
}

/** What is money when it is counted: 亩产效益、产值、增收、补贴、花了…. */
const MONEY_SAID =
  "(?:效益|收益|产值|收入|增收|补贴|补助|资金|投入|投资|经费|工资|奖金|奖励|慰问金|挣|赚|花|费|价|钱|销售额|营业额|利润|贷款|捐款|成本|租金|报酬|分红|营收)";
/**
 * A count of 块 after a word that says money (亩产效益约8000块、户均增收3000块) is 元 in the draft. The extraction's
 * reading (domain/figure-block-money.ts) is not changed: what was stored stays as it was; only the draft writes 元.
 * 展板30块、两块地、3块牌子 count things and stay.
 */
export function moneyBlocksWritten(text: string): string {
  return text.replace(
    new RegExp(
      `(?<=${MONEY_SAID}[^，,。；;\\d]{0,6}?\\d[\\d.]*(?:万|千)?(?:多|余|来)?)块(?:钱)?(?![\\u4e00-\\u9fff]{0,2}(?:地|田|牌|板|石|砖|屏|匾|玻璃))`,
      "gu",
    ),
    "元",
  );
}

/**
 * 「出了十来回差」「出了五六趟差」: trips away on duty, counted — 出差 + the count as said. Run before every other rule
 * (draft43: the 来回 of 十来回 was read as 来 + 一回 and became 「出了十开展差」).
 */
export function tripsAwayWritten(text: string): string {
  return text.replace(
    /出了([\d一二两三四五六七八九十几]+)([来多余])?(?:趟|回|次)差/gu,
    (_m: string, n: string, about: string | undefined) =>
      about === "来" ? `出差约${n}次` : `出差${n}${about ?? ""}次`,
  );
}
