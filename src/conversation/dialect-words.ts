/**
 * Dialect function words folded to their Mandarin equivalents before any lexicon reads a message
 * (intent-lexicon.ts intentText, after Traditional → Simplified): staff type the way they talk —
 * Cantonese 冇问题 / 唔使 / 系啊 / 点样用, south-western 么得 / 莫得 / 啥子 / 咋个, Hunan 冒得,
 * northern 俺, Wu 迭能 / 阿拉 / 覅, online 木有 — and each lexicon then needs only the Mandarin words (没问题、不用、是啊、怎么用).
 *
 * Only words with no Mandarin reading are folded, or a character in a place where the Mandarin
 * reading cannot stand (系 alone before a particle, 点样 before a verb): 关系、联系、点样品、金额
 * are untouched. Used for understanding only; what is stored is always the message as written.
 */
const FOLDS: Array<[RegExp, string]> = [
  // Cantonese.
  [/冇(?:咩|乜嘢?)/g, "没什么"],
  [/冇/g, "没"],
  [/唔(?:使|洗|驶|駛|用)/g, "不用"],
  [/唔(?:系|係)/g, "不是"],
  [/唔(?:好|要)/g, "不要"],
  [/唔(?:啱|对)/g, "不对"],
  [/唔得/g, "不行"],
  [/唔记/g, "不记"],
  [/唔该(?:晒|哂)?/g, "谢谢"],
  [/多谢(?:晒|哂)/g, "多谢"],
  [/(^|[\s，,。！!？?、])(?:系|係)(?=[啊呀嘅喇啦咯噶囉]|$|[\s，,。！!])/g, "$1是"],
  [/(^|[\s，,。！!？?、])(?:点样|點樣|点么样)(?=[用报填搞弄整删改做办写查看呀啊㗎嘅啦]|$)/g, "$1怎么"],
  [/乜嘢/g, "什么"],
  [/嘅/g, "的"],
  [/咗/g, "了"],
  [/啲/g, "些"],
  [/睇/g, "看"],
  [/[㗎喎囉啩]/g, "啊"],
  // South-western and Hunan: 么得、莫得、冒得 (没得, 没有); 啥子、么子 (什么); 咋个、啷个 (怎么).
  [/(?<![什怎这那多要])么得/g, "没得"],
  [/莫得/g, "没得"],
  // 莫问题、莫事 (没问题、没事): 莫 before 问题/事/毛病 is 没, not 别.
  [/莫(?=问题|事|毛病|意见)/g, "没"],
  // 存起、记起 (存上、记上): the south-western 起 after a verb of keeping.
  [/(?<=[存记保])起(?=[吧嘛哈啊了]*$|[\s，,。！!])/g, "上"],
  [/(?<!感)冒得(?!到|很|厉害)/g, "没得"],
  [/啥子/g, "啥"],
  [/(?<![什怎这那多])么子/g, "什么"],
  [/咋个|啷个/g, "怎么"],
  // Online spelling: 木有 (没有).
  [/木有/g, "没有"],
  // Northern: 俺 (我), 俺们 (我们).
  [/俺/g, "我"],
  // Wu: 迭能、介能 (这样); 迭个、搿个 (这个); 阿拉 (我们); 侬 (你); 覅、勿要 (不要); 今朝 (今天).
  [/迭能|迭样|介能|葛能/g, "这样"],
  [/迭个|搿个/g, "这个"],
  [/阿拉(?!伯)/g, "我们"],
  [/侬/g, "你"],
  [/覅|勿要/g, "不要"],
  [/今朝/g, "今天"],
  // Wu 伐 closing a question (上班伐、看得到伐): 吗; never 采伐、砍伐、步伐.
  [/(?<![采砍征讨步杀挞盗滥间乱])伐(?=[？?。！!～~\s]*$)/g, "吗"],
  [/明朝(?![代末初])/g, "明天"],
  // North-eastern: 嘎哈、干哈 (干啥); 咋整 (怎么办), 咋整的 (怎么搞的); 整 as the verb of doing (整回来、
  // 没整出啥、给我整一版、整没整 → 弄), never in 整理、整改、调整、完整、整村推进; 贼 as «very» (贼多、贼冷),
  // never the thief (抓贼、防盗贼); 瞅 (看); 记岔了 (记错了); 啥前儿 (啥时候); 忒 (太); 唠嗑 (聊天);
  // 能看着不 (能看到不).
  [/嘎哈|干哈|嘎啥/g, "干啥"],
  [/咋整的/g, "怎么搞的"],
  [/咋整/g, "怎么办"],
  [
    /(?<![调完规平休统工修齐严])整(?=回|出|明白|懂|完|好|没|了|的|一[下版个份遍回]|上|下|成|错|岔|利索|呗|吧|啊|啥|$|[，,。！!？?\s])|(?<=[咋怎么给帮先再新赶快别没能会要得瞎乱我你他])整(?![理改治顿合体个套齐洁编数点年天月夜张条篇块容形风装备队肃固村乡县镇建区户栋片车机宗修饬整])/g,
    "弄",
  ],
  [/(?<![盗抓防窃毛小反国做当乌卖蟊])贼(?=[\u4e00-\u9fff])(?![船窝喊心眼头娃人子寇匪首兵赃])/g, "很"],
  [/瞅/g, "看"],
  [/(?<=[记写说弄搞听看算报填])岔(?=了|啦)/g, "错"],
  [/啥前儿?|多前儿/g, "啥时候"],
  [/忒(?=[\u4e00-\u9fff])/g, "太"],
  [/唠嗑/g, "聊天"],
  [/(?<=[看找听见查])着(?=不[？?。！!]?$|没[？?。！!]?$)/g, "到"],
  // Spoken northern: 俩 (两个: 这俩草稿), and 给 before the verb with nothing given (都给确认了 → 都确认了).
  [/(?<!伎)俩/g, "两个"],
  [/(?<=[都全]|全部)给(?=确认|删|撤|弄|恢复|改|提交|交|存|记|报)/g, ""],
];

/** `text` with the dialect words above in Mandarin (on Simplified, width-folded text). */
export function toMandarin(text: string): string {
  let out = text;
  for (const [re, to] of FOLDS) out = out.replace(re, to);
  return out;
}
