/**
 * 「刚那条少写咧 再加一句 会上还定了民主评议的时间」「漏了一句：另外走访了3家企业」: words to add to an
 * update, said with the request — the edit preview shows them added after the text (nothing
 * changes until it is confirmed). Undefined when no words to add follow. Pure.
 */
const ADD =
  /(?:^|[\s，,。；;！!：:]|咧|了|啦|吧|哈)(?:再|还|要|得|帮我|麻烦|给我)*(?:加|补|添|补充|加上|补上|添上)(?:上|一下|下)?(?:一句|一条|一点|一段|几句|一项|个)(?:话|内容)?[：:，,\s]*[「“"]?(.+?)[」”"]?[。.]?$/;
const MISSED =
  /(?:少写|漏写|漏|忘写|忘了写|落下|落了)(?:了|咧|啦)?(?:一句|一条|一点|一段|几句|一项)(?:话|内容)?(?:[，,]?(?:就是|是))?[：:，,\s]*[「“"]?(.+?)[」”"]?[。.]?$/;

export function addedWords(said: string): string | undefined {
  const m = ADD.exec(said) ?? MISSED.exec(said);
  const words = m?.[1]?.trim() ?? "";
  // 「再加一句吧」「补一句哈」: no words said yet — the new text is asked for.
  return [...words.replace(/[吧哈啊呀呗嘛]+$/, "")].length >= 4 ? words : undefined;
}
