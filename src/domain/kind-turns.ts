import { type ClauseKind, decreaseAfter, handledNext, pieceKind, SET_TASK } from "./clause-kind.js";
import { BAD_RISING } from "./clause-shape.js";
import { leftThenStep } from "./aspect.js";
import { PROBLEM_HEAD_TIED } from "./problem-head.js";
import { statesNorm } from "./norm-stated.js";
import { planInAttribute } from "./told-as-done.js";
import { plainAspect, plainDialect } from "./dialect-words.js";
import { gluedStep } from "./glued-step.js";
import { SEASON_STEP_OPEN } from "./season-step.js";
import { AND_ALSO } from "./and-also.js";
import { COUNT, cutPoints, HOW_WE_DID_OPEN, MONTH_AHEAD } from "./kind-turn-cuts.js";

/**
 * Where the kind turns inside a stretch typed or dictated with no comma: 「流感疫苗打了6800多剂老年人
 * 接种率还不太高才四成左右」 is work done and then a problem, 「非遗展示馆布展基本完成了打算元旦前后开馆」
 * work done and then a plan. A colleague hears the turn where one clause ends (after 了, after a count
 * and what it counts) or another begins (就是、但是、还差、剩下、打算、下周…), and the two sides say
 * different things. The stretch is cut into such parts; each part reads on its own, a part with no
 * sign of its own goes with its neighbour, and neighbours of the same kind stay together — only a
 * real change of kind cuts the stretch.
 */

/** A time that opens a step and the step's verb (十一月份开警示教育大会): a clause, not a thing named by its time. */
const STEP_AT_TIME = new RegExp(`^(?:${MONTH_AHEAD.source})(?:开|召开|举办|办|搞|组织|开展|进行|去|到)`);
/** An "and also" 还有 opening a part (and-also.ts). */
const AND_ALSO_AT = new RegExp(`^(?:另外|然后)?${AND_ALSO}`);
/** A step opening at a time of year (season-step.ts), at the start of a part. */
const SEASON_STEP_AT = new RegExp(`^${SEASON_STEP_OPEN}`);
/**
 * What is said to be fine as a whole (都有健康证、都挺认真、基本齐全), then a turn (就是、但是…) to what is wrong:
 * the fine side is no part of the problem.
 */
const FINE_END =
  /(?:都|全都|基本|大都|倒是|还算)(?:有|挺|很|蛮|比较|还)?(?:有[\u4e00-\u9fff]{1,4}|齐全|齐|合格|正常|好|规范|达标|到位|不错|可以|行|认真|结实|干净)$/;
const fineThenBut = (part: string, next: string) =>
  /^(?:就是|但是|可是|只是|不过)/.test(next) && FINE_END.test(part);
/** A part that is only the subject of what follows: 冲锋舟有2艘…、离年初定的10家…、剩下的3所…. */
const LEADS_ON =
  /^(?:还|也)?有(?:[一二两三四五六七八九十几\d]|个|些|的)|^(?:个别|有的|有些|部分|剩下|剩余|还剩|离|距)|有[\d一二两三四五六七八九十几]+[多余来]?[\u4e00-\u9fff]{1,2}$|的$|^第[\d一二三四五六七八九十]+[\u4e00-\u9fff]{1,2}$/;
/** 「跟年初定的目标比|还差一截」: the frame of a comparison, said before what it finds. */
const COMPARE_FRAME =
  /^(?:跟|和|与|同|较|对比|相比|比起)[^，。；了]{1,12}?(?:比|相比|比较|对比)(?:起来|来看|来说)?$/;
/** 「我们是用温州话讲的」 at a part's head: how the work was done, told done (its 的 leads on to nothing). */
const HOW_WE_DID_AT = new RegExp(`^${HOW_WE_DID_OPEN.source.replace(/^.*?\(\?=/, "(?=")}`);
/** Only what is left, counted (还剩3个、剩下的22件): the subject of what is said of it next. */
const LEFT_COUNT =
  /^(?:还|也)?(?:剩下?|剩余|有)的?[\d一二两三四五六七八九十几]+[多余来]?[\u4e00-\u9fff]{0,2}$/;
/** A turn to a part of what was counted, or to what is wrong with it. */
const TURN_TO_PART = /^(?:但|不过|可是|只是|就是|有的|有些|个别|部分|大部分|有[\d一二两三四五六七八九十几])/;
/** Some of a whole, singled out at the start of a part (有七八个、有家、有的、有些、个别). */
const SINGLED_OUT =
  /^(?:有[俩仨]|有(?:[一二两三四五六七八九十几\d]+[多余来]?|[俩仨])?[个家户座处间栋名位所条辆台块件艘宗批段片项]|有(?:的|些)|个别)/;
