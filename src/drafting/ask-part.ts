import type { PendingNote } from "../conversation/pending-notes.js";
import { getState, setState } from "../conversation/state.js";
import type { CommandContext, Reply } from "../conversation/types.js";
import { type Draft, type DraftPart, latestVersion } from "./draft-model.js";
import { partLabel, partName } from "./resolve-part.js";
import { withSubject } from "./review-view.js";

/**
 * One line asking which part was meant (「第三部分」 may be 三、工作计划 or （三）…), with a button
 * per candidate that sends the same command with the part named unambiguously.
 */
export async function askWhichPart(
  ctx: CommandContext,
  verb: string,
  d: Draft,
  candidates: DraftPart[],
  rest: string,
  /** 「第一部分」: 一、 as a whole is offered first (its own button says what it holds). */
  wholeFirst?: string,
): Promise<Reply> {
  const v = latestVersion(d);
  const options = [
    ...(wholeFirst ? [{ label: "一、", name: wholeFirst }] : []),
    ...candidates.map((p) => ({ label: partLabel(v, p), name: partName(v, p) })),
  ];
  // Numbered as the buttons are, and a reply of 「1」 means the first of these (not part （一）).
  await rememberPartQuestion(
    ctx,
    verb,
    rest,
    options.map((o) => o.label),
  );
  const names = options.map((o, i) => `${i + 1}.「${o.name}」`).join("还是");
  const tail = rest ? ` ${rest}` : "";
  const text = `您说的是${names}？请点选或回复序号，也可以发送如「${verb} ${options[wholeFirst ? 1 : 0]!.label}${tail}」。草稿没有改动。`;
  return {
    text,
    textIsCardCopy: true,
    card: {
      title: "请确认是哪一部分",
      template: "orange",
      blocks: [text],
      buttons: withSubject(
        d,
        options.map((o) => ({ label: o.name, command: `${verb} ${o.label}${tail}` })),
      ),
    },
  };
}

/**
 * A rewrite instruction with no part named (「写短一点」): one line asking which part, a button
 * per part that sends the rewrite with that part and the same instruction. Nothing is changed.
 */
export async function askForPart(ctx: CommandContext, verb: string, d: Draft, rest: string): Promise<Reply> {
  await rememberPartQuestion(ctx, verb, rest);
  const v = latestVersion(d);
  const tail = rest ? ` ${rest}` : "";
  const said = rest ? `「${rest}」` : "";
  const text = `要${verb}哪一部分${said}？请点选，或发送如「${verb} （二）${tail}」「${verb} 问题${tail}」。草稿没有改动。`;
  return {
    text,
    textIsCardCopy: true,
    card: {
      title: "请选择要修改的部分",
      template: "orange",
      blocks: [text],
      buttons: withSubject(
        d,
        v.parts.map((p) => ({ label: partName(v, p), command: `${verb} ${partLabel(v, p)}${tail}` })),
      ),
    },
  };
}

/**
 * The question stays open in the leader's dialogue state, so a part typed next (「问题」「（二）」)
 * — or, when `about` is "draft", a draft's number or period (「1」「上半年的」) — answers it (leader-request.ts partAnswer). Only idle or an earlier review question is replaced —
 * never a staff question still open. No message id: a redelivered command simply asks again.
 */
export async function rememberPartQuestion(
  ctx: CommandContext,
  command: string,
  rest: string,
  options?: string[],
  about?: "draft",
): Promise<void> {
  const { store, clock } = ctx.services;
  const now = await getState(store, ctx.person.id);
  if (now.mode !== "idle" && now.mode !== "approval-check" && now.mode !== "choose-part") return;
  await setState(
    store,
    ctx.person.id,
    { mode: "choose-part", command, rest, ...(options ? { options } : {}), ...(about ? { about } : {}) },
    { at: clock.now().toISOString() },
  );
}

/** A part command that names its part settles an open which-part question. */
export async function settlePartQuestion(ctx: CommandContext): Promise<void> {
  const { store, clock } = ctx.services;
  if ((await getState(store, ctx.person.id)).mode !== "choose-part") return;
  await setState(store, ctx.person.id, { mode: "idle" }, { at: clock.now().toISOString() });
}

/** 「好的」 while the which-part question is open: nothing was changed, and how to answer. */
export const partQuestionNote: PendingNote = async (_services, _person, state) => {
  if (state.mode !== "choose-part") return undefined;
  if (state.about === "draft")
    return {
      text: `还没有选择要${state.command.split(" ")[0]}哪一份草稿，没有做任何改动：请点上面卡片的按钮，或回复序号；不用了请回复「取消」。`,
    };
  const what = state.rest ? `「${state.rest}」` : "";
  return {
    text: `还没有选择要${state.command.split(" ")[0]}${what}的部分，草稿没有改动：请点上面卡片的按钮，或回复部分名（如「问题」「开头」「（二）」）；不改了请回复「取消」。`,
  };
};
