/**
 * The opening words of a plan said in chat (下一步打算、明年呢我们准备), which the written plan drops — all but a 下半年
 * that names when (draft43b).
 */
const LEAD_TAIL =
  "(?:的时候|的话|呢|嘛|啊)?[，,]?(?:我局|我们|科里|我科)?(?:的)?(?:工作)?(?:打算|准备|要|想着|想|计划是|计划)?[，,：:]?";
const PLAN_LEAD = new RegExp(
  `^(?:下一步|下步|下阶段|明年|来年|下半年|今后|接下来|\\d{4}年)${LEAD_TAIL}`,
  "u",
);
/**
 * draft43b: said in the second half of a year, 下半年 is the second half of the next one — when the plan is, kept
 * (下半年再搞一次科普赶集 → 下半年再开展一次科普赶集); said in the first half it is the coming half, the plan's own
 * period, and goes as before. Only its chat (呢、我们) goes.
 */
const PLAN_LEAD_NOT_HALF = new RegExp(
  `^(?:下一步|下步|下阶段|明年|来年|今后|接下来|\\d{4}年)${LEAD_TAIL}`,
  "u",
);
const HALF_CHAT = /^下半年(?:的时候|的话|呢|嘛|啊)?[，,]?(?:我局|我们|科里|我科)?(?=[\u4e00-\u9fff\d])/u;
/** The lead of a plan said on `date`: 下半年 kept after June (see PLAN_LEAD_NOT_HALF). */
export function withoutLead(t: string, date: string): string {
  if (monthOf(date) < 7) return t.replace(PLAN_LEAD, "");
  return t.replace(PLAN_LEAD_NOT_HALF, "").replace(HALF_CHAT, "下半年");
}

/** 「下半年呢，再到石桥村搞一次义诊」: the time said as a clause of its own is joined to the plan, or clean-chat drops it. */
export function halfYearJoined(text: string, date: string): string {
  return monthOf(date) < 7
    ? text
    : text.replace(/^下半年(?:的时候|的话|呢|嘛|啊)?[，,]?\s*(?=[\u4e00-\u9fff])/u, "下半年");
}

const monthOf = (date: string) => Number(/^\d{4}-(\d{2})/u.exec(date)?.[1] ?? 0);