/** What is a gain or our own work, said of a part singled out (获评、进了名录、签了、通过、带动). */
const GAIN =
  /已|完成|当场|现场|开始|获|评上|评为|入选|进了|进入|通过|达标|合格|建成|完工|签[了约订下]|落地|投产|开工|上岗|就业|脱贫|增收|拿到|取得|表彰|受益|参加|报名|带动|领到|用上|装上|帮|给|我们|咱们|俺们|主动|自愿|愿意/;
/**
 * A good measure risen, said of the part singled out (有两家营收比去年翻番、有四户亩产过了七吨、有三家研发费用翻了一番, fig56):
 * news after a visit, not what is wrong with them — unless what rose is bad (成本、投诉… BAD_RISING).
 */
const GOOD_RISE =
  /翻番|翻了[一两]?番|翻倍|翻了一倍|增长|增加|提高|提升|上涨|涨了|突破|超过|过了[\d一二两三四五六七八九十百千万]|多了[\d一二两三四五六七八九十百千万]|比(?:去年|上年|前年|往年)[^，。；]{0,6}?(?:多|高|强)/;
/** A count and what it counts (up to four characters of its noun) closing a part: 投了六百来万、新认了11个产品. */
const COUNTED_AT_END = /[\d一二两三四五六七八九十百千万][多余来几]?[\u4e00-\u9fff%]{1,4}$/;
/** Part `i` singles out some of what the part before it counted and says nothing of a gain or our work of them. */
export function singledOutWrong(parts: string[], i: number): boolean {
  const part = parts[i] ?? "";
  const before = (parts[i - 1] ?? "").replace(/[，,、\s]+$/, "");
  const said = SINGLED_OUT.exec(part);
  // 「超过50万的村|有8个」: the count alone, of a whole named by a 的-phrase, says nothing of them.
  return (
    !!said &&
    part.slice(said[0].length).replace(/[，,。；;\s]/g, "").length >= 2 &&
    COUNTED_AT_END.test(before) &&
    !/的[\u4e00-\u9fff]{0,3}$/.test(before) &&
    !GAIN.test(part) &&
    !(GOOD_RISE.test(part) && !BAD_RISING.test(part))
  );
}
/** A part ending in a count and what it counts. */
const COUNT_AT_END = /[\d一二两三四五六七八九十百千万][多余来]?[\u4e00-\u9fff%]$/;
/** A part that says it is the problem: 问题是…、困难就是…、最大的问题是…. */
const PROBLEM_HEAD = PROBLEM_HEAD_TIED;
/** Why it went so (主要是…、因为…): said of the part before it. */
const CAUSE = /^(?:主要是|主要原因是|原因是|因为|由于)/;
/** Problem nouns a part may hold as the object of work told before it (解决了|春耕备肥问题). */
const PROBLEM_NOUNS = /问题|困难|矛盾|隐患|短板|难题|纠纷|不足/g;
/** Said as done: a perfective or a time already past. */
const PERFECTIVE = /了|已|过(?!来|去)|今天|昨天|上周|上午|下午|本周|这周|这个月|本月/;
/** An intention, not only a time ahead (元旦跨年活动方案 names the plan; 打算在古镇搞灯会 is one). */
const INTENT = /计划|拟|将|准备|打算|力争|争取|要|想|马上|回头|再/;
/** The kind a part says of itself, read the way a whole clause is. */
function ownKind(parts: string[], i: number, prev: ClauseKind | undefined, today?: string, time?: string) {
  const part = parts[i] ?? "";
  const next = parts[i + 1];
  if (CAUSE.test(part) || LEFT_COUNT.test(part) || /^(?:离|距)/.test(part) || COMPARE_FRAME.test(part))
    return undefined;
  // 「…12项|问题是经费一年就五万块」: the part names itself a problem.
  if (PROBLEM_HEAD.test(part)) return "problem";
  const k = decreaseAfter(part, parts[i - 1] ?? "") ?? pieceKind(part, today, time);
  if (k === "problem") {
    // 「解决了|春耕备肥问题」: a problem noun alone is the object of the work before it.
    const noNoun = part.replace(PROBLEM_NOUNS, "");
    if (
      noNoun !== part &&
      pieceKind(noNoun, today, time) !== "problem" &&
      !/^(?:就是|但是?|可是|不过|只是|还|有)/.test(part)
    )
      return undefined;
    // 「协调解决了3家|企业的用工难问题」: the problem noun is the object of the remedy before the count.
    if (
      /(?:解决|化解|破解|缓解|克服|排除|疏通|帮助|帮|清理|清除|整治|拆除|查处|取缔|纠正|劝离|整改|查扣)了?[^，。；]{0,4}[\d一二两三四五六七八九十几百千]+[几多余来]?[\u4e00-\u9fff]?$/.test(
        parts[i - 1] ?? "",
      ) &&
      (new RegExp(PROBLEM_NOUNS.source).test(part) ||
        (/^[\u4e00-\u9fff]{2,6}$/.test(part) && !/[了又还没不已在着过就都]/.test(part)))
    )
      return undefined;
    // 「不合格的5批次|已经立案了」: a problem said dealt with at once is work done.
    if (handledNext(next)) return "done";
  }
  if (k === "done") {
    // 「准备把4个|村的路灯换了」: the object of 把 runs over the cut, so its verb is the plan's.
    if (prev === "plan" && /把[^，。；把]{0,8}$/.test(parts[i - 1] ?? "")) return undefined;
    // 「计划新建3所|学校完成投资2亿元」: what a plan governs is done only when said so (了、已、a past time).
    if (prev === "plan" && !PERFECTIVE.test(part)) return undefined;
    // 「有些沟渠淤了|没人清」: a part singled out, then what is wrong with it.
    // 「有二十多个当场装了反诈APP|…」: done on the spot is work done, not what is wrong with them.
    if (LEADS_ON.test(part) && !/已|完成|当场|现场/.test(part) && !HOW_WE_DID_AT.test(part)) {
      // 「投了六百来万|有七八个棚膜让大风撕了」「新认了11个产品|有两三个企业材料来回退」: some of what was just
      // counted, singled out with nothing of our work or of a gain said of them, is what went wrong with them.
      if (singledOutWrong(parts, i)) return "problem";
      return undefined;
    }
  }
  // 「年底前14公里|管网肯定铺不完」: a deadline and a count with no verb is the subject of what follows.
  if (
    /^[^，。；]{0,8}?(?:之|以)?前[\d一二两三四五六七八九十百千万几.]+[多余来]?[\u4e00-\u9fff]{1,3}[，,。；;\s]*$/.test(
      part,
    )
  )
    return undefined;
  // 「昨天开了|明年春运安全工作部署会」: a thing named by the time it is for, the object of a verb done.
  if (
    k === "plan" &&
    !INTENT.test(part) &&
    !STEP_AT_TIME.test(part) &&
    /了$/.test(parts[i - 1] ?? "") &&
    /(?:会|会议|方案|规划|计划|清单|名单|预算|安排|通知|文件|意见|协议|材料|报告|任务书|责任书)[，,。；;\s]*$/.test(
      part,
    )
  )
    return undefined;
  if (k === "plan" && next !== undefined) {
    // 「元旦跨年活动方案|已经定稿」「高标准农田建设任务2.5万亩|已全部完工」: the topic of what is done.
    const bare = !INTENT.test(part) || pieceKind(part.replace(/任务/g, ""), today, time) !== "plan";
    // 「明年要办的民生实事清单|已经报上去了」: the thing planned, named as the subject of what is done.
    if ((bare || /的[^的把要去来]{1,8}$/.test(part)) && /^(?:已|都已|均已|全部)/.test(next)) return undefined;
    // 「研究了|年底考核的事」: a thing named by when it falls, the object of the verb before it.
    if (!INTENT.test(part) && /的(?:事|事情|事儿|工作|情况|方案|安排|材料)$/.test(part)) return undefined;
  }
  return k;
}

