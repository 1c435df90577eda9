/**
 * 「刚才那条存上没」「刚发的那个记下了没得 我咋个没看到」「我才报的存进去了吗」「那条存好了冇」: whether the message just
 * sent was stored, asked while nothing waits — 我的填报, which lists it (and says it is there or not), never a look at
 * one update by reference nor small talk. The stored thing is the one just sent (刚/才/那条/这条 or nothing before the
 * verb), the verb a store word with its ending (存上、记下、保存好、录进去), then the question (没/没有/没得/冇/吗/不);
 * after it at most a clause of not having seen it. Round forty-eight (b101-117).
 */
const ASKED =
  /^(?:我)?(?:刚才|刚刚|刚|才|方才|上面|前面|之前)?(?:发|报|交|填|说)?(?:的)?(?:那|这)?(?:一)?(?:条|个|份)?(?:都|到底|究竟)?(?:保存(?:上|进去|下|下来|好)?|(?:存|记|保存|录|收)(?:上|进去|进|下|下来|好|起|到|着))(?:了|咗|咧|嘞)?(?:没有?|没得|冇得?|吗|啵|没呢|未|無|沒有?)(?:啊|呀|哦|哈|嘞|啦)?$/;
// Round forty-nine: no answer seen (咋个没得反应) and the message feared not sent (得是没发出去) close it too.
const NOT_SEEN =
  /^(?:我|俺|额)?(?:怎么|咋|咋个|哪么|为啥|为什么|怎个|啷个)?(?:没|冇|没有|沒|莫得|没得)(?:看到|看见|找到|瞅见|见到|看着|反应|回应|回复|动静)(?:啊|呀|哦|哈|嘞|呢)?$|^(?:得是|是不是|莫不是|怕是|是不)(?:没|没有|没得)(?:发|传|存)(?:出去|过去|上去|上|进去)(?:啊|呀|哦|哈|嘞|呢)?$/;

/** 「我这边网卡得很」「这边信号不好」: the line is poor on the sender's side — why they ask again. */
// Round fifty-three: the screen still spinning (俺这边一直转圈、手机老在转圈圈、页面加载不出来) says the same.
const POOR_LINE =
  "(?:我这边|我这里|我这|这边|我|俺这边|俺这|俺)?(?:(?:网|网络|信号)(?:卡|不好|差|慢|不行)[\\u4e00-\\u9fff]{0,4}|(?:手机|页面|飞书|屏幕)?(?:一直|老是|老在|总是|总在|光|还在)?(?:转圈圈?|在转圈圈?)(?:呢|啊|哦)?|(?:手机|页面|飞书)?(?:一直|老是|总是)?(?:加载|刷)不出来)";

/** When an update was sent (上午、刚才、剛剛…), and what may open the question (欸、对了、话说). */
export const WHEN =
  "(?:先头|先前|早先|上昼|下昼|上回|上次|之前|以前|前几天|前两天|前天|昨天|昨儿个?|今天|今早|早上|上午|下午|刚才|刚刚|剛才|剛剛|上礼拜|上个礼拜|上周|上星期|这周|这礼拜|这个礼拜|这个月|本月|上个月|月初|年初|上半年)";
export const LEAD = "(?:欸|诶|哎|唉|哦|噢|嗯|那个|对了|话说)?[，,\\s]*";

/**
 * Round fifty-six: put into the store by its office word (入库、入了库、进库、登记上、录入) — 「今早报的那条 入库冇」 asks the same
 * as 存上没; and a clause asking to be shown after the question (查一哈、给俺瞅瞅、帮我看下) — 「我刚报的记上了没 查一哈」 —
 * asks for the list that answers it, not a look at one update by reference (b109-061).
 */
const INTO_STORE = "(?:入了?库|进了?库|登记(?:上|好|进去)?|录入(?:进去)?)";
const LOOK_TAIL =
  "(?:你|帮我|给我|替我)?(?:查一下|查下|查查|看看|看一下|看下|看一眼|瞅瞅|瞧瞧|瞅一眼|核一下|确认一下)(?:啊|呀|哦|哈|嘛|呗|吧)?";

