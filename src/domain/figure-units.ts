/**
 * The words a number counts in: listed units and measures, the measure words read after an Arabic
 * number only, and the nouns that make a bare 万/亿 an amount of money.
 */

import { parseChineseNumber } from "./chinese-number.js";

/**
 * Counting words and measures, longest first so 人次 wins over 人 and 个百分点 over 个 (also read by the intent classifier).
 * No count of days runs to 万 (「卖了四十多万天冷」 is a sum and then the weather).
 */
export const UNITS = (
  "微克/立方米 毫克/立方米 万千瓦 千瓦 兆瓦 分贝 ℃ 度(?![的过假汛数量电化]) ㎡ ㎥ 个百分点 百分点 个点(?!位|子) 平方公里 平方米 平方(?!公里|米) 立方米 延米 千瓦时 人次 头只 台套 家次 户次 场次 剂次 辆次 台次 车次 架次 " +
  "批次 头份 羽份 毫米 厘米 公分 个工作日 个小时 个钟头 钟头 个星期 个礼拜 工作日 个月 瓦时 课时 学时 小时 分钟 公顷 公里 公斤 千米 毫升 平米 周年 元 人(?!(?<=\\s人)才) 名 " +
  "位 户 个 项 家 次(?!品) 期(?!间) 场 份 块 台 篇 件 村 批 所 套 只 株 本 册 幅 条 座 支 组 标箱 箱 窝 筒 间 辆 部 处 栋 幢 张 棵 头 门(?![镇乡村县区街峡]) 届 轮 亩 垧 吨 斤 米 克 瓦 (?<![万亿])天 周 年(?!轻) 倍 种 类(?!坝|地区|户|人员|苗|水库|危房) 例 宗 起 口 " +
  "(?<=[万千]|\\d{3})字 岁(?!数) 顶 具 剂 升 趟 羽 对 卷 盏 枚 粒 尾 匹 堂 节(?![前后日假]) 双 页(?!面|码) 方(?![面案式法向针便位圆形正块阵]) 稿 袋 艘 船(?![只舶员厂舱票长]) 笔(?![记试者画录墨芯]) 根 颗 瓶 桶 盒 捆 罐 眼 通(?![过知报道车水电行信讯用]) 分(?![\\u4e00-\\u9fff]) 拨(?![付款给到下出打通来过]) 单(?![位价据独身元一项纯亲品调薄词子间人日个次列独边向程线车])"
)
  .split(" ")
  .sort((a, b) => b.length - a.length);

/** Words that make a bare 万/亿 an amount of money. */
const MONEY_NOUN =
  /收入|资金|投资|产值|营收|税收|缺口|金额|经费|补贴|补助|收益|税额|减税|退税|减免|成交额|合同额|合同金额|签约额|中标额|授信额度?|销售额|营业额|交易额|总额|零售额|进出口额|出口额|进口额|进出口|出口(?![率处])|进口|成交|外资(?!企)|专项(?!债|检查|行动|整治|督查|治理|巡察|工作|排查|审计|附加)|配套(?!设施|服务)|贸易额|消费(?![者群])|核销|欠款|借款|还款|补缴|社保(?!卡)|医保(?!卡)|工资|贷款|专项债|预算|支出|利润|费用|款项|资产|赔偿|理赔|赔付|罚款|募捐|捐款|奖金|租金|GDP|生产总值|(?<![产])总值|增加值|增收|支付|追回|追讨|讨回|追缴|清欠|挽回|损失|垫付|兑付|筹集|募集|拖欠|欠薪|债务|负债|融资|化债|资本|资助|救助|救助金|慰问金|奖补|拨付|拨款|到位资金|卖了|卖出|卖货|销售|创收|折合|折款|价值|货值|挣了?|赚了?|投入|引资|采购|购买|花了|花费|分红|津贴|省下|节省|节约|罚没|所得|成本|(?<![拖])欠(?!缺|佳|妥|发达)|(?<![块价])钱|(?<![黄合冶五重美])金(?![属牌融秋色曲])|保证金|押金|基金|低保金|养老金|抚恤金|救济金|补偿金?|现金|公积金|保费|货款|工钱|块钱|(?<![条])款(?!式)|(?<![浪免消花])费(?![力劲时事心神])|返还|集体经济|集体收入|(?<![评代])价(?:格|钱|位)?(?!值)/;

