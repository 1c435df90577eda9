import { clausesOf, reportsWork } from "./message-clauses.js";
import { FIGURE, MATTER, WEEKDAY, WORK_NOUN } from "./work-lexicon.js";

/**
 * A thing handed to the bot, said as talk (docs/understanding.md 第十六轮):
 *
 * - **put off**: 「材料晚点再发给你嘛」「表格俺下午弄好再传」「数据我明天再传给你」「我先去开个会 回来再报」 — the
 *   sending or the report put off with 再 (then, rather than now), the way 「回头再说」「晚点再报」 put talk
 *   off (round thirteen, b27-106). Nothing is promised about the work and nothing is asked: small talk
 *   (later). A promise with no 再 (「材料明天给你哈」「表格下午发给侬」) stays a matter still pending, asked
 *   about in one line (work-matter.ts), as the blind writers label it;
 * - **sent**: 「材料已经发你了」「表格发给你了哈」 — a thing said to have been sent to the bot, no work said
 *   of it: small talk (other), answered with what the bot keeps (it receives no files).
 *
 * Reported or handed in with no one named (再报、再交), the thing before must be no work of its own: 「这个项目明年再报」 is a
 * project applied for next year, not talk. Not when another clause reports work (「今天去了两家企业调研 详细的晚点再报」), nor when it waits on
 * someone else (「等乡里报上来再发你」: pending), nor with a figure or a question. Pure; on `norm`.
 */
export type Handed = "later" | "sent";

/** The bot as the one given to, in the dialects (你、您、恁、侬). */
const TO_YOU = "(?:你|您|恁|侬)";
/** A verb of handing over or reporting. */
const HAND = "(?:发|传|给|交|报|补|填|递|转)";
/** Particles closing a clause. */
const TAIL = "(?:[啊呀哈嘛呢哦啦嘞咯喽噻撒吧]|儿)*";

/** 再 before the handing: 晚点再发给你、弄好再传、回来再报、明儿再发恁哈 — at most 12 characters before it. */
const PUT_OFF = new RegExp(
  `^[\\u4e00-\\u9fff]{0,12}?再${HAND}(?:给|过来|过去|上来|上去)?${TO_YOU}?(?:一下|下)?${TAIL}$`,
);
/** 已经发你了、发给你了、早就传您了: sent to the bot. */
const SENT = new RegExp(
  `^[\\u4e00-\\u9fff]{1,8}?(?:我|俺)?(?:已经|都|早就?|刚刚?|刚才)?(?:发|传|转)(?:给)?${TO_YOU}(?:了|啦|咯|喽)${TAIL}$`,
);
/**
 * One's own reporting put at a day or time ahead, or all together (礼拜五一块儿报、这周的我周末一起填、晚上再汇报):
 * the reports themselves (这周的、剩下的) or nothing before it — a thing named (材料礼拜五给你) is a promise.
 */
const WHEN_AHEAD =
  "(?:(?:这|下)?(?:周|礼拜|星期)[一二三四五六日天末]|周末|晚上|晚些|下午|明早|明天|明儿|后天|月底|到时候?|回头|过两天|过几天)";
const TOGETHER = "(?:一起|一块儿?|一并|统一|集中|合在一起|打包)";
/** Together, said with a verb of reporting (一块儿报、一起填): no count. */
const ALL_AT_ONCE = /一块儿|一起|一并|一块(?=[报填交发补弄])/g;
const DEFERRED = new RegExp(
  `^(?:这周的|本周的|剩下的|其他的|其余的|别的)?(?:我|俺)?(?:就|先)?(?:${WHEN_AHEAD}(?:${TOGETHER})?|${TOGETHER})(?:再)?(?:报|填|补|交|汇报|报给你|补上)(?:吧)?${TAIL}$`,
);

/** Waiting on someone else before the sending (等乡里报上来再发你): a matter still pending. */
const WAITS_ON_OTHERS = /等(?!下|一下|会|一会|我|俺|哈)/;
/** The bot's own things (周报、总结、稿子、填报): said sent, they may be the report itself — asked. */
const BOTS_OWN = /周报|总结|填报|记录/;

export function handedToBot(norm: string): Handed | undefined {
  // A weekday and 一块儿/一起 are no figure (礼拜五一块儿报: not 五一块, nor 一块).
  if (FIGURE.test(norm.replace(WEEKDAY, "、").replace(ALL_AT_ONCE, "、")) || /[?？吗]/.test(norm))
    return undefined;
  const clauses = clausesOf(norm);
  if (clauses.length > 3) return undefined;
  const bare = (c: string) => c.replace(/[^\u4e00-\u9fff]/g, "");
  const put = clauses.findIndex((c) => {
    if (DEFERRED.test(bare(c))) return true;
    const m = PUT_OFF.exec(bare(c));
    if (!m || WAITS_ON_OTHERS.test(c)) return false;
    const at = bare(c).lastIndexOf("再");
    const before = bare(c).slice(0, at);
    // Sent (发、传、给) or handed to 你: to the bot, whatever the thing.
    const toBot = /^再[发传给递转]/.test(bare(c).slice(at)) || new RegExp(TO_YOU).test(bare(c).slice(at));
    return toBot || !(WORK_NOUN.test(before) || MATTER.test(before));
  });
  if (put >= 0) {
    const others = clauses.filter((_, i) => i !== put).join("，");
    return others === "" || !reportsWork(others) ? "later" : undefined;
  }
  if (clauses.length === 1 && SENT.test(bare(norm)) && !BOTS_OWN.test(norm)) return "sent";
  return undefined;
}