/**
 * 「刚才那条存上没」「剛剛那條存起沒得？」「我上午发的那个记下了没有」「那条报上去了冇」: whether an update just sent was
 * kept — the list answers it (我的填报). An update pointed at (那条/那个/发的/报的), a verb of keeping, then the question.
 * Round fifty: 否 closing it (吴: 存进去了否), 给/格/可 before the verb asking it (滇: 我先头发的那个 给存进去了), 先头/上昼 when.
 * Not: 「那条先莫存」「刚才那条不用存了」 (said, not asked), 「存上没」 alone (no update pointed at).
 */
// Round fifty-two: what it was about after the pointer (那个花椒的、那条玉雕哩), 你那边/到底 before the verb, 木有 (中原) asking,
// and a clause of a poor line after it (我这边网卡得很) — 「刚才发的那个花椒的 你那边到底收上没有 我这网卡得很」「俺上午发哩那条 存上了木有」.
const KEPT_POINTED = new RegExp(
  `^${LEAD}(?:${WHEN}|我|俺|额|刚|剛)*(?:(?:发|报|填|交)(?:(?:的|过的|哩)[\\u4e00-\\u9fff]{0,6}?)?)?(?:那|这)(?:一)?[条個个](?:填报)?(?:[\\u4e00-\\u9fff]{1,8}?(?:的|哩))?[，,\\s]*(?:你那边|你这边|你那里|你那儿|你那头)?(?:都|到底|究竟)?(?:(?:${INTO_STORE}|(?:存|记|錄|录|收|报|交)(?:上去|进去|下来|上|起|下|好|到|进)?)(?:了|咧|咗|哒)?(?:没有|没得|沒得|没|沒|冇|未|吗|嗎|么|啵|莫得|木有|否)|(?:给|格|可)(?:存|记|錄|录|收|报|交)(?:上去|进去|下来|上|起|下|好|到|进)(?:了|咧|嘞)?(?:没有|没得|没|吗|否)?)(?:啊|呀|哦|嘛)?[?？]*(?:[，,\\s]+(?:${POOR_LINE}|${LOOK_TAIL}))?$`,
  "u",
);

/**
 * 「先头那条给存进去了」「上午报的那个给记上了」: 西南官话 asks with 给 before the verb (给存进去了 = 存进去了没有) — the same
 * question with no question word at its end (dlg50). Only 给 right before a verb of keeping with its ending.
 */
const KEPT_GEI = new RegExp(
  `^${LEAD}(?:${WHEN}|先头|我|俺|刚|剛)*(?:(?:发|报|填|交)(?:的|过的)?)?(?:那|这)(?:一)?[条個个](?:填报)?[，,\\s]*给(?:存|记|錄|录|收|报|交)(?:上去|进去|下来|上|起|下|好|到|进)(?:了|咯|喽)?[?？]*$`,
  "u",
);

/** The pointed form alone (那条/发的那个 + a verb of keeping + the question), read in any state (own-report-asked.ts). */
export function keptPointedAsked(norm: string): boolean {
  return KEPT_POINTED.test(norm.trim()) || KEPT_GEI.test(norm.trim());
}

/** Either form, read while nothing waits (everyday-command.ts). */
export function storedAsked(norm: string): boolean {
  if (keptPointedAsked(norm)) return true;
  const clauses = norm.split(/[，,。；;！!？?～~\s]+/).filter((c) => c !== "");
  if (clauses.length === 0 || clauses.length > 2) return false;
  // 入库 and its kin read as 存上 before the question; a clause asking to be shown may follow (round fifty-six).
  const first = clauses[0]!.replace(
    new RegExp(`${INTO_STORE}(?=(?:了|咧|咗)?(?:没|冇|吗|木有|未|否))`, "u"),
    "存上",
  );
  const after = clauses[1];
  return (
    ASKED.test(first) &&
    (after === undefined || NOT_SEEN.test(after) || new RegExp(`^${LOOK_TAIL}$`, "u").test(after))
  );
}
