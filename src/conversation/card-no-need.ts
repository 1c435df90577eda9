import type { Update } from "../domain/update.js";
import { cardReply, updateSubject } from "./render-update.js";
import type { Reply } from "./types.js";

/**
 * A bare 「不用」「不用了」「不需要」 on a confirm card: no change needed (a yes) and no need to record it (a withdrawal)
 * read alike, so neither is done — one line asks which, with both buttons, the draft kept as it was (round thirty-five:
 * 「哪里不对？」 answered a 不对 nobody said). 「不对」「不行」 still ask what is wrong; 「不用记」 withdraws (respond-intent.ts).
 */
const NO_NEED =
  /^(?:那|哦|噢|嗯|啊)?(?:不用|不需要|不必|没必要|用不着|甭)(?:了|啦|吧|哈|啊|咯|嘞|哒)*(?:谢谢)?$/u;

export function noNeedSaid(text: string): boolean {
  return NO_NEED.test(text.replace(/[\s，,。.!！~～]+/gu, ""));
}

/** The one line asked for a bare 不用 on `u`'s card; states nothing but that #N is still a draft. */
export function askNoNeed(u: Update): Reply {
  return cardReply({
    title: `#${u.seq} 是确认还是撤回？`,
    template: "orange",
    blocks: [
      `「不用」是说内容不用改、直接确认，还是这条不用记、撤回？请点一下或回「确认」「撤回」。#${u.seq} 现在仍是草稿，未计入总结。`,
    ],
    buttons: [
      { label: "确认", command: `确认 ${u.seq}`, subject: updateSubject(u) },
      { label: "撤回", command: `撤回 ${u.seq}`, subject: updateSubject(u), style: "danger" },
    ],
  });
}
