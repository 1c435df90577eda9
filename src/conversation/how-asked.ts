/** Questions of how or what to do about a command, before any command is read (everyday-command.ts). */

/**
 * 报错了想删一条咋整、我想改下科室 咋整、多报了一条 要删的话怎么办: what to do, asked with what one wants
 * done (想/要 + a command's verb) or the slip made, and no update named. Checked before any command
 * is read from the words (「改下科室」 would be 修改): it is 帮助, answered about the feature (how-to.ts).
 */
export const ASKS_WHAT_TO_DO =
  /^(?!.*(?:\d|第[一二两三四五六七八九十]|[一二两三四五六七八九十]号))(?=.*(?:(?:想|要|得|该)(?:把[^，,]{0,8})?(?:撤|删|改(?![造革厕建制善进])|恢复|找回|换|看看|查)|(?:报|填|写|发)(?:错|重|漏|多)|(?:多|漏|重)(?:报|填|发))).*(?:怎么办|咋办|咋整|怎么整|怎么弄|咋弄|怎么搞|咋搞|怎么处理|咋处理)(?:[了吧啊呀哈嘛哦呢啦嘞]|[^\u4e00-\u9fff\d])*$/;

/**
 * 咋个删嘛、这个啷个改哦、我该怎么撤回: a message opened by how (or 这个 + how) and a command's
 * verb, with no update named — asking how, answered about the feature (how-to.ts), before the verb is
 * read as the request itself. 「怎么删除第2条」「刚才那条怎么改」 name one and stay requests; 「怎么把那条
 * 删了」 (了 at the end) asks why; 「这个咋改的」 (的, 过 after the verb) asks what was done to it, not how. 「怎么看我报过的」 stays 我的填报 (what one asks to see is shown).
 */
export const HOW_LEAD =
  /^(?!.*(?:\d|第[一二两三四五六七八九十]|[一二两三四五六七八九十]号|[那这]条|刚才|刚刚|上一条|了[吗么呢啊呀?？]*$))(?:请问|问一下|问下)?(?:这个|那个|我)?(?:该|要|得|应该)?(?:怎么|咋|如何|怎样|啷个)(?:个|样)?(?:才能|才可以|可以|能)?(?:撤回|撤销|撤|删除|删|作废|恢复|找回|修改|改(?![造革进善建制])|更正)(?![的过])/;

/** What is withdrawn, said in general (删了的、撤掉的东西), and whether it can come back, asked (moved from classify-intent.ts). */
const RESTORE_ASKED =
  /^(?:那些|之前|以前)?(?:删|撤|作废)(?:了|掉|回)?(?:了)?的(?:东西|内容|填报|记录|那些)?(?:还|也)?(?:能|可以|能不能)?(?:恢复|还原|找回来?|找得回来|弄回来|弄得回来)(?:吗|不|么|嘛|没|不能)?[?？。]*$/;
export const restoreAsked = (norm: string): boolean => RESTORE_ASKED.test(norm);

/** Where or how, asked (在哪、怎么、咋、如何) — not how something stands (怎么样、咋还没) nor a look (怎么看). */
// 「咋改的」「怎么弄的」「跟上一版比改了哪儿」 ask what was done (the history, a comparison), not how to do it.
export const HOW_ASKED =
  /在哪|(?<![改动变弄写整搞删](?:了|过|咧|哒)?些?)(?:哪里|哪儿)|(?:怎么|咋|如何)(?!样|还|回事|看|查|瞅|写的|写得|[改弄写整搞删](?:的|过(?![来去])))/;
