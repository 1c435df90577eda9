import { printedWithoutMeasure } from "./figure-printed-bare.js";
import { blockedByLetters } from "./figure-letters.js";
import { cleanNumber, parseBelowScale, parseChineseNumber } from "./chinese-number.js";
import { type Candidate, dateCandidate, makeCandidate } from "./figure-candidate.js";
import { readInContext } from "./figure-context.js";
import { headCountUnit } from "./figure-crowd-count.js";
import { yearsOfWork } from "./figure-years-span.js";
import { countNounUnit } from "./figure-count-noun.js";
import { afterUnit, NO_NUMBER_SAID, NUMBER_TAIL, roughByJi } from "./figure-number-tail.js";
import { spokenMeasure } from "./figure-spoken.js";
import {
  EXTRA_MEASURE,
  LATIN_UNIT,
  LATIN_UNIT_NAME,
  ratePointsBefore,
  bareSum,
  comparedSum,
  overSum,
  perThingSum,
  saysMoney,
  sumBeforeGluedClause,
} from "./figure-units.js";
import { NEXT_CLAUSE_AFTER, saysBlockIsMoney } from "./figure-block-money.js";
import { loneOneCounts } from "./figure-lone-one.js";
import { pairCountsAlone } from "./figure-pair-words.js";
import { bareNumberNames } from "./figure-name-number.js";
import { parallelUnit } from "./figure-parallel.js";
import { PERSON_NOUN } from "./figure-person-noun.js";
import { mouthsArePeople } from "./figure-mouths.js";

/**
 * One number of the text read in place: what comes before and after it says whether it is a figure (and its unit, scale
 * and approximation), a date or time, or nothing to count (an ordinal, a list number, an age, a code). Called by the scan
 * (figure-scan.ts) for every run of digits; a pasted table's cell comes with its column's unit (figure-table-cells.ts).
 */
const APPROX_BEFORE =
  /(将近|接近|大约|超过|不到|不足|不少于|至少|约|近|逾|超|上|过|大概|大致|差不多|估计有?)$/;
/** 签约 is not 约, 最近 is not 近, 赶超 is not 超. */
const APPROX_FALSE_FRIENDS =
  /(签|合|节|预|制|特|公|条|履|违|续|缔|邀|盟)约$|(最|附|临|靠|亲|就|贴|邻)近$|(赶|高)超$/;
/** What a bare number right after it is an amount of money for: 收入大概两千出头、工资才3000. */
/** People said straight after a bare sum, opening the next clause (…两千五年轻人瞅不上). */
const PEOPLE_NEXT = new RegExp(`^${PERSON_NOUN}`);
// 「低保标准提到每人每月六百八」: a standard paid per head per month, then its sum.
const MONEY_JUST_BEFORE =
  /(?:标准|保障金?|低保金?|补助|补贴|工资)[^，。；\d]{0,4}?(?:每人|每户|人均)?(?:每个?月|每年)$|(?:收入|增收|创收|挣|赚|工资|薪水|薪资|补贴|补助|奖金|租金|价格|单价|售价|均价|收益|利润|营业额|销售额|投入|投资|成本|开支|慰问金|救助金|帮扶金|救济金|抚恤金)(?:大概|大约|大致|约|能|有|达到?|为|是|在|只有|仅|才|不到|不足|超过|近|将近|就|也就)*$|(?:员|工|医|师|老师)(?:一个月|每个?月|一年|每年|月薪|年薪)(?:才|就|只有|也就|能拿|拿|挣|赚)(?:个)?$/;
/** Views, clicks and followers counted in w/k (阅读量1.2w), which are no money. */
const COUNTS_VIEWS =
  /(?:阅读|浏览|点击|播放|观看|粉丝|关注|访问|点赞|转发|用户|会员|流量|人气)[^，,。；;\s]{0,4}$/;
const LIST_MARKER_BEFORE = /^$|[。；;！？!?：:\s，,]/;

