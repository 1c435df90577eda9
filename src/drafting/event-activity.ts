/**
 * draft56: 开展 + the name of a touring or visiting event with no head noun (开展科普大篷车、开展科普大篷车进乡村、开展非遗进校园)
 * reads as 开展 of a vehicle or a place: a 公文 names it 开展…活动. Only when the event's name ends the clause — a head noun
 * said after it (活动、巡展、行动、宣传周…) is left as said. Runs with the spoken leftovers (spoken-leftovers.ts).
 */
const CLAUSE_END = "(?=$|[\\s，,。；;！!？?])";
const TOURING = "(?:大篷车|三下乡|下乡|巡讲|流动课堂)";
const INTO = "进(?:乡村|农村|村寨|社区|校园|学校|企业|机关|家庭|景区|军营|园区|村组|村|乡镇)";

export const EVENT_ACTIVITY: Array<[RegExp, string]> = [
  [
    new RegExp(
      `开展(?![再又][\\d一二两三四五六七八九十]|[\\d一二两三四五六七八九十]+[次场期轮])((?:[\\u4e00-\\u9fff]{1,6}?${TOURING}(?:${INTO})?)|(?:[\\u4e00-\\u9fff]{2,6}?${INTO}))${CLAUSE_END}`,
      "gu",
    ),
    "开展$1活动",
  ],
];
