/**
 * draft43b: what a plan says about how often and who, kept when the plan is written.
 * - Once more (再搞一次科普赶集, 再开一回座谈会): clean-chat's 搞一次 → 开展 drops the count, which is right for work done
 *   (搞了一次演练 is 开展演练) but in a plan 再…一次 is what is planned: 再开展一次科普赶集, 再召开一次座谈会. 一回 is 一次.
 * - The thing first, 还是要 + a light verb + once (科技活动周还是要办一回): verb first, 举办一次科技活动周
 *   (not 科技周一次: 周一 would be read as a Monday).
 * - Next time, more of someone to come (下回多叫些村干部来听): 邀请更多村干部参加; no number is added.
 */
type Rule = [RegExp, string | ((m: string, ...g: string[]) => string)];

/** Events held (举办), as spokenVerb in clean-chat.ts reads them, plus the weeks, fairs and festivals of a plan. */
const HELD = /(?:会|班|赛|展|展览|节|讲座|论坛|晚会|仪式|周|集|日)$/u;
const ONCE = "(?:一次|一回)";

const RULES: Rule[] = [
  // 「下半年打算再开一回座谈会」: 开 before a meeting is 召开.
  [new RegExp(`(再|还)开${ONCE}(?=[\\u4e00-\\u9fff]{0,8}?会(?:[，,。；;]|$))`, "gu"), "$1召开一次"],
  // 「科技活动周还是要办一回」「农民丰收节还是得搞一回」: the thing first, the verb after.
  [
    new RegExp(
      `(^|[，,；;])([\\u4e00-\\u9fff]{2,10}?)还是(?:要|得)?(举办|开展|组织|办|搞)${ONCE}(?=[，,。；;]|$)`,
      "gu",
    ),
    (_m, lead = "", thing = "", verb = "") => {
      const written = verb === "办" || verb === "搞" ? (HELD.test(thing) ? "举办" : "开展") : verb;
      return `${lead}${written}一次${thing}`;
    },
  ],
  // 「下回多叫些村干部来听」「下次多喊点种植户来听课」: invite more of them to take part.
  [
    /(^|[，,；;])(?:下回|下次|以后)?(?:再)?多(?:叫|喊|请|邀请|拉)(?:些|点|一些|一点)?([\u4e00-\u9fff]{2,6}?)来(听课|听讲|听|参加|学)(?=[，,。；;]|$)/gu,
    (_m, lead = "", who = "", what = "") =>
      `${lead}邀请更多${who}参加${what === "听课" || what === "听讲" ? what : ""}`,
  ],
  // draft44: 「再请党校老师来讲一次课」「多请几个专家下来讲课」: who is invited to teach (授课); 讲 alone is no verb of a plan.
  [
    /(^|[，,；;再要想])(多)?请(?:几个|几位|些|一些)?([\u4e00-\u9fff]{2,8}?)(?:过来|下来|来)(?:讲|上)(一次|一回)?课/gu,
    (_m, lead = "", more = "", who = "", once = "") =>
      `${lead}邀请${more ? "更多" : ""}${who}授课${once ? "一次" : ""}`,
  ],
  // 「还要多请几个专家下来指导」: come down to guide is to guide at the grass roots; more of them, no number added.
  [
    /(^|[，,；;再要想])(多)?请(?:几个|几位|些|一些)?([\u4e00-\u9fff]{2,8}?)(?:过来|下来|下乡|来)(指导|服务|把脉|会诊)/gu,
    (_m, lead = "", more = "", who = "", what = "") => `${lead}邀请${more ? "更多" : ""}${who}到基层${what}`,
  ],
  // draft44: 「再把村干部叫来培训一回」: called together to be trained — 组织村干部培训.
  [
    /把([\u4e00-\u9fff]{2,8}?)(?:叫来|喊来|叫过来|喊过来|召集起来|叫到一起|喊到一起)(培训|开会|学习|座谈|集中学习)/gu,
    "组织$1$2",
  ],
  // 一回 after a verb is 一次 (下一回、这一回 are not counts of doing).
  [/(?<=[\u4e00-\u9fff])(?<![上下这那每])一回(?=[\u4e00-\u9fff，,。；;]|$)/gu, "一次"],
];

export function planOnceMore(text: string): string {
  return RULES.reduce((t, [re, to]) => t.replace(re, to as (m: string, ...g: string[]) => string), text);
}
