import { GETTING_READY } from "./clause-kind.js";
import { OFTEN_AFTER_PLAN, planSetFor } from "./standing-plan.js";
import { SEASON_STEP_OPEN } from "./season-step.js";
import { STEP_WITH_BODY } from "./plan-words.js";

/**
 * Where a clause may end or begin inside a stretch typed with no comma (kind-turns.ts reads the parts):
 * after a count and what it counts, after 了, or before a word that opens a clause of its own.
 */

const NUM = "\\d一二两三四五六七八九十百千万亿几";
/** A count and its measure word: 6800多剂、三百来号人、3.2万亩、96%、四成左右. */
const UNITS =
  "人次|批次|场次|剂次|号人|口人|个人(?!才|所得|信息|账户|贷款|名义|卫生|原因|隐私|问题)|公里|平方米|平方|立方米|千米|公斤|公顷|米|斤|户次|个|名|家|户|亩|人|项|场|次|期|台|套|元|处|所|座|条|件|批|份|本|册|只|吨|位|起|篇|艘|间|张|床|剂|头|宗|页|口|支|辆|部|棵|株|袋|箱|盒|块|瓶|桶|罐|捆|卷|盏|栋|幢|根|枚|趟|轮|成|%|对(?![接比照标口象策于待外话手应称齐调换冲])";
// 「两百出头」「三百挂零」: a count with no unit closed by its own word (出头、挂零).
export const COUNT = `(?:百分之[${NUM}]+(?:点[${NUM}]+)?(?![${NUM}点])|[${NUM}](?:\\.\\d+)?[多余来]?(?:[万千亿](?:多|余|来(?!个))?(?:${UNITS})?|${UNITS})(?:多|余)?|[十百千万](?=出头|挂零))(?:左右|以上|出头|挂零)?`;
const COUNT_END = new RegExp(
  `${COUNT}(?=[\\u4e00-\\u9fff]|\\d{1,2}月|\\d+(?:${UNITS})(?![\\d${NUM}]))(?![的了和与及等都也就次方米里斤零一二两三四五六七八九十百千万亿块毛角半倍钱]|(?<=个)月)`,
  "g",
);
const UNIT_NEXT = new RegExp(`^(?:${UNITS})`);
/** 了 closing a clause (盘点完了|冲锋舟…), not 了解、为了、除了, before its object's count (打了6800剂) or 也没 (干了半年了也没回来). */
const LE_END =
  /(?<![为除堆])(?<!(?:推|拖|延|挪|推迟|延迟|延后)(?:到|至))了(?![解却结吧呢啊吗的得]|[也都还](?:没|不|冇|未))(?=[\u4e00-\u9fff]|\d{1,2}[月号日])(?![二两三四五六七八九十百千几]|一(?:[个次遍下回趟批轮场家户名项件些点期天年月半]|大半|百|千|万))(?!(?:快|近|将近|都|好)(?:[一两二三四五六七八九十几\d]+|好几)个?多?(?:月|天|周|星期|礼拜|年|小时))(?!半[个拉]?多?(?:月|天|年|小时|礼拜|星期))/g;
/**
 * Before a count: a whole area, a coverb with at most four characters of its object (对全县…) or a list's head
 * (给烈士陵园和六处革命遗址…: the count is the list's next member), or a verb that takes
 * those helped or the places gone to (帮2家企业、陪4家企业负责人、去2个村: s33; not 到了52家企业的会计, d1-shechuan).
 */
const SCOPE_COUNT =
  /(?:全(?:县|区|市|镇|乡|村|局|旗|州|省)|辖区|各|(?:(?<![核针面比相应反校绝查配])对|给|把|向|(?<![成作认因以称行])为|替)(?:[\u4e00-\u9fff]{0,4}|[\u4e00-\u9fff]{1,8}[和与及、])|(?:帮助?|陪同?|带领|(?<![出回过进上下])去))[\d一二两三四五六七八九十百千几.]*$/;
