/**
 * 「年中啦 上半年嗰份小结出一份先」「年都过半了 先把上半年的弄个小结出来」「上半年小結弄一份出來」: a leader's 小结 of a period
 * the bot drafts (上半年、半年、全年、今年、年度) is the summary itself — the bot's 生成总结 for that period, asked in the
 * words a 县 bureau uses for a short half-year one. The 粤 order 「出一份先」 (先 last, for 先出一份) is read as said first.
 *
 * Round fifty-one: months from one to another (「七月到十二月单独出个小结」「3-8月的小结」) are a period too.
 *
 * Not this: a 小结 of one piece of work (「调研小结」「活动小结写好了」「培训小结」 — work of one's own, leader-request.ts
 * MAKING_DONE), or a 小结 with no period of the summary named (「把这次检查弄个小结」 stays as it was).
 */
const SUMMARY_PERIOD =
  /上半年|下半年|半年|全年|今年|本年度|年度|前三季度|一到六月|1[-—~到至]6月|[12]\d{3}年?|(?:[一二三四五六七八九十]{1,2}|\d{1,2})月?份?(?:到|至|[-—~])(?:[一二三四五六七八九十]{1,2}|\d{1,2})月/u;
/** A 小结 of one piece of work: the work's noun right before it. */
const WORK_BRIEF =
  /(?:活动|专项|会议|培训|调研|检查|宣传|竞赛|比赛|演练|讲座|评审|验收|督查|整治|排查|学习|项目|课题|试验|走访)(?:工作)?的?小[结結]/u;

/**
 * Round fifty-three: a half-year said from its first month on — 「七月往后半年」「7月以后那半年」「七月份之后的半年」 (下半年),
 * 「一月往后半年」 (上半年) — is that half, when a 小结 of it is asked for.
 */
const HALF_FROM = /(?<![\d十])(7|七|1|一|元)月份?(?:往后|以后|之后|开始|起)(?:的|那|那个)?半年/gu;

/** The text with a period's 小结 said as 总结 (and a 粤 closing 先 moved out), or the text as it was. */
export function summaryBriefSaid(said: string): string {
  const norm = /小[结結]/u.test(said)
    ? said.replace(HALF_FROM, (_, m: string) => (m === "7" || m === "七" ? "下半年" : "上半年"))
    : said;
  if (!/小[结結]/u.test(norm) || !SUMMARY_PERIOD.test(norm) || WORK_BRIEF.test(norm)) return said;
  return norm.replace(/小[结結]/gu, "总结").replace(/(?<=[一个份版稿])先(?=[啦吧啊呀哦喇咯]*[。！!]*$)/u, "");
}
