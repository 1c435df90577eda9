import { quotedQuestion } from "./quoted-question.js";
import type { Intent, IntentContext } from "./classify-intent.js";
import { everydayCommand } from "./everyday-command.js";
import { acknowledges, saysNothing } from "./guided-answers.js";
import { guidedPutOff } from "./guided-put-off.js";
import { asksHowTo } from "./how-to.js";
import { MARKED_NUM, SMALL_TALK, YES } from "./intent-lexicon.js";
import { leaderRequest } from "./leader-request.js";
import { saysNone } from "./says-none.js";
import { notOwnWork } from "./not-own-work.js";
import { exactSection } from "./section-answer.js";
import { FIGURE, QUESTION } from "./work-lexicon.js";
import { reportsWork } from "./message-clauses.js";
import { saidAsMood } from "./talk-aside.js";

/** 等下、稍等、等我一下 — with at most a few words of why (我去翻一下签到表、来电话了). */
const HOLD_ON =
  /^(?:你)?(?:等(?:一)?(?:下|哈)|等会儿?|等等|稍等(?:一下|下|哈)?|等我一下|别急)(?:哈|啊|喔|哦|噢|嘛|呀)*(?:[，,、\s]+[\u4e00-\u9fff]{1,12}(?:哈|啊|喔|哦|了)*)?$/;

/** 「嗯 改吧」「那你改呗」「好 帮我改」: go ahead, said with nothing to change to. */
const EDIT_ASSENT = /^(?:嗯|好|对|行|可以|那|就|你)*(?:帮我|给我)?改(?:吧|呗|嘛|了吧|一下吧)?$/;

/** What the guided questions add to the intent context. */
export interface GuidedContext {
  /** The last, optional question waits: a bare 好的 there says there is nothing more. */
  guidedLast?: boolean;
}

/** The answer to a question that takes any text (the guided questions, an edit's new text). */
/** The sender's own tiredness or aching body (累死咯、困死了、腰都直不起来、头都大了). */
const TIRED = /累|困|乏|腰|脖子|颈椎|眼睛?(?:都)?(?:花|酸|疼)|头(?:都)?(?:疼|痛|晕|大)|饿/;
/** What makes the work hard rather than the sender tired: weather, roads, others. */
const HARDSHIP = /冷|热|雪|雨|风|冻|路|农户|群众|企业|村民|老百姓|他们|大家/;

