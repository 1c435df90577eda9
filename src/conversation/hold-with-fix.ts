/**
 * Not yet storing, said in the same message as the fix (trial40): 「先别存 是44家」「先不存 通过的是16家 我再核一下」
 * 「慢点存 人数改成38人」 on a draft's card. dialog39 held a draft only when the wait came alone and the fix after it;
 * said together, the preview announced 「回复确认会保存修改并确认这条」 — the opposite of what the person had just said.
 * The same hold as card-hold.ts reads alone: the yes to the change puts it in, the draft stays a draft.
 * Only not-yet words that name storing or confirming: 「不对 是44家」「等一下 是44家」 say the draft is wrong or
 * pause, and keep 改完即确认 (a dispute is no hold, dialog39).
 */
const NOT_YET_STORED =
  /(?:先|暂时|暂且)(?:都)?(?:别|不要|不|甭|莫|覅)(?:急着|忙着)?(?:确认|确定|保存|存|记|提交)|慢(?:点|些|一点|一些)(?:再)?(?:保存|存|确认|记|提交)|(?:别|莫|甭|不要)(?:急|忙)(?:着|到|倒)?(?:确认|确定|保存|存|记|提交)/u;

/** The fixing message also says not to store yet. */
export function holdSaidWithFix(typed: string): boolean {
  return NOT_YET_STORED.test(typed.replace(/\s+/gu, ""));
}
