/**
 * 江淮官话 (苏北盐城、扬州、泰州, 皖中合肥、六安) words typed in Mandarin chat, folded before the other dialect folds
 * (dialect-words.ts spreads these first): each is a word with no Mandarin reading where it stands. Round thirty-seven
 * (blind80, i37a). Used for understanding only; what is stored is the message as written.
 *
 * - 不消 (不用: 不消记、不消催我报) — 吃不消、受不消 (cannot bear), 不消毒、不消费、不消化 stay;
 * - a wait said the 江淮 way: 慢点存、慢些确认、先不忙记 (先别存…), 慢点子 alone, 等一刻、等刻儿、等一歇、等会子 (等一下) —
 *   一刻钟 and 慢点 inside a clause (进度慢点) stay;
 * - 可 asking (可要来局里、元旦可要上班 要不要…: 是不是; 可交齐了、可都报了: 交齐了没) at a clause's end, not only the
 *   message's — 可以、可能、可是 and 可 as «very» (可好、可冷) stay;
 * - 港 as 说 after whom it is said by or to (领导港、跟大伙港一声) — 香港、张家港、港口、港区 stay;
 * - 什么两样、啥两样 (什么不同: 第一稿跟第二稿有啥两样) — 有两样东西 (two things) stays;
 * - 一家伙 (一下子) and 一把 (一起) before keeping, confirming or deleting (一家伙全确认、两条一把都存).
 */
const KEEP_VERB = "(?:存|记|保存|确认|确定|提交|报|交|定|撤|删)";
const CLAUSE_END = "(?=[\\s，,。！!？?～~]|$)";
const CLAUSE_START = "(?<=^|[\\s，,。！!？?])";

export const JIANGHUAI_FOLDS: Array<[RegExp, string]> = [
  [/(?<![吃受撑扛顶经])不消(?![毒费化息防失灭除退耗肿炎])/g, "不用"],
  [
    new RegExp(
      `${CLAUSE_START}(?:先)?(?:慢(?:点|些|一点|一些)(?:子|儿)?|不忙(?:着)?)(?:再)?(?=${KEEP_VERB})`,
      "g",
    ),
    "先别",
  ],
  [
    new RegExp(
      `${CLAUSE_START}(?:先)?(?:慢(?:点|些|一点|一些)(?:子|儿)?|不忙)(?:哦|啊|哈|嘛|唦|撒)*${CLAUSE_END}`,
      "g",
    ),
    "等一下",
  ],
  [/等一?刻(?:儿|子)?(?!钟)|等一?会子|等一?歇(?:儿|子)?(?=[\s，,。！!]|$)/g, "等一下"],
  [
    /(?<=^|[\s，,。！!？?我你他她们这那报料稿表天日号家条些事])[可阿]((?:都|还)?(?:报|交|填|弄|搞|做|整|写|改|发|传)[\u4e00-\u9fff]{0,2}了)(?=[啊呀吧哦]*(?:[\s，,。！!？?～~]|$))/g,
    "$1没",
  ],
  [
    /(?<=^|[\s，,。！!？?我你他她们这那天日号家旦节一二三四五六七个]|局里|单位)[可阿](?=(?:都|还)?(?:要|得)?(?:(?:来|到|去|回)(?:局里|单位|所里|办公室|科里)|上班|放假|补班|调休|值班|加班|来人)[^，,。！!？?\s]{0,4}(?:[\s，,。！!？?～~]|$))/g,
    "是不是",
  ],
  [
    /(?<!张家|太仓|洋山)(?<=[我你他她俺们伙家长任导头面]|专家|老师|同志)港(?![口澳区资务股币台城湾商货])/g,
    "说",
  ],
  [/(?<=什么|啥|么事|么子|么)两样/g, "不同"],
  // 可曾 asking (可曾要值班: 是不是要…) before a modal or a word of the working day — 可曾记得 (do you remember) stays.
  [/可曾(?=(?:要|得|去|来|到|回)|上班|放假|补班|调休|值班|加班)/g, "是不是"],
  // Round forty-four (blind94): 一家伙 (一下子: 一家伙全确认) and 一把 (一起: 两条一把都存) before what is done to drafts
  // or cards — 来了一家伙人、一把抓了三十斤、一把手 stay.
  [new RegExp(`一家伙(?=(?:全|都|就|给我|帮我)*(?:全部)?${KEEP_VERB})`, "g"), "一下子"],
  [new RegExp(`一把(?=(?:全|都)*(?:全部)?${KEEP_VERB})`, "g"), "一起"],
];
