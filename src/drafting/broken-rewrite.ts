/**
 * What a word-by-word rewording of chat leaves broken (trial 6: 讲了讲 → 「讲解讲」, 来了八十来号人 →
 * 「迎来八十来号人」, 去了一趟 石桥村 → 「赴一趟，石桥村」, 看了下 → 「查看下」): a written verb with the
 * spoken verb it replaced still after it, a verb of going with no place but a measure of going, a
 * welcoming verb before a head count. clean-chat.ts does not apply a rule whose result adds one of
 * these; the 定稿 check (check-register.ts) names any left in a draft, model-written ones too.
 */

/** A written verb followed by the spoken one-character verb it stands for (the second V of V了V). */
const DOUBLED_VERB =
  /讲解讲(?![座话课师堂述解究])|查看看(?!望|法|待)|[检核]查查(?![处验封获])|询问问(?![题卷询候])|交流聊|走访[跑走](?![访进])|学习学(?![习生校员会科])|介绍说(?![明法])|开展[搞弄整]|召开开(?![展会放发工通])/u;
/** A verb of going that takes a place, followed by how often one went instead (赴一趟、走访一圈). */
const GOING_WITHOUT_PLACE = /(?:赴|走访)(?:一)?(?:趟|圈|回)|赴(?=[，,。；;、]|$)|走访一下/u;
/** A written verb of looking or telling with the spoken 下 (查看下示范基地). */
const VERB_WITH_XIA = /(?:查看|讲解|询问|核查|交流|检查)(?:一)?下(?![属辖级岗乡沉发达])(?=[\u4e00-\u9fff])/u;
/** Guests are welcomed (迎来), a crowd is not: 「迎来八十来号人」. */
const WELCOMED_CROWD =
  /迎来(?:约|近|大概)?[\d一二两三四五六七八九十百千]+(?:来|多|余|几)?(?:号人|人次|人|名|位|个人)/u;

const SIGNS = [DOUBLED_VERB, GOING_WITHOUT_PLACE, VERB_WITH_XIA, WELCOMED_CROWD];

/** Each broken rewording found in `text`, as it reads there (empty when none). */
export function brokenRewrites(text: string): string[] {
  const out: string[] = [];
  for (const sign of SIGNS) {
    const g = new RegExp(sign.source, "gu");
    for (const m of text.matchAll(g)) out.push(m[0] || text.slice(m.index ?? 0, (m.index ?? 0) + 2));
  }
  return out;
}
