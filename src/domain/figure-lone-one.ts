/** What a lone 一 after a building or holding verb counts: a place set up, a session held. */
const ONE_SET_UP =
  /新建|建成|新增|新设|新办|新开|成立|创建|认定|纳入|获批|引进|举办|办了|开展|组织|培育|建了|落地|落户|新上|新购|新添|添置|购置|购进|安装|装了/;

/**
 * A lone 一 that counts (test/corpus/README.md): a session held (办了一期培训班、培训班一期), a thing
 * set up said last in its clause (星创天地新建一个、新增省级平台一家), and how long a stint took
 * (驻点一个月、蹲点一周, as 试点3个月 is counted).
 */
export function loneOneCounts(t: string, cs: number, end: number, unit: string): boolean {
  const before = t.slice(Math.max(0, cs - 4), cs);
  // 「再办一期电商专题的」「准备办一期辅导班」: a session to hold, said with 办 as 办了一期 is.
  // 「下个月还要录一期讲养老诈骗的」: an episode recorded or put out (录、拍、出) likewise — 「想再搞一期电商直播的」 is left (20-dongxun).
  if (unit === "期" && /(?:了|班|办|录|拍|出|会|校|营|课)$/.test(before)) return true;
  // 「给每户送了一吨煤」: how much each household or person was given, one of a weight or volume (f24, fig50);
  // one bag, one set each (「每户送了一袋莜面一桶油」, f15) is the gift named, not an amount, and stays out.
  if (
    /^(?:吨|斤|公斤|千克|方|立方米?)$/.test(unit) &&
    /每(?:户|人|家|名|位)[\u4e00-\u9fff]{0,3}$/.test(t.slice(Math.max(0, cs - 6), cs))
  )
    return true;
  // 「比去年掉了一个多点」: a rate moved by a point or so is said with 一 too.
  if (/^个(?:百分)?点$/.test(unit)) return true;
  const clauseStart =
    Math.max(...["，", "。", "；", ";", ",", "\n", "：", ":"].map((c) => t.lastIndexOf(c, cs - 1))) + 1;
  // The verb that sets the thing up stands close before it (a voice run has no comma to stop at).
  const lead = t.slice(Math.max(clauseStart, cs - 10), cs);
  const atEnd = /^(?:[，。；;,！!？?\s]|$)/.test(t.slice(end));
  // 「共享实验室新建一间」「新建一栋」: rooms and buildings set up are counted as places are (fig40).
  if (atEnd && /^[个家座所处期场项支批套台户间栋幢]$/.test(unit) && ONE_SET_UP.test(lead)) return true;
  // 「送去一台洗衣机、两台空调」: one of a list of counts counts as they do.
  if (
    /^[个家座所处套台辆间]$/.test(unit) &&
    /^[\u4e00-\u9fff]{1,8}?(?:、|和|及|以及)[\d两二三四五六七八九十]/.test(t.slice(end))
  )
    return true;
  // 「表彰了优秀党员四名 发展新党员一名」: one said last in a clause after a count in the same measure word just before,
  // a verb before it, is one of a parallel pair (fig51); 「只有一名」「就一家」 stay the lone 一 of README.
  const pair = new RegExp(`[\\d两二三四五六七八九十百千]+[多余来]?${unit}[，,、\\s]+[^，。；;\\s]{2,10}$`);
  if (
    atEnd &&
    /^[名位个家座所处套台辆间户]$/.test(unit) &&
    pair.test(t.slice(Math.max(0, cs - 18), cs)) &&
    /(?:了|发展|表彰|评|选|推荐|招|聘|新建|新增|改造|建)[\u4e00-\u9fff]{0,6}$/.test(
      t.slice(Math.max(clauseStart, cs - 8), cs),
    ) &&
    !/(?:只|就|仅|才|剩|还有|还差|有)$/.test(t.slice(Math.max(0, cs - 2), cs))
  )
    return true;
  // 「冲毁机耕道一公里出头」「补了一吨出头」: one of a measure and a bit more is an amount said roughly (fig54).
  if (!/^(?:个|次|回|趟)$/.test(unit) && /^一[^，。；、\s\d]{0,3}?(?:出头|挂零)/.test(t.slice(cs, end + 2)))
    return true;
  return (
    /^(?:个月|天|周|个星期|年)$/.test(unit) &&
    /(?:驻点|蹲点|驻村|试点|挂职|跟班|集训|轮训|值守|住村)了?(?:在)?[\u4e00-\u9fff]{0,6}?$/.test(lead)
  );
}
