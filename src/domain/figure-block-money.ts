import { MONEY_NAMED_BEFORE, saysMoney } from "./figure-units.js";

/**
 * Whether a count in 块 is money (五百块钱, 一亩补两百块) or pieces (8块宣传牌): read by the number reader
 * (figure-read-number.ts) and the drafter (clean-chat.ts). Moved out of figure-read-number.ts.
 */

/**
 * Verbs of paying, getting or lacking money right before a count in 块 (补了两百块, 差十来万块), and of budgeting or
 * putting money in (安排五百二十万块, 投入八十万块, 下达、落实、筹集、拨付).
 */
const MONEY_VERB_BEFORE =
  /(?:安排|投入|下达|落实|筹集|筹措|拨付|补|给|发|花|奖|罚|赔|收|交|凑|借|贷|挣|赚|省|亏|差|值|卖|买|捐|付|退|拿|要|垫|欠|贴|涨|奖励|报销|价值)(?:了|到|得)?(?:大概|大约|约|共|一共|总共|差不多|将近|近|个|有)?$/;
/** A price per thing (一亩地补两百块, 每人五百块): 块 after 每/一 + a unit in the same clause. */
const PER_THING_BEFORE = /(?:每|一)(?:亩|斤|人|户|个|次|天|月|年|张|吨|公斤|间|套|平方?米?)[^，,。；;]{0,6}$/;

/** Things counted in 块 (pieces) named right before the count: 展板、宣传牌、牌子、屏、黑板、宣传栏. */
const OBJECT_BEFORE = /(?:板|牌|牌子|屏|屏幕|砖|石|碑|玻璃|栏|标识|标志)(?:共|有|约|大概|一共|共计)?$/;

/** A thing counted in 块 named before the count as its topic, and what is said between them. */
const OBJECT_TOPIC =
  /(?:地块|田块|板|牌|牌子|屏|屏幕|砖|碑|玻璃|栏|标识|标志)((?:(?![钱元])[^。；;\n]){0,14})$/;
/** Words of money between that topic and the count (卖了、花了、每块…元; 「警示牌全部换新 预算大概万把块」 fig53). */
const MONEY_BETWEEN =
  /钱|元|资金|费|金|价|收入|花|罚|奖|赔|挣|赚|卖|买|捐|付|工资|预算|成本|投资|投入|[万亿]|每/;

/**
 * Whether a count in 块 at [cs, end) is money (also read by the drafter, clean-chat.ts): 块 right before a noun counts pieces (8块宣传牌), unless
 * the noun is a fee (五百块过节费); otherwise money when the clause speaks of money, a verb of paying
 * or lacking comes right before, or it is a price per thing.
 */
export function saysBlockIsMoney(t: string, cs: number, end: number): boolean {
  const next = t.slice(end);
  const lead = t.slice(Math.max(0, cs - 8), cs);
  // 展板30块, 宣传牌子6块, 电子屏2块: a count right after the thing it counts is pieces of it, even
  // when the next clause speaks of money (展板12块，花了三千块钱).
  if (OBJECT_BEFORE.test(lead) && !MONEY_VERB_BEFORE.test(lead)) return false;
  if (MONEY_NAMED_BEFORE.test(lead)) return true; // 慰问金五百块|节后…: the next clause, glued
  // 「种树的地块退了二十七块」「警示牌都换新了 又补了八块」: the thing counted in 块 named a little before, as the topic,
  // with no word of money between it and the count: pieces of it (補 there is making up the number, not paying).
  const topic = OBJECT_TOPIC.exec(t.slice(Math.max(0, cs - 20), cs));
  if (
    topic &&
    !MONEY_BETWEEN.test(topic[1] ?? "") &&
    /^(?:$|[\s，,。；;！!]|[多来余]?[\s，,。；;！!]|[多来余]?$)/.test(next)
  )
    return false;
  // 「带了三千块个慰问品」「五百块嘅礼品」: tens of 块 and more, then 的 (个、嘅 in 客家 and 赣 speech) and the thing
  // bought: what the things cost (a count of pieces is said with no 的 between: 8块宣传牌).
  // Things that come in 块 (地砖、展板、田、肉) are still pieces: 「三十块的地砖」.
  if (
    /^(?:的|嘅|个)(?![块钱])(?![\u4e00-\u9fff]{0,2}(?:砖|板|牌|屏|玻璃|石|碑|地|田|布|肉|糕|糖|饼|表))[\u4e00-\u9fff]/.test(
      next,
    ) &&
    /[十百千万亿]|\d{2}/.test(t.slice(cs, end))
  )
    return true;
  if (
    /^[\u4e00-\u9fff]/.test(next) &&
    !/^(?:左右|以上|多|出头|上下|的|整|[没还已都也就才了用花拨到给是在被要能可不全共由从让拿交归作为按每]|钱)/.test(
      next,
    ) &&
    !NEXT_CLAUSE_AFTER.test(next)
  )
    // 「两百块慰问金」: a sum named by the fund it is (慰问金、救助金), like a fee.
    return /^[\u4e00-\u9fff]{0,2}(?:费|款|补贴|奖金|红包|工资|薪水|津贴|生活费|金(?![牌属杯奖]))/.test(next);
  // 「还没达到五万块」: tens of thousands reached or fallen short of, with no thing named, are money.
  if (/[万亿]/.test(t.slice(cs, end)) && REACHING_BEFORE.test(lead)) return true;
  return (
    saysMoney(t, cs, end) ||
    MONEY_VERB_BEFORE.test(lead) ||
    PER_THING_BEFORE.test(lead) ||
    PER_THING_AFTER.test(next)
  );
}
/**
 * What may follow a count in 块 without being the thing counted: the next clause of a run-on
 * (每月多发五十块|下个月起…, 每亩六百块|有些农户…), a word taken back (二十三万块啊不对…), or a
 * price per thing (十二块一顿).
 */
export const NEXT_CLAUSE_AFTER =
  /^(?:[啊哦呃噢嗯]|不对|不是|说错|下(?:个|一|周|月|半|步|礼拜|星期)|明年|今年|打算|准备|争取|有(?:些|的|人|几|点|[一两二三四五六七八九十])|个别|但|可是|不过|然后|另外|主要|问题|困难|这|那|他们|我们|现在|目前|后面|以后|之后|一(?:顿|餐|次|个|斤|亩|天|月|年|人|份|张|回|晚|套|台))/;
/** A price per thing said after it: 十二块一顿、五十块一个月. */
const PER_THING_AFTER = /^一(?:顿|餐|次|个|斤|亩|天|月|年|人|份|张|回|晚|套|台)/;
/** Reaching or falling short of a sum: 达到五万块、不到十万块. */
const REACHING_BEFORE = /(?:达到?|达不到|不到|不足|超过?|突破|低于|高于|够|满)$/;