export function freeTextAnswer(
  t: { norm: string; core: string },
  core: string,
  ctx: IntentContext,
): Intent | undefined {
  // 「没问题」「还行」「再说吧」 to a guided question answer it (nothing there), though small talk elsewhere.
  if (ctx.awaiting === "guided" && (saysNone(core) || saysNothing(t.norm)))
    return { kind: "answer", answer: "text" };
  // 「哎呀 先不报了 等下开会」「我先去开个会 回来再填」: the questions given up or put off, never an answer (guided-put-off.ts).
  const putOff =
    ctx.awaiting === "guided" || ctx.awaiting === "guided-section" ? guidedPutOff(t.norm) : undefined;
  if (putOff) return putOff;
  // 「项目那块」 to a later question, from someone with several sections: the section said.
  const section =
    ctx.awaiting === "guided" && ctx.sections.length > 1 ? exactSection(core, ctx.sections) : undefined;
  if (section) return { kind: "answer", answer: "section", section };
  // 「好的」「OK」 to the last guided question: nothing more to add (guided.ts ends the questions).
  if (
    (ctx.awaiting === "guided" || ctx.awaiting === "guided-section") &&
    ctx.guidedLast &&
    acknowledges(t.norm)
  )
    return { kind: "answer", answer: "text" };
  // 「对了 我下周一请一天假」 mid-way: one's own leave asked for, not the answer (offered, then the
  // question again: respond-intent.ts).
  if ((ctx.awaiting === "guided" || ctx.awaiting === "guided-section") && asksLeave(t.norm)) return undefined;
  // 「是不是要写具体数字啊」「这个要填几个人吗」「困难一定要写吗」: a question back about how to answer, not
  // the answer — small talk, answered with what this question asks for (small-talk.ts, STEP_GUIDANCE).
  if (ctx.awaiting === "guided" && asksHowToAnswer(t.norm)) return { kind: "smalltalk", topic: "question" };
  // 「等下哈 来电话了」「等一下喔 我去翻一下签到表」: a hold-on, not the answer — said back, the
  // question (or the edit) still waits.
  if (HOLD_ON.test(t.norm) && !FIGURE.test(t.norm) && !reportsWork(t.norm))
    return { kind: "smalltalk", topic: "later" };
  // 「累死咯」「累成狗了 腰都直不起来」: the sender tired or aching, nothing else — talk, the question or the edit
  // still waits; never the update's new text nor a guided answer (talk-aside.ts). The weather and others' reluctance
  // (天儿冷 农户不爱出门、路不好走) answer a guided question about difficulties.
  if ([...t.core].length <= 30 && TIRED.test(t.norm) && !HARDSHIP.test(t.norm) && saidAsMood(t.norm))
    return { kind: "smalltalk", topic: "mood" };
  // 「对 就这样改」「嗯 改吧」 while an edit's new text is awaited: assent, not the text — the update is
  // not changed by it and the question is asked again.
  if (ctx.awaiting === "edit-text" && (YES.test(core) || EDIT_ASSENT.test(core)))
    return { kind: "smalltalk", topic: "ack" };
  // 「今天食堂有饺子吗」: a question about something else, with no work in it, is no answer either.
  // In guided filling 「有群众问明年还办不办」 tells what someone asked at the work: the answer (quoted-question.ts).
  const quoted = ctx.awaiting === "guided" && quotedQuestion(t.norm);
  if (
    QUESTION.test(t.norm) &&
    !FIGURE.test(t.norm) &&
    !reportsWork(t.norm) &&
    [...t.norm].length <= 20 &&
    !quoted
  )
    return { kind: "smalltalk", topic: "question" };
  // 「今年派了多少特派员下乡」「检查组明天几点到」 while an edit's new text is asked for: a question word inside the message
  // and no figure — something asked, never the update's new text (it was put into the edit preview).
  if (ctx.awaiting === "edit-text" && ASKED_INSIDE.test(t.norm) && !FIGURE.test(t.norm))
    return { kind: "smalltalk", topic: "question" };
  // Whatever is not a command, small talk or a how-to question answers the question.
  if (core === "" || SMALL_TALK.some(({ re }) => re.test(core)) || asksHowTo(t.norm)) return undefined;
  // 「改成走访企业10家」 while the bot waits for the new text is that text, not a new 修改.
  // 「3家改成5家」「1500改成1600」 (the form the edit prompt suggests) is that text too: its first
  // number is a figure, not an update — one is named only as 第3条、#3、3号 or by 「修改 3」 typed.
  const said = everydayCommand(t.norm, core, ctx);
  const namesUpdate =
    /^(?:修改|更正|改一下|改)\s*(?:#|第|编号)?\s*\d/.test(t.norm) ||
    [...t.norm.matchAll(MARKED_NUM)].length > 0;
  const newText =
    said?.kind === "command" && said.command === "修改" && (!/^修改 \d/.test(said.text) || !namesUpdate);
  if (said && !(ctx.awaiting === "edit-text" && newText)) return undefined;
  // A leader mid-report who asks for the draft (出个初稿看看) asks; staff text answers.
  if (ctx.leader && leaderRequest(t.norm, core, ctx)) return undefined;
  return { kind: "answer", answer: "text" };
}

/** A question word inside a message: 多少、几点、几号、什么时候、啥时候、哪天、哪儿、咋样. */
const ASKED_INSIDE = /多少|几点|几号|什么时候|啥时候|哪天|哪儿|哪里|咋样|怎么样/;

/**
 * 「是不是要写具体数字啊」「人数也要填吗」「没数字可以不写不」: asked back about the answer itself —
 * a question (QUESTION) with a modal of having to (要、得、用、必须、可以) and a verb of writing it down,
 * or what to write asked (写哪些、填啥子), and no figure of its own (「是不是来了五十多人啊」 with one still answers).
 */
export function asksHowToAnswer(norm: string): boolean {
  if (FIGURE.test(norm) || [...norm].length > 20) return false;
  // 「数据这个要写哪些哦」「这一栏填啥子嘛」: what to write, asked with a question word.
  if (WHAT_TO_WRITE.test(norm)) return true;
  // 「这个可以不填不」: the question said by a 不 at the end (A-not-A cut short).
  const asked = QUESTION.test(norm) || /(?:写|填|报|行|得|可以|成)(?:不|没)$/.test(norm);
  if (asked && /(?:要|得|用|需要|必须|一定|可以|能)(?:不)?(?:写|填|报|说|列|给)/.test(norm)) return true;
  // 「这个要不要写具体几户啊」「户数用不用填哦」: the question said by 要不要、用不用 in the middle (s32-d11).
  if (/(?:要不要|用不用|需不需要|需要不需要|得不得|可不可以|能不能)(?:再)?(?:写|填|报|列)/.test(norm))
    return true;
  // 「这块可以不写吧」「不填也行吧」「这个能不报吧」: leaving it out, asked with a tag 吧 (so it is, right?).
  return (
    /(?:可以|能|也行|也可以|也没事|没关系|应该可以|应该行)不?(?:写|填|报)?(?:的)?吧$/.test(norm) &&
    /不(?:写|填|报)/.test(norm)
  );
}

/**
 * What to write, asked: 要写哪些、填啥、该报什么、写多少 — or how much of it (要写多细、写多长合适、填到什么程度、
 * 写几条) and how (咋写、怎么填), s11-d25, i19c, i21c.
 */
const WHAT_TO_WRITE =
  /(?:写|填|报|列)(?:上|进|些|点|个)?(?:啥|什么|哪些|哪个|哪样|多少|啥子|么子|乜嘢|什么样)|(?:写|填|报|列)(?:得|到)?(?:多细|多长|多详细|多具体|多少字|几条|几句|几点|什么程度|啥程度|哪一步)|(?:咋|怎么|怎样|如何|咋个)(?:个)?(?:写|填)/;

/** 请假、请一天假、休年假、调休 said of one's own days away (not-own-work.ts reads them as away). */
function asksLeave(norm: string): boolean {
  return /请.{0,3}假|休.{0,3}假|调休/.test(norm) && notOwnWork(norm)?.kind === "away";
}