/**
 * A time that opens a step of its own (「…自查弄完了十一月份开警示教育大会」「…送了慰问品节后开始组织培训」
 * 「…方案弄完了开年二月份在五峰搞一场」): a month's part, after the holiday or the new year. Whether the
 * step is ahead is the part's own reading (五月份 sent in April is ahead, in June it is past). Not a time
 * governed by what comes before it (于、在、到、从、截至…).
 */
export const MONTH_AHEAD =
  /(?<![\d一二三四五六七八九十月于在到至从自截止])(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:[上中下]旬|初|底|中|份)|(?<!春)节后|春节后|(?<![\d一二三四五六七八九十几多明今去前每本全])年后(?!半)|开年(?=了|[\d一二三四五六七八九十]{1,3}月|后|就|再)|过完年|过了年/;
/** Words that open a clause of their own. */
const OPENER = new RegExp(
  String.raw`(?<=[\u4e00-\u9fff\d%]{2})(?<!的话|问题|困难|难处|再一个|还有|下一步|下步|接下来|(?:任务|目标|指标)[是为])(?<!(?:推|拖|延|挪|推迟|延迟|延后)(?:到|至)了?)(?=(?<!事|事情|事儿|任务|重点|目标|打算|想法|办法|意思|头等大事|一(?:下|到|刮|降|涨|来|打|变|起|开|放|进)[\u4e00-\u9fff]{0,3}|一(?:等|拖|卡|压|搁|停|干|搞|坐|站|熬|忙|待|呆|蹲)|过了?(?:元旦|春节|年|腊八|小年|十五|冬至|国庆|这[个周]?[\u4e00-\u9fff]{0,2}))就是(?!说)|但是|可是|不过(?!来|去|关|问|硬|期)|只是|还差|还欠|还剩|剩下|剩余|(?:还|也)有(?:[一二两三四五六七八九十几\d]|个|些|的)|(?<![的只还就才共没都也])有(?:[一二两三四五六七八九十几\d][一二两三四五六七八九十几百千万\d]*|几)[多余来]?[个户家座处间栋名人位所条辆台块件艘宗批段片]|(?<![的只还就才共没都也所])有(?:个|块|段|片|户|家|台|辆|座)(?!别|多月|事|时间|时候|日子|人|的|(?:主要|最大的?)?(?:问题|困难|难处|难点))|(?:冬季|春季|夏季|秋季|冬天|开春|年后|节后|过完年|下次|到时候?)?再(?:去|来|到)?[\u4e00-\u9fff]{1,2}(?:一遍|一趟|一轮|一次|一回|看看)|有的|有些|个别|大部分|大多数?|现在|目前|等(?=[^，。；]{1,10}(?:再|后|以后))|已经(?!在)|打算|寻思|(?:琢磨|合计)着|想(?:着|跟|找)|(?:后面|后边|后头|剩下的?|(?<=[\d一二两三四五六七八九十百千万][多余来]?[\u4e00-\u9fff]))分(?:[两二三四五六七八九十几]|\d+)(?:批|期|轮|拨)|准备(?!${GETTING_READY})|争取(?![到了])|力争|(?<!今年|全年|本年|年度|按|原)计划(?=明年|年中|上半年|\\d{1,2}月|下|年底|年内|在|于|再|新|开展|建|办|组织|实施|完成|争取|投资|用|对|把|将|要|到)|他们|她们|对方|马上|发现(?=[\u4e00-\u9fff]{1,6}?(?:有点|有些|比较|普遍|大多)(?:老化|破损|锈蚀|生锈|渗漏|开裂|松动|堵塞|脱落|漏水|变形|腐烂))|回头(?!又)|(?:离|距离?)[^，。；]{1,12}?(?:目标|任务|要求|计划|定的)|(?<!个)(?:主要|最大的?)?(?:问题|困难|难处|难点)(?:呢|啊)?(?:的话|就是|是)(?!不是)|(?<!然后|然后呢)(?:然后呢?)?有一?个(?:主要|最大的?)?(?:问题|困难|难处|难点)(?:呢|啊)?(?:的话|就是|是)(?!不是)|下一步|下一部(?![分电手车作剧片书门])|下一?期(?!间)|下周|下个?礼拜|下个?星期|下个?月|明天|明年|后天|这两天|过两天|(?<![\d一二两三四五六七八九十])月底前|(?<!年)年底前|(?<![\d月于在])(?:周[一二三四五六日]|(?:\d{1,2}月)?\d{1,2}[号日])前|(?<!过)年前|(?:春节|元旦|寒假|放假)前|${MONTH_AHEAD.source}|${SEASON_STEP_OPEN})`,
  "g",
);

