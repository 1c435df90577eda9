/**
 * 「你定吧 我也分不清」「随你 你看着弄」「照 你定吧」「都中 你定吧」「我也搞不清楚算哪个 你看看放哪」 to 「属于哪个科室？」: the choice handed to
 * the bot — read as the yes to the question, to which the bot names the section the content looks like and waits for
 * another 「是」 (section-offer.ts; README: a section not chosen is never confirmed on a guess). Every clause hands it
 * over, says one cannot tell, or is a yes word; at least one hands it over.
 */
const HANDED =
  /^(?:那|就|还是)?(?:你|您)(?:来|帮我|给我|替我)?(?:定|决定|选|挑|放|归|看(?:着|到)(?:办|弄|来|整|定|放|选|归|搞)?|看看放哪|说了算|话事|做主|拿主意)(?:个|一个)?(?:吧|呗|嘛|哈|啊|呀|啦|咯|噻|撒|喇|就行|就好|就是|了)*$|^随(?:便)?(?:你|您)?(?:吧|嘛|啦|哈|了|咯|噻|撒|喇)*$|^(?:放|归|算)?(?:哪个|哪块|哪边|哪儿|哪里|哪|咋|怎么|哪样)?(?:都)(?:行|可以|成|中|照|得|要得|得行)(?:吧|啊|嘛)*$/u;
/** Cannot tell which: 我也分不清、搞不清楚算哪个、不晓得放哪. */
const CANNOT_TELL =
  /^(?:我|俺|偶)?(?:也|真|实在)?(?:分不清|分唔清|搞不清|搞唔清|弄不清|拿不准|说不准|说不好|不知道|不晓得|唔知|不清楚|晓不得)(?:楚)?(?:算|放|归|是)?(?:哪个|哪块|哪边|哪头|哪里|哪)?(?:的)?(?:了|啊|吧|呀|哦)*$/u;

export function sectionHandedToBot(clauses: readonly string[], isYes: (c: string) => boolean): boolean {
  return (
    clauses.some((c) => HANDED.test(c)) &&
    clauses.every((c) => HANDED.test(c) || CANNOT_TELL.test(c) || isYes(c))
  );
}