/**
 * The money a count in 块 is, named right before it (慰问金五百块、慰问金每户五百块、损失得有两万块):
 * the noun says what is counted, so the words glued after the count open the next clause.
 */
export const MONEY_NAMED_BEFORE =
  /(?:(?<![黄合冶五重美奖])金|资金|经费|费用|损失|工资|租金|收入|收益|利润|成本|补贴|补助)(?:\s?(?:每|一)(?:人|户|家|个|次|亩|斤))?(?:大概|大约|约|得有|能有|就有|有|是|共|一共|总共|合计|才|只有|就|不到|将近|近)*$/;

/**
 * Whether a bare 万/亿 at [cs, end) is an amount of money: a money noun in its clause or in the
 * few characters after it; for a comparison with no subject of its own (「水资源费征收410万元，比去年
 * 少了60多万」), in the clause before it too, or that clause's amount was in 元 (转移支付28.7亿元，比上年多2.3亿).
 */
export function saysMoney(t: string, cs: number, end: number): boolean {
  let a = cs;
  while (a > 0 && !/[，,。；;！!？?\n]/.test(t[a - 1] ?? "")) a--;
  if (MONEY_NOUN.test(t.slice(a, cs) + t.slice(end, end + 3))) return true;
  // 「估计修复要四百来万」「重建得两千万」: what mending or building it will cost, said with no money noun (fig51).
  if (
    /(?:修复|维修|修缮|修好|重建|恢复|改造|搬迁)[^，。；\d]{0,3}?(?:估计|预计|大概|大约|至少)?(?:要|得|需要)(?:花)?$/.test(
      t.slice(a, cs),
    )
  )
    return true;
  // 「争取二十万设备更新资金」: the money noun closing the noun phrase the sum heads.
  if (/^[^，。；\d]{0,6}?(?:资金|经费|补助|补贴|奖补|款)/.test(t.slice(end))) return true;
  // 「三千五百万的茶叶精深加工中试基地今个开工了」: a sum of 万/亿 said as what a project, a plant or a base costs.
  if (/^的[^，。；\s\d]{0,10}?(?:项目|工程|基地|厂房|园区|生产线|车间|冷库|大楼|中心)/.test(t.slice(end)))
    return true;
  // 「慰问困难职工380户发了57万」: given out, the amount right after the verb, of nothing else named.
  // 「发放十一万三千多」「补发了二十万」: given out the same way, said with 发放、补发、兑现.
  if (
    /(?:(?:发|拨|给)了|(?:发放|补发|兑现|拨付)了?|(?:拨|兑|划)(?:下去|过去)了?)$/.test(t.slice(a, cs)) &&
    // What was given out is named after the clause's last count (发了35张|兑现88万 gives money).
    !/宣传|资料|手册|册|单|份|张|本|袋|箱/.test(t.slice(a, cs).replace(/^.*\d[多余来]?[份张本册袋箱]?/, ""))
  )
    return true;
  // 「上面下来两千万」「跑省里跑下来8000多万」「今年到位8000多万」「合作社分了十二万」: a sum closing its
  // clause right after money coming down, arriving or shared out, with nothing else named.
  if (
    /^(?:[，,。；;！!？?\s]|$)/.test(t.slice(end)) &&
    /(?:到位了?|下来了?|拨下来|批下来|分了|分红|要到了?|要来了?|争取到了?)(?:大概|大约|约|共|一共|总共|差不多|将近|近|有)?$/.test(
      t.slice(a, cs),
    )
  )
    return true;
  // 「已完成投资八千四百万，…，春节前再完成两千万」: a sum closing a clause with no noun of its own,
  // said again of the money of the sentence (再、还要、还差 the same thing).
  if (
    // 「还有一百多万没兑下去」「还有80多万因为信息对不上没发下去」: the rest of the sum, said not yet paid.
    // 「还有20多万因为银行卡冻结打不进去」: or cannot be paid (a verb with a negative complement).
    /^(?:[，,。；;！!？?\s]|$|[^，,。；;！!？?\s\d]{0,12}?(?:(?:没|未|尚未)[\u4e00-\u9fff]{0,4}|[打发拨付兑汇转到]不(?:进去|下去|出去|下来|到位|到|出|了))(?:[，,。；;！!？?\s]|$))/.test(
      t.slice(end),
    ) &&
    (/(?:再|还要?|还需|还差|另外?|又)[\u4e00-\u9fff]{0,3}$/.test(t.slice(a, cs)) ||
      MONEY_HANDLED.test(t.slice(a, cs))) &&
    sentenceSaysMoneyBefore(t, a)
  )
    return true;
  // 「收益十五万，不对，应该是十八万」: an amount said again to correct one is money when the sentence is.
  let p = a - 1;
  while (p > 0 && !/[，,。；;！!？?\n]/.test(t[p - 1] ?? "")) p--;
  const takenBack = /^\s*(?:哦|噢|啊|呃)?(?:(?:不对)+|不是|说错了?|口误|写错了|打错了)\s*[，,]?$/.test(
    t.slice(Math.max(0, p), a),
  );
  if (takenBack || /(?:应该|其实|实际|准确说)是|不对|说错|口误|写错|打错/.test(t.slice(a, cs))) {
    let s = a;
    while (s > 0 && !/[。；;！!？?\n]/.test(t[s - 1] ?? "")) s--;
    if (MONEY_NOUN.test(t.slice(s, cs))) return true;
  }
  // 「欠工程款还有800来万，年底前要还的有300万」「办了担保贷款，共380万」: a total, a part or what
  // is owed of the amount just named, said with no noun of its own.
  const refersBack =
    /^\s*(?:其中|共计?|合计|总计|累计|一共|总共|[^，。；]{0,6}?的(?:应该|大概|估计|差不多|大约)?(?:有|是))/.test(
      t.slice(a, cs),
    );
  if (
    a === 0 ||
    !(refersBack || /^\s*(?:比|较|同比|环比|增加|减少|下降|增长|多了|少了)/.test(t.slice(a, cs)))
  )
    return false;
  let b = a - 1;
  while (b > 0 && !/[，,。；;！!？?\n]/.test(t[b - 1] ?? "")) b--;
  const before = t.slice(b, a);
  return MONEY_NOUN.test(before) || /\d[万亿]?元/.test(before);
}

