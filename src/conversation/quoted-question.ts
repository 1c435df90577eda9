/**
 * 「局长问我们今年培训了几场」「有群众问明年还办不办」「好多伢问机器人是么样编程的」: a question someone else asked, told — what
 * happened at the work (who asked what), not a question to the bot. Someone named or counted (局长、村主任、有群众、好多伢、
 * 几个老板) asks (问、打听、追问), with no 你 after it: 「我问你个事」「你问问财务」 are asked of the bot or another.
 */
const ASKER = String.raw`(?:有(?:的|些|几个|个|人|位)?|好多|好些|不少|很多|几个|一些|两个|三个|个别)?[\p{Script=Han}]{1,6}?`;
const QUOTED = new RegExp(
  String.raw`^(?:还有|另外|就是|嗯|对了)?[，,\s]*(?!我|俺|咱|你|您)${ASKER}(?:都|也|还|就|又|一直|老是|总)?(?:问|打听|追问|问起)(?:了)?(?:过)?(?:我们|我|咱们|咱|俺们|俺|起|说|道)?[，,：:\s]*(?!你|您)\p{Script=Han}`,
  "u",
);

export function quotedQuestion(norm: string): boolean {
  return QUOTED.test(norm) && !/(?:问|打听)(?:问|一下|下)(?:你|您)?$/u.test(norm) && !/问你|问您/u.test(norm);
}
