/**
 * 西南官话 (川西、成渝、黔北) words typed in Mandarin chat, folded after the other dialect folds (dialect-words.ts
 * spreads these last; 莫得/没得、啥子、咋个/啷个、巴适、摆龙门阵、晓得、一哈 are read there already). Each is a word with
 * no Mandarin reading where it stands. Round thirty-nine (blind84 灌溪县, i39a 遵义). Used for understanding only; what
 * is stored is the message as written.
 *
 * - 好多 asking how many (多少): before a measure word closing its clause, after 一共、总共、到底、有… in it (一共搞了好多亩、
 *   高企有好多家) — 来了好多人 (many, nothing asked before it) and 好多家企业 (a noun after) stay;
 * - 哪样 (黔: 什么) after a verb or 没得/有 (没得哪样进展、报了哪样、搞哪样) — 哪样 opening a question of which stays;
 * - 勒 (这) before a span (勒两天、勒几天、勒阵、勒段时间), as 勒个/勒礼拜 are read before;
 * - 好久 asking when (好久发、好久交、好久开会: 什么时候) before a verb of what is due (总结好久能出来) — 好久没报 (for long) stays;
 * - 板扎 (黔: 很好); 撇脱 (简单); 搞忘 (忘); 娃儿 (孩子); 屋头 (家里); 我各人 (我自己); 得不得行 (行不行);
 * - 摆哈龙门阵、摆了会儿龙门阵 (聊会天): the verb and its object split, as 摆龙门阵 is whole;
 * - 哈 after a verb of the bot's things (看哈、改哈、催哈: 一下), and 喃 closing a question (咋个搞喃: 呢);
 * - 湘 and 西南 跟我 before a verb of the bot's things (跟我催下、跟我调出来、跟我撤咯: 帮我) — 跟我说、跟我一起 stay;
 *   哒 (了) after a verb of going, looking or telling too (看哒、跑哒、讲哒、审哒), as after the bot's verbs before;
 * - 迈 closing a yes-no question (要补班迈、是迈: 吗) — 年迈、豪迈、老迈 stay; 醒豁 (清楚: 搞不醒豁).
 */
/** A measure word, or a count of visits (人次、户次、场次、批次). */
const MEASURE = "(?:[人户场批车]次|[个家件亩户人次场项份元块条本所座台名位头只吨斤株棵批期篇套张])";

export const CHUANXI_FOLDS: Array<[RegExp, string]> = [
  [
    new RegExp(
      `(?<=(?:一共|总共|合计|累计|总计|到底|究竟|有)[^，,。！!？?\\s]{0,8})好多(?=万?${MEASURE}?(?:了)?[啊哦嘛喃哈呢咯]*(?:[，,。！!？?\\s]|$))`,
      "g",
    ),
    "多少",
  ],
  [/(?<=[报搞做干整弄说讲写有是为填交没得])哪样/g, "什么"],
  [/(?<![勾弥拉马阿普希哈])勒(?=两天|几天|些天|阵|段时间|一向|哈)/g, "这"],
  [
    /好久(?=(?:才|能|会|要|可以|得)?(?:发|交|报|开会|开|截止|下来|到位|拨|批|放假|上班|结束|出结果|出来|弄好|写好|定稿))/g,
    "什么时候",
  ],
  [/板扎/g, "很好"],
  [/撇脱/g, "简单"],
  [/搞忘(?:记)?/g, "忘"],
  [/娃儿/g, "孩子"],
  [/屋头/g, "家里"],
  [/(?<=[我你他她])各人/g, "自己"],
  [/得不得行/g, "行不行"],
  [/摆(?:一?哈儿?)龙门阵/g, "聊一下天"],
  [/摆(一?会儿?|几句|了一?会儿?)龙门阵/g, "聊$1天"],
  [/(?<=[看查改催核问弄搞整撤删翻])哈(?![哈])(?=[\s，,。！!？?～~]|$|第|那|这|嘛|撒|噻)/g, "一下"],
  [/(?<!喃)喃(?![喃])(?=[？?。！!～~\s]|$)/g, "呢"],
  [/(?<=[\u4e00-\u9fff])(?<![年豪老高跨])迈(?=[？?。！!～~\s]|$)/g, "吗"],
  [/醒豁/g, "清楚"],
  [/跟我(?=催|查|撤|删|改|调|导|弄|搞|整|记|存|挪|换|看下|看一下|拉|出|翻)/g, "帮我"],
  [/(?<=[看跑讲说学走收审开来去到听问])哒/g, "了"],
];