/** Measure words read after an Arabic number only (see classify). */
export const EXTRA_MEASURE =
  /^(?:[片粒滴道顿番封则首段句笔桩幕集遍队副串束扎杯碗船架朵枝丛顷孔井扇床把杆款样针尊席列轴缸](?![\u4e00-\u9fff]{0,1}(?:日|号|月))|群(?![众体团])(?![\u4e00-\u9fff]{0,1}(?:日|号|月))|盘(?!子)(?![\u4e00-\u9fff]{0,1}(?:日|号|月))|面(?!积|向|上|临|对|貌|板|试|谈|广|的)|点(?=建议|意见|体会|要求|做法|经验|措施|启示|思考))/;

/** Unit symbols written in Latin letters after an Arabic number, and their Chinese names. */
export const LATIN_UNIT = /^(?:km²|km|kg|kw|kwh|m²|m³|t)(?![A-Za-z\d])/i;
export const LATIN_UNIT_NAME: Record<string, string> = {
  km: "公里",
  "km²": "平方公里",
  kg: "公斤",
  kw: "千瓦",
  kwh: "千瓦时",
  "m²": "平方米",
  "m³": "立方米",
  t: "吨",
};

/** Done with a sum just named (已整改两千一百万、到位了八百万、追回三十万): the verb, said short. */
const MONEY_HANDLED =
  /^(?:已经?|都|也|共|累计)?(?:整改|完成|到位|拨付|支付|兑现|落实|追回|收回|化解|偿还|还了|花了|用了|结算|清退|退还|返还|挽回)了?$/;

/** Whether the clauses of the sentence before `a` speak of money (a money noun or a sum in 元). */
function sentenceSaysMoneyBefore(t: string, a: number): boolean {
  let s = a;
  while (s > 0 && !/[。；;！!？?\n]/.test(t[s - 1] ?? "")) s--;
  const before = t.slice(s, a);
  return MONEY_NOUN.test(before) || /\d[万亿]?元/.test(before);
}

