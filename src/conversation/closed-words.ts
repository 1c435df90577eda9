/**
 * The closed classes of words a short message may be made of without naming anything
 * (docs/understanding.md 第十四轮): pointers, things named only in general, verbs that stand for any
 * doing, the marks of a wish (按、照、跟…一样、交给、看着), of a state or a way asked (好没、咋样、怎么),
 * pronouns and particles. These classes are finite in every dialect the bot meets (after
 * dialect-words.ts folds them to Mandarin), unlike the things a message may name — so whether a
 * message names anything is read by taking them away and seeing what is left, not by listing
 * messages. Pure; on the core of a message (no punctuation, no emoji).
 */

/** Pointers: a demonstrative with its measure, a time back, someone's side or word, 照旧/老样子. */
const POINTER =
  /那啥|(?:那|这)(?:样子|样|么着|么|会儿|个|张|份|件|条|些|俩|两个|几个|几份|几张|几条|几家|几项|笔|单|块|边|头|桩|档|码|回|次|种|类|一个|一块|一下)?|上回|上次|上一次|上个?礼拜|上个?星期|上周|前两天|前几天|那天|刚才|刚刚|之前|以前|前面|前头|后边|后面|另外|另一个|照旧|老样子|原样|老规矩|老[\u4e00-\u9fff]那边的?|(?:领导|主任|科长|局长|书记|股长|老[\u4e00-\u9fff]|小[\u4e00-\u9fff])(?:问|说|讲|要|提|交代)的|有(?:个|件|桩|一个|一件)(?=事)/g;

/** A wish about how the bot should go about it: 按、照、跟…一样、还是、看着、随你、交给、替我、帮我. */
const WISH = /按照|按|照着?|依着?|一模一样|一样|还是|看着|随你|随便|交给|交代给|替我|帮我|给我|帮/g;

/**
 * A way or a state asked with an interrogative: the question needs a thing to be about (咋样、怎么、行不行); whom, closing
 * the message (这表交给谁、找谁), as 交给哪个 — 谁还没报 (who, opening a question of the matter) stays.
 */
const INTERROGATIVE =
  /怎么样|咋样|怎么办|咋办|怎么说|咋说|怎么回事|咋回事|怎么|咋|怎样|如何|哪能|啥情况|什么情况|行不行|对不对|可以不|成不成|好不好|什么|啥|哪个|哪些|(?:谁|哪位)(?=[啊呀呢嘛哈哦]*$)/g;
/** A yes-no question closing the message (弄了没、好了吗、你晓得不、弄好未) or 弄没弄 in its middle. */
const CLOSING_ASK =
  /(?:没有|没得|没|吗|么|未|不)(?=(?:啊|呀|呢|嘛|哈|哦|咯|嘞|啦)*$)|([\u4e00-\u9fff])[没不]\1/g;

/**
 * Things named only in general (事儿、东西、数、表、情况), and news of a thing (信儿、消息、动静、下文):
 * 「那个有信儿没」 asks how something stands without naming it.
 */
const GENERAL =
  /(?:事情|事体|事|东西|玩意|数字|数据|数|表格|表|材料|资料|任务|情况|工作|信|音信|消息|动静|回音|回信|下文|眉目|话|活|它|个|份|件)儿?/g;

/**
 * Verbs that stand for any doing, looking or deciding, and the state they reach (弄好、看完、定了); and
 * the urging a leader says of any matter (抓紧、上心、重视、跟进、盯紧): 「这个要抓紧」 names nothing.
 */
const ANY_DOING =
  /处理|安排|决定|记下|记着|记|闹|回复|答复|回话|回|抓紧|加紧|加快|上心|重视|注意|盯紧|盯着|跟进|跟上|落实|督促|把关|用心|抓|盯|紧|弄|搞|办|做|来|整|看|瞧|瞄|核|查|改|交|报|写|定|问|说|讲|想|知道|懂|好|完|妥|行|中|成|对|准确|准|靠谱|清楚|明白/g;