/** `text` is the original, `t` its folded copy; [cs, ce) the digits; `quoted` whether inside quotes. */
export function readNumber(
  text: string,
  t: string,
  cs: number,
  ce: number,
  quoted: boolean,
  cellUnit?: string,
): Candidate | undefined {
  // 1 350 (thousands typed with a space) reads as 1,350; 2 860 万 as 2860万.
  const core = t
    .slice(cs, ce)
    .replace(/(?<=\d)[ \u3000](?=\d)/g, ",")
    .replace(/[ \u3000]/g, "");
  const arabic = /\d/.test(core);
  const before = t.slice(Math.max(0, cs - 4), cs);
  const prevChar = t[cs - 1] ?? "";
  const nextChar = t[ce] ?? "";
  const after = t.slice(ce, ce + 6);

  // Ordinals, model numbers, placeholders, vague amounts.
  if (prevChar === "第") return undefined;
  // 120t, 5km, 3000m²: a Latin unit symbol is read as its unit; other letters make a code (5G, G318).
  const latin = arabic ? LATIN_UNIT.exec(t.slice(ce)) : null;
  if (latin) {
    return makeCandidate(text, cs, ce + latin[0].length, cs, ce, {
      value: Number(core.replace(/,/g, "")),
      unit: LATIN_UNIT_NAME[latin[0].toLowerCase()] ?? latin[0],
      approx: false,
      kind: "figure",
      isPercent: false,
    });
  }
  if (blockedByLetters(t, cs, ce, arabic)) return undefined;
  // GB 5749-2022, DB41/T 1234: a standard's number (and its year) after its letters names it.
  if (
    /[A-Za-z](?:\/T)?[ \u3000]$|[A-Za-z]\d*(?:\/T)?[ \u3000]?\d+[-—–]$/.test(
      t.slice(Math.max(0, cs - 12), cs),
    )
  )
    return undefined;
  // 风力7级, 3级响应: a level, not a count.
  if (/^\s?级(?![次])/.test(after)) return undefined;
  if (/[X×*＊Ｘ]/.test(prevChar) || /[X×*＊Ｘ]/.test(nextChar)) return undefined;
  // 几十人, 若干: no number said (天数三百五十一天 is). 十几个, 二十几户 are at least ten, twenty (as 十多个).
  if ((!arabic && NO_NUMBER_SAID.test(before)) || (nextChar === "几" && !roughByJi(core, arabic)))
    return undefined;
  // 下周三组织…, 星期五: weekdays; 3楼, 5层: floors; 6岁: ages; 提前1天: a lead time.
  if (!arabic && /(周|星期|礼拜)$/.test(before)) return undefined;
  // 前两天, 这两年, 过几天: a stretch of time in passing, not a count.
  if (!arabic && /(前|这|那|过|最近)$/.test(before) && /^(?:天|年|周|个月)/.test(after)) return undefined;
  // 前11个月就支出了…, 前3天: the first months or days, a period named, not a count.
  if (arabic && /(?<!提)前$/.test(before) && /^\s?(?:个月|天|周|个季度)/.test(after)) return undefined;
  if (/^\s?(?:楼|层)/.test(after)) return undefined;
  // An age is no figure (test/corpus/README.md), an average age included (平均年龄六十七岁); nor
  // are 0至6岁儿童 and 65岁以上老年人, which name a group. A life expectancy is a statistic.
  if (
    /^\s?(?:[多余来几])?(?:岁(?!数)|周岁)/.test(after) &&
    !/寿命[^，。]{0,3}$/.test(t.slice(Math.max(0, cs - 8), cs))
  )
    return undefined;
  if (/^(?:[至到~～-]\d+)(?:岁|周岁)/.test(after)) return undefined;
  if (/提前$/.test(before)) return undefined;
  // 90后干部, 00后: a generation; 2.0版: a version.
  if (
    arabic &&
    /^(?:[05-9]0|95|85|75)$/.test(core) &&
    /^后/.test(after) &&
    (/^后(?![^\u4e00-\u9fff])/.test(after) || /(?:是|都是|多是|大多是|全是)$/.test(before)) &&
    !/[\d.]/.test(prevChar)
  )
    return undefined;
  if (arabic && /^\s?(?:版|代)(?!本?[\u4e00-\u9fff]{0,1}(?:册|份|本))/.test(after) && /\./.test(core))
    return undefined;
  // Enumeration: 1. 2、 （3） 一、
  if (/^[.、)）．](?!\d)/.test(after) && LIST_MARKER_BEFORE.test(prevChar) && core.length <= 3) {
    return undefined;
  }
  if (/[(（]$/.test(before) && /^[)）]/.test(after)) return undefined;
  // 「1 新建服务站4个」: a number opening a line, then a space, numbers the line.
  if (/^\d{1,2}$/.test(core) && /^$|\n/.test(prevChar) && /^[ \u3000]+[\u4e00-\u9fff]/.test(after))
    return undefined;
  // 「4.2026年打算：」: a list number run into a year.
  if (/^\d{1,2}\.(?:19|20)\d\d$/.test(core) && /^\s?年/.test(after)) return dateCandidate(cs, ce);
  // Clock times: 下午3点, 3点半开会, 9点前报送. 「5点建议」 counts points and is read below.
  if (
    arabic &&
    /^\s?点(?!建议|意见|体会|要求|做法|经验|措施|启示|思考)/.test(after) &&
    (/(?:上午|下午|早上|晚上|中午|凌晨|傍晚|早|晚|[日号天]|周[一二三四五六日]|星期[一二三四五六日天])$/.test(
      before,
    ) ||
      /^\s?点(?:半|钟|整|前|后|\d|[一二三四五]十|开|到|左右|出发|集合|召开|准时)/.test(after))
  )
    return dateCandidate(cs, ce);
  // 八十来号人, 三十多号人, 二十几号人: 号人 is spoken for 人 (a rough head count), not a date.
  const crowd = /^\s?([来多几余])?号人(?![员民])/.exec(after);
  // Dates and times.
  // 「发了58万月底前…」: no date runs to 万 or 亿, so 月底、月初 after them open the next clause.
  const nextMonthPart = /[万亿]$/.test(core) && /^月(?:底|初|末|中旬|上旬|下旬)/.test(after);
  if (!crowd && !nextMonthPart && /^\s?(月|日|号|时(?!间)|季度)/.test(after))
    return { ...dateCandidate(cs, ce) };
  // 「工资才两千五年轻人瞅不上」「工资才3000 年轻人…」: 年轻人 glued after a number opens the next clause, no year.
  // 「试点做了两年」: years of work kept up, said in Chinese numerals, are no date (figure-years-span.ts).
  // 「借款合计四十万 年底前还清」: no year is said in 万 or 亿, so 年底、年后 after them open the next clause.
  if (
    /^\s?年(?!轻)/.test(after) &&
    !/[万亿]$/.test(core) &&
    (arabic ? /^\d{4}$/.test(core) : !yearsOfWork(t, cs, core))
  )
    return { ...dateCandidate(cs, ce) };
  if (!arabic && /^(届|是|大(?!几|[袋车箱筐桶包捆盆篓兜])|中全会)/.test(after)) return undefined; // 二十大; 一百大几 is rough

  const tail = NUMBER_TAIL;
  tail.lastIndex = ce;
  const tm = tail.exec(t);
  let [tailText = "", approx1, tailScale = "", approx2, percent, unitWord, approx3] = tm ?? [];
  if (crowd)
    [tailText, approx1, tailScale, approx2, percent, unitWord, approx3] = [
      crowd[0],
      crowd[1] ?? "",
      "",
      "",
      undefined,
      "人",
      "",
    ];
  // 「卖了12万村里年轻人少」: 村里、村民 after a sum of 万 open the next clause; no 万 of villages are counted.
  if (
    unitWord === "村" &&
    (tailScale || /[万亿]$/.test(core)) &&
    /^[里民委庄头口]/.test(t.slice(ce + tailText.length))
  )
    [tailText, unitWord] = [tailText.slice(0, -1), undefined];
  // 「网格员评了12个月底开会」: 月底、月初 open the next clause; the count is of 个.
  if (unitWord === "个月" && /^(?:底(?!下)|[初末]|中旬|上旬|下旬)/.test(t.slice(ce + tailText.length)))
    [tailText, unitWord] = [tailText.slice(0, -1), "个"];
  // 3个多亿, 两个亿: money, said the colloquial way. 4个人: people.
  const money = /^个(多)?([万亿])元?/.exec(t.slice(ce));
  if (money && !/[万亿]$/.test(core)) {
    [tailText, approx1, tailScale, approx2, percent, unitWord, approx3] = [
      money[0],
      money[1],
      money[2]!,
      "",
      undefined,
      "元",
      "",
    ];
  } else if (
    unitWord === "个" &&
    t[ce + tailText.length] === "人" &&
    !/^人(?:[社大所事]|才|员)/.test(t.slice(ce + tailText.length))
  ) {
    tailText += "人";
    unitWord = "人";
  } else if (unitWord === "口" && mouthsArePeople(t, cs, ce + tailText.length)) {
    if (t[ce + tailText.length] === "人") tailText += "人";
    unitWord = "人";
  }
  // 1.3万通, 15面, 200遍: after an Arabic number, any measure word counts, not only the listed ones
  // (Chinese numerals keep to the list: 三农, 五水共治 and 两委 are names).
  if (arabic && !unitWord && !percent) {
    const measure = EXTRA_MEASURE.exec(t.slice(ce + tailText.length));
    if (measure) {
      tailText += measure[0];
      unitWord = measure[0];
    }
    // 36矿次, 12企次, 20校次: a thing and 次 count visits or checks, like 人次.
    const visits = /^([\u4e00-\u9fff])次(?![日月年数序])/.exec(t.slice(ce + tailText.length));
    if (!unitWord && visits && !/[个天年月周第这那每一二三四五六七八九十两几多余来近约共]/.test(visits[1]!)) {
      tailText += visits[0];
      unitWord = visits[0];
    }
  }
  // 去了二十来个点、设了12个点位: 个点 is percentage points only where a rate is compared.
  if (unitWord === "个点" && !ratePointsBefore(t, cs)) {
    tailText = tailText.slice(0, -1);
    unitWord = "个";
  }
  // 报了两回、去了3回: times, counted (一回 is "once more", like 一次, and read nowhere).
  if (
    !unitWord &&
    !percent &&
    core !== "一" &&
    /^回(?![来去家答复应头收访顾乡归国事味])/.test(t.slice(ce + tailText.length))
  )
    [tailText, unitWord] = [`${tailText}回`, "回"];
  // 两千蚊, 32微克, 三百二十床, 四盘石磨, 俩班 (figure-spoken.ts).
  if (!unitWord && !percent) {
    const m = spokenMeasure(t, ce + tailText.length, core, arabic, /[俩仨]/.test(text[cs] ?? ""));
    if (m) [tailText, unitWord] = [tailText + m.text, m.unit];
  }
  // 发了四千挂零宣传单: printed matter straight after a bare number is counted in 份 (figure-printed-bare.ts).
  if (!unitWord && !percent && printedWithoutMeasure(t, ce + tailText.length, core)) unitWord = "份";
  // 看了俩合作社、护理员就仨: 俩/仨 with nothing counted after it counts in 个 (or people, below).
  if (!unitWord && !percent && !tailText) unitWord = pairCountsAlone(text, t, cs, ce) ?? unitWord;
  // 两个多月, 一个多小时: 多 between 个 and the unit of time; 掉了一个多点: of percentage points.
  // 三个来小时, 两个来月: 来 said there as 多 is (北方).
  const more =
    unitWord === "个"
      ? /^([多来])(月|小时|钟头|星期|礼拜|工作日|点(?![钟半]))/.exec(t.slice(ce + tailText.length))
      : null;
  if (more) {
    tailText += more[0];
    unitWord = `个${more[2]}`;
    approx3 = more[1] === "来" ? "来" : "多";
  }
  // 11.2万册次, 500件次: a measure and 次 count visits or uses, like 人次.
  if (
    unitWord &&
    unitWord.length === 1 &&
    !/[个天年月周]/.test(unitWord) &&
    /^次(?![日月年数])/.test(t.slice(ce + tailText.length))
  ) {
    tailText += "次";
    unitWord += "次";
  }
  // 五百块钱, 卖了八千块, 一亩补两百块: 块 said for 元 (8块宣传牌, 电池1.2万块 still count pieces).
  if (unitWord === "块" && !percent) {
    const afterUnit = t.slice(ce + tailText.length);
    if (afterUnit.startsWith("钱")) {
      tailText += "钱";
      unitWord = "元";
    } else if (saysBlockIsMoney(t, cs, ce + tailText.length)) unitWord = "元";
  }
  // 5k, 15W with nothing after them: chat shorthand for an amount of money (工资5k, 奖补15W).
  if (
    !unitWord &&
    !percent &&
    arabic &&
    /[wWkK]$/.test(text.slice(cs, ce)) &&
    !COUNTS_VIEWS.test(t.slice(Math.max(0, cs - 10), cs))
  )
    unitWord = "元";
  // 旅游收入9800多万, 还有六千多万缺口: an amount of money said without 元.
  if (!unitWord && !percent && (tailScale || /[万亿]/.test(core)) && saysMoney(t, cs, ce + tailText.length)) {
    unitWord = "元";
  } else if (
    !unitWord &&
    !percent &&
    MONEY_JUST_BEFORE.test(t.slice(Math.max(0, cs - 12), cs)) &&
    // Not 补助1-2万元 (a range, read with its second number) nor 收入3成 (its own unit).
    (!/^[\u4e00-\u9fff\-—–~～]/.test(t.slice(ce + tailText.length)) ||
      NEXT_CLAUSE_AFTER.test(t.slice(ce + tailText.length)) ||
      // 「岗位工资才两千五年轻人瞅不上」: people glued after the sum are the subject of the next clause.
      PEOPLE_NEXT.test(t.slice(ce + tailText.length).replace(/^(?:出头|左右|上下|多)/, "")))
  ) {
    // 每亩纯收入大概两千出头, 月工资3000: a sum said right after what it is, the 元 left out.
    unitWord = "元";
  }
  // 「门诊人次三万四千多，比去年多了五千多」: a bare number after a noun that names its count
  // (人次、人数、户数), or comparing with one just said, counts in that unit.
  if (!unitWord && !percent) unitWord = countNounUnit(t, cs) ?? unitWord;
  // 「线上一千二百来人线下三百出头」: a bare count after a paired label takes the unit of the count before it.
  if (!unitWord && !percent) unitWord = parallelUnit(t, cs, ce + tailText.length) ?? unitWord;
  // 「报名的有两百挂零」「现场群众六千多」: a head count said bare (figure-head-count.ts, figure-crowd-count.ts).
  if (!unitWord && !percent)
    unitWord =
      headCountUnit(t, cs, ce + tailText.length, core, Boolean(approx1 || approx2 || approx3)) ?? unitWord;
  // 「能省税四十来万」「每个点投了六七十万」「还要拨五百多万到各村」: a bare sum of 万/亿 that nothing is counted in.
  if (!unitWord && !percent && (tailScale || /[万亿]/.test(core)) && bareSum(t, cs, ce + tailText.length))
    unitWord = "元";
  // 「每户补两万五」「一户八百」: a bare sum per household or person (figure-units.ts).
  if (!unitWord && !percent && perThingSum(t, cs, ce + tailText.length, core)) unitWord = "元";
  // 「工资三千五，比市区少了一千多」: a comparison with a bare sum just said (figure-units.ts).
  if (!unitWord && !percent && comparedSum(t, cs, ce + tailText.length)) unitWord = "元";
  // 「目标4000万 已经完成了 超了一百多万」: over a bare sum just said (figure-units.ts).
  if (!unitWord && !percent && (tailScale || /[万亿]/.test(core)) && overSum(t, cs, ce + tailText.length))
    unitWord = "元";
  // 「每人5万手续跑了好几趟」: a bare sum typed straight into the next clause (figure-units.ts).
  if (
    !unitWord &&
    !percent &&
    (tailScale || /[万亿]/.test(core)) &&
    sumBeforeGluedClause(t, cs, ce + tailText.length, core)
  )
    unitWord = "元";
  // 每斤少了五毛, 一块五毛: 毛 and 角 are tenths of a 元; 低了十几分 in a sentence of scores counts 分.
  let tenths = false;
  const small =
    !unitWord && !percent
      ? /^(?:毛|角)钱|^毛(?![\u4e00-\u9fff]{0,1}(?:巾|衣|笔|线|皮|病|估))/.exec(
          t.slice(ce + tailText.length, ce + tailText.length + 4),
        )
      : null;
  // …only where the sentence is about a price or money (卖、价钱、每斤、块), or 钱 is said.
  if (small && !/钱$/.test(small[0]) && !PRICE_TALK.test(around(t, cs))) small.length = 0;
  if (small?.[0]) {
    tailText += small[0];
    unitWord = "元";
    tenths = true;
  } else if (!unitWord && !percent) {
    const fen = /^([几多来余])?分(?![钟析配别类批期开散布享担工局])/.exec(
      t.slice(ce + tailText.length, ce + tailText.length + 3),
    );
    if (fen && SCORES.test(around(t, cs))) {
      tailText += fen[0];
      unitWord = "分";
      if (fen[1]) approx3 = "多";
    }
  }
  // 一百四五十户, 三四千人: two neighbouring digits before a place word are a vague range; the
  // lower end is the figure (as 300多人 is 300). A bare 三四 or the plan name 十四五 stays unread.
  // 两三家, 三五个, 一两次 likewise: the lower end, approximate.
  const range = /([一两二三四五六七八])([两二三四五六七八九])(?=[十百千万]|$)/.exec(core);
  const gap = range
    ? (parseChineseNumber(range[2] ?? "") ?? 0) - (parseChineseNumber(range[1] ?? "") ?? 0)
    : 0;
  const lower =
    range && (gap === 1 || gap === 2) ? core.slice(0, range.index + 1) + core.slice(range.index + 2) : core;
  const value0 = parseBelowScale(lower, tailScale);
  // 投入为零, 零事故: nothing counted is no figure (the corpus never labels a zero).
  if (value0 === undefined || (value0 === 0 && !arabic)) return undefined;
  const scaleMul = (tailScale ? (parseChineseNumber(tailScale) ?? 1) : 1) * (tenths ? 0.1 : 1);
  const unit = percent ?? (unitWord || cellUnit) ?? "";
  // 一吨半, 三天半, 五吨二: half or a tenth of the unit more (figure-number-tail.ts afterUnit).
  const half = tailScale ? undefined : afterUnit(t.slice(ce + tailText.length), unit);
  if (half) tailText += half.said;

  let start = cs;
  let approx = Boolean(approx1 || approx2 || approx3) || lower !== core;
  const pm = APPROX_BEFORE.exec(before);
  const bareScale = /^[百千万亿]+$/.test(core);
  if (pm && !APPROX_FALSE_FRIENDS.test(t.slice(Math.max(0, cs - 3), cs))) {
    const word = pm[1] ?? "";
    if (!["上", "过"].includes(word) || bareScale) {
      approx = true;
      if (!/^(?:大概|大致|差不多|估计)/.test(word)) start = cs - word.length; // 大概六百人: approximate, not in raw
    }
  }
  if (!arabic) {
    // A lone 一 (and 一两, whose lower end it is) is mostly an article (开了一次会、一个村、只有一两个);
    // 办了一期培训班, 星创天地新建一个 and 驻点一个月 count (loneOneCounts).
    // 一个多亿, 一个亿: a sum said the colloquial way counts, lone 一 and all.
    if (
      quoted ||
      unit === "" ||
      (lower === "一" &&
        !half &&
        !(money && unit === "元") &&
        !loneOneCounts(t, cs, ce + tailText.length, unit))
    )
      return undefined;
    // 做了三件事：, 抓好两个方面: a count that heads a list, not a result.
    if (
      /^(?:事情?|事儿|个?方面(?:的)?(?:工作)?|项?(?:主要|重点)?工作)?[:：]/.test(
        t.slice(ce + tailText.length),
      )
    )
      return undefined;
    if (bareScale && start === cs && !(approx1 || approx2)) return undefined; // 千家万户, 百味园
  } else if (unit === "") {
    if (/^\d{5,}$/.test(core)) return undefined; // phone numbers, hotlines (12345热线), document ids
    // 120急救站点, 985高校, 湘油708测产: a number that names a service, a programme or a cultivar.
    if (bareNumberNames(core, before, after)) return undefined;
    if (/^(19|20)\d\d$/.test(core) && /^(\s|[-—–~～至到])/.test(after)) return dateCandidate(cs, ce);
  }
  const end = ce + tailText.length;
  // 雨污分流二期, 两个村都…, 用了十多年, 护理人员只有3个: see figure-context.ts.
  const read = readInContext({
    t,
    cs,
    ce,
    end,
    core,
    arabic,
    unit,
    value: value0 * scaleMul + (half?.value ?? 0),
  });
  if (read && "skip" in read) return undefined;
  const trailing = /[万亿]+$/.exec(core)?.[0] ?? "";
  const numEnd = trailing.length > 0 && trailing.length < core.length ? ce - trailing.length : ce;
  const coreScale = trailing ? (parseChineseNumber(/[百千万亿]+$/.exec(core)?.[0] ?? "") ?? 1) : 1;
  return makeCandidate(text, start, end, cs, numEnd, {
    value: cleanNumber(value0 * scaleMul + (half?.value ?? 0)),
    unit: read?.unit ?? unit,
    approx,
    kind: "figure",
    isPercent: unit === "%" || unit === "‰",
    scale: tailScale ? scaleMul : coreScale,
    hasScale: Boolean(tailScale || /[百千万亿]/.test(core)),
  });
}

/** A sentence about a price or money. */
const PRICE_TALK = /价|钱|块|元|卖|买|收入|工资|补|费|每斤|每公斤|每亩/;
/** A sentence about marks: 平均分、分数、成绩、得分. */
// 「考核我们局得了94分排第四」: an assessment, a rank, or a score got (得了、考了、拿了 + N分) says scores too.
const SCORES =
  /平均分|分数|成绩|得分|考分|评分|打分|总分|及格|考核|考评|测评|考试|排名|排第|满分|[得考拿]了?[\d一二两三四五六七八九十]{1,4}[多来几]?分(?!钟)/;

function around(t: string, at: number): string {
  let a = at;
  while (a > 0 && !/[。；;！!？?\n]/.test(t[a - 1] ?? "")) a--;
  let b = at;
  while (b < t.length && !/[。；;！!？?\n]/.test(t[b] ?? "")) b++;
  return t.slice(a, b);
}
