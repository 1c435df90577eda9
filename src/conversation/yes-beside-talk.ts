import { agrees, dialectAnswer } from "./answer-words.js";
import { askedClauses } from "./clause-answer.js";
import { YES } from "./intent-lexicon.js";
import { reportsWork } from "./message-clauses.js";
import { deniesProblem, deniesProblemAsked } from "./problem-denied.js";
import { sighAtLoad } from "./sigh-at-load.js";
import { saidAsMood } from "./talk-aside.js";
import { DURATION, FIGURE } from "./work-lexicon.js";

/** Thanks said beside: 谢谢、辛苦、麻烦了. */
const THANKS = /^(?:谢谢|谢了|谢啦|多谢|感谢|辛苦|麻烦)/;

/** A clause that is itself the yes: a yes word (any dialect's) or a problem denied (problem-denied.ts). */
export const saysYes = (c: string): boolean => YES.test(c) || dialectAnswer(c) === "yes" || deniesProblem(c);

/**
 * 「嗯 对的 今天下乡冻惨了」「行 今天跑了一天累死了」「是嘞 没错 外头雨好大」 to a card or a question: the
 * yes first, then only how the day was — the weather, the body, a sigh — which reports no work. A
 * colleague hears the yes; the rest is talk said beside it (talk-aside.ts, sigh-at-load.ts).
 */
export function yesThenTalk(norm: string): boolean {
  const asked = askedClauses(norm);
  // 「没差错吧？今天跑了一天」: a denial asked is a question, never the yes.
  if (asked.some((c) => deniesProblemAsked(c.text, c.asked))) return false;
  const clauses = asked.map((c) => c.text);
  let i = 0;
  let yes = false;
  for (; i < clauses.length; i++) {
    const c = clauses[i]!;
    if (saysYes(c)) yes = true;
    else if (!THANKS.test(c)) break;
  }
  if (!yes || i === clauses.length) return false;
  const rest = clauses.slice(i).join("，");
  return saidAsMood(rest) || sighAtLoad(rest, rest.replace(/，/g, ""));
}

/**
 * What makes a clause more than talk beside an answer: a figure, something said wrong or changed, a no or a
 * put-off, a withdrawal, another draft named — then the clause answers (or asks) something itself.
 */
const MORE_THAN_TALK =
  /\d|不对|错|有误|不准|改|不是|少了|多了|漏|忘|少写|多写|但|不过|就是|只是|可是|别|莫|甭|不要|不用|不存|不记|不确认|先不|等|问问|问一?下|核|查|删|撤|作废|重发|重新|第.{1,3}条|号|科室|那块|那边|那头|还没|再说|再看|回头|晚点|稍/u;

/**
 * 「好的唻 就这样 晚上还要加班弄材料」「数对着哩 没啥问题 今儿个跑了一天 腿都软了」「你这写得比我写的还好😂 存了吧」
 * to the card just shown: the awaited yes, and around it (before or after) only talk — how the day went, what is
 * still to do today, a word about the bot — none of which reports work of its own, carries a figure, says
 * something is wrong, puts the card off or names another draft. The answer is the yes; the talk is said beside it.
 */
export function yesBesideTalk(norm: string): boolean {
  const clauses = askedClauses(norm);
  if (clauses.length < 2 || clauses.length > 5 || [...norm].length > 40) return false;
  let yes = false;
  for (const { text: c, asked } of clauses) {
    if (deniesProblemAsked(c, asked)) return false;
    if (saysYes(c) || THANKS.test(c) || agrees(c)) {
      yes ||= saysYes(c);
      continue;
    }
    // 「晚上还要开会」「晚黑仲要加班整材料」: what is still to do today, said as busy-ness — no work reported.
    if (stillToDo(c) && !FIGURE.test(c.replace(DURATION, ""))) continue;
    // 「刚下乡回来才看到」 (b91-072): the card seen late, wherever one was — why the yes comes late, no work reported.
    if (SEEN_LATE.test(c) && !FIGURE.test(c)) continue;
    // 「今儿个跑了一天」: how long the day was is no figure of work.
    if (MORE_THAN_TALK.test(c) || FIGURE.test(c.replace(DURATION, "")) || reportsWork(c)) return false;
  }
  return yes;
}

/** The card seen only now: 刚下乡回来才看到、开完会刚看见、剛回來才看到消息 — no more than that said in the clause. */
const SEEN_LATE =
  /^[\u4e00-\u9fff]{0,10}?(?:才|刚|剛)(?:看到|看见|看見|瞅见|瞧见|睇到|见到)(?:消息|卡片|信息|了|哈|啊)*$/;

/** Later today (or no time said), then 还要/仲要/又要/得: what is still ahead of the sender today. */
const STILL_AHEAD =
  /^(?:今天|今晚|今晚上|晚上|晚黑|晚头|夜里|夜晚|夜头|下午|中午|等会儿?|等下|等一下|等歇|等哈|待会儿?|一会儿?|回头)?(?:我|俺|额)?(?:还|仲|又|还得)(?:要|得)/;
/** Still ahead but said of the card: checking, asking, changing or showing it to someone first. */
const ABOUT_THE_CARD = /改|核|对一?下|对对|问|确认|审|过目|看看|再看|存|记|报上|交上|提交|这条|那条|材料要/;

/**
 * 「晚上还要开会」「等歇还要去局里开会」「夜里还要加班搞台账」「晚黑仲要加班整材料」 beside a yes: the rest of the
 * day, still to do — talk about being busy, not work reported nor the card put off (that says 改、核、问、确认).
 */
export function stillToDo(clause: string): boolean {
  return STILL_AHEAD.test(clause) && !ABOUT_THE_CARD.test(clause);
}

// dlg53: the keep said bare after a short reason (keep-after-reason.ts), read beside the other yeses.
export { keepAfterReason } from "./keep-after-reason.js";
