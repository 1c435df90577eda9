/**
 * draft46: 「帮企业报了二十家」「协助合作社申报了六家」 — whom the work was done for said before the verb, their number after
 * it, and the draft read 「帮助企业申报20家」. A writer puts the number on those helped: 帮助20家企业申报; what they applied
 * for, joined from the topic (科技型中小企业评价这块，帮企业报了二十家 → 帮助企业申报科技型中小企业评价20家), stays after the
 * verb: 帮助20家企业申报科技型中小企业评价. Only when the measure word is the one those helped are counted by (家 of firms and
 * cooperatives, 户 of households, 所 of schools) and nothing follows the count in its clause.
 */
const WHO_BY_UNIT: Record<string, string> = {
  企业: "家",
  合作社: "家",
  公司: "家",
  农户: "户",
  养殖户: "户",
  种植户: "户",
  学校: "所",
};

const HELPED_COUNT =
  /(帮助|协助)(企业|合作社|公司|农户|养殖户|种植户|学校)(申报|申请|报送|认定|备案|登记|入库|评价)([\u4e00-\u9fff]{0,14}?)((?:约|近|共)?\d+(?:\.\d+)?(?:多|余)?)(家|户|所)(?=[，,。；;]|$)/gu;

/**
 * draft47: what was applied for said first, then 我局, then the helped count (高新技术企业申报材料我局帮助8家企业申报): the
 * topic stood before the one acting. A writer puts it after the verb — 帮助8家企业申报科技型中小企业评价; materials are sent in,
 * so a topic of 材料 is 报送: 帮助8家企业报送高新技术企业申报材料. A time or a place first (今年、在石桥村) is not a topic.
 */
const TOPIC_FIRST =
  /(^|[，,。；;：:])([\u4e00-\u9fff]{2,16}?)(?:我局|我们|我科)?(帮助|协助)((?:约|近|共)?\d+(?:多|余)?(?:家|户|所))(企业|合作社|公司|农户|养殖户|种植户|学校)(申报|申请|报送)(?=[，,。；;]|$)/gu;
const NOT_A_TOPIC = /^(?:今年|去年|全年|上半年|下半年|本月|\d|在|到|从|为|给|对|向|和|与|跟|我局|我们)/u;

/** The text with each helped count put before those it counts, or as it was. */
export function helpedCountFirst(text: string): string {
  return text
    .replace(
      HELPED_COUNT,
      (whole, help: string, who: string, verb: string, what: string, count: string, unit: string) =>
        WHO_BY_UNIT[who] === unit ? `${help}${count}${unit}${who}${verb}${what}` : whole,
    )
    .replace(
      TOPIC_FIRST,
      (whole, lead: string, topic: string, help: string, count: string, who: string, verb: string) => {
        if (NOT_A_TOPIC.test(topic)) return whole;
        if (/材料$/u.test(topic)) return `${lead}${help}${count}${who}报送${topic}`;
        return `${lead}${help}${count}${who}${verb}${topic.replace(/(?:申报|申请)$/u, "")}`;
      },
    );
}
