import { type ClauseKind, pieceKind } from "./clause-kind.js";
import { BAD_THING } from "./decrease.js";
import { BREAKDOWN } from "./breakdown-words.js";
import { plainDialect } from "./dialect-words.js";
import { saysFigureGap } from "./mark-gaps.js";
import { setBeforeShare } from "./share-set.js";
import { statesNorm } from "./norm-stated.js";

/**
 * What a piece of a sentence says read together with the pieces around it (moved out of extract.ts,
 * which stays under the file-size limit): a count of work done, a figure not known yet, a number
 * taken back, a bare comment on the piece before, a stock set against too few to serve it, and the
 * frames a problem is told in without a problem word of their own — the year before it is compared
 * with (去年是15家，今年少了一大截), the target it falls short of (今年要筹集500套，才落实了280套), how
 * long it has dragged on (老街改造说了三年了，还停在图纸上).
 */

export const WORK_DONE_VERB =
  /完成|开展|组织|举办|登记|摸底|普查|采集|复核|召开|培训|走访|慰问|检查|排查|巡查|发放|新建|建成|修建|修复|维修|改造|办理|办结|接待|调解|调处|出动|签约|引进|安装|提供|救助|帮扶|实施|推广|收购|销售|卖了|拆除|清理|整治|查处|受理|化解|上门|体检|筛查|接种|宣传|印发|下达|拨付|兑付|申报|认定|培育|录用|吸纳|转移|带动|惠及|覆盖|处置|核查|督办|抽检|巡河|种植|栽植|造林|发展|借阅|外借|借出/;

/**
 * Work counted by the times it was held or the people it reached, closing the piece (巡展12场、讲座办了30期、
 * 轮换图书40批次、接待1.2万人次): work done, never a bare stock that the state after it is said of. Not a
 * shortfall (只有3场、才2期) nor a bad thing that happened (停电12次、事故3起).
 */
const TIMES_HELD =
  // The character before the count is no part of it: else 「只有十二场」 reads 十 as that character and 二场 as the count.
  /[\u4e00-\u9fff](?<![只仅才就有共零一二两三四五六七八九十百千万几])(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千几]+)(?:多|余|来)?[万千]?(?:场次|人次|户次|批次|场|期|趟|轮|次|批)$/;
/** A breakdown, or a mishap that happened (出事、发生…; 事故 is among decrease.ts's bad things). */
const BROKE_DOWN = new RegExp(`${BREAKDOWN}|出事|发生`);
export function countedByTimes(piece: string): boolean {
  const p = piece.replace(/[，,\s]+$/, "");
  // 「群众跑一次窗口都要大半天」: one time is what each trip costs, no work counted.
  const once = /(?<![\d一二两三四五六七八九十百千])一(?:次|趟|轮|场|期|批)$/.test(p);
  return TIMES_HELD.test(p) && !once && !BAD_THING.test(p) && !BROKE_DOWN.test(p);
}

/**
 * 「走访的60家企业里，没建研发辅助账的占了两成」: a set framed as "among" (…里、…中、…当中) before the share its bad
 * part takes (README: 「…的占了多少」 is a problem) is that problem's topic, not work of its own.
 */
export function amongFrame(lead: string, next: string): boolean {
  return (
    /(?:里|中|当中|之中|里头|里面)[，,\s]*$/.test(lead) &&
    pieceKind(next.replace(/[，,。\s]+$/, "")) === "problem" &&
    // 「建好的一百二十几个站点里头 有人管的不到四成」: or the part that is as it should be falls short of a share.
    /^[^，。；]{2,14}的(?:(?:就|也|都|还)?(?:占了?|占到)[^，。；]{1,8}|(?:还|都|只有|才|仅)?不到[^，。；]{1,8})$/.test(
      plainDialect(next).replace(/[，,。\s]+$/, ""),
    )
  );
}

/**
 * A piece that only says a figure is not known yet (mark-gaps.ts) — not money that has not come
 * (「经费还没下来」 is a problem of its own).
 */
export function figureNotKnown(piece: string, before: string | undefined): boolean {
  if (/(?:经费|资金|补贴|补助|钱|款)[^，。；]{0,4}(?:还没|没|未|尚未)有?(?:下来|到位|拨|批)/.test(piece))
    return false;
  return saysFigureGap(piece, before);
}

/** Words taking back what was just said (不对、说错了、哦等下), heading a piece. */
export const TAKE_BACK_LEAD =
  /^(?:哦|噢|啊|呃)?(?:(?:不对)+|不是(?=[，,\s]|$)|说错了?|口误|[搞弄写讲算记]错了|更正一下|等下|等一下)[，,\s]*/;