/**
 * The first part ends in a count, is no part singled out of a whole (其中3家、另外三家、剩下的) and no
 * subject of what follows (违法图斑11个|还在查处中、年底前14公里|管网…), and the first part after it
 * with a kind is a problem or a plan. First in its sentence before a plan, the count is told as work
 * (新入驻3个、装了120盏): 「村里的党员十五个|明儿去县里…」 is the topic of the plan.
 */
function countThenTurn(parts: string[], kinds: (ClauseKind | undefined)[], first: boolean): boolean {
  const [part = "", next = ""] = parts;
  // 「发现3个|老人身体不太好」「山里几个|村的老人…」: 个 runs on to its noun, and 几 alone counts nothing
  // (六十几万 does).
  if (
    parts.length < 2 ||
    !COUNT_AT_END_CUT.test(part) ||
    /个[多余来]?$|(?<![\d一二两三四五六七八九十百千万])几/.test(part)
  )
    return false;
  if (/^(?:其中|另外|另|此外|还有|还剩|剩下|剩余|其余|有)/.test(part) || LEADS_ON.test(part)) return false;
  // 「年底前14公里」: a deadline before the count; 「前十个月…增长6.8%」 (the first months) is no deadline.
  if (
    /^(?:还|也|都|仍|才|只|又|就|一直|没|不)/.test(next) ||
    /(?:之|以)?前(?![\d一二两三四五六七八九十几]+个?(?:多)?(?:月|季度|周|天))[^前]*$/.test(part)
  )
    return false;
  const turn = kinds.find((k) => k !== undefined);
  // Before a problem the count stands apart anyway (「技术经纪人培训结业38人|真正在做成果转化的没几个」): as with a
  // comma typed, a bare topic and its count (老旧电梯60多部|安全隐患大) is read with the problem (extract.ts leadKind).
  if (first && turn === "plan" && !/了|已|完成|累计|新(?:增|建|招|入驻|认定|纳入)/.test(part)) return false;
  return turn === "problem" || turn === "plan";
}
/** A part ending where a count cut it (3000多份、386件、6300人次、2.6亿元). */
const COUNT_AT_END_CUT = new RegExp(`${COUNT}$`);

