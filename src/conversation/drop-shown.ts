import type { Intent, IntentContext } from "./intent-types.js";
import { refCommand } from "./correction-request.js";
import { FIGURE } from "./work-lexicon.js";
import { leavesItToThem } from "./on-behalf.js";
import { NEXT_WEEK, THIS_WEEK } from "./verb-object-words.js";

/**
 * The draft on the card is not to be reported after all: 「算了 伊拉材料还没弄好 这条不报了」「这个先不报了吧
 * 等正式验收完再说」「算啦 呢条唔使报住 人数仲未对好」「這筆先撤掉好了」. While a draft's card waits, a
 * message that says of it — by a pointer to it (这条、这个、这笔) or with 算了 in front — that it is not
 * to be reported or is to be taken away, with only reasons around it (no figure of work, no other
 * update named), withdraws that draft: 撤回 the one shown, said so. Just after the card was confirmed,
 * the same said with a pointer (这笔先撤掉好了) withdraws the update just confirmed. Without this, 算了 read as a no
 * kept the draft waiting (「哪里不对？」) and 不报了 was answered as chat while the draft stayed.
 *
 * Not read here: the week not reported (这周不报了 → 本周无进展 / 下周提醒), a colleague's draft left to
 * them (让他自己报吧: the cancel command offers its withdrawal), a question (这个不用报吗？).
 */

/** Not to be reported, or taken away: 不报了、不用报、别报了、唔使报住、先不报、撤掉、删了、不要了、作废. */
const NOT_REPORTED =
  /(?:不|别|甭|莫|覅|勿|免|不用|不要|不必|没必要)(?:上|再|先)?报(?:了|住|啦|咯|嘞|喽|哒)?|先不(?:上)?报|撤(?:掉|了|下|回|销)|删(?:掉|了|除)|不要了|作废|不算了|收返|收回/;
/**
 * The draft pointed at: 这条、这个、这笔、这一条 before what is said of it (not 这个项目撤了、这个月: a thing
 * named after the pointer is what the words are about), or 这 before the verb.
 */
const POINTER =
  /这(?:一)?(?:条|个|笔|项)(?=$|[\s，,。]|先|就|也|还是|暂时|不|别|甭|莫|覅|勿|免|撤|删|作废|收回)|^这(?=先|就|不|别)/;
/** 算了、算啦、算咯 opening the message: the report is dropped. */
const DROPPED = /^(?:哎呀?|唉|那)?算(?:了|啦|咯|喽|嘞|哒|球)/;
/** Another update named (第3条、#3、3号、刚才那条、科普那条): the rules on named updates read it. */
const OTHER_NAMED =
  /第\s*[\d一二两三四五六七八九十]+\s*[条个项]|#\s*\d|\d+\s*号|(?:刚才|刚刚|上一|前面|后面|最后)(?:那|这)?(?:一)?[条个]|[\u4e00-\u9fff]{2,}那条/;
/**
 * 「撤了它先」「先把它撤了」「撤咗佢先啦」(folded: 撤掉先啦)「删了吧」: the withdrawing itself, of 它/佢 or of nothing
 * named — on the card, the draft shown. Not with a no in front (先莫撤、先别删: the card put off).
 */
const BARE_WITHDRAW =
  /^(?:那就|就|干脆|还是)?(?:先)?(?:把|将)?(?:它|佢)?(?:先)?(?:撤|删|收返|收回)(?:掉|了|咗|来|回|下|去|除|销)*(?:它|佢)?(?:先)?(?:(?:我|俺)?(?:再)?重新?(?:发|报|填|写)(?:一条|一遍|一下|过)?)?(?:吧|啦|啊|哈|撒|嘛|咯|喽|嘞|了|哒|好了|算了)*$/;
/** Why, said beside it: 重复了、发重了、我重新发、报错了、不要了 — or what in it is wrong (户数写错了、家数两个数弄反了、
 * 两个数字弄颠倒了、名字打错了: b87-d12, b88-d12; 金额写错了、人数不对嘞: dlg50), with no new figure given. */
const WHY_WITHDRAWN =
  /^(?:(?:报|发|填)?重(?:复)?(?:了|咯|哒|啦|喇)?|(?:我|俺)?(?:等下|等会儿?|待会儿?|回头)?重新?(?:发|报|填|写|弄|整)(?:一条|一遍|一个|一下)?(?:吧|哈|了)?|(?:发|报|填)错(?:了|咯|哒)|不要了|唔要喇|(?:写|打|填|报|发)?(?:漏|落|少)(?:了|咗|写了)?(?:(?:点|些|一些|一点)?(?:内容|东西|字|事)|几句|一句|一段|几个字)|(?:内容|东西)(?:写|打|填)?(?:漏|少|落)(?:了|咗)?|(?:写|打|填|报|发)(?:漏|少)(?:了|咗)|[\u4e00-\u9fff]{0,3}(?:数|数字|数据|名字|名称|日子|日期|时间|金额|钱)(?:两个数字?|俩数)?(?:都|给)?(?:(?:写|弄|搞|填|打|报|记|整)(?:反|颠倒|倒|错|岔|混)|不对)(?:了|咯|哒|啦|喽|嘞|哩)?)$/;
