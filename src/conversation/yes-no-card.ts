import { askQuestion, type Question } from "./pending-question.js";
import { cardReply } from "./render-update.js";
import type { Stamp } from "./state.js";
import type { Reply, Services } from "./types.js";

/**
 * A yes/no question the bot asks with its card: the question waits (pending-question.ts) and the card carries 是, which
 * runs `q.yes` as typed, and 不是, which runs `noCommand` — one shape for the offers that ask before they act
 * (「您是想…吗？」, 「您是要删掉草稿…的第 2 条吗？」, 「要把…加为第 3 条吗？」).
 */
export async function askYesNo(
  services: Services,
  personId: string,
  q: Question & { question: string },
  stamp: Stamp,
  blocks: string[],
  noCommand: string,
): Promise<Reply> {
  await askQuestion(services, personId, q, stamp);
  return cardReply({
    title: q.question,
    template: "blue",
    blocks,
    buttons: [
      { label: "是", command: q.yes, style: "primary" },
      { label: "不是", command: noCommand },
    ],
  });
}
