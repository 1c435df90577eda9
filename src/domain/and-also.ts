/**
 * 「还有我们今年一共选派了科技特派员32名」「…，还有上个月组织了2场培训」「还有新引进博士1名」: 还有 before the
 * speaker (我们、我、咱们…), a time gone by (今年、上个月、十一月份…; a day of the week, 还有周四项目申报培训会…, fig52) or 新 and its verb is "and also" — one more thing to tell — not what is
 * left (还有3户没签约、还有我的材料没交、还有十一月份的没报 are). 还有 before a verb and its 了 (还有发了宣传册500本、
 * 还有印了挂图, fig56) is one more thing done too; 还有坏了三台 then reads as what it says. It says nothing of the clause's kind and is
 * kept in no item.
 */
export const AND_ALSO =
  "还有(?=(?:我们?|咱们?|俺们?|我局|我科|我站|局里|科里|站里|所里)(?!的)|(?:今年|去年|全年|上半年|下半年|本月|这个?月|上个?月|本周|这周|上周|这个?礼拜|上个?礼拜|这个?星期|上个?星期|今天|昨天|前天|前几天|前段时间|最近|近期|(?:上个?|这个?|本)?(?:周|星期|礼拜)[一二三四五六日天末](?![的度])|(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月份?)(?![份的底末前初中])|新(?:引进|建|增|招|认定|开|上|签|挂|培育|评|设|成立|入库|入驻|落地)|(?![\\d一二两三四五六七八九十几个些人的点])[\\u4e00-\\u9fff]{1,2}了(?!解|[\\d一二两三四五六七八九十几]+[\\u4e00-\\u9fff]?(?:$|[，,。；\\s])|$))";

const AND_ALSO_AFTER_BREAK = new RegExp(`(^|[，,、\\s])(?:另外|然后)?${AND_ALSO}`, "g");

const AND_ALSO_HEAD = new RegExp(`^(?:另外|然后)?${AND_ALSO}`);

/** A piece read without its "and also" 还有 at the head (还有我们科跟的2个项目…要去验收 is no count left). */
export function withoutAndAlsoHead(text: string): string {
  return text.replace(AND_ALSO_HEAD, "");
}

/** `text` with each "and also" 还有 at the head of a comma piece left out. */
export function withoutAndAlso(text: string): string {
  return text.replace(AND_ALSO_AFTER_BREAK, "$1");
}
