/**
 * 「刚才那条存上没」「刚发的那个记下了没得 我咋个没看到」「我才报的存进去了吗」「那条存好了冇」: whether the message just
 * sent was stored, asked while nothing waits — 我的填报, which lists it (and says it is there or not), never a look at
 * one update by reference nor small talk. The stored thing is the one just sent (刚/才/那条/这条 or nothing before the
 * verb), the verb a store word with its ending (存上、记下、保存好、录进去), then the question (没/没有/没得/冇/吗/不);
 * after it at most a clause of not having seen it. Round forty-eight (b101-117).
 */
const ASKED =
  /^(?:我)?(?:刚才|刚刚|刚|才|方才|上面|前面|之前)?(?:发|报|交|填|说)?(?:的)?(?:那|这)?(?:一)?(?:条|个|份)?(?:都|到底|究竟)?(?:存|记|保存|录|收)(?:上|进去|进|下|下来|好|起|到|着)(?:了|咗|咧|嘞)?(?:没有?|没得|冇得?|吗|没呢|未|無|沒有?)(?:啊|呀|哦|哈|嘞|啦)?$/;
const NOT_SEEN =
  /^(?:我|俺|额)?(?:怎么|咋|咋个|哪么|为啥|为什么|怎个|啷个)?(?:没|冇|没有|沒|莫得|没得)(?:看到|看见|找到|瞅见|见到|看着)(?:啊|呀|哦|哈|嘞|呢)?$/;

export function storedAsked(norm: string): boolean {
  const clauses = norm.split(/[，,。；;！!？?～~\s]+/).filter((c) => c !== "");
  if (clauses.length === 0 || clauses.length > 2) return false;
  return ASKED.test(clauses[0]!) && (clauses.length === 1 || NOT_SEEN.test(clauses[1]!));
}