/**
 * `piece` cut where its kind turns (the parts join back to `piece`); one part when it does not. A
 * part cut out carries the kind its own words gave it, for when the whole part reads as none
 * (「网上办的还是少大部分还是跑窗口」). `first`: the piece opens its sentence (no comma piece before it).
 */
export function kindTurns(
  piece: string,
  today?: string,
  time?: string,
  first = true,
): { text: string; kind?: ClauseKind }[] {
  // 「…库房太小放不下年内申请再扩一间」: a step glued onto a problem, cut where its own sign begins (glued-step.ts).
  const read = (s: string) => pieceKind(s, today, time);
  return turnsOf(piece, today, time, first).flatMap((p) => {
    // 「有两个大肠杆菌超标这礼拜再去复检」: a part read as the plan may open with a whole problem too.
    const own = p.kind ?? read(p.text.trim());
    // Not where the head waits on the step (「剩下的1.2万亩得等明年|开春…再弄」 is one plan).
    const glued = own === "problem" || own === "plan" ? gluedStep(p.text, read) : undefined;
    const cut =
      own === "plan" &&
      glued &&
      // nor where the head is what is left (还剩2个|春节前完工) or the matter the step is about (仓库漏雨的事|近期要解决).
      (/等|(?:明年|今年|年底|月底|下个?月|下周)$/.test(glued[0].trim()) ||
        /^\s*(?:还剩|剩下|剩余|余下|还有|还差)|(?:的事|的事情|的问题|这事|那事|这个事)$/.test(
          glued[0].trim(),
        ) ||
        leftThenStep(p.text))
        ? undefined
        : glued;
    return cut
      ? [
          { text: cut[0], kind: "problem" as const },
          { text: cut[1], kind: "plan" as const },
        ]
      : [p];
  });
}

