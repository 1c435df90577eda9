/**
 * Problems and plans read from the shape of a clause rather than from a word list: who the
 * subject is, what a modal verb governs, what a complement says of the verb, when a time
 * reference falls. A new phrasing of the same shape is read the same way
 * (docs/extraction.md, 「按句式判断」).
 */

/**
 * A part singled out as the subject (有的学校…、个别企业…、部分普查员…、大部分还在租房): a report
 * names a part of a whole to say what is still wrong with it. Work done on a part says so
 * (部分村已完成改造) and is read as done before this is asked.
 */
const SUBSET_SUBJECT =
  /^(?:目前|现在|当前|但是?|不过|其中|另外|同时|就是)?[，,]?(?:还|仍)?(?:有的|有些|个别|部分|部份|少数|一些|大部分|大多数?|多数|相当一部分)(?!是|时候|时间|地方已|工作已|资金)/;

/**
 * A counted part in a lasting state (有3座水库还在带病运行、有11个村至今没有…、有几家企业用电量掉得厉害):
 * 「有 + number」 at the head and, within the clause, still / for long / to this day.
 */
const COUNTED_STATE =
  /^(?:目前|现在|全县|全镇|辖区|其中|还)?有(?:[\d一二两三四五六七八九十几]+|一半)(?:多|余|以上)?[\u4e00-\u9fff]{0,14}?(?:还在|仍在|仍然|依然|一直|长期|至今|到现在|得厉害|得很)/;

/**
 * A burden per unit (一个人要对口5个部门、一辆车要管两个乡镇、平均要45个工作日、去一趟要大半天、
 * 开机都要好几分钟、一次只能容纳50人): one of something, or the average, and a modal that says
 * how much it takes.
 */
const BURDEN =
  /(?:一[个名位辆台次趟间所][\u4e00-\u9fff]{0,4}?|一人|平均|光是?)[^，。；]{0,8}?(?:要|得|需要?|只能|才能)(?=[^，。；]{0,10}?[\d一二两三四五六七八九十几半])|(?:都|就|得|至少)要(?:好几|大半|小半|半|几|[\d一二两三四五六七八九十]+)个?(?:天|小时|分钟|钟头|个月|月|年|周|星期|工作日)/;

/** A verb intensified the way a complaint is (掉得厉害、忙得要命、慢得不行). */
const BAD_DEGREE = /[\u4e00-\u9fff]得(?:很|太|特别)?(?:厉害|要命|不行|够呛)/;

/** Reluctance of the people served (嫌麻烦、不肯、不配合、有抵触). */
const RELUCTANCE =
  /嫌(?:麻烦|远|贵|累|少|慢|脏|难|费事|不划算)|不肯|不配合|抵触|怕(?:麻烦|担责|出事|担风险)|有退出的?(?:想法|打算|意向)/;

/** A problem told by the clause's shape; `done` is whether the clause says work was done. */
export function problemByShape(t: string, done: boolean): boolean {
  if (COUNTED_STATE.test(t) || BAD_DEGREE.test(t) || RELUCTANCE.test(t)) return true;
  if (done) return false;
  return SUBSET_SUBJECT.test(t) || BURDEN.test(t);
}

/**
 * Seasons and times of the year by the month they begin. A time of year ahead of the day the
 * message was sent, in a clause that says nothing was done, is when the work will happen
 * (12月发的「开春后…」「汛前…」「寒假期间…」); one already begun says nothing by itself.
 */
export const SEASON_MONTH: Record<string, number> = {
  元旦: 1,
  寒假: 1,
  春节: 2,
  年后: 2,
  节后: 2,
  开春: 3,
  春耕: 3,
  春季: 3,
  春天: 3,
  清明: 4,
  五一: 5,
  端午: 6,
  入夏: 6,
  夏季: 6,
  夏天: 6,
  汛期: 6,
  主汛期: 6,
  汛前: 5,
  暑假: 7,
  秋季: 9,
  秋天: 9,
  秋收: 9,
  开学: 9,
  中秋: 9,
  国庆: 10,
  入冬: 11,
  冬季: 11,
  冬天: 11,
  年底: 12,
  年末: 12,
  岁末: 12,
};