/** A short evaluative comment with no subject or figure of its own: 差距较大、后继乏人、隐患大. */
/**
 * 「引资任务是5个亿，压力很大」: a quota, the topic of a bare comment after it. 「市里下给我们的任务是明年
 * 新增…12家，压力不小」: a quota stated (任务是…) is that topic whatever year it is for.
 */
export function quotaTopic(core: string, own: ClauseKind | undefined, today?: string): boolean {
  return (
    own === "plan" &&
    /任务/.test(core) &&
    (pieceKind(core.replace(/任务/g, ""), today) !== "plan" || /任务(?:是|为)/.test(core))
  );
}

export function bareProblemComment(
  next: string | undefined,
  when: { today?: string; time?: string },
): boolean {
  const core = next?.replace(/[，,。；;！!\s]+$/, "").trim() ?? "";
  if (!/^[\u4e00-\u9fff]{2,6}$/.test(core)) return false;
  // 「参与群众四千二 哦不对 是四万二千人次」: taking the number back is no comment on it.
  if (TAKE_BACK_LEAD.test(core) && core.replace(TAKE_BACK_LEAD, "") === "") return false;
  return pieceKind(core, when.today, when.time) === "problem";
}

export const NEW_SUBJECT =
  /^\s*(?:[\u4e00-\u9fff]{2,4}(?:乡|镇|村|社区|街道))?[\u4e00-\u9fff]{0,3}(?:卫生院|卫生室|医院|学校|中心校|小学|中学|幼儿园|敬老院|福利院|合作社|公司|工厂|企业)(?!的)/;

/** A stock of people or places held now (现在住了46个老人、现有技术员19名、全乡18个村医), counted. */
const STOCK =
  /(?:现在|现有|目前|当前|共有|一共|总共|住了|住着|入住|在册|在院|在园|在校|在岗|在编|托管|管着|^全(?:县|乡|镇|村|市|区|所|院|站|校|局|街道|社区))[^，。；]{0,8}?[\d一二两三四五六七八九十百千]+(?:多|余|几|来)?(?:个|名|位|人|户|张|所)/;
/** Said of that stock, what makes it a problem: too few to serve it (就5个), or grown old (其中50岁以上的12名). */
const AGAINST_STOCK =
  /^[^，。；]{0,4}?(?:快满|满了|住不下|坐不下|不够用|不够住)|^[^，。；]{0,8}?(?:就|只有|仅有?|才)(?:剩)?[\d一二两三四五六七八九十]{1,3}(?:个|名|位|人)(?=$|[，。；！!\s])|^(?:其中|里面|这里面|当中|这中间)?[^，。；]{0,4}?(?:[4-9]\d|[四五六七八九]十[一二三四五六七八九]?)(?:周?岁)?(?:以上|往上|开外)/;

/** A piece stating a stock, followed by a piece saying what makes that stock a problem. */
export function stockAgainst(piece: string, next: string | undefined): boolean {
  return next !== undefined && STOCK.test(piece) && AGAINST_STOCK.test(next.trim());
}

/** Already up to a level: 已经到78%、都超过了3000户、已逼近红线 — worse, when a problem comes before. */
const LEVEL_REACHED =
  /(?:已经|已|都)(?:到了?|达到?了?|超过了?|突破了?|逼近|接近)[\d一二两三四五六七八九十百千万]|^[^，。；]{0,8}?就(?:支出|花|用|用掉|花掉|花了|亏|欠|超支?|超出)了?[\d一二两三四五六七八九十百千万]/;

/**
 * What befell, said after a problem: 车都停到路边了、一拽就碎了、就让人给拆了、有几段都露天了 — 都/就 and a change
 * closing the piece with 了, no count, nobody's work (整改、修、清、安排… or 我们 doing it) — is the problem's
 * consequence, not work done. Done there and then (烟道当场就给掏了、当天就换了) is the office's remedy.
 */
const BEFELL =
  /^(?![^，。；]*(?:我们|我|局里|镇里|乡里|站里|所里|已经|[\d]|完成|整改|处理|解决|修|补|换|清|安排|协调|落实|组织|开展|通知|上报|报|送|发放|签|办|干|弄|搞|做|完|好了|齐了|到位|当场|当即|当天|现场|立马|立即|随即))[^，。；]{0,12}?(?:都|就)[^，。；]{1,8}了[。！!…]*$/;

/** How bad it got or what befell, said after a problem (extract.ts): it is that problem's too. */
export const ESCALATION = new RegExp(`${LEVEL_REACHED.source}|${BEFELL.source}`);

