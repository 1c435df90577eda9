/**
 * 中原官话 (皖北阜阳、亳州; 豫东商丘、周口) words typed in Mandarin chat, folded after the other dialect folds
 * (dialect-words.ts spreads these last, so the narrower readings of 嘞 and 木 there come first): each is a word with no
 * Mandarin reading where it stands. Round thirty-eight (blind81, i38a). Used for understanding only; what is stored is
 * the message as written.
 *
 * - 多些 as 多少 (how many) before a measure word, or closing a question after 有/一共/总共/到底 (一共多些件、有多些家)
 *   — 再多些、更多些、多些耐心 (more) stay;
 * - 木 as 没 before a verb of reporting or what there is none of (还木交、木人揭、木通过), or after a verb done closing
 *   the question (交齐了木: 交齐了没) — 木耳、木头、树木、苗木、积木 stay;
 * - 嘞 inside a clause: 得 before how something went or how much (做嘞不中、多嘞很、忙嘞脚不沾地), else 的 (支部嘞事、
 *   养肉牛嘞户、俺科嘞活, and after a person: 俺嘞好朋友) — 嘞 closing a clause stays a particle, and 嘞个、嘞些 (西南 这个、这些) stay.
 */
const MEASURE = "(?:件|个|家|份|人|名|位|项|条|篇|次|场|期|户|亩|所|村|台|套|块|张|本|回|趟|天|万|钱|块钱)";
const CLAUSE_END = "(?=[啊呀哈嘛呢吧嘞哩]*(?:[\\s，,。！!？?～~]|$))";

export const WANBEI_FOLDS: Array<[RegExp, string]> = [
  [new RegExp(`(?<![再更还要能好加])多些(?=${MEASURE})`, "g"), "多少"],
  [new RegExp(`(?<=有|一共|总共|共|到底|合计|累计|了)多些${CLAUSE_END}`, "g"), "多少"],
  [
    /(?<![树林苗积麻草枕伐原红楠乔灌土檀松杉柏杨柳榆椿槐桃梨枣栗桑])木(?=交|报|填|弄|搞|整|写|发|改|批|通过|确认|人|问题|毛病|事|进展|动静|消息|回信|回音|见|看|收到|来|去|到)/g,
    "没",
  ],
  [new RegExp(`(?<=[了过完齐])木${CLAUSE_END}`, "g"), "没"],
  [
    /(?<=[\u4e00-\u9fff])(?<![我你他她俺恁咱们家])嘞(?=很|太|不|挺|怪|可|真|特|老|非常|厉害|要命|慌|够|脚|跟|像|差不多|没法|受不了|实在|好|对|错|差|快|慢|中|美|排场|得劲)/g,
    "得",
  ],
  [
    /(?<=[\u4e00-\u9fff])(?<!(?:^|[\s，,。！!？?])[好中行对是])嘞(?![个些里哈边样回块种])(?=[\u4e00-\u9fff\d])/g,
    "的",
  ],
];
