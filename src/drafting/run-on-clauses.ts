// Clauses a dictation ran together, put apart or in order: figures end their clause, a bare place goes before its work.

/** What is held (举办), as against carried out (开展): events, meetings, classes, shows. */
export const EVENT = /(?:会|班|赛|展|节|讲座|论坛|培训|活动|课|演出|演练|晚会|仪式|发布)/u;

/** Where people and places start a clause of their own after a figure (「2个面积800亩带动…」). */
const AFTER_FIGURE =
  /(\d(?:\.\d+)?(?:万|亿)?(?:多|余)?(?:个|家|项|名|场|期|次|座|所|处|户|亩|人次|人|元|份|件|本|册|套|台|村|镇|乡))(?=面积|总面积|覆盖|带动|惠及|辐射|涉及|实现|同比|其中|累计|总投资|投资|到位资金|发放|新增|接待|帮助|解决|吸纳|受益)/gu;

/** A voice run-on's figures each end their clause: 「基地2个面积800亩带动农户500户」 → 「基地2个，面积800亩，带动农户500户」. */
export function runOnCommas(text: string): string {
  return text.replace(AFTER_FIGURE, "$1，");
}

const PLACE_END =
  "(?:广场|社区|村|镇|乡|小学|中学|学校|公园|会议室|大厅|礼堂|中心|基地|园区|街道|县城|集市|现场|大院|会场|剧院|体育馆|文化馆|科技馆)";
/**
 * A place said as a clause of its own (「开展科技活动周，在广场上；约接待…」, dictated with a pause):
 * it goes before the work it belongs to (「在广场开展科技活动周，约接待…」).
 */
export function placeBareLocation(text: string): string {
  return text
    .replace(
      new RegExp(
        `(^|[。；;，,])(开展|举办|组织|召开)([^，,；;。]{2,14}?)[，,]在([\u4e00-\u9fff]{0,8}?${PLACE_END})(?:上|里|内)?(?:[；;，,]|(?=[。]|$))`,
        "gu",
      ),
      (_m, lead: string, verb: string, what: string, place: string) => `${lead}在${place}${verb}${what}，`,
    )
    .replace(
      new RegExp(
        `(^|[。；;，,])([^，,；;。]{2,12}?)在([\u4e00-\u9fff]{0,8}?${PLACE_END})(?:上|里|内)(?:[；;，,]|(?=[。]|$))`,
        "gu",
      ),
      (_m, lead: string, what: string, place: string) => {
        // 「全国科普日那天在文化广场里」: a day, not what was held there.
        const day = /(?:那天|当天|那几天|期间)$/u.exec(what)?.[0];
        if (day) return `${lead}${what.slice(0, -day.length)}期间，在${place}开展活动，`;
        return `${lead}在${place}${EVENT.test(what.slice(-2)) && !/活动|宣传|培训/u.test(what) ? "举办" : "开展"}${what}，`;
      },
    )
    .replace(/，(?=[。；;]|$)/gu, "");
}
