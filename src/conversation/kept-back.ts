import type { Known } from "./intake.js";
import { cardReply, updateSubject } from "./render-update.js";
import type { Reply, Services } from "./types.js";

/**
 * 「确认哪一条？」 answered 「第二条不要了」「就1号吧 2号我还得改改」: the one chosen is confirmed, and the reply
 * also says what became of those kept back — still drafts, not counted, nothing withdrawn unasked — with
 * their buttons. Never a reply about #1 alone while the person may think #2 is gone.
 */
export async function sayKeptBack(
  services: Services,
  input: Known,
  replies: Reply[],
  left: readonly number[] | undefined,
): Promise<Reply[]> {
  const out = [...replies];
  for (const seq of left ?? []) {
    const u = await services.store.findBySeq(input.person.id, seq);
    if (!u || u.author !== input.person.id || u.status !== "draft") continue;
    out.push(
      cardReply({
        title: `#${seq} 没有确认，还是草稿`,
        template: "blue",
        blocks: [
          `#${seq} 没有确认，也没有删，仍留作草稿，不计入总结。不要了就点「撤回」，核对好了再「确认 ${seq}」。`,
        ],
        buttons: [
          { label: "撤回", command: `撤回 ${seq}`, subject: updateSubject(u), style: "danger" },
          { label: "确认", command: `确认 ${seq}`, subject: updateSubject(u) },
        ],
      }),
    );
  }
  return out;
}
