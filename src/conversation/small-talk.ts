import { CALL_WORDS, DISTURB_WORDS } from "../domain/calling.js";
import { thanksOpener } from "./thanks-reply.js";
import { foldWidth, toSimplified } from "../domain/normalize.js";
import type { Person } from "../domain/org.js";
import { asksHowToAnswer } from "./free-text-answer.js";
import { guidedQuestion } from "./guided.js";
import { STEP_GUIDANCE, STEPS } from "./guided-steps.js";
import { intentText } from "./intent-lexicon.js";
import type { SmallTalkTopic } from "./intent-lexicon.js";
import { afterLead, pendingNoteFor } from "./pending-notes.js";
import { LEADER_CAN, leaderIdle } from "./leader-idle.js";
import { cardReply, updateSubject } from "./render-update.js";
import { type DialogueState, setState } from "./state.js";
import type { Reply, Services } from "./types.js";

/** A word of care when the message speaks of illness or loss (孩子发烧了、住院了), also before a 请假 offer. */
export function careFor(text: string): string | undefined {
  return /病|发烧|发高烧|住院|手术|不舒服|感冒|咳嗽|摔|去世|走了/.test(toSimplified(text))
    ? "注意身体，家里的事要紧。"
    : undefined;
}

/**
 * Family news answered as a colleague would: 恭喜 for a birth, a wedding or an exam passed,
 * a word of care for illness, and no cheer where neither is clear.
 */
function newsOpener(text: string): string {
  const t = toSimplified(text);
  const care = careFor(t);
  if (care) return care;
  if (/生了|添了|喜得|出生|结婚|领证|考上|考过|过了|录取|上岸|中了|满月|升学|乔迁|获奖/.test(t))
    return "恭喜恭喜！🎉";
  return "好的。";
}

/** 「在吗？有个事问下」「打扰一下 想请教个问题」: an opening before a question, with nothing asked yet. */
const ABOUT_TO_ASK = new RegExp(
  String.raw`^(?:(?:${CALL_WORDS}|您好|你好|老师|${DISTURB_WORDS}|不好意思)[，,。？?！!～~\s]*)*(?:我)?(?:有个?(?:小)?事(?:情)?(?:想)?(?:问(?:一?下|问)?|请教|咨询)?|有个?(?:小)?问题(?:想)?(?:问(?:一?下)?|请教(?:一?下)?)?|(?:想|要)?(?:问(?:一?下|个事|个问题)|请教(?:一?下|个问题)?|咨询(?:一?下|个事)?))(?:您|你)?(?:[啊呀哈吧哦呢]|[，,。？?！!～~\s])*$`,
);

/** 「在吗？有个事问下」「打扰一下 想请教个问题」: an opening before a question, nothing asked yet. */
export function aboutToAsk(text: string): boolean {
  return ABOUT_TO_ASK.test(
    toSimplified(foldWidth(text))
      .replace(/\p{Extended_Pictographic}/gu, "")
      .trim(),
  );
}

/**
 * Small talk is answered in a line and never stored. When something waits for the person (a
 * draft to confirm, a section to choose), the answer says so — with buttons when a bare 好的
 * could have meant 确认 but was not taken as one (several drafts, or the question is old).
 */