/** Words of a rate or its change: 个点 near them is percentage points (提高了3个点、参保率掉了一个多点). */
const RATE_WORDS =
  /比|提高|提升|下降|降低|增长|增加|减少|上升|回落|高出|高于|低于|掉|涨|增|降|跌|百分|率|占比|幅/;

/** Whether the clause before `at` speaks of a rate, so that a 个点 there is percentage points (去了二十来个点 is places). */
export function ratePointsBefore(t: string, at: number): boolean {
  let a = at;
  while (a > 0 && !/[，,。；;！!？?\n]/.test(t[a - 1] ?? "")) a--;
  return RATE_WORDS.test(t.slice(a, at));
}

/**
 * Nouns that name a count, not a sum (浏览量、人数、户数、面积), people, and things handed out by the piece
 * (宣传册、门票): a bare 万 among them counts them.
 */
const COUNT_TALK =
  /[量数率]|人口|人次|面积|群众|居民|村民|游客|粉丝|观众|学生|农户|人员|职工|劳动力|人[，,。；;\s]|[亩吨株尾头只户人]|宣传|资料|手册|[册票]/;

/**
 * 「帮企业算出来能省税四十来万」「每个点投了六七十万」「年底前还要拨五百多万到各村」: a bare 万/亿 that closes its
 * clause (or is sent on somewhere: 到、给), in a clause that names no people, no count and no other unit,
 * is an amount of money, the way a report says sums.
 */
export function bareSum(t: string, cs: number, end: number): boolean {
  if (
    !/^(?:(?:左右|上下|出头|的样子)?(?:$|[，,。；;！!？?\s])|(?:到|给|用于|用在|投到|拨到|下到))/.test(
      t.slice(end),
    )
  )
    return false;
  let a = cs;
  while (a > 0 && !/[，,。；;！!？?\n]/.test(t[a - 1] ?? "")) a--;
  const clause = t.slice(a, cs);
  // 「两家一共贷了两千四百万」: a verb of borrowing, spending or losing money right before the sum says money,
  // whatever was counted before it in the clause (两家 borrowed; the sum is not of 家).
  if (MONEY_VERB_RIGHT_BEFORE.test(clause)) return true;
  // Another figure before it in the clause: the sum is of what that one counts, if anything.
  if (/[\d一二两三四五六七八九十百千万亿]/.test(clause.replace(/每一?个/g, ""))) return false;
  // 「造林3.2万亩，其中新造1.4万」: a part of what was counted before, in its unit.
  if (/^\s*(?:其中|其余|剩下|剩余|另有|比)/.test(clause)) return false;
  return !COUNT_TALK.test(clause);
}

/**
 * Borrowing, spending, losing or fining right before a bare sum (贷了、借了、花了、亏了、罚了; not 卖了, which may count 斤),
 * or what it came to (贷到、筹到、借得: 「在农商行贷到两千五百万」).
 */
// 「二次报销补了一百二十万」「门诊统筹报销了八十几万」: paid back or topped up (补了、报销了, 闽东 着补 = 得补) too.
// 「节余指标交易了三千二百来万」「两宗地成交了九千万」: a deal struck (交易、成交、拍卖、出让) is a price (fig53).
const MONEY_VERB_RIGHT_BEFORE =
  /(?:(?:贷|借|花|投|筹|赔|亏|挣|赚|罚)(?:了|到|得)|(?:补|报销)了|(?:交易|成交|拍卖|出让)了|(?:着|得|要|还要)补)(?:大概|大约|约|近|将近|有|得有|差不多)?$/;

/** Per household, person, time or piece (每户、一户、每人、一次), then a verb of paying or getting, if any. */
const PER_THING_LEAD =
  /(?:每|一)(?:户|人|家|亩|个|次|年|月|季|趟|回|间|头|只|张|套|床|棚|台|辆|吨|斤|公斤|平方?米?)([^，,。；;\d]{0,4}?)$|每村([^，,。；;\d]{0,4}?)$/;
const PAYING = /补|发|给|奖|交|收|拿|花|挣|赚|得|贴|罚|赔|付|报销|慰问/;

