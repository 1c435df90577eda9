/**
 * 俩 and 仨: two and three said in one syllable, with or without a measure word after them
 * (四年级俩班、分了仨组、新纳入俩户、看了俩合作社、护理员就仨、示范村建成仨). The scan reads them as
 * 两 and 三 (figure-scan.ts; the same length, so positions hold); a bare one with nothing counted
 * after it counts in 个 (readNumber), which the context may make people (护理员就俩 → 2人).
 *
 * Not a count: 伎俩; the two of us, of them, of a pair of kin (咱俩、他们俩、娘俩、老两口俩); the idiom
 * 仨瓜俩枣; and, in the north-west (河西、青海), 俩 for the particle 了 after a verb closing its
 * clause (「护堤冲坏俩」「打完俩」) — only after a word of counting (就、只有、有、剩、一共…) does a
 * clause-final 俩 count.
 */

const PAIR = /[俩仨]/g;
/** Who 俩/仨 are when it follows them: pronouns and kin said as a pair (咱俩、他们仨、娘俩、哥俩). */
const PAIR_OF =
  /(?:[他她它我你咱俺们伎]|娘|爷|哥|姐|妹|弟|兄|夫妻|两口子?|父子|母女|母子|父女|婆媳|师徒|姊妹|妯娌|兄弟|姐弟|兄妹|[俩仨])$/;
/** Words of counting before a clause-final 俩: then it is two, not the particle 了 (下乡去俩 = 去了). */
// 「大学生村官又走了俩」「报到完了又走了俩」: after a verb's 了 it cannot be the particle 了 itself.
const COUNTING_BEFORE =
  /(?:就|只有?|才|仅有?|有|剩下?|剩余|一共|总共|共|是|还差|差|缺|少|(?<=[\u4e00-\u9fff])了)$/;
/** What closes a clause right after a number: punctuation, a space, the end, a closing particle. */
const CLOSE = /^(?:$|[，,。；;！!？?、\s]|[了啦呢哈嘛吧啊](?:$|[，,。；;！!？?\s]))/;

/** The text with 俩/仨 read as 两/三 where they count (positions unchanged). */
export function foldPairWords(t: string): string {
  if (!/[俩仨]/.test(t)) return t;
  return t.replace(PAIR, (c, i: number) => {
    const before = t.slice(Math.max(0, i - 3), i);
    const after = t.slice(i + 1);
    // After a digit (初二俩班) it would run into that number: left unread.
    if (
      PAIR_OF.test(before) ||
      /^[俩仨瓜枣]/.test(after) ||
      /瓜$|[\d零〇一二两三四五六七八九十百千万亿]$/.test(before)
    )
      return c;
    if (c === "俩" && CLOSE.test(after) && !COUNTING_BEFORE.test(before)) return c;
    return c === "俩" ? "两" : "三";
  });
}

/** Times and other things a bare 俩/仨 before them does not count (这俩礼拜、挣俩钱、俩眼一闭). */
const NOT_COUNTED_AFTER =
  /^(?:礼拜|星期|钟头|小时|晚上|早上|白天|[月年天日周回钱字眼])|^[都也就还又在是被把让给和跟说要得能会没不着过的地一]/;
/** A count before the clause's verb: then anything may follow (有俩没来、就仨还老请假). */
const PART_BEFORE = /(?:有|就|只有|才|还有|其中|剩下?)$/;

/** 「…就俩」「一共就仨」「才俩」: too few. */
const TOO_FEW_BEFORE = /(?:就|只有|才|仅有?|只剩下?|就剩下?)$/;
/**
 * Who is too few: the staff of a place or office said before it (所头就俩、站里一共就俩), or people said
 * by what they are (在编的就俩); a thing said there (电脑就仨、冷库就俩) is counted in 个.
 */
const STAFF_BEFORE =
  /(?:[所站院室局办队组科馆处部股]|中心|单位|我们|咱们|俺们|我俚|阿拉)(?:里|头|里头|上|这边|那边)?(?:一共|总共|现在|目前|也|都|只)*$|的(?:一共|总共|现在|目前|也|都)*$/;

/**
 * What the bare number at [cs, ce) of `text` counts when it is 俩/仨 with nothing counted after it:
 * 个 before a noun (俩合作社) or closing its clause (建成仨) or as a part (有俩…); 人 when it says how
 * few there are (在编的就俩、站里一共就俩) of no thing named before it; undefined when it counts nothing.
 */
export function pairCountsAlone(text: string, t: string, cs: number, ce: number): "个" | "人" | undefined {
  if (ce !== cs + 1 || !/[俩仨]/.test(text[cs] ?? "") || !/[两三]/.test(t[cs] ?? "")) return undefined;
  const after = t.slice(ce);
  if (CLOSE.test(after)) {
    let a = cs;
    while (a > 0 && !/[，,。；;！!？?\n\s]/.test(t[a - 1] ?? "")) a--;
    const lead = t.slice(a, cs);
    const few = TOO_FEW_BEFORE.exec(lead);
    return few && STAFF_BEFORE.test(lead.slice(0, few.index)) ? "人" : "个";
  }
  if (/^礼拜|^星期|^钟头|^小时|^[月年天日周回钱字眼]/.test(after)) return undefined;
  if (PART_BEFORE.test(t.slice(Math.max(0, cs - 2), cs))) return "个";
  return /^[\u4e00-\u9fff]/.test(after) && !NOT_COUNTED_AFTER.test(after) ? "个" : undefined;
}
