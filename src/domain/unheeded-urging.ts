import { plainDialect } from "./dialect-words.js";

/**
 * Someone told, urged or warned again and again, then the ones told pay no heed: 「交警讲了好几回 渠拉弗当回事」
 * 「喊了好几回都不整」「催了三四次 还是照样排」. Read alone, 「交警讲了好几回」 is a step done, and the pieces
 * before it (where, what happens) have no kind of their own, so the sentence was read as work done; told and
 * not heeded is one problem, the telling only how stubborn it is. Read on the whole sentence where the pieces
 * are joined (sentence-clauses.ts), as sold-defective.ts is.
 */
const URGED =
  /(?:讲|说|喊|催|提醒|劝|打招呼|通知|约谈|警告|叫)(?:了|过)?(?:好几|好多|几|多|三四|两三|[两三四五六七八九十])(?:回|次|遍|趟)/;
/** The ones told do not heed it (不当回事、不听、不整、没用、照样、还是老样子). */
const IGNORED =
  /不当回事|不当一回事|不听|不理|不睬|不整|不改|不动|不搬|不挪|不配合|没用|不管用|没效果|照样|照旧|依旧|还是(?:老样子|那样|照样|不)/;
/** A number said: work counted. */
const COUNTED = /[\d一二两三四五六七八九十百千万]/;
/** What was said is a step of ours that worked (讲了好几回 现在好多了): no problem. */
const HEEDED = /好多了|改了|整改了|搬走了|挪走了|配合了|听进去了/;

/**
 * The pieces of a told-and-not-heeded run: the piece that tells of the urging and the one saying they took no
 * heed (the same piece when said together), or undefined. The urging piece, the one after it and the pieces
 * before it with no kind of their own are one problem.
 */
export function unheededUrging(
  pieces: string[],
): { topic: number; urged: number; ignored: number } | undefined {
  for (const [i, piece] of pieces.entries()) {
    const core = plainDialect(piece.replace(/[，,\s。]+$/, "").trim());
    const urged = URGED.exec(core);
    if (!urged) continue;
    // 「…跑了9个村发明白纸两千四百多张有些老人家…讲了好几遍都不听」: work counted before the urging, in the same
    // stretch typed with no pause, stands on its own; the urging is then the problem of another clause.
    if (COUNTED.test(core.slice(0, urged.index))) continue;
    const rest = core.slice(urged.index + urged[0].length);
    // The pieces right before it that count nothing (where, what happens) are its topic; a piece that counts
    // work ends the topic, and it and what comes before stand on their own.
    let topic = i;
    while (topic > 0 && !COUNTED.test(pieces[topic - 1] ?? "")) topic--;
    if (IGNORED.test(rest) && !HEEDED.test(rest)) return { topic, urged: i, ignored: i };
    const next = plainDialect((pieces[i + 1] ?? "").trim());
    if (rest.trim() === "" && IGNORED.test(next) && !HEEDED.test(next))
      return { topic, urged: i, ignored: i + 1 };
  }
  return undefined;
}
