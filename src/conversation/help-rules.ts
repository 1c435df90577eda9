import type { CommandRule } from "./command-rules.js";
import { END } from "./intent-lexicon.js";

/**
 * The everyday ways of asking for 帮助 (what the bot can do, how to use it, what to do about a mistake), split from
 * command-rules.ts, which spreads them in its place — after 「你一项一项问我」 (填报), which 不会写 would reach.
 */
export const HELP_RULES: CommandRule[] = [
  {
    command: "帮助",
    re: new RegExp(
      `^(?:帮助|help|菜单|说明|使用说明|用法|教程|指南|操作指南|功能)(?:发(?:给)?我|给我)?(?:看看|一下|下)?${END}`,
    ),
  },
  {
    command: "帮助",
    // 咋个删嘛、啷个撤回、怎么个删法: the dialects' how (咋个、啷个、怎么个) as well.
    // 「怎么弄错了 是150只」: a mistake exclaimed (V错了), no how asked; 「咋改的」「怎么删过」 ask what was done.
    // 「咋弄」「这个要怎么弄」 alone name nothing to be done (vague-message.ts asks what is meant); with the bot
    // or its tool named (这玩意儿咋弄、机器人怎么搞) they ask how to use it.
    re: /(?:怎么|咋|如何|怎样|怎么样|咋样|啷个)(?:样|个)?(?:才能)?(?:用|使用|报|填|填报|上报|汇报|操作|提交|发|撤回|撤销|删除|删|修改|改(?![造革进善建制])|确认|查看|查|恢复|找回)(?![错岔混丢漏反]|(?<=[改删撤复认])(?:的|过(?![来去])))|(?:玩意儿?|东西|机器人|助手|系统|软件|小程序|程序)[^，,。]{0,4}(?:怎么|咋|如何|怎样|啷个)(?:个|样)?(?:弄|搞|办|整)(?!的)/,
    maxCore: 20,
  },
  {
    // 你都能干点啥、小助手会做些什么、你能帮我干啥、有哪些功能: what the bot can do; 粤 识做啲乜、黔 会搞哪样、
    // 江淮 还可会做别的 (b62-013, cmd26's i26a); the bot named as a thing (这东西能闹甚、这个助手是搞么事的, 晋 闹 = 干);
    // 闽/台 阿你是有什么功能 (阿 opening, 是有 = 有), the bot named as a thing before it (这个机器人都有些啥子功能,
    // 这东西有哪些功能: b73-054; 这个机器人阿些功能都有: i34b); the bot named doing it, 是 left out (这个机器人做什么的, 桂柳
    // 做哪样的 read by question-words.ts).
    command: "帮助",
    re: /(?:你|你们|机器人|助手|这个|这)(?:东西|玩意儿?|机器人|助手|小程序|系统|软件)?(?:都|还|到底|究竟)?(?:可?(?:能|会|可以|识)(?:帮(?:我|我们)?)?(?:干|做|帮|弄|搞|闹)?(?:点|些)?(?:啥|什么|哪些|些什么|哪样|么事|么子|别的)|是?(?:干|做|搞|弄|闹)(?:啥|什么)(?:用)?的)|^(?:阿|啊)?(?:你们?)?(?:这个|这)?(?:东西|玩意儿?|机器人|助手|小程序|系统|软件)?(?:都|还|到底|究竟)?(?:是)?有(?:些|点)?(?:哪些|什么|啥子?|哪样|么子)(?:些)?(?:功能|用处|用法|本事|本领)|(?:^你们?|机器人|助手|小程序|系统|软件|玩意儿?)(?:都)?(?:哪些|什么|啥子?)(?:功能|用处|本事)(?:都)?有/,
    maxCore: 16,
  },
  {
    // 你除了记填报 还能干啥、除了收材料 你还会做些什么、粤 你除咗记嘢 仲识做啲乜: what ELSE the bot can do, asked with
    // what it does named first; the bot (你、机器人…) must be named before or after the 除了 clause (「除了项目申报
    // 我们还能做点企业走访」 is work), and a modal (能、会、可以、识) asks about ability, not what was done.
    command: "帮助",
    re: /^(?:(?:你们?|机器人|助手|小程序|系统)除(?:了|开|去|咗)?[^，,。！？?!\s]{1,8}[，,\s]*|除(?:了|开|去|咗)?[^，,。！？?!\s]{1,8}[，,\s]*你们?)(?:都|还|仲)(?:可以|可)?(?:能|会|可以|识)(?:帮(?:我|我们)?)?(?:干|做|帮|弄|搞|闹)?(?:点|些)?(?:啥|什么|哪些|些什么|哪样|么事|么子|别的)/,
    maxCore: 22,
  },
  // 不会用、这个咋弄 我不会报: not knowing how, said first or after a how (not 我这周不会报了: a plan).
  {
    command: "帮助",
    re: /(?:^|^[我俺额]|[，,\s][我俺额]?)不(?:会|知道怎么)(?:用|报|填|弄)(?![了过完])/,
    maxCore: 16,
  },
  {
    // 报错了咋办、填漏了怎么弄、发重了怎么改: asking what to do about a mistake.
    command: "帮助",
    re: /(?:报|填|写|发|弄|搞|点|交|提交)(?:错|重|漏|多)了?(?:怎么办|咋办|怎么弄|咋弄|怎么改|咋改|怎么处理|怎么撤)/,
    maxCore: 16,
  },
];