/** The time before that now is set against: 去年是15家、去年同期是21万人次、去年有9个乡镇设了点. */
const BASE =
  /^(?:去年|上年|前年|往年|上一年|原来|原先|以前|过去|之前|上个?月|上季度)(?:同期)?(?:的话)?(?:是|有|为|共|一共|能|都|还)/;
/** So long already, said with 了…了: 搞了两年了、说了三年了、报上去半年了 (how long it has dragged on). */
// 「谈了大半年，合同还没签下来」「跟了半年 协议还是没签」: talks held that long lead into what is still not done (fig53).
const ELAPSED =
  /^[^，。；\d]{0,12}?(?:招|找|催|盯|协调|对接|谈|洽谈|磨|跟|沟通)了(?:快|近|将近|有|好|整整|足足|大)?(?:[一两二三四五六七八九十几半\d]+|好几)多?个?(?:年|月|天|周|星期|礼拜)多?了?$|^[^，。；\d]{0,12}?(?:搞|说|弄|喊|提|拖|等|报|跑|谈|推|讲|吵|修|建|盖|改|批|研究|申请|反映|呼吁|开工|动工|启动|立项|施工|开建)(?:上去|上来)?了?(?:快|近|将近|有|好)?(?:[一两二三四五六七八九十几半\d]+|好几)多?个?(?:年|月|天|周|星期|礼拜)多?了$/;
/** A target stated: 今年要筹集500套、任务是3000人、年初定的目标10家. */
// 「县里要求12月20号前…」: a date after 要求 is when, not a count to reach.
const STATED_TARGET =
  /(?:任务|目标|指标|要求)(?:是|为|还是|定的?|下的?)?(?![\d一二三四五六七八九十]{1,3}(?:月|号|日|年(?!度?(?:要|得))|点))[\d一二两三四五六七八九十百千万]|(?:今年|全年|年内|本年)(?:要|得|需要?)[\u4e00-\u9fff]{1,6}?[\d一二两三四五六七八九十百千万]/;

/**
 * A piece that sets the frame a problem after it is told in, and so is part of that problem: the
 * earlier figure it fell from (去年是15家，今年少了一大截), the target it falls short of (年初下的任务是
 * 3000人，看样子完不成了), how long it has dragged on (老街改造说了三年了，还停在图纸上), the mark it is measured from
 * (离省里定的90%，还有段距离). `own` is what the piece says on its own; `laterProblem` says whether a
 * piece after it in the sentence reads as a problem, `nextProblem` whether the next one does.
 */
/** A sum or number asked for: 预算报了150万、申请了20个名额、打报告要了30万. */
const ASKED_SUM =
  /(?:预算|申请|申报|报了|要了|请示)[^，。；]{0,8}?[\d一二两三四五六七八九十百千万]+[多余来]?[万亿]?(?:元|个|名|辆|台|套)?(?:名额|指标)?$/;
/** Only part of it given: 财政只给了60万、只批了8个、才拨下来一半. */
const ONLY_PART_GIVEN =
  /^\s*(?:可|但是?|结果|最后)?[^，。；]{0,6}?(?:只|才|就|仅)(?:给|批|拨|下|到位|安排|落实)/;

/** Weather as what happened: rain or snow that fell, drought, a flood, a cold spell, a frost (四月底一场霜), last night's gale. */
const WEATHER =
  /(?:下|落)了?[^，。；]{0,6}(?:雨|雪|冰雹)|雨水[^，。；]{0,2}(?:大|多|足)|天(?:旱|干)|干旱|大旱|[春夏秋冬]旱|旱情|寒潮|涨(?:了)?水|(?:刮|起)了?[^，。；]{0,3}大?风|风(?:刮|吹)了|(?:雨|雪)(?:下|落)了|(?<!防)冻(?:上|住)了|一场[^，。；]{0,3}?(?:霜|雪|雨|冰雹|寒潮)|(?:打|下|落)了?霜|(?<!防)霜冻|倒春寒|(?:一场|昨[晚夜天]|前[天晚]|夜里|晚上)[^，。；]{0,2}?(?:大风|冰雹)/;

/** A short consequence with no sign of its own and no one doing anything (撤得急、路上全是冰): what the weather did. */
function bareConsequence(next: string): boolean {
  const t = next.replace(/[，,。；;！!\s]+$/, "").trim();
  return (
    /^[\u4e00-\u9fff]{3,10}$/.test(t) &&
    !/^(?:估计|可能|恐怕|大概|看样子|怕是)|[一二两三四五六七八九十百千万]/.test(t) &&
    !/我们|组织|安排|派|喊|叫|开展|完成|已|照常|正常|按时|如期/.test(t) &&
    pieceKind(t) === undefined
  );
}

