/**
 * 「上午在仪陇县马鞍镇」「下午在东溪河乡」「前晌在杨家沟村」: the first half of a report sent in two messages — when
 * (today's morning or afternoon) and where (a named place: a county, township, village, community, park, works,
 * base), and nothing else; the work follows in the next message (b101-d02, b102-d02, i48a, i48b, i49a). Read as a
 * report, so it waits on a card as a draft to be confirmed with the next one (「两条都存上」), never stored unasked.
 * A place one sits in (办公室、家里、局里), another day (明天上午), a question or anything more is not this. Pure.
 * Round forty-nine. Round fifty (dlg50): where one went said so too (早上去了铅山紫溪乡、早上克了松坪村), and the next report
 * joins the half into one draft (half-joined.ts).
 */
// Half a day only: 「今天在石桥镇」 (the whole day, where one is) is asked what was done, as the corpus has it (b5x-039,
// i10a-156, b5-d10); 「上午在…」 opens an account of the morning whose work comes next (b101-d02, b102-d02, d48-d01).
const WHEN =
  "(?:(?:今天|今个|今儿个?|今日|今朝)?(?:上午|下午|中午|早上|前晌|后晌|上晌|下晌|晌午|头午|过午|上昼|下昼))";
/** A named place: two or more characters before a suffix that names a kind of place where work is done. */
const PLACE =
  "[\\u4e00-\\u9fff]{1,10}?(?:县|区|乡|镇|村|社区|街道|园区|基地|示范园|公司|合作社|中学|小学|学校|茶园|果园|厂|景区|保护区|组)";
const HALF = new RegExp(
  `^(?:我|俺|额|偶)?${WHEN}(?:我|俺|额|偶)?(?:一直)?(?:在|去了|到了|克了|跑了|下了)(?:趟|一趟)?${PLACE}(?:这边|那边|那里|这里)?$`,
  "u",
);
/** Places counted right after the verb (俩村、两个乡、三家合作社): how many, not where. */
const COUNTED_PLACES =
  /(?:在|去了|到了|克了|跑了|下了)(?:趟|一趟)?(?:俩|仨|[两二三四五六七八九十\d]+)(?:个|家|所)?[\u4e00-\u9fff]{0,3}$/u;
/** Places one sits in, not where work is done out in the county. */
const INDOORS = /在(?:办公室|家里?|屋里|局里|单位里?|宿舍)/;

/** Whether `core` (no punctuation) says only when today and at which named place: the first half of a report. */
export function placeFirstHalf(core: string): boolean {
  const said = core.replace(/\s+/g, "");
  // 「上午在哪个镇」「下午在那个村」: a place asked or only pointed at is no place told; 「下午跑了俩村」「上午去了三个乡」:
  // places counted, not named — an account of the day, asked about as before (s14-d20), not half of one report.
  return (
    [...said].length <= 20 &&
    HALF.test(said) &&
    !INDOORS.test(said) &&
    !/[哪啥几]|什么|[这那]个/.test(said) &&
    !COUNTED_PLACES.test(said)
  );
}
