import { answerAlike } from "./behalf-duplicate.js";
import { isLeader } from "../domain/org.js";
import { errorMessage } from "../errors.js";
import { sayUnderstood } from "./ask-command.js";
import { checkSubject } from "./button-subject.js";
import { cleanInput, inputProblem, placeholderKind, problemReply } from "./guards.js";
import { classifyIntent, type Intent } from "./classify-intent.js";
import { notOfferedSection } from "./section-not-offered.js";
import { asideClosed } from "./aside-on-card.js";
import { intentContext } from "./intent-context.js";
import { emojiAnswer } from "./intent-lexicon.js";
import { buildTable, matchCommand } from "./match-command.js";
import { guidedQuestion } from "./guided.js";
import { asksWhoSees, howToReportToo, reminderFacts, rulesAnswer, selfAsMe } from "./staff-questions.js";
import { replayMessage } from "./replay.js";
import { summaryYear, toLocal } from "../domain/period.js";
import { howToReply } from "./how-to.js";
import { changeAskedOf } from "./when-correction.js";
import { asksPolitely } from "./leader-request.js";
import { type DialogueState, getState, setState, stampOf } from "./state.js";
import type { Command, Incoming, Reply, Services } from "./types.js";
import { noteUnknownSender } from "./unknown-senders.js";
import { markAside } from "./mark-aside.js";
import { noteEditSetAside } from "./edit-set-aside.js";
import { recallFigure } from "./figure-recalled.js";

/**
 * The one dispatcher every transport calls. Order of concerns:
 * identity → input guards → the clicked button's subject → intent (classify-intent.ts: a command
 * as typed or in everyday words, an answer to the pending question, small talk, a report, or
 * unclear) → a replayed message answered from what it already did (replay.ts) → the command,
 * or the intake for everything else. Nothing is extracted or stored before the intent is known.
 */
export interface Engine {
  handle(input: Incoming): Promise<Reply[]>;
  readonly commands: readonly Command[];
}

/** Everything that is not a command: set by the intake module. */
export type TextHandler = (
  services: Services,
  input: Incoming & { person: NonNullable<Incoming["person"]> },
  text: string,
  intent: Intent,
) => Promise<Reply[]>;

/** Remember an unknown sender for the admins; false (and a log line) when the store refused. */
async function rememberSender(services: Services, input: Incoming): Promise<boolean> {
  try {
    await noteUnknownSender(
      services.store,
      { id: input.senderId ?? "", name: input.senderLabel },
      services.clock.now(),
    );
    return true;
  } catch (e) {
    services.log.warn("could not remember an unknown sender", { error: errorMessage(e) });
    return false;
  }
}