export function framesProblem(
  core: string,
  own: ClauseKind | undefined,
  next: string | undefined,
  laterProblem: () => boolean,
  nextProblem: () => boolean,
): boolean {
  if (own === "problem" || next === undefined) return false;
  // 「离省里定的90%，还有段距离」: the mark it is measured from leads into the shortfall.
  if (own !== "plan" && (BASE.test(core) || ELAPSED.test(core) || /^(?:离|距离?)[^，。；]{1,14}$/.test(core)))
    return nextProblem();
  // 「河道清淤去年就报了项目，到现在都没批下来」: done long ago, the start of the wait that follows.
  if (
    own !== "plan" &&
    /^[^，。；]{0,10}?(?:去年|前年|年初|早就|老早|早早|上半年|好久以前|几年前)(?:就|都)[\u4e00-\u9fff]{1,6}了/.test(
      core,
    )
  )
    return nextProblem();
  // 「有件事要讲一下，…项目设备到了，但是电力增容一直批不下来」: a matter raised is what the problem after it is
  // about; things arrived (设备到了、资金到位了) with no work of the office's are the setting of the 但是 that follows.
  if (
    own !== "plan" &&
    /^(?:有|还有)(?:件|个)事(?:情|儿)?(?:要|想|得)?(?:讲|说|反映|汇报|报告)(?:一下|下)$/.test(core)
  )
    return laterProblem();
  if (
    own !== "plan" &&
    /(?:设备|机器|机组|器材|材料|管材|钢材|建材|物料|物资|资金|款|钱|货|苗子?)[^，。；\d]{0,6}?(?:都|也|就)?(?:到了|到位了|进场了|到货了|运到了|拉来了)$/.test(
      core,
    ) &&
    /^\s*(?:但是?|可是|不过)/.test(next)
  )
    return nextProblem();
  // 「有一半多是挂牌子的，站里平时没人」: a counted part, nothing said of it, is what the problem is about.
  if (
    own === undefined &&
    /^(?:其中|但|不过)?(?:还|也)?有(?:[\d一二两三四五六七八九十几]+|一半|大半|小半)/.test(core)
  )
    return nextProblem();
  // 「预算报了一百五十万，财政只给了六十万」「申请了20个名额，只批了8个」: the sum asked for, then only part given —
  // what was asked is the frame of the shortfall.
  if (own !== "plan" && ASKED_SUM.test(core) && ONLY_PART_GIVEN.test(next)) return nextProblem();
  // 「按要求每格要配一名专职网格员，现在有11个格是兼着的」: a norm, the mark the shortfall falls from.
  if (own === undefined && statesNorm(core)) return laterProblem();
  // 「连着下了一礼拜雨，地里进不去机器」「今年天旱，栽的苗子死了蛮多」: the weather, said alone, is the cause of
  // the problem after it, not work done (97-, 89-, a0-, a1-).
  // 「…现场义诊300多人次|下昼落雨，撤得急」: the weather and a consequence with no sign of its own are the problem too.
  if (
    own !== "plan" &&
    WEATHER.test(core) &&
    core.length <= 12 &&
    !WORK_DONE_VERB.test(core) &&
    !/\d/.test(core)
  )
    return laterProblem() || (!/已|预警|预报|发布|通知|会商/.test(core) && bareConsequence(next));
  // 「上门看了三十五家企业，辅助账没建的占了四成」: the set a bad share is of (share-set.ts).
  if (own !== "plan" && setBeforeShare(core, next)) return nextProblem();
  // A target, nothing said done of it: the shortfall said later in the sentence is measured against it.
  if (STATED_TARGET.test(core) && !/了|已|完成|过(?!程)/.test(core)) return laterProblem();
  return false;
}

/** Taking the number just said back, then saying it again: 「…四千二 哦不对 是四万二千…」 (extract.ts). */
export const TAKE_BACK_MID =
  /(?<=\S)[\s，,]*(?:哦|噢|啊|呃|哎)?(?:不对|说错了?|口误|[搞弄写讲算记打]错了)+[\s，,]*(?=(?:应该|其实|实际)?是[零〇一二两三四五六七八九十百千万\d])/g;
/** The same words closing a piece when the next piece gives the number meant (「「补了十八户」不对|是二十户」). */
export const TAKE_BACK_TAIL =
  /[\s，,]*(?:哦|噢|啊|呃|哎)?(?:[不唔]对|说错了?|口误|[搞弄写讲算记打]错了)+[\s，,]*$/;
export const MEANT_NEXT = /^[\s，,]*(?:应该|其实|实际)?[是系][零〇一二两三四五六七八九十百千万\d]/;
