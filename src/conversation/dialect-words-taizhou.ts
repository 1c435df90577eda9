/**
 * 台州 (and 温州) Wu words typed in Mandarin chat, folded before the other dialect folds (dialect-words.ts spreads
 * these first, after the 江淮 ones): each is a word with no Mandarin reading where it stands. Round thirty-seven
 * (blind82, 椒屿县). Used for understanding only; what is stored is the message as written.
 *
 * - 个 as 的 after a verb or a word of then, closing a clause or before 都/弗/不/算/这/该/那 (刚改个弗算、用原来个、
 *   呒没报个都提醒、要核实个、我科做个) — 报个数、做个总结、一个、这个 (a measure word before its noun) stay;
 * - 好 + a verb of the bot's things asked with 弗/伐 (好删弗、好改伐: 能删不) — 好好、还好 and 好 as «good» stay;
 * - 天亮 as 明天 at a clause's start or after a person (天亮我请一日假) — 天亮了、天亮前、等天亮 (dawn) stay;
 * - 猛 as «very» after a word of how one feels or how much (吃力猛、忙猛、多猛: 很累、很忙、很多), 吃力 there being 累;
 * - 慢慢 (or 慢慢叫) standing alone as its own clause: 等一下, a wait (慢慢 我再问问企业) — 慢慢来、慢慢弄 stay;
 * - 尔 as 你 at a clause's start before a verb (尔有数弗) — 偶尔、尔后、莞尔 stay; 有数 asked of a person (你有数弗:
 *   知道不) — 有数 of a figure (这个有数没) stays.
 */
const CLAUSE_END = "(?=[\\s，,。！!？?～~]|$)";
const DONE_VERB = "(?:报|交|填|写|改|删|撤|记|做|讲|说|弄|搞|核实|确认|审|发|定|望|看|原来|刚才|上回)";

export const TAIZHOU_FOLDS: Array<[RegExp, string]> = [
  [new RegExp(`(?<=${DONE_VERB})个(?:${CLAUSE_END}|(?=[都弗不也还算这那]|该(?=件|条|个|份|项)))`, "g"), "的"],
  [
    /(?<=^|[\s，,。！!？?]|了|还|也|能)好(?=(?:删|改|撤|报|填|交|补|换|退|重报|重填|撤回|恢复)(?:掉|了|一下|下)?(?:弗|伐)[啊呀哦噢]*(?:[\s，,。！!？?～~]|$))/g,
    "能",
  ],
  [/(?<=^|[\s，,。！!？?]|我|你|他|她|们)天亮(?!了|前|之前|以前|后|之后|时|的时候|就|起|快)/g, "明天"],
  [new RegExp(`吃力猛${CLAUSE_END}`, "g"), "很累"],
  [new RegExp(`(累|忙|多|难|烦|冷|热|急|紧|远)猛${CLAUSE_END}`, "g"), "很$1"],
  [/(?<=^|[\s，,。！!？?])慢慢(?:叫)?(?:[啊哦噢嘞])*(?=[\s，,。！!？?～~]|$)/g, "等一下"],
  [/(?<=^|[\s，,。！!？?])尔(?=有数|晓得|知道|讲|看|望|去|来|帮|要|弗|不|先)/g, "你"],
  [/(?<=你|侬|您)有数(?=[弗伐不没吗么][啊呀哦噢]*(?:[\s，,。！!？?～~]|$))/g, "知道"],
];

/** 一 … 九, 十 … 三十一 written in characters (二十三、十五、三十): the day of a month as a number. */
function dayNumber(said: string): string {
  const digit = (c: string | undefined) => (c ? "一二三四五六七八九".indexOf(c) + 1 : 0);
  const m = /^([一二三])?(十)?([一二三四五六七八九])?$/.exec(said);
  if (!m) return said;
  const n = m[2] ? (m[1] ? digit(m[1]) : 1) * 10 + digit(m[3]) : digit(m[3] ?? m[1]);
  return n >= 1 && n <= 31 ? String(n) : said;
}

const CN_DAY = "([一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])";
/**
 * A span of days written in characters (二十三号到二十五号、十二号至十四号: 23号到25号), as staff of any region type
 * it — only as a span, so 一号文件、三号楼 stay. Read by what it makes, so kept apart from the word-for-word folds.
 */
export const WORKED_FOLDS: Array<[RegExp, (said: string, ...parts: string[]) => string]> = [
  [
    new RegExp(`${CN_DAY}([号日])\\s*(到|至|~|～|—|-)\\s*${CN_DAY}([号日])`, "g"),
    (_said, from, mark, to, until, mark2) => `${dayNumber(from!)}${mark}${to}${dayNumber(until!)}${mark2}`,
  ],
];
