import { numberOf } from "./intent-lexicon.js";

/**
 * The bureau's names of a draft's versions: 一稿 as the first version only where it names one — at the head of a
 * clause or set beside another (一稿跟二稿、把一稿和三稿), never the measure of a draft made (再出一稿、起一稿、先生成一稿).
 */
const FIRST_DRAFT =
  /(?:^|(?<=[\s，,。、：:；;把拿将]))一\s*稿(?!子|纸)|(?<![出起弄搞写做整来成再打拉生份个上这前后那下每同哪另])一\s*稿(?=\s*(?:跟|和|同|与|與|对|對|比|还有|還有|、))/;

/**
 * 二版跟四版、把三版和十二版对一下: a version by its Chinese numeral and 版 (二 to 十九 — never 一版, the measure of a version
 * made: 出一版、再弄一版), with no word before it that makes it a count or a place (两版、这版、上三版) and no 本/面/块 after.
 */
const CN_VERSION =
  "(?<![\\d一二两三四五六七八九十几第出起弄搞写做整来成再打拉生份个上下这那前后每哪另头改])(十[一二三四五六七八九]?|[二三四五六七八九])\\s*版(?![本面块式型权])";

/**
 * The versions a message names by number, read or not: v2、第3版、2版、版本2、二稿、第三稿、头稿、初稿, and 第二次 with a
 * draft beside it or 的 after it (第二次的稿子、第2次改的) — which versionsOf cannot read. 一版/一稿 without 第 are left out (再出一版).
 */
const VERSION_STATED = new RegExp(
  `v\\s*\\d|版本\\s*[\\d一二两三四五六七八九十]|第\\s*[\\d一二两三四五六七八九十]{1,3}\\s*(?:版|稿|次(?=的|[^，,。]{0,4}(?:稿|版|改|出)))|(?<![\\d一二两三四五六七八九十第几出起弄搞写做整来成再打拉生份个这那每哪另])(?:\\d{1,3}|[一二三四五六七八九十]{2,3}|[二三四五六七八九十])\\s*(?:版(?![本面块式型权])|稿(?!子|纸))|头\\s*一?\\s*稿|头一\\s*版|初稿|${FIRST_DRAFT.source}`,
  "g",
);

/** How many versions `norm` names by number (VERSION_STATED), whether versionsOf reads them or not. */
export function versionsStated(norm: string): number {
  return [...norm.matchAll(VERSION_STATED)].length;
}

/** v1和v3、第2版跟第3版、版本2和版本4、一稿跟三稿: the versions named, in order. */
export function versionsOf(norm: string): string {
  const nums = [
    ...norm.matchAll(
      new RegExp(
        `v\\s*(\\d{1,3})|第\\s*(\\d{1,3}|[一二三四五六七八九十]{1,2})\\s*(?:版|稿)|(\\d{1,3})\\s*版|版本\\s*(\\d{1,3}|[一二三四五六七八九十]{1,2})|(?<![开里上前后外])头(?:一\\s*(?:版|稿)|\\s*稿)|(?<![\\d一二三四五六七八九十两几第])(\\d|[二三四五六七八九])\\s*稿|初稿|${FIRST_DRAFT.source}|${CN_VERSION}`,
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
        : numberOf(m[1] ?? m[2] ?? m[3] ?? m[6] ?? m[4] ?? m[5]),
    )
    .filter((n): n is number => n !== undefined);
  return nums.slice(0, 2).join(" ");
}

/**
 * 「看看改了啥」「刚才都动了哪些地方」 from a leader with a draft (round fifty-one, console trial): what changed in the draft,
 * no version named — the last change compared (对比). It was asked back as staff are (「您问的是哪件事？」). An update named
 * (第4条改了啥、2号改了哪些) or a person is not this.
 */
const CHANGES_ASKED =
  /^(?:给我|帮我|我)?(?:看看|看下|看一下|瞅瞅|瞧瞧|说说)?(?:稿子|草稿|这版|新版)?(?:都|又|刚才|刚刚|这次)?(?:都)?(?:改|动|变)(?:了|过)?(?:些)?(?:啥|什么|哪些|哪里|哪儿)(?:地方|东西|内容)?(?:啊|呀|呢|了)?[?？。]*$/u;

export function changesAsked(norm: string): boolean {
  return CHANGES_ASKED.test(norm.replace(/\s+/gu, ""));
}
