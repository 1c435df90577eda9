import { toSimplified } from "../domain/normalize.js";
import { CARD_BUTTONS } from "./card-button-number.js";
import { leaderBareNumber, leaderIdle } from "./leader-idle.js";
import { noSuchButton } from "./no-such-button.js";
import { filedForMeNumbered } from "./behalf-number.js";
import { numberOf } from "./intent-lexicon.js";
import { askQuestion } from "./pending-question.js";
import { cardReply, updateSubject } from "./render-update.js";
import type { DialogueState } from "./state.js";
import { stampOf } from "./state.js";
import type { Known } from "./intake.js";
import type { Reply, Services } from "./types.js";

/**
 * 「1」「#2」「第一条」 on its own while drafts wait and nothing asked for a number: the person most
 * likely means one of the drafts, but not what to do with it. Asked in one line — 「是要确认 #1 吗？」,
 * with its 修改 / 撤回 beside — never guessed into a confirmation, never called chat. Undefined when
 * the text is no bare number, or names no draft of theirs.
 */
export async function askBareNumber(
  services: Services,
  input: Known,
  text: string,
  state: DialogueState,
): Promise<Reply | undefined> {
  if (state.mode !== "idle" && state.mode !== "confirm") return undefined;
  const m =
    /^\s*(?:#|＃|第)?\s*([0-9０-９]{1,4}|[一二两三四五六七八九十]{1,3})\s*(?:条|号)?\s*[。.!！]?\s*$/.exec(
      toSimplified(text),
    );
  const n = numberOf(m?.[1]?.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
  if (n === undefined) return undefined;
  const u = await services.store.findBySeq(input.person.id, n);
  // A leader's 「1」 with nothing waiting: what they can do (leader-idle.ts), never 「要记为工作填报吗」.
  if (u?.status !== "draft" && leaderIdle(input.person, state)) return { text: leaderBareNumber(n) };
  // Lead53: staff too — a bare 「1」 with nothing waiting was asked 「要记为工作填报吗」, and the 「好」 after it stored 「1」.
  // Their confirmed (or withdrawn) #1 is asked about; a 代报 under the number is named; else what the number could mean.
  if (u?.status !== "draft" && state.mode === "idle")
    return u
      ? askAboutUpdate(services, input, n)
      : ((await filedForMeNumbered(services, input.person, n)) ?? { text: staffBareNumber(n) });
  if (u?.status !== "draft")
    return state.mode === "confirm" ? askCardButton(services, input, state, n) : undefined;
  return askAboutUpdate(services, input, n);
}

/**
 * 「1」「3」 to a draft's card, naming no draft of theirs: the card's n-th button ([1 确认] [2 修改] [3 撤回]) is asked
 * about in one line with that button (and the card's others) — never done unasked, never called chat.
 */
async function askCardButton(
  services: Services,
  input: Known,
  state: Extract<DialogueState, { mode: "confirm" }>,
  n: number,
): Promise<Reply | undefined> {
  const button = CARD_BUTTONS[n - 1];
  const u = await services.store.getUpdate(state.updateId);
  if (u?.status !== "draft") return undefined;
  // 「4」 past the card's buttons, naming no draft: nothing done, the card still the question (trial40, no-such-button.ts).
  if (!button) return noSuchButton(services, input, state, u, n);
  const question = `「${n}」是指卡片上的「${button}」吗？`;
  await askQuestion(
    services,
    input.person.id,
    { yes: `${button} ${u.seq}`, noText: `好的，#${u.seq} 仍是草稿，没有做任何改动。`, question },
    stampOf(services, input),
  );
  return cardReply({
    title: question,
    template: "orange",
    blocks: [
      `#${u.seq} ${[...u.normalizedText].slice(0, 30).join("")}`,
      `您没有第 ${n} 条草稿；还没有做任何操作。`,
    ],
    buttons: CARD_BUTTONS.map((b) => ({
      label: `${b} #${u.seq}`,
      command: `${b} ${u.seq}`,
      subject: updateSubject(u),
      ...(b === button ? { style: "primary" as const } : {}),
    })),
  });
}

/**
 * 「第2条给我弄一下」「3号那条」: an update named with no action the bot knows (verb-object.ts), asked
 * about in one line with buttons for what can be done with it — a draft as above (确认 first), a
 * confirmed one 查看 / 修改 / 撤回, a withdrawn one 恢复 / 查看. Nothing is done until a button.
 */
export async function askAboutUpdate(services: Services, input: Known, n: number): Promise<Reply> {
  const u = await services.store.findBySeq(input.person.id, n);
  if (!u) return { text: `没有找到您的第 ${n} 条填报，发送「我的填报」可以看到编号。` };
  const shown = [...u.normalizedText];
  const line = `#${n} ${shown.slice(0, 30).join("")}${shown.length > 30 ? "…" : ""}`;
  if (u.status !== "draft") {
    const withdrawn = u.status === "withdrawn";
    return cardReply({
      title: `#${n} 要怎么处理？`,
      template: "orange",
      blocks: [line, "还没有做任何操作。"],
      buttons: withdrawn
        ? [
            { label: "恢复", command: `恢复 ${n}`, subject: updateSubject(u), style: "primary" },
            { label: "查看", command: `查看 ${n}`, subject: updateSubject(u) },
          ]
        : [
            { label: "查看", command: `查看 ${n}`, subject: updateSubject(u), style: "primary" },
            { label: "修改", command: `修改 ${n}`, subject: updateSubject(u) },
            { label: "撤回", command: `撤回 ${n}`, subject: updateSubject(u), style: "danger" },
          ],
    });
  }
  const question = `是要确认 #${n} 吗？`;
  await askQuestion(
    services,
    input.person.id,
    { yes: `确认 ${n}`, noText: `好的，#${n} 仍是草稿，没有做任何改动。`, question },
    stampOf(services, input),
  );
  return cardReply({
    title: question,
    template: "orange",
    blocks: [line, "还没有做任何操作。"],
    buttons: [
      { label: `确认 #${n}`, command: `确认 ${n}`, subject: updateSubject(u), style: "primary" },
      { label: "修改", command: `修改 ${n}`, subject: updateSubject(u) },
      { label: "撤回", command: `撤回 ${n}`, subject: updateSubject(u), style: "danger" },
    ],
  });
}

/** A staff member's bare number with nothing waiting and no update of theirs under it. */
function staffBareNumber(n: number): string {
  return `「${n}」指的是什么？现在没有等您回复的问题，您也没有第 ${n} 条填报。直接把工作情况发给我就能填报，发「我的填报」可以看编号。`;
}