export async function smallTalkReply(
  services: Services,
  person: Person,
  state: DialogueState,
  topic: SmallTalkTopic,
  text?: string,
): Promise<Reply> {
  const { org, store } = services;
  const opener = {
    // 「今天就这些，辛苦啦👍」: a sign-off with thanks is closed as a colleague would (thanks-reply.ts).
    thanks: thanksOpener(text),
    // A leader's 「好」 with nothing waiting: what they can do (leader-idle.ts).
    ack: leaderIdle(person, state) ? `好的。${LEADER_CAN}` : "好的。",
    greeting: `${person.name}您好！`,
    bye: "好的，再见！",
    laugh: "😊",
    sorry: "没关系。",
    about: `我是${org.unit}的总结助手：大家把平时的工作情况发给我，我整理成年度工作总结的材料。`,
    // 「今年派了多少特派员下乡」「检查组明天几点到」: a real question the bot cannot answer is said to be one; a bare 「？」
    // is an invitation to ask.
    question:
      [...(text ?? "").matchAll(/[\u4e00-\u9fff]/gu)].length >= 4
        ? "这个问题我答不了：我只负责收集工作填报、起草总结。"
        : "有什么需要帮忙的？",
    later: "好的，有空随时发给我。",
    emoji: "收到～ 如需填报，请用文字描述工作内容和数据。",
    other:
      person.role === "leader"
        ? `收到，这条我没有记为填报。${LEADER_CAN}`
        : "收到，这条我没有记为填报。工作情况请直接发给我（做了什么、关键数据）。",
    notice: "收到。转发的通知不记为填报；按通知做了哪些工作，做完后直接发给我即可。",
    news: `${newsOpener(text ?? "")}这条是私事，我没有记为填报。`,
    complaint: "抱歉，给您添麻烦了。哪里不好用，可以跟办公室说一声。",
    mood: "辛苦了，注意身体！这条我没有记为填报，有工作情况随时发给我。",
    others: "收到，这条说的是别人的事，我没有记为填报。您自己做的工作请直接发给我。",
    errand: "收到，这条是您自己的私事，我没有记为填报。有工作情况随时发给我。",
  }[topic];
  // Mid-way through the guided questions: a short reply, then the question again.
  if (state.mode === "guided") {
    // 「困难一定要写吗」「问题这块写啥啊」: asked how to answer this question — what it asks for, and whether
    // it may be left out (guided-steps.ts), not 「有什么需要帮忙的？」.
    const step =
      !state.pick && text && topic === "question" && asksHowToAnswer(intentText(text).norm)
        ? STEPS[state.step]
        : undefined;
    const lead = step
      ? `${STEP_GUIDANCE[step.key]}\n`
      : topic === "other" || topic === "emoji" || topic === "notice"
        ? "收到。"
        : opener;
    return { text: `${lead}逐项填报还在进行（回复「取消」可退出），请接着回答：\n${guidedQuestion(state)}` };
  }
  // 「在吗？有个事问下」: someone about to ask is invited to, not told what was not stored.
  if (
    topic !== "thanks" &&
    topic !== "bye" &&
    ABOUT_TO_ASK.test(
      toSimplified(foldWidth(text ?? ""))
        .replace(/\p{Extended_Pictographic}/gu, "")
        .trim(),
    )
  )
    return { text: `在的，${person.name}您请说。填报、修改、查看的事都可以直接问我。` };
  const drafts = (await store.listUpdates({ author: person.id, status: "draft" })).sort(
    (a, b) => a.seq - b.seq,
  );
  const pendingId = state.mode === "confirm" || state.mode === "choose-section" ? state.updateId : undefined;
  const pending = pendingId ? await store.getUpdate(pendingId) : undefined;

  // 「对 记上吧」 here is no chat to turn away: the draft is kept, and only its section is missing.
  if (state.mode === "choose-section" && pending?.status === "draft")
    return {
      text: `${topic === "other" ? "" : opener}#${pending.seq} ${topic === "other" ? "已保留为草稿，" : ""}还在等您选择科室：回复序号或科室名称（或点上面卡片的按钮）。`,
    };
  if (state.mode === "confirm-edit") {
    const u = await store.getUpdate(state.updateId);
    return {
      text: `${opener}#${u?.seq ?? ""} 的修改还没有确认：回复「确认」保存修改，回复「放弃修改」保持原样。`,
    };
  }
  if (state.mode === "edit") return { text: `${opener}请发送修改内容，或回复「取消」放弃修改。` };
  // 「好」「中中」 under 「是下面哪一条？」: no choice made, so nothing was done — said so, and asked again.
  if (state.mode === "choose-update" && topic === "ack") {
    const seqs = state.options.map((o) => `#${o.seq}`).join("、");
    return {
      text: `还没有做任何改动。您说的是哪一条（${seqs}）？请点上面卡片的按钮，或回复编号，如「第${state.options[0]?.seq ?? 1}条」。`,
    };
  }
  // 「好的」 after a feature asked something (the pre-approval check): say what still waits.
  const note =
    topic === "greeting" || topic === "bye"
      ? undefined
      : await pendingNoteFor(services, person, state, topic, text);
  if (note) return afterLead(topic === "other" ? "收到。" : opener, note);
  if ((topic === "ack" || topic === "thanks") && drafts.length > 0) {
    // A 好的 that was not taken as 确认: say so, and offer the buttons. The bot has now asked, so
    // the answer that follows (「对」「1和2都对」「都确认」) answers this question.
    const shown = drafts.slice(0, 6);
    const at = services.clock.now().toISOString();
    await setState(
      store,
      person.id,
      drafts.length === 1
        ? { mode: "confirm", updateId: drafts[0]!.id }
        : { mode: "choose-draft", seqs: shown.map((u) => u.seq) },
      { at },
    );
    return cardReply({
      title: drafts.length === 1 ? `#${drafts[0]!.seq} 还没有确认` : `您有 ${drafts.length} 条填报还没有确认`,
      template: "orange",
      blocks: [
        `${opener}${drafts.length === 1 ? "要确认这条吗？" : "要确认哪一条？"}`,
        shown.map((u) => `#${u.seq} ${[...u.normalizedText].slice(0, 30).join("")}`).join("\n"),
      ],
      buttons: [
        ...shown.map((u) => ({
          label: `确认 #${u.seq}`,
          command: `确认 ${u.seq}`,
          subject: updateSubject(u),
        })),
        ...(drafts.length > 1 ? [{ label: "全部确认", command: "全部确认", style: "primary" as const }] : []),
      ],
      note: "不确认的草稿不会计入总结。",
    });
  }
  const asks = topic === "greeting" || topic === "question" || topic === "about";
  // A leader is told what leaders do here (进度、生成总结、查看草稿); a leader with sections may also report.
  const help = !asks
    ? ""
    : person.role === "leader"
      ? `查看各科室填报情况请发「进度」，起草请发「生成总结」，审阅请发「查看草稿」${person.sections.length > 0 ? "；自己科室的工作情况也可以直接发给我" : ""}；发送「帮助」查看全部用法。`
      : "直接发给我工作情况（做了什么、关键数据、问题、下一步）即可填报；发送「填报」按提问逐项填写，发送「帮助」查看全部用法。";
  const waiting = drafts.length > 0 ? `您还有 ${drafts.length} 条填报没有确认，发送「确认」查看。` : "";
  return { text: [opener, help, waiting].filter(Boolean).join("") };
}