export function createEngine(services: Services, commands: Command[], onText: TextHandler): Engine {
  const table = buildTable(commands);

  async function handle(input: Incoming): Promise<Reply[]> {
    const person = input.person;
    if (!person) {
      const who = input.senderLabel ? `（${input.senderLabel}）` : "";
      if (input.identityWaiting === "pending")
        return [
          {
            text: `您好${who}！您的飞书账号还没有和${services.org.unit}的填报名册对应上，已请管理员确认，确认后即可使用。${services.org.contact}。`,
          },
        ];
      if (input.identityWaiting === "refused")
        return [
          {
            text: `您好${who}！管理员没有确认您的飞书账号对应的名册身份，暂时不能使用总结助手。${services.org.contact}。`,
          },
        ];
      const noted = input.senderId ? await rememberSender(services, input) : false;
      return [
        {
          text: `您好${who}！您还不在${services.org.unit}的填报名册中，暂时不能使用总结助手。${services.org.contact}。${noted ? "已记下您的飞书账号，管理员会在每周汇总中看到，可直接把您加入名册。" : ""}`,
        },
      ];
    }
    const text = cleanInput(input.text ?? "");
    const problem = inputProblem(input, text);
    const known = { ...input, person };
    if (problem && problem !== "emoji-only")
      return [
        {
          text: problemReply(
            problem,
            input.kind === "text" ? (placeholderKind(text) ?? "other") : input.kind,
          ),
        },
      ];
    // One person's messages are handled one at a time, across every process sharing the store:
    // each reads their state and updates, decides, and writes back without interleaving.
    // 「👍」 alone may answer what the bot waits for (a card's yes): the classifier decides.
    return services.store.withLock(`person:${person.id}`, async () => {
      const before = await getState(services.store, person.id);
      const replies = await (problem === "emoji-only" && emojiAnswer(text) === undefined
        ? onText(services, known, text, { kind: "smalltalk", topic: "emoji" })
        : handleKnown(known, text));
      // An edit preview that something else took the place of: said, never lost silently.
      return noteEditSetAside(services, person.id, before, replies);
    });
  }

  /** A rostered person's message, inside their lock. */
  async function handleKnown(
    known: Incoming & { person: NonNullable<Incoming["person"]> },
    text: string,
  ): Promise<Reply[]> {
    const { person } = known;
    const input = known;
    try {
      // A clicked button acts only on a subject the clicker may touch, at the version they saw.
      const refusal = input.subject ? await checkSubject(services, person, input.subject) : undefined;
      if (refusal) {
        services.log.info("button click refused", { person: person.id, kind: input.subject?.kind });
        return [{ text: refusal }];
      }
      const state = await getState(services.store, person.id);
      // 「李明报了啥」 from 李明 is about himself.
      // 「不对 这个要放科普那边」 to the section question, 科普 not offered: that section said (section-not-offered.ts).
      const intent = asideClosed(
        notOfferedSection(
          classifyIntent(selfAsMe(text, person.name), await intentContext(services, person, state, table)),
          text,
          state,
          services.org,
          person,
        ),
        state,
        text,
      );
      // 全部确认 is idempotent by itself and finishes what a crash left undone; others replay.
      if (!(intent.kind === "command" && intent.command === "全部确认")) {
        const replayed = await replayMessage(services, known, state);
        if (replayed) return replayed;
      }
      // 「怎么导出」「咋删啊」: answered about that feature, whatever else the words could be.
      // A question with no number is no request to act (「能改成别的科室吗」; but 「怎么删除第2条」 is).
      const asksHow =
        (intent.kind === "smalltalk" && intent.topic === "question") ||
        (intent.kind === "command" && intent.command === "帮助" && intent.text.trim() === "帮助") ||
        (intent.kind === "command" &&
          matchCommand(table, text) === undefined &&
          // An update named in numerals or in words (第八条、三号) is a request on it, not a question how.
          !/[0-9０-９]|第[一二两三四五六七八九十]{1,3}[条号个]|[一二两三四五六七八九十]{1,3}号|帮我|给我|替我|麻烦/.test(
            text,
          ) &&
          // 「怎么看我这周报了啥」: how to look is answered by the look itself (我的填报).
          !/(?:怎么|咋|如何)(?:看|查|瞅)/.test(text) &&
          // 「那条专利的能不能改成上周五去的」: an update named and what it becomes — a request, not how-to.
          !changeAskedOf(intent.text) &&
          // A leader's 「能不能…对比一下」 on the review is a polite request, run as asked.
          !(isLeader(person) && matchCommand(table, intent.text)?.command.leadersOnly && asksPolitely(text)));
      // A command or small talk answered while a card waits leaves the card behind (an unclear
      // reply is answered with the card's question again: respond-intent.ts).
      const aside = async (replies: Reply[]) => {
        if (intent.kind === "command" || intent.kind === "smalltalk")
          await markAside(services, person.id, state);
        return replies;
      };
      // 「是不是每周都要报？」「这周没干啥也要报吗」: a question about the rules, answered, never acted on. Who sees a
      // report and what the bot sees come before the how-to lines, which 「领导能看到我报的吗」 also touches (我报的)
      // without answering it (lead, round forty-four); 「报错科室了能改不」 is the how-to of that feature.
      const today = toLocal(services.clock.now(), services.timezone);
      const rules = rulesAnswer(text, reminderFacts(services), state.mode === "guided", today);
      const rulesReply = () =>
        aside([{ text: `${howToReportToo(text) ?? ""}${rules}${STILL_WAITING[state.mode] ?? ""}` }]);
      if (rules && asksWhoSees(text)) return rulesReply();
      const year = summaryYear(services.clock.now(), services.timezone);
      const how = asksHow ? howToReply(text, person, commands, year) : undefined;
      if (how) return aside([{ text: `${how.text}${STILL_WAITING[state.mode] ?? ""}` }]);
      if (rules) return rulesReply();
      // 「我上次报的那个走访是几户来着」: where one of their updates clearly matches, pointed at (figure-recalled.ts).
      const recalled = await recallFigure(services, person, text, intent, state);
      if (recalled) return aside([recalled]);
      // To the card asking whether one's resend replaces a 代报: 替换 / 两条都留 however read (behalf-duplicate.ts).
      const alike = intent.kind === "command" ? await answerAlike(services, known, state, text) : undefined;
      if (alike) return alike;
      if (intent.kind === "command") {
        const match = matchCommand(table, intent.text);
        if (match) {
          if (match.command.leadersOnly && !isLeader(person)) {
            return [
              {
                text:
                  match.command.staffRefusal ??
                  `「${match.command.names[0]}」仅限局领导和办公室使用，这条消息没有记为填报。发送「帮助」查看您可以使用的功能。`,
              },
            ];
          }
          // A yes/no question (「要撤回 #3 吗？」) is closed by any command: its own yes, or another request.
          if (state.mode === "ask-command" || state.mode === "choose-update")
            await setState(
              services.store,
              person.id,
              { mode: "idle" },
              { at: services.clock.now().toISOString() },
            );
          const out = await match.command.run({ services, person, input, args: match.args, commands });
          const ran = Array.isArray(out) ? out : [out];
          // A read-only command the learned guess found (command-guess.ts) says it was a guess.
          const replies = intent.guessed ? sayUnderstood(match.command.names[0]!, ran) : ran;
          if (state.mode === "guided") return stillGuided(person.id, state, replies);
          return state.mode === "ask-report" ? closeAskReport(person.id, state, replies) : aside(replies);
        }
      }
      if (text.startsWith("/")) {
        return [{ text: `没有「${text.split(/\s/)[0]}」这个命令。发送「帮助」查看可用命令。` }];
      }
      return await aside(await onText(services, known, text, intent));
    } catch (e) {
      services.log.error("conversation handler failed", { person: person.id, error: errorMessage(e) });
      return [{ text: "抱歉，处理这条消息时出错了，您的已确认内容不受影响。请稍后再试，或联系办公室。" }];
    }
  }

  /** 「我的填报」「撤回 1」 mid-way through the guided questions: done, and the question asked again. */
  async function stillGuided(personId: string, asked: DialogueState, replies: Reply[]): Promise<Reply[]> {
    const now = await getState(services.store, personId);
    if (now.mode !== "guided" || JSON.stringify(now) !== JSON.stringify(asked)) return replies;
    return [
      ...replies,
      { text: `逐项填报还在进行（回复「取消」可退出），请接着回答：\n${guidedQuestion(now)}` },
    ];
  }

  /**
   * 「要记为工作填报吗？」 was pending and another command answered instead (「删掉第2条」): the
   * question is closed — nothing stored — so a later 「好的」 answers the command's reply, not it.
   */
  async function closeAskReport(
    personId: string,
    asked: Extract<DialogueState, { mode: "ask-report" }>,
    replies: Reply[],
  ): Promise<Reply[]> {
    const now = await getState(services.store, personId);
    if (now.mode !== "ask-report" || now.at !== asked.at) return replies;
    await setState(services.store, personId, { mode: "idle" }, stampOf(services, {}));
    // A vague message asked about (vague-reply.ts) offered nothing to record: nothing to say of it.
    if (asked.vague) return replies;
    const short = [...asked.text].length > 20 ? `${[...asked.text].slice(0, 20).join("")}…` : asked.text;
    return [...replies, { text: `刚才那条「${short}」没有保存；要记为填报请重新发送。` }];
  }

  return { handle, commands };
}

/** What a how-to answer adds while something waits for the person. */
const STILL_WAITING: Partial<Record<string, string>> = {
  edit: "\n（修改还在等您发送新内容；回复「取消」放弃修改。）",
  "confirm-edit": "\n（刚才的修改还没有确认：回复「确认」保存修改，回复「放弃修改」保持原样。）",
  guided: "\n（逐项填报还没有结束：请回答上面的问题，或回复「取消」退出。）",
  "choose-section": "\n（刚才那条还在等您选择科室。）",
};
