/**
 * 「市科技局又发文 叫报东盟合作嘅情况」「区厅下咗个通知 要求报特派员情况」「省里刚来文件 让我们统计…」: a document
 * sent down by an office above the bureau (市、省、区/自治区、上级, 县里 for a county bureau), asking for something —
 * a task received, its lead read like 「上级要求我们…」 (not-own-work.ts), never work done. The bureau's own
 * documents (我局、本局、局里 印发) are work done and stay out: only an office above opens the lead.
 */
const ABOVE =
  "(?:上级|上面|上头|中央|国家|部里|省里|省上|市里|市上|区里|县里|县上|(?:省|市|自治区|区)[\\u4e00-\\u9fff]{0,5}?(?:局|厅|委|办|部|科协|政府|党委|纪委))";
const WHEN = "(?:又|还|刚|刚刚|刚才|今天|今日|上午|下午|昨天|早上|已经)*";
const ISSUED =
  "(?:发|下|来|印发|转发|出)(?:了)?(?:个|一个|份|一份|道|一道)?(?:文|文件|通知|函|通报|红头文件)(?:了|来|下来)?";
const ASKS = "(?:又)?(?:叫|让|喊|要求|要)(?:我们科|我科|我们|我|咱们|咱|大家|各科室|各县|各单位)?";
const ISSUED_LEAD = new RegExp(`^${ABOVE}${WHEN}${ISSUED}[，,、：:\\s]*${ASKS}[，,、：:\\s]*`);

/** The words that say a document came down asking for something (市局又发文 叫), or nothing. */
export function issuedLead(norm: string): string | undefined {
  return ISSUED_LEAD.exec(norm)?.[0];
}
