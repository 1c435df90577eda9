/**
 * Lead55 / draft56: why the colleague of a 代报 is away (今天去市里开会了、这几天请假了、生病住院了、有事不在、下乡去了不在) is no
 * work of the section. The draft drops it after the 代报 preface (dialect-written-chaoshan.ts); the confirm card's items
 * and rows drop it too, so the card shows what the draft will say. The pronoun (她、他) opening a clause of a 代报 is who did
 * it — the card's header already names the colleague.
 */
export const BEHALF_AWAY =
  /^\s*(?:今天|昨天|今儿|今早|这几天|这两天|最近|明天)?(?:去|到|在)?[\u4e00-\u9fff]{0,4}?(?:开会|出差|休假|请假|住院|生病|看病|有事|不在)(?:去)?了?[，,。\s]+(?=[\u4e00-\u9fff])/u;

/** The clauses of a 代报 item without the colleague's pronoun, the week said, a bare 下乡了 and why they are away. */
export function behalfAwayDropped(text: string): string {
  return (
    text
      .replace(/(^|[，,。；;\s])(?:她|他|佢)(?!们|人)(?:负责(?:的|嘅))?/gu, "$1")
      .replace(/(^|[，,。；;\s])(?:这周|本周|上周|这两天)(?=[\u4e00-\u9fff])/gu, "$1")
      // 「她这周下乡了 在6个村开展…」: going is said again by where the work was done — the bare 下乡了 goes.
      .replace(/^\s*(?:下乡|下村|下基层|出差)(?:去)?了?(?:不在)?[，,。\s]+(?=[\u4e00-\u9fff])/u, "")
      // 「她今天去市里开会了 高企…」「他这几天请假了」: why the colleague is away is no work, when work follows.
      .replace(BEHALF_AWAY, "")
  );
}
