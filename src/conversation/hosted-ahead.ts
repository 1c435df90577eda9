/**
 * 「明天去石板村开培训会」「下周三去城关镇办培训班」「明天去石板村给果农搞培训」: work one will run at a place in the
 * county — a village, township, school, park, firm or co-operative — is work planned, not one's absence: the going
 * there is the work. Going to be trained or to sit in a meeting at a higher level (去省里培训、去市里开会、在党校学习)
 * names no such place and stays an absence (not-own-work.ts). Down in the county unnamed (去乡里开会、到村里开个会) is such a
 * place: a meeting there is field work, run or sat in — a day's work out, never leave to offer.
 */
const PLACE =
  "(?:[\\u4e00-\\u9fff]{1,8}?(?:村|乡|镇|社区|街道|园区|企业|公司|学校|中学|小学|幼儿园|基地|合作社|厂|站|大棚|果园|茶园|工地)|乡里|乡上|村里|镇上|镇里|乡下|基层)";
/** Who it is given to (给果农、为村民、对企业). */
const FOR_WHOM = "(?:(?:给|为|对|帮)[\\u4e00-\\u9fff]{1,6}?)?";
/** The event one runs there. */
const RUNS =
  "(?:开|办|搞|组织|举办|召开|上|讲|做|办个)(?:个|一个|一场|一期|场|次)?[\\u4e00-\\u9fff]{0,6}?(?:培训|座谈|宣讲|讲座|会|课|班|活动|演练|义诊|咨询)";

const HOSTED = new RegExp(`(?:去|到|赴|在|下)${PLACE}${FOR_WHOM}${RUNS}`, "u");

export function hostsAhead(norm: string): boolean {
  return HOSTED.test(norm);
}

/** The ask's line for such work still ahead: it is not done yet; 记为填报 files it as a plan. */
export function aheadLine(norm: string): string | undefined {
  return hostsAhead(norm)
    ? "这是接下来要做的工作，还没做，我先没有保存。现在就记的话点「记为填报」，会记为下一步计划；做完后把做了什么、关键数据发给我也行。"
    : undefined;
}
