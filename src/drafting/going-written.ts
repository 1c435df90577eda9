/**
 * Going somewhere to work, as a 公文 writes it (the offline drafter, clean-chat.ts): staff say 「去城关镇科普讲座」「带队去县
 * 工业园走访」, a document 「赴城关镇开展科普讲座」「带队赴县工业园走访」. clean-chat.ts already writes 去了 + a place and 去 + a place
 * + a verb of work (开展、调研…) as 赴; this takes 去 + a place named by what it is (…镇、…村、…小学、…工业园) whatever follows,
 * and a bare activity noun right after the place (讲座、培训、宣讲) gets its verb 开展. 去年、去世、去除、过去、回去 are no going.
 */

/** What names a place one goes to work at: the end of its name. */
const PLACE =
  "[\\d\\u4e00-\\u9fff]{1,10}?(?:镇|乡|村|社区|街道|小学|中学|学校|一中|二中|幼儿园|工业园|产业园|园区|开发区|科技馆|文化馆|基地|合作社|企业|公司|工厂|厂区|医院|卫生院|敬老院|广场|集市|县城)";
/**
 * 去 at the head of a clause, after a date or a part of the day, or after who leads (带队、带领…); after 前 only as a
 * deadline (月底前去、节前去): 前去 itself is a written verb of going already (专家前去…), never 「前赴」.
 */
const GO = new RegExp(
  `(?<=^|[，,。；;：:\\s]|日|天|午|上|晚|队|领|同|人|名|将|要|拟|再|(?:底|末|初|旬|节|日|号|周|月|年|之|以)前)去(?![年世除掉向留处污])(?=${PLACE})`,
  "gu",
);
/** 到 + a place + the work done there, after a modal or a deadline (将到…开展、前到…举办): a going too. */
const TO = new RegExp(
  `(?<=将|要|拟|前)到(?=${PLACE}(?:开展|举办|召开|组织|调研|走访|检查|督导|慰问|指导|宣讲|培训|送|发放))`,
  "gu",
);
/** An activity named bare after the place (no verb of its own): 讲座、培训、宣讲… closing the clause. */
const BARE_ACTIVITY = new RegExp(
  `赴(${PLACE})(?=[\\u4e00-\\u9fff]{0,6}?(?:讲座|培训|宣讲|宣传|义诊|巡展|展览|座谈|服务)(?:[，,。；;]|$))(?!开展|举办|组织|召开|参加|开|办|搞|做|讲|送|发|为|给|对|向|帮|指导|调研|检查|走访|慰问|督导|培训|宣讲|宣传)`,
  "gu",
);

/**
 * draft44: the count said between going and where (一共去了十二趟村里 → 「共赴12次村里」): the place before the count — 赴石桥村3次;
 * 村里、乡下 said for the villages at large are 下村、下乡 (共下村12次), 基层 is 深入基层.
 */
const TIMES_BEFORE_PLACE = new RegExp(
  `赴((?:约|近)?\\d+(?:多|余)?)(?:次|趟|回)(村里|村上|乡下|乡里|基层|${PLACE})(?![\\u4e00-\\u9fff]{0,2}[\\d])`,
  "gu",
);
const AT_LARGE: Record<string, string> = {
  村里: "下村",
  村上: "下村",
  乡下: "下乡",
  乡里: "下乡",
  基层: "深入基层",
};

export function goingWritten(text: string): string {
  return text
    .replace(GO, "赴")
    .replace(TO, "赴")
    .replace(BARE_ACTIVITY, "赴$1开展")
    .replace(
      TIMES_BEFORE_PLACE,
      (_m, n: string, place: string) => `${AT_LARGE[place] ?? `赴${place}`}${n}次`,
    );
}