function turnsOf(
  piece: string,
  today?: string,
  time?: string,
  first = true,
): { text: string; kind?: ClauseKind }[] {
  if (/[，,。；;]/.test(piece.replace(/[，,。；;\s]+$/, ""))) return [{ text: piece }];
  // 「县里要求年底前建成的15个站」「按要求每个季度要开一次会」: a plan word in an attribute, a norm — one piece.
  // 「还有4家的合同再对一遍」: what is left and the step that finishes it — one plan (aspect.ts).
  if (
    statesNorm(piece) ||
    SET_TASK.test(piece) ||
    leftThenStep(piece) ||
    planInAttribute(piece, (s) => pieceKind(s, today, time))
  )
    return [{ text: piece }];
  // 「…材料弄完咧12月中旬开会评」: a dialect 了 closes a clause as 了 does, and 「…经费使用下昼去…」 a
  // dialect time word opens one as its Mandarin word does (same length, dialect-words.ts).
  const points = cutPoints(plainAspect(plainDialect(piece)));
  if (points.length === 0) return [{ text: piece }];
  const parts: string[] = [];
  let from = 0;
  for (const p of [...points, piece.length]) {
    parts.push(piece.slice(from, p));
    from = p;
  }
  const kinds: (ClauseKind | undefined)[] = [];
  let prev: ClauseKind | undefined;
  for (let i = 0; i < parts.length; i++) {
    const k = ownKind(parts, i, prev, today, time);
    kinds.push(k);
    if (k) prev = k;
  }
  // 「当场整改8处剩下3处|是老楼电线」: what is left, counted, and what is said of it read together.
  // Only after a count (继续推进|剩下九个|村的改造 is the plan's object).
  for (let i = 1; i + 1 < parts.length; i++)
    if (
      !kinds[i] &&
      !kinds[i + 1] &&
      LEFT_COUNT.test(parts[i] ?? "") &&
      COUNT_AT_END.test(parts[i - 1] ?? "")
    ) {
      const k = pieceKind((parts[i] ?? "") + parts[i + 1], today, time);
      if (k === "problem" || k === "plan") kinds[i] = kinds[i + 1] = k;
    }
  // 「今年护林员工资|还欠两个月没发」: a thing said with only the time it belongs to, no count and
  // nothing done to it, is the topic of the problem said next.
  for (let i = 0; i + 1 < parts.length; i++)
    if (
      kinds[i] === "done" &&
      kinds[i + 1] === "problem" &&
      !/了|已|完成|过|正在|累计|截[至止]|[\d一二两三四五六七八九十百千万]/.test(parts[i] ?? "")
    )
      kinds[i] = "problem";
  // A part with no sign of its own: one that leads into the next goes with it, any other with the
  // part before it, and what still has none (the opening parts) with the first part after it.
  for (let i = parts.length - 2; i >= 0; i--) {
    const part = parts[i] ?? "";
    const next = parts[i + 1] ?? "";
    if (kinds[i]) continue;
    // 「开了1300多条|有的部门更新不及时」: a count before a part singled out stands as work done.
    // 「入库的有47家了|跟年初定的目标比|还差一截」: so too before the frame of a comparison.
    if (
      (TURN_TO_PART.test(next) || COMPARE_FRAME.test(next)) &&
      COUNT_AT_END.test(part.replace(/了$/, "")) &&
      !/^(?:离|距|剩|还|有)/.test(part) &&
      kinds[i + 1] === "problem"
    )
      kinds[i] = "done";
    // 「清退了86户|不符合条件的」 describes the count before it; 「鉴定为C级的|还有43户」 leads on.
    // 「…交上去了|还有我们科跟的2个项目|月底前要去验收」: an "and also" 还有 opens what is said next (and-also.ts).
    else if (
      (LEADS_ON.test(part) && !(/的$/.test(part) && COUNT_AT_END.test(parts[i - 1] ?? ""))) ||
      LEFT_COUNT.test(part) ||
      COMPARE_FRAME.test(part) ||
      AND_ALSO_AT.test(part)
    )
      kinds[i] = kinds[i + 1];
    // 「救生衣数量|还差一些」: a bare subject before a predicate that needs one (还…、也…、都…).
    // Not what is said to be fine before a turn to what is wrong (厨师都有健康证|就是有两场…).
    else if (
      /^(?:还|也|都|就|仍|才|只|又|总|老是|一直|没|不|已经)/.test(next) &&
      !/[\d了]/.test(part) &&
      !fineThenBut(part, next)
    )
      kinds[i] = kinds[i + 1];
  }
  // 「发放技术资料3000多份|问题是特派员年纪偏大」「归档386件|库房太小放不下」: a stretch opening with a
  // count and what it counts, then a problem or a plan with no comma between, reads as the same words
  // with the comma typed — the count stands apart and takes its kind from the sentence around it.
  const countApart = kinds[0] === undefined && countThenTurn(parts, kinds, first);
  // 「…演练用时40分钟|主汛期实行领导带班值守」: a step opening at a time of year begins a clause of its
  // own; the part before it is no topic of it and reads with the sentence around it.
  const timeApart =
    kinds[0] === undefined &&
    ((kinds[1] === "plan" && SEASON_STEP_AT.test(parts[1] ?? "")) ||
      // 「厨师都有健康证|就是有两场的冷菜…」: what is fine, then a turn (就是、但是…) to what is wrong — the good
      // side reads with the sentence around it, not as the problem.
      (kinds[1] === "problem" && fineThenBut(parts[0] ?? "", parts[1] ?? "")));
  for (let i = 1; i < parts.length; i++) kinds[i] ??= kinds[i - 1];
  for (let i = parts.length - 2; i >= 0; i--) kinds[i] ??= kinds[i + 1];
  if (countApart || timeApart) kinds[0] = undefined;
  const out: { text: string; kind?: ClauseKind }[] = [];
  for (const [i, part] of parts.entries()) {
    const last = out[out.length - 1];
    if (last && kinds[i] === kinds[i - 1] && !((countApart || timeApart) && i === 1)) last.text += part;
    else out.push({ text: part, ...(kinds[i] ? { kind: kinds[i] } : {}) });
  }
  return out.length > 1 ? out : [{ text: piece }];
}
