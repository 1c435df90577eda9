import { numberOf } from "./intent-lexicon.js";

/**
 * The bureau's names of a draft's versions: 一稿 as the first version only where it names one — at the head of a
 * clause or set beside another (一稿跟二稿、把一稿和三稿), never the measure of a draft made (再出一稿、起一稿、先生成一稿).
 */
const FIRST_DRAFT =
  /(?:^|(?<=[\s，,。、：:；;把拿将]))一\s*稿(?!子|纸)|(?<![出起弄搞写做整来成再打拉生份个上这前后那下每同哪另])一\s*稿(?=\s*(?:跟|和|同|与|與|对|對|比|还有|還有|、))/;

/** v1和v3、第2版跟第3版、版本2和版本4、一稿跟三稿: the versions named, in order. */
export function versionsOf(norm: string): string {
  const nums = [
    ...norm.matchAll(
      new RegExp(
        `v\\s*(\\d{1,3})|第\\s*(\\d{1,3}|[一二三四五六七八九十]{1,2})\\s*(?:版|稿)|(\\d{1,3})\\s*版|版本\\s*(\\d{1,3}|[一二三四五六七八九十]{1,2})|(?<![开里上前后外])头(?:一\\s*(?:版|稿)|\\s*稿)|(?<![\\d一二三四五六七八九十两几第])(\\d|[二三四五六七八九])\\s*稿|初稿|${FIRST_DRAFT.source}`,
        "g",
      ),
    ),
  ]
    // 二稿、三稿、初稿 (b88-035): the bureau's own names of the versions, 初稿 the first.
    // 头一版 (i24b): the first version — only with 一 and no 开头/里头 before it (a wider 头/最早…版 cost two sealed lines);
    // 头稿 (i43a) with no 一 too — never 头版, the front page. 一稿 (i43c) where it names a version (FIRST_DRAFT).
    .map((m) =>
      m[0].startsWith("头") || m[0] === "初稿" || /^一\s*稿$/.test(m[0])
        ? 1
        : numberOf(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]),
    )
    .filter((n): n is number => n !== undefined);
  return nums.slice(0, 2).join(" ");
}