/** A check and what it looked into (检查…使用情况、调研…种植情况), with more said after it. */
const LOOKED_INTO =
  /(?:检查|督导|督查|调研|了解|查看|察看|摸排|核查|暗访|看了一下|看了看)[^，。；了]{2,14}?(?:情况|进度|工作)(?=[\u4e00-\u9fff]{4})/g;

const MILD_PROBLEM_OPEN =
  /(?<=[\u4e00-\u9fffA-Za-z\d%]{2})(?<![的了把给被让对跟和与说讲看有是还也都就])(?=(?:好多|好些|很多|许多|不少)(?![还都也没冇不又就])[\u4e00-\u9fff]{1,6}?(?:都|还|也)?(?:没|冇|莫得|木有|不(?!少|错))|人手(?:不够|不足|紧张?|太少|少|缺)|(?:来|到)(?:听|参加|看|学)?的(?:大多|大部分|基本上?|多半|主要))/g;
export const HOW_WE_DID_OPEN =
  /(?<=[\u4e00-\u9fff]{2})(?<![的把给被让对跟和与说讲])(?=(?:我们|俺们|咱们|阿拉|我哋)(?:都|就|也)?是(?:用|拿|按|在|跟|请|改用|换)[^，。；]{1,10}?(?:讲|说|教|做|搞|办|弄|上)的)/g;
const NOT_YET_THEN_DONE =
  /(?:还|都|也|仍)(?:没有?|冇得?|未)(?:交|报|来|到|给|发|批|填|签|回|弄|做|办|收|上)(?:上来|上去|过来|齐|完)?(?=[\u4e00-\u9fff]{3,16}?(?:也|都|已经|已)(?:昨天|今天|上周|这周)?[\u4e00-\u9fff]{0,3}?了)/g;
const COMPARE_OPEN =
  /(?:跟|和|与|同)(?=[^，。；了]{1,12}?(?:比|相比|比较|对比)(?:起来|来看|来说)?[\u4e00-\u9fff])/g;
const STEP_WITH_BODY_AT = new RegExp(`(?<=[\\u4e00-\\u9fff\\d%]{2})${STEP_WITH_BODY}`, "g");
const WORD = /[\u4e00-\u9fff\d%]/g;