/**
 * 「每户补两万五」「慰问金…，一户八百」「每戶一千五」「修一次就得七八千」: a bare number of ten or more
 * closing its clause right after a per-thing word is a sum of money — when a verb of paying or getting
 * follows the per-thing word, or the sentence before it speaks of money. (每人两套 has its own unit.)
 */
export function perThingSum(t: string, cs: number, end: number, core: string): boolean {
  // 七八千 at its lower end.
  const value =
    parseChineseNumber(core.replace(/^([一两二三四五六七八])[两二三四五六七八九](?=[十百千万])/, "$1")) ?? 0;
  // A voice run-on turns to the next step with no comma (均价每斤两百出头下一步帮他们…).
  if (
    value < 10 ||
    !/^(?:左右|上下|出头|多)?(?:$|[，,。；;！!？?\s]|下一步|接下来|然后|但是?|不过|另外)/.test(t.slice(end))
  )
    return false;
  let a = cs;
  while (a > 0 && !/[，,。；;！!？?\n]/.test(t[a - 1] ?? "")) a--;
  const lead = PER_THING_LEAD.exec(t.slice(a, cs));
  if (!lead) return false;
  // 「奖励先进村 每村五千」「慰问困难党员每人五百」: or paying said before the per-thing word in its clause.
  if (PAYING.test((lead[1] ?? lead[2] ?? "") + t.slice(a, a + lead.index))) return true;
  let s = a;
  while (s > 0 && !/[。；;！!？?\n]/.test(t[s - 1] ?? "")) s--;
  // 「护理床太贵，一床要三千多」: or the sentence speaks of what a thing costs.
  // 「奖励先进村，每村八千」: or paying out a reward or a visit's gift in the sentence.
  return MONEY_NOUN.test(t.slice(s, cs)) || /贵|便宜|奖励|慰问/.test(t.slice(s, cs));
}

/**
 * 「护工工资三千五，比市区少了一千多」「人均可支配收入两万三千几，比城区还是少四千几」: a bare number closing a
 * comparison (比…少、多、差) that heads its clause compares with the figure said just before it; when that one
 * was a sum said bare in a sentence about money, this is money too.
 */
export function comparedSum(t: string, cs: number, end: number): boolean {
  if (!/^(?:左右|上下|出头|多|几)?(?:$|[，,。；;！!？?\s])/.test(t.slice(end))) return false;
  let a = cs;
  while (a > 0 && !/[，,。；;！!？?\n]/.test(t[a - 1] ?? "")) a--;
  // 「目标4000万 已经完成了 超了一百多万」: over or short of a sum just said in the sentence, by a bare sum.
  const over =
    /(?:^|[\s，,])(?:目前|现在|眼下|已经?|还|又){0,2}(?:超了|超出了?|超额了?|差了?)(?:近|约|将近)?$/.exec(
      t.slice(a, cs),
    );
  if (over) {
    let s = a;
    while (s > 0 && !/[。；;！!？?\n]/.test(t[s - 1] ?? "")) s--;
    const said = t.slice(s, a + over.index);
    if (
      MONEY_NOUN.test(said) ||
      /\d[万亿]?元|[\d一二两三四五六七八九十百千][万亿](?:多|余)?(?:$|[，,\s])/.test(said)
    )
      return true;
  }
  if (
    a === 0 ||
    !/^\s*(?:比|较)[^，。；\d]{1,8}?(?:多|少|差|高|低|增加|减少|增长|下降)了?(?:近|约|将近)?$/.test(
      t.slice(a, cs),
    )
  )
    return false;
  let s = a - 1;
  while (s > 0 && !/[。；;！!？?\n]/.test(t[s - 1] ?? "")) s--;
  const before = t.slice(s, a);
  // The figure just before closes its clause bare (no unit after it), and the sentence says money.
  return (
    /[\d一二两三四五六七八九十百千万亿][多余来几]?(?:出头|左右)?[，,\s]*$/.test(before) &&
    (MONEY_NOUN.test(before) || /\d[万亿]?元/.test(before))
  );
}

/**
 * 「每人5万手续跑了好几趟」「头一个月卖了12万村里年轻人少」「投了六百来万有七八个棚膜…」: a sum of 万/亿 with no unit
 * of its own, typed straight into the next clause with no comma — what follows is not what it counts (no unit
 * was read there), so it is read as money the way it would be with the comma typed.
 */