/** What may be said of a thing without naming it: not right, does not add up, a problem (不太对、对不上、有点问题). */
const FAULT_WORDS =
  "(?<![没冇无不])(?:哪里|哪儿|哪块|哪点|有点|有些|好像)?(?:不太对|不大对|不对劲|不对头|不对路|不靠谱|不对|对不上|有点问题|有问题|出了?问题|不太准|不准|不太行|(?<!不)错(?:了|咯|啦|喽)?|(?<![得行])不行(?!动)|不是(?:这|那)?(?:个|样|么)?意思|(?:说|讲|要|问|指)的?不是|有误|怪怪的?|奇怪|蹊跷|有出入|出入|偏差|差错|毛病)";
const FAULT = new RegExp(`${FAULT_WORDS}|问题`, "g");
/** The same, said of something (a problem named alone — 那个问题 — is a pointer, not a fault said). */
const FAULT_SAID = new RegExp(FAULT_WORDS);

/**
 * Pronouns, adverbs, auxiliaries and particles (not 能、会、可以: 「能改吗」 asks what the bot can do — only 能
 * before a state, 能行吗), and the times ahead a doing is put at (回头、晚点、等下、明天、得空).
 */
const GLUE =
  /回头|晚点儿?|晚些|等下|等一下|等会儿?|待会儿?|一会儿?|改天|明天|后天|以后|过两天|有空|得空|能(?=行|成|中|对)|就是说|就是|感觉|觉得|跟|和|同|我们|你们|咱们|一下|一眼|来着|好像|可能|应该|估计|我|你|您|咱|他|她|就|也|还|再|又|都|先|要|得|下|着|了|过|的|地|给|吧|呗|嘛|啊|呀|哈|嘞|咯|哦|喔|噻|撒|呢|哟|啦|捏|哩|咧|滴|一|是|有|点/g;

/**
 * A time back, a pointer only beside another pointer or a wish (跟昨天那样、照上个月的来、昨天那个):
 * 「昨天的报了吗」 asks of a day.
 */
const TIME_BACK = /昨天|前天|上个?月|去年|前阵子|上半年|上回|上次/g;

/** The times ahead (回头、明天): 回头 holds no 回 of doing. */
const GLUE_TIME = /回头|以后|明天|后天|改天|有空|得空/g;

/** No news yet, said before the news word (还没动静、没有消息、没得下文): the 没 belongs to the news asked after. */
const NO_NEWS = /没(?:有|得)?(?=(?:啥|什么)?(?:动静|信儿?|消息|音信|回音|回信|下文|眉目|进展))/g;

export interface ClosedReading {
  /** What is left once every closed-class word is taken away: what the message names. */
  named: string;
  pointer: boolean;
  wish: boolean;
  asked: boolean;
  /** Something said to be wrong (不对、对不上、有出入、搞错了). */
  fault: boolean;
  /** A verb of doing, looking or deciding (看、弄、核、处理、定) or an opinion (觉得), not only a state (好、完、行). */
  doing: boolean;
}

/** The verbs among ANY_DOING and the asking of an opinion: what someone would do, not a state reached. */
const DOING =
  /处理|安排|决定|抓|盯|跟进|落实|督促|把关|记|闹|回|弄|搞|办|做|来|整|看|瞧|瞄|核|查|改|交|报|写|定|问|说|讲|想|觉得|认为/;

/** The message read as closed-class words: what it names, and whether it points, wishes or asks. */
export function closedReading(said: string): ClosedReading {
  const afterPointer = said.replace(POINTER, "");
  const wished = afterPointer.replace(WISH, "");
  const afterWish = wished !== said ? wished.replace(TIME_BACK, "") : wished;
  const afterAsked = afterWish.replace(INTERROGATIVE, "").replace(CLOSING_ASK, "");
  const faultless = afterAsked.replace(FAULT, "").replace(NO_NEWS, "");
  const named = faultless.replace(GENERAL, "").replace(GLUE, "").replace(ANY_DOING, "");
  return {
    doing: DOING.test(faultless.replace(GLUE_TIME, "")),
    fault: FAULT_SAID.test(afterAsked),
    named,
    pointer: afterPointer !== said,
    wish: wished !== afterPointer,
    asked: afterAsked !== afterWish,
  };
}
