/**
 * 「我这边」「算我们科的」「放我这儿吧」「不用挪 就我这边」 to the card asking whether a report goes to another section (section-elsewhere.ts):
 * the person's own section (a bare 不对 to a card is about what it says, so it is no answer here). `ownSection` is set
 * only while that card waits (intent-context.ts), so these words answer nothing else.
 */
const OWN_SIDE =
  /^(?:不用|不挪|不用挪)?(?:了|吧|啊)?[，,\s]*(?:就|还是|算|放|记|归|记在|放在|算在|归到|留在|留)?(?:我|俺|咱|我们|咱们|俺们|本)(?:自己)?(?:这边|这里|这儿|这块|这头|科室|科|那边)?(?:的)?(?:活|事|工作|吧|啊|哈|嘛|呗|就行|就好)*$/;

export function ownSideSaid(norm: string, ownSection: string | undefined): string | undefined {
  if (!ownSection) return undefined;
  const t = norm.replace(/[。！!？?～~]+$/u, "").trim();
  return OWN_SIDE.test(t) ? ownSection : undefined;
}
