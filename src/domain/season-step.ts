import { BEFORE_AS_NAME } from "./clause-date.js";
import type { LocalDate } from "./period.js";

/**
 * A holiday or a season opening a step (「七一当天开表彰会」「汛期安排专人值班」「冬至那天去敬老院慰问」
 * 「过了台风季再重新打桩」): when the step will be taken, so a plan while that time is still ahead of the
 * day the message was sent — and, typed straight after work done with no comma, where a new clause
 * begins. Only at the opening of a step and before its verb: 「春节慰问物资」「雨季施工进度慢」 and
 * 「七一前开了支部党员大会」 (done by then) are not read here (clause-date.ts reads a time of year
 * anywhere in a clause, and only from the next month on).
 */

/** Holidays on a fixed day: [month, day]. */
const FIXED: Record<string, [number, number]> = {
  元旦: [1, 1],
  三八: [3, 8],
  清明: [4, 5],
  五一: [5, 1],
  六一: [6, 1],
  七一: [7, 1],
  八一: [8, 1],
  国庆: [10, 1],
  冬至: [12, 22],
};

/** Seasons: times of the year lasting weeks or months. */
const SEASONS = new Set([
  "开春",
  "春耕",
  "春播",
  "寒假",
  "暑假",
  "汛期",
  "主汛期",
  "汛前",
  "汛后",
  "雨季",
  "梅雨季",
  "台风季",
  "休渔期",
  "秋收",
  "三夏",
  "秋冬",
]);

/** Holidays of the lunar year and seasons: the months they fall in or begin, first month first. */
const MONTHS: Record<string, number[]> = {
  春节: [1, 2],
  过年: [1, 2],
  除夕: [1, 2],
  小年: [1, 2],
  端午: [5, 6],
  中秋: [9, 10],
  重阳: [10],
  开春: [3],
  春耕: [3],
  春播: [3, 4],
  寒假: [1],
  暑假: [7],
  汛期: [6],
  主汛期: [6],
  汛前: [5],
  // 「汛后去对水毁工程拉个清单」: after the flood season, from September (fig51).
  汛后: [9],
  雨季: [5],
  梅雨季: [6],
  台风季: [7],
  休渔期: [5],
  秋收: [9],
  三夏: [6],
  秋冬: [10],
};

const WORDS = [...Object.keys(FIXED), ...Object.keys(MONTHS)].sort((a, b) => b.length - a.length).join("|");
/** When within that time: 当天、那天、期间、前后、以后. */
const WHEN = "(?:节)?(?:当天|那天|那几天|那两天|期间|前后|之前|以前|前|以后|之后|后|的时候|时|来了)?";
/** The step's own verb (a coverb or an adverb first). */
// 「清明后找文物修缮的来瞅瞅」「春节后叫厂家来修」: getting someone to come and do it is a step too (找、叫、喊、联系).
// 「汛后克对…」: 克 is 去 in 鄂 and 湘 speech, before where or what it goes to.
const STEP =
  "(?:开|召开|组织|安排|实行|实施|搞|去|到|开展|举办|办|再|统一|集中|要|把|对|给|进行|落实|启动|派|请|带|全面|专门|轮流|值班|慰问|走访|找(?!到)|叫|喊|联系|克(?=[对到把给找看]))";

/** A count and its measure word: what the work came to — days open or on duty too (暑假开放42天、汛期值守36天). */
const COUNTED =
  /[\d一二两三四五六七八九十百千万][多余来]?(?:万|千)?(?:个|户|家|人|名|所|处|元|块|份|次|场|批|项|件|条|吨|亩|套|张|天|人次)/u;
/** A word of intent: the count is a target (拟评优秀党员5名、要发200户). */
const INTENT = /拟|要|将|计划|准备|打算|争取|力争|再|想|得/u;

/** The opening of a step at a time of year (no anchor): what voice-run-on cuts read as an opener. */
export const SEASON_STEP_OPEN = `(?<![今去上本这往历每])(?:到了|等到|一到)?(?:${WORDS})${WHEN}${STEP}`;

const OPENING = new RegExp(`^(?:到了|等到|一到)?(${WORDS})${WHEN}(?=${STEP})`, "u");
/** 「过了台风季再…」「等汛期过了再…」: after that time, then the step. */
const AFTER_THEN = new RegExp(`^(?:过了|等)(${WORDS})(?:过了|过去了?|结束了?)?(?:以后|之后|后)?再`, "u");

/** Whether `text` opens with a step at a time of year still ahead of `today` (unknown day: ahead). */
export function seasonStepAhead(text: string, today?: LocalDate): boolean {
  const after = AFTER_THEN.exec(text);
  const m = after ?? OPENING.exec(text);
  if (!m) return false;
  const rest = text.slice(m[0].length);
  if (!after) {
    // 「七一当天开了表彰会」: said done by then.
    if (/了|已|过(?!程)|完成|到现在|一直/.test(rest)) return false;
    // 「春节前走访慰问困难群众1200户」「重阳节给…老人发高龄补贴，共5120人」: the kind of work, or work told
    // with what it came to (a count, no word of intent) — done by then, as in the year-end report.
    if (/前$/.test(m[0]) && BEFORE_AS_NAME.test(rest)) return false;
    if (COUNTED.test(rest) && !INTENT.test(rest)) return false;
  }
  // 「过了台风季再…」: 再 after a time passed is always a step to come.
  if (after || !today) return true;
  const word = m[1] ?? "";
  // 「重阳节给老人发高龄补贴」: a festival alone before the verb is the occasion of the work (every year);
  // a step is set at it by 当天、那天、期间、以后…. A season (汛期、台风季) is a time for steps by itself.
  // Before a festival (七一前组织党员参观…，来了21个) the work is as often told done by then as set ahead:
  // that is read by the deadline words and what follows (deadline-ahead.ts), not here.
  if (!SEASONS.has(word) && !/(?:当天|天|期间|以后|之后|(?<!前)后|时候|时|来了)$/.test(m[0])) return false;
  const fixed = FIXED[word];
  if (fixed) {
    const [month, day] = fixed;
    const ahead = (month - today.month + 12) % 12;
    return (ahead === 0 && day > today.day) || (ahead >= 1 && ahead <= 5);
  }
  // A season beginning this month is still to come as a step (汛期 said on 10 June); one begun
  // before is under way, and what is said of it is work going on.
  return (MONTHS[word] ?? []).some((month, i) => {
    const ahead = (month - today.month + 12) % 12;
    return (ahead === 0 && i === 0) || (ahead >= 1 && ahead <= 5);
  });
}