export function sumBeforeGluedClause(t: string, cs: number, end: number, core: string): boolean {
  // 万一出点事: 万 leading is no number said (万一 = "in case").
  if (!/^[\u4e00-\u9fff]/.test(t.slice(end)) || /^[百千万亿]/.test(core)) return false;
  const cut = `${t.slice(0, end)}，`;
  // Only where money is said (a money noun, or per head with a verb of paying): a bare sum with nothing of
  // money around it may be a count of what follows (覆盖2.8万学生).
  // 「卖茶叶收了八十几万社员每户…」「投了六百来万有七八个…」: or a verb of getting or spending right before it.
  return (
    saysMoney(cut, cs, end) ||
    perThingSum(cut, cs, end, core) ||
    SPENT_OR_GOT_BEFORE.test(t.slice(Math.max(0, cs - 6), cs)) ||
    UNPAID_AFTER.test(t.slice(end)) ||
    SOLD_AND_GOT_BEFORE.test(clauseBefore(t, cs)) ||
    // 「现场签约1.2亿年后打算再搞一场」: a time opening the next step is never what the sum counts, so the sum
    // reads as it would before a comma (fig40c).
    (TIME_NEXT.test(t.slice(end)) && bareSum(cut, cs, end))
  );
}

/** A time that opens the next clause right after a glued sum (年后、年底、月底、明年、下个月、开春). */
const TIME_NEXT = /^(?:年[后前底初内]|月[底初中末]|明年|来年|下(?:个|半)?[月年]|开春|春节|节后)/;

/** Selling, spending, asking for or allotting money right before a sum (卖了、投了、花了、申请、拨了、筹了). */
const SPENT_OR_GOT_BEFORE =
  /(?:(?:卖|投|花|挣|赚|亏|赔|拨|筹|借|贷)了|申请了?|争取了?|拨付了?)(?:大概|大约|约|近|将近|有|得有|差不多)?$/;
/** Money said not yet paid or settled right after the sum (冇着落、没到位、还没拨下来). */
const UNPAID_AFTER = /^(?:还|都|也)?(?:没有?|冇|未|没得)(?:着落|到位|到账|拨|批|兑现|落实|发下来|下来)/;
/** What was sold, then 收了 right before the sum (卖茶叶收了、卖粮收了): the takings. */
const SOLD_AND_GOT_BEFORE = /卖[^，,。；;\d]{0,6}收了(?:大概|大约|约|近|将近|有|得有|差不多)?$/;

function clauseBefore(t: string, cs: number): string {
  let a = cs;
  while (a > 0 && !/[，,。；;！!？?\n]/.test(t[a - 1] ?? "")) a--;
  return t.slice(a, cs);
}

/**
 * 「今年技术合同目标4000万 已经完成了 超了一百多万」「销售额定的两千万 多了三百来万」: a bare 万/亿 over or past a
 * bare sum just said in the sentence (超了、超出、多了) is money as that one is — a voice run-on may part the two
 * with spaces only.
 */
export function overSum(t: string, cs: number, end: number): boolean {
  if (!/^(?:左右|上下|出头|多|几)?(?:$|[，,。；;！!？?\s]|[了啦咯])/.test(t.slice(end))) return false;
  let a = cs;
  while (a > 0 && !/[，,。；;！!？?\n\s]/.test(t[a - 1] ?? "")) a--;
  if (
    !/^(?:现在|目前|已经?|还|又|都){0,2}(?:超|超了|超出了?|超额了?|超过了|多了|多出了?)(?:近|约|将近|大概|差不多)?$/.test(
      t.slice(a, cs),
    )
  )
    return false;
  let s = a;
  while (s > 0 && !/[。；;！!？?\n]/.test(t[s - 1] ?? "")) s--;
  const before = t.slice(s, a);
  const last = [
    ...before.matchAll(
      /(?:\d+(?:\.\d+)?|[一两二三四五六七八九十百千]+)(?:多|余|来|几)?个?[万亿](?![\u4e00-\u9fff])/g,
    ),
  ].pop();
  if (!last) return false;
  const at = s + last.index;
  return MONEY_NOUN.test(before) || bareSum(t, at, at + last[0].length);
}
