import { AGAIN_WORDS } from "../reminders/nudge-records.js";

/**
 * Chasing words: 催、督促、提醒、通知、喊, and said as a word given (提个醒儿、吱一声、言语一声、知会一声、招呼一声 — 东北 and
 * northern speech), a leader's 「催一下没报的」「没报的都给提个醒儿」. A ping sent in the chat counts too: 戳 (poke them, 挨个戳一下),
 * a word or a message sent or carried (发个信儿、发个消息、捎个话、带个话、递个话). Only beside those who have not reported or
 * 他们/大家 (leader-request.ts NUDGE) is it a chase.
 */
export const NUDGE_VERB =
  "(?:催|督促|提醒|通知|喊|提个醒儿?|(?:吱|言语|知会|招呼|吆喝)(?:一|个)声儿?|(?<![别不甭莫用])(?:戳|捅)(?!娄子|马蜂窝|破)|(?:发|捎|带|递)(?:一|个)?(?:信儿?|口信|话|消息))";

/**
 * A reminder for the leader (提醒我、给我提个醒、跟我吱一声、给我发个信儿、戳我一下), chasing refused (不用催), or the leader
 * chasing in person (「这周还有谁没交的 我好催一下」 asks who: 进度).
 */
export const NOT_NUDGE =
  /(?:提醒|通知|喊|戳|捅)我|(?:给|跟)我(?:提个醒|(?:吱|言语|知会)(?:一|个)声|(?:发|捎|带|递)(?:一|个)?(?:信儿?|口信|话|消息))|(?:别|不用|不要|甭|莫)(?:再)?(?:催|提醒|戳|捅)|(?<![帮给替])我(?:好|来|去|再|自己|亲自)*(?:催|提醒|通知|督促|戳)/;

/**
 * 「没报的那几个再催一遍」「还是提醒一下吧」: a word of again (nudge-records.ts, one list) shortly before the chase.
 * Not where it qualifies the asking (「又要麻烦你催一下」「又得辛苦你提醒下」: sorry to trouble you again — a courtesy
 * word follows it before the chase): that is a first chase, and the three-hour check stands (asked, not sent twice).
 */
export const NUDGE_AGAIN = new RegExp(
  `(?:${AGAIN_WORDS})(?![^，,。；;！!？?\\s]{0,3}?(?:麻烦|劳驾|辛苦|拜托|请|烦请|烦劳))[^，,。；;！!？?\\s]{0,5}?${NUDGE_VERB}`,
);