/** Two figures of it said swapped (两个数弄反了): the pair named, no figure of work. */
const PAIR_SWAPPED = /(?:两|俩)个?数(?:字|据)?(?=(?:都|给)?(?:写|弄|搞|填|打|报|记|整)(?:反|颠倒|倒|混))/g;
/** Not to be recorded, said bare: 不记、别记了、不用存、不报了、这个不要了、不要这条 (not 先别存、先不存: not yet, put off). */
const BARE_NOT_RECORDED =
  /^(?:算了|那|哦|噢|嗯|哎)?(?:这条|这个|那条)?(?:就|也)?(?:(?:不用|不要|不必|别|甭|莫|不)(?:再)?(?:记|存|保存|登记|记录|报|上报)|不要(?:这(?:一)?[条个])?)(?:了|啦|吧|哈|啊|咯)*$/u;
/**
 * dlg53: a complaint about what the draft left out (「学了啥一个字都没写」「讲了底事一句都没记上」): 一个字、一句 are no figure of
 * work, and the 啥 in it asks nothing of the bot.
 */
const NOTHING_WRITTEN =
  /[一半](?:个字|句话?|点|笔)(?:都|也)(?:没|冇|无|未)(?:写|记|录|打|提)(?:上|进去|进来)?/gu;
/** A request is short. */
const MAX_CHARS = 36;

export function dropShown(norm: string, ctx: IntentContext): Intent | undefined {
  // Just after the card was answered (confirmed), 「这笔先撤掉好了」 is said of that update.
  const justDone = ctx.awaiting === "nothing" && ctx.justAsked;
  // 「不记」「别记了」「这个不要了」 while the bot asks which section the draft is for: the draft is not wanted at all.
  // A reason may follow (别记了 这个是吐槽), with no figure of work in it.
  const head = norm.trim().split(/[\s，,。.!！~～]+/u)[0] ?? "";
  if (
    ctx.awaiting === "section" &&
    [...norm].length <= MAX_CHARS &&
    !FIGURE.test(norm) &&
    (BARE_NOT_RECORDED.test(norm.replace(/[\s，,。.!！~～]+/gu, "")) || BARE_NOT_RECORDED.test(head))
  )
    return {
      kind: "command",
      command: "撤回",
      text: refCommand({ action: "撤回", ref: "shown", said: norm }),
    };
  if ((ctx.awaiting !== "confirm" && !justDone) || [...norm].length > MAX_CHARS) return undefined;
  const plain = norm.replace(PAIR_SWAPPED, "数").replace(NOTHING_WRITTEN, "没写");
  if (!NOT_REPORTED.test(norm) || FIGURE.test(plain) || OTHER_NAMED.test(norm)) return undefined;
  // 「撤回来重发」 takes it back; 「弄回来」「找回来」 ask for a withdrawn one again.
  if (/恢复|还原|找回|(?<![撤收])回来/.test(norm)) return undefined;
  if (THIS_WEEK.test(norm) || NEXT_WEEK.test(norm) || leavesItToThem(norm)) return undefined;
  if (/[吗么嘛][?？]?$|[?？]$/.test(norm.trim())) return undefined;
  if (!justDone && barelyWithdrawn(norm))
    return {
      kind: "command",
      command: "撤回",
      text: refCommand({ action: "撤回", ref: "shown", said: norm }),
    };
  if (!POINTER.test(norm) && (justDone || !DROPPED.test(norm.trim()))) return undefined;
  const ref = justDone ? "recent" : "shown";
  return { kind: "command", command: "撤回", text: refCommand({ action: "撤回", ref, said: norm }) };
}

/** The withdrawing said bare or of 它 (BARE_WITHDRAW) in one clause, and only why beside it (WHY_WITHDRAWN). */
function barelyWithdrawn(norm: string): boolean {
  const clauses = norm.split(/[，,。；;！!～~\s]+/).filter((c) => c !== "");
  return (
    clauses.filter((c) => BARE_WITHDRAW.test(c)).length === 1 &&
    clauses.every((c) => BARE_WITHDRAW.test(c) || WHY_WITHDRAWN.test(c))
  );
}
