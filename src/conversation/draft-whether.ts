/**
 * How a leader asked for the draft, read when there is none yet. A request for it in any words
 * (稿子呢、先出一版我看看、赶紧弄一个出来、发我看看、咋还没出稿子) is clear enough to start
 * drafting; only a bare question whether it is there or how far it got (有稿子了吗、稿子出了没、
 * 初稿好了没、总结写到哪了) is answered as asked: not yet, with 生成总结 offered.
 */

/** Whether it exists or how far it got, asked: 有…了吗、出了没、好了没有、有没有、写到哪了、咋样了. */
const WHETHER =
  /有(?:没有|了?(?:吗|么|嘛|没有?|不))|(?:出|好|弄好|写好|写完|出来|做好|搞好)了?(?:吗|么|嘛|没有?|不)|写到哪|到哪(?:了|一步)|(?:咋样|怎么样|如何)了?|能看了?(?:吗|么|没|不)?|可以看了?|(?:吗|么|嘛|了没有?|有没有)[?？。!！~～\s😅🤔]*$/u;

/**
 * Wanted, not just asked about: 呢 after the thing, haste, a version to be made, the draft to be
 * sent or shown, or impatience that it is not there (咋还没出).
 */
const WANTED =
  /呢|赶紧|赶快|快点|快些|抓紧|尽快|先(?:出|弄|写|搞|起|来)|(?:出|弄|写|搞|起|来)(?:一|个|1)(?:版|稿|个|份)?|发(?:我|给我|過來|过来)|[给給]我|拿(?:来|過來|过来)|瞧瞧|瞅|看看|看下|看一下|等着要|(?:咋|怎么|为啥|为什么|怎的)还(?:没|不)/;

/** True when the words only ask whether the draft is there (or how far it got), wanting nothing made. */
export function asksOnlyWhetherDraft(text: string): boolean {
  return WHETHER.test(text) && !WANTED.test(text);
}
