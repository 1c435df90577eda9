/**
 * 冀北 (张家口坝上) and 晋语-coloured northern words, with the 中原 (豫西) words of the same kind, typed in Mandarin
 * chat — folded after the other dialect folds (dialect-words.ts spreads these last; 咋整、贼、忒、甭要、夜儿个、后晌、木有、
 * 俺、俩 are read there already). Each is a word with no Mandarin reading where it stands. Round forty (blind85 坝源县,
 * i40a 洛阳). Used for understanding only; what is stored is the message as written.
 *
 * - 今儿/今儿个 (今天), 明儿/明儿个 (明天), 后儿/后儿个 (后天), 夜儿黑/夜儿晚上 (昨晚), 夜儿 opening a clause (昨天) — 今儿个礼拜
 *   is 这礼拜 (明儿个礼拜六 is tomorrow, a Saturday); 以后儿、半夜儿 stay;
 * - 闹 as the verb of doing (晋、冀北: 给闹一稿、回头再闹、闹好了、咋闹): 弄 — 热闹、吵闹、闹钟、闹事、闹矛盾 stay;
 * - 咧 closing a clause after a 还没 + verb (科长还没看咧、还没弄完咧: 呢) — a thing not yet done, not 了;
 * - 克 as 去 (冀北、晋、西南) after a day, a pronoun or a wish, before where one goes (礼拜天克崇礼、我克县里) —
 *   克服、克隆、克扣、攻克 stay;
 * - a verb and its object, then 不 and the verb again closing a question (上班不上、开会不开、交表不交: 上班不) — the
 *   northern A-not-A said with the object first;
 * - 要…不要 closing a yes-no question (要补班不要、要交不要: 要…不) — the wanting asked, as 要补班不 is read;
 * - 老鼻子 (很多); 倍儿 before a word of how (倍儿好、倍儿长: 很; after any numeral — 翻了两倍儿、一倍儿多 — stays);
 * - 西北 给下 (一下) after a look folded late (瞭给下 → 看给下: 看一下), as after 查、核、等 before;
 * - 哇 closing a clause after a verb or an answer word (晋、冀北: 存哇、走哇、行哇: 吧) — 哇 opening a clause (an
 *   exclamation), 哇哇 and 娃 stay.
 */
/** A span after 今儿个 (今儿个礼拜: this week) — not a day named in it (明儿个礼拜六: tomorrow, a Saturday). */
const WEEK_AHEAD = "礼拜(?![一二三四五六天日])|星期(?![一二三四五六天日])|周(?![一二三四五六日末])|月|年";

export const BASHANG_FOLDS: Array<[RegExp, string]> = [
  [/今儿个(?=礼拜(?![一二三四五六天日])|星期(?![一二三四五六天日])|周(?![一二三四五六日末]))/g, "这"],
  [new RegExp(`今儿个?(?!个|${WEEK_AHEAD})`, "g"), "今天"],
  [new RegExp(`明儿个?(?!个|${WEEK_AHEAD})`, "g"), "明天"],
  [/(?<![以之然最前背随落往稍过向身先其今])后儿个?(?![子女孙])/g, "后天"],
  [/夜儿(?:个)?(?:黑(?:了|里|间)?|晚上|后晌)/g, "昨晚"],
  [/(?<=^|[\s，,。！!]|我|俺|你|他|她|们)夜儿(?![里间晚色班])/g, "昨天"],
  [
    /(?<![热吵胡哄打喧取嬉玩起])闹(?=一?[稿版份下个遍]|好|完|出|回来|清楚|明白|错|岔|成|利索|[，,。！!？?\s]|$)(?!出事|出人命)/g,
    "弄",
  ],
  [/(?<=再|给|先|帮我|给我|咋|怎么|赶紧|重新|瞎|乱)闹(?![钟事矛情别着笑心腾肚病灾鬼])/g, "弄"],
  [/(?<=(?:还|都|也)(?:没|木)(?:有)?[\u4e00-\u9fff]{1,3})咧(?=[\s，,。！!？?～~]|$)/g, "呢"],
  [
    /(?<=^|[\s，,。！!]|天|末|午|晌|(?:礼拜|星期|周)[一二三四五六日]|我|俺|咱|你|们|要|想|再|也|都|就|一起|一块)克(?=[\u4e00-\u9fff]{2})(?![服隆扣制星己敌难勤日期里拉罗])/g,
    "去",
  ],
  [/(?<=要[\u4e00-\u9fff]{1,4})不要(?=[啊呀哦嘞咧哩？?。～~\s]*$)/g, "不"],
  [/(?<=看)给下(?=[\s，,。！!？?]|$)/g, "一下"],
  [/([\u4e00-\u9fff])([\u4e00-\u9fff])不\1(?=[啊呀嘞咧哩？?。～~\s]*$)/g, "$1$2不"],
  [/老鼻子(?:了)?/g, "很多"],
  [/(?<=[存记交报走弄改删撤确认行好中成去来看发填])哇(?=[\s，,。！!？?～~]|$)/g, "吧"],
  [/(?<![加翻成几一二两三四五六七八九十百千万零〇\d.])倍儿(?=[\u4e00-\u9fff])/g, "很"],
];
