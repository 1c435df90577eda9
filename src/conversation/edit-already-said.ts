import { findFigures } from "../domain/figure-scan.js";
import { toSimplified } from "../domain/normalize.js";
import type { Update } from "../domain/update.js";
import { cancelEdit } from "./edit-cancel.js";
import { editBase } from "./edit-update.js";
import { getState } from "./state.js";
import type { CommandContext, Reply } from "./types.js";

/**
 * 「修改 2 宣传册1500份」 when #2 already says 宣传册1500份: the words typed, with a figure, are in the update as
 * they stand (spaces and punctuation aside) — nothing to change, and never added a second time at the end.
 * Returns the words as typed when so. Pure.
 */
export function alreadySaid(base: string, typed: string): string | undefined {
  const loose = (t: string) => toSimplified(t).replace(/[\s，,。.、；;：:！!？?～~「」“”"']/gu, "");
  const said = typed.trim();
  if (findFigures(said).every((f) => f.figure.unit === "")) return undefined;
  const words = loose(said);
  return words.length >= 3 && loose(base).includes(words) ? said : undefined;
}

/**
 * 修改 with words the update already says: answered, nothing changed. While a preview changed those
 * words, said back as saved, the edit is undone (as 「还是1500份」 undoes it). Undefined: not so.
 */
export async function answerAlreadySaid(
  ctx: CommandContext,
  update: Update,
  inline: string,
): Promise<Reply | undefined> {
  const same = alreadySaid(editBase(update), inline);
  if (!same) return undefined;
  const state = await getState(ctx.services.store, ctx.person.id);
  const waiting = state.mode === "confirm-edit" && state.updateId === update.id;
  if (waiting && !alreadySaid(state.text, inline)) {
    const dropped = await cancelEdit(ctx, update);
    return { text: `改回「${same}」就和原来一样了：${dropped.text}` };
  }
  return {
    text: `#${update.seq} 里已经写着「${same}」，没有改动。${waiting ? `#${update.seq} 的修改预览还在：回复「确认」保存预览里的修改，回复「放弃修改」保持原样。` : `要改别处，请发送「修改 ${update.seq} 新内容」。`}`,
  };
}
