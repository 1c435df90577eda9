/**
 * 「我这边」「算我们科的」「放我这儿吧」「不是 我自己的活」 to 「这条记到高企，还是记在您这边？」 (section-elsewhere.ts):
 * the person's own section. Also a bare no (不是、不用、不对) — the question was whether it goes elsewhere.
 * `ownSection` is set only while that question waits (intent-context.ts), so these words answer nothing else.
 */
const OWN_SIDE =
  /^(?:不是|不用|不对|不)?(?:的|吧|啊)?[，,\s]*(?:就|还是|算|放|记|归|记在|放在|算在|归到)?(?:我|俺|咱|我们|咱们|俺们|本)(?:自己)?(?:这边|这里|这儿|这块|这头|科室|科|那边)?(?:的)?(?:活|事|工作|吧|啊|哈|嘛|呗|就行|就好)*$/;
const BARE_NO = /^(?:不是|不用|不对|不|不是的|不用了|没有|不记那边|不用挪|不挪)(?:的|吧|啊|哈|呀)*$/;

export function ownSideSaid(norm: string, ownSection: string | undefined): string | undefined {
  if (!ownSection) return undefined;
  const t = norm.replace(/[。！!？?～~]+$/u, "").trim();
  return OWN_SIDE.test(t) || BARE_NO.test(t) ? ownSection : undefined;
}