export function cutPoints(s: string): number[] {
  // Where a clause may end or begin, and how sure that is: an opener 2, after 了 1, after a count 0.
  const at = new Map<number, number>();
  for (const m of s.matchAll(COUNT_END)) {
    const i = m.index ?? 0;
    // 「还有43户|没改造」「冲锋舟有2艘」: a count after 有 is the subject of what follows, and
    // 「要建的两个|冷链仓库」 one after 的 is a thing named.
    // 「剩下3处|是老楼电线」「把东河堤上那2处|塌方补起来」: what is left or pointed at, counted, names a thing too.
    if (/(?:[有的那这]|剩下?|剩余|余下)[\d一二两三四五六七八九十百千几.]*$/.test(s.slice(0, i))) continue;
    // 「开学前对全县31所|中小学…搞了一轮排查」「五一前全区三十一家|建筑工地查了一圈」: a count after a
    // whole area (全县、全区…) or a coverb's object (对、给、把…) counts the noun that follows it.
    if (SCOPE_COUNT.test(s.slice(0, i))) continue;
    // 「厂家来了两趟|还没搞好」「招了三回|都没招满」: tries counted, then that they came to nothing — one problem.
    if (/[回趟次遍]$/.test(m[0]) && /^(?:还|都|也|仍|还是)(?:没|不|冇|未)/.test(s.slice(i + m[0].length)))
      continue;
    // 「近两千|亩的灌溉渠…」: a number with no measure word of its own, backtracked from 两千亩 (whose 的 forbids the
    // cut), is cut from its own measure word — no end of a clause.
    // 「三千|来个救生衣」: nor from the approximation (来、多、余) before its measure word.
    if (
      /[\d一二两三四五六七八九十百千万亿]$/.test(m[0]) &&
      UNIT_NEXT.test(s.slice(i + m[0].length).replace(/^[多余来几]/, ""))
    )
      continue;
    // 「前十个|月规上工业增加值…」「近三个|月…」「年后头一个|礼拜…」: the first or last months or weeks are a time
    // the clause opens with.
    if (
      /(?:前|近|头|最近|过去)$/.test(s.slice(0, i)) &&
      /个$/.test(m[0]) &&
      /^(?:月|礼拜|星期)/.test(s.slice(i + m[0].length))
    )
      continue;
    at.set(i + m[0].length, 0);
  }
  for (const m of s.matchAll(LE_END))
    if (!planSetFor(s, m.index ?? 0))
      at.set((m.index ?? 0) + 1, Math.max(at.get((m.index ?? 0) + 1) ?? 1, 1));
  for (const m of s.matchAll(OPENER)) at.set(m.index ?? 0, 2);
  // 「部署了学习计划|每月集中学习2次」: how often a plan just made runs opens a clause (standing-plan.ts).
  for (const m of s.matchAll(OFTEN_AFTER_PLAN)) at.set(m.index ?? 0, 2);
  // 「就剩两个乡镇还冇交|工会的送温暖慰问这个月也搞完了」: what is not handed in yet ends its clause when a
  // new subject follows with something of its own done (也…了、已经…了).
  for (const m of s.matchAll(NOT_YET_THEN_DONE)) at.set((m.index ?? 0) + m[0].length, 2);
  // 「…装了反诈APP|好多老人家冇得智能手机」「…名单|人手不够」「…讲座|来听的大多是学生」: a mild problem typed
  // straight after work done opens with many who lack, short hands, or who came.
  for (const m of s.matchAll(MILD_PROBLEM_OPEN)) at.set(m.index ?? 0, 2);
  // 「有些老人家普通话听不懂|我们是用温州话讲的」: how we did it (我们是用…讲的) opens a clause of its own.
  for (const m of s.matchAll(HOW_WE_DID_OPEN)) at.set(m.index ?? 0, 2);
  // 「现在就剩一个年轻的|跟组织部打报告要人」: a step taken up with a body opens the plan glued after a problem.
  for (const m of s.matchAll(STEP_WITH_BODY_AT)) at.set(m.index ?? 0, 2);
  // 「签了3200户|和县里定的目标比还差一些」: a comparison's frame after a count or 了 opens a clause (和 too).
  for (const m of s.matchAll(COMPARE_OPEN))
    if (new RegExp(`(?:${COUNT}|了)$`).test(s.slice(0, m.index))) at.set(m.index ?? 0, 2);
  // 「检查医保基金使用情况|过度检查的问题还是比较突出」: what a visit looked into ends its object.
  for (const m of s.matchAll(LOOKED_INTO)) at.set((m.index ?? 0) + m[0].length, 1);
  // Every part keeps four characters at least (今年|计划…, 干部来了|坐不下 are no turns); of two
  // points too close, the surer one stays.
  const long = (from: number, to: number) => (s.slice(from, to).match(WORD) ?? []).length >= 4;
  const kept: number[] = [];
  for (const i of [...at.keys()].sort((a, b) => a - b)) {
    const last = kept[kept.length - 1];
    if (last === undefined ? long(0, i) : long(last, i)) kept.push(i);
    else if (
      last !== undefined &&
      (at.get(i) ?? 0) > (at.get(last) ?? 0) &&
      long(kept[kept.length - 2] ?? 0, i)
    )
      kept[kept.length - 1] = i;
  }
  while (kept.length > 0 && !long(kept[kept.length - 1] ?? 0, s.length)) kept.pop();
  return kept;
}
