import { MENDED_AFTER } from "./plain-problems.js";
/**
 * Problems and plans read from the shape of a clause rather than from a word list: who the
 * subject is, what a modal verb governs, what a complement says of the verb, when a time
 * reference falls. A new phrasing of the same shape is read the same way
 * (docs/extraction.md, 「按句式判断」).
 */

/**
 * A part singled out as the subject (有的学校…、个别企业…、部分普查员…、大部分还在租房), or one of them
 * (有个工地夜里偷偷开工、有一家…、有户…): a report names a part of a whole to say what is still wrong with it. Work done on a part says so
 * (部分村已完成改造) and is read as done before this is asked.
 */
const SUBSET_SUBJECT =
  /^(?:目前|现在|当前|但是?|不过|其中|另外|同时|就是)?[，,]?(?:还|仍)?(?:有的|有些|个别|部分|部份|少数|一些|大部分|大多数?|多数|相当一部分)(?!是|时候|时间|地方已|工作已|资金)/;
/**
 * One of them singled out (有个工地…、有一家…、有户…), not 有个别 (above), 有一个多月, 有个事, nor one praised; where it is
 * may come first (北山有家石料厂越界开采、河边有个砂场…、村里有户…). lead47: one more under way (还有一个硕士在谈、
 * 还有一家正在对接) is work going on, not a case singled out.
 */
const ONE_SINGLED_OUT =
  /^(?:目前|现在|但是?|不过|其中|另外|就是)?[，,]?(?:[\u4e00-\u9fff]{1,4}?(?:山|河|沟|坡|岭|洼|屯|庄|湾|滩|坝|口|村|镇|乡|边|上|里|那边|这边|那块|片区))?(?:还|仍)?有一?(?:个|家|户|位|处|座|间|条|段|台|辆|栋|所)(?![别多月天年事])[\u4e00-\u9fff](?![^，。；]*(?:领先|优秀|先进|示范|表彰|表扬|获奖|评上|评为|入选|[一二三]等奖|正在|(?<!还|仍)在(?:谈|洽谈|商谈|对接|走流程|办理?|推进|审批?|签|考察|接触)|(?:洽谈|商谈|对接|办理|审批|考察)中))/;

/**
 * A counted part in a lasting state (有3座水库还在带病运行、有11个村至今没有…、有几家企业用电量掉得厉害):
 * 「有 + number」 at the head and, within the clause, still / for long / to this day.
 */
/**
 * A counted part that failed to do what was required (有3家没按规定登记): what a check found wrong. The part may be
 * singled out of the whole just counted without 有 (「组织8所学校参赛，其中2所没按时报送作品」「其余3家不达标」).
 */
const PART_HEAD = "^(?:(?:目前|现在|其中|还)?有|其中|当中|这中间|里头|里面|其余的?|剩下的?)";
const COUNTED_FAILING = new RegExp(
  `${PART_HEAD}[\\d一二两三四五六七八九十几]+(?:多|余)?[\\u4e00-\\u9fff]{0,8}?(?:超了|超标|超线|不符合|不达标|不合格)|` +
    `${PART_HEAD}[\\d一二两三四五六七八九十几]+(?:多|余)?[\\u4e00-\\u9fff]{0,6}?(?:没有?|未)(?!出现|发生|问题|事故|伤亡|反弹)` +
    "(?:按|达到|落实|完成|办理|登记|报|交|签|到位)|" +
    "^(?:目前|现在|其中|还|全县|全镇|全乡)?有[\\d一二两三四五六七八九十几]+(?:多|余|来)?[\\u4e00-\\u9fff]{1,8}?(?:没有|没|无)" +
    "(?!出现|发生|问题|事故|伤亡|反弹|违|差错|投诉)[\\u4e00-\\u9fff]{1,6}$",
);

const COUNTED_STATE =
  /^(?:目前|现在|全县|全镇|辖区|其中|还)?有(?:[\d一二两三四五六七八九十几]+|一半)(?:多|余|以上)?[\u4e00-\u9fff]{0,14}?(?:还在|仍在|仍然|依然|一直|长期|至今|到现在|得厉害|得很)/;

/**
 * A burden per unit (一个人要对口5个部门、一辆车要管两个乡镇、平均要45个工作日、去一趟要大半天、
 * 开机都要好几分钟、一次只能容纳50人): one of something, or the average, and a modal that says
 * how much it takes.
 */
const BURDEN =
  /一(?:个|名)?人[^，。；]{0,2}?(?:管|看|包|负责|盯|跑|带|兼|对口|联系)着?[^，。；]{0,4}?[\d一二两三四五六七八九十几]|(?:一[个名位辆台次趟间所][\u4e00-\u9fff]{0,4}?|一人|平均|光是?)[^，。；]{0,8}?(?:要|得(?![分到率])|需要?|只能|才能)(?=[^，。；]{0,10}?[\d一二两三四五六七八九十几半])|(?:都|就|得|至少)要(?:好几|大半|小半|半|几|[\d一二两三四五六七八九十]+)个?(?:天|小时|分钟|钟头|个月|月|年|周|星期|工作日)/;

/** A verb intensified the way a complaint is (掉得厉害、忙得要命、慢得不行). */
const BAD_DEGREE = /[\u4e00-\u9fff]得(?:很|太|特别)?(?:厉害|要命|不行|够呛)/;

/** Reluctance of the people served (嫌麻烦、不肯、不配合、有抵触), and a worry about the weather or time (怕收麦时候下雨, fig38). */
const RELUCTANCE =
  /嫌(?:麻烦|远|贵|累|少|慢|脏|难|费事|不划算)|不肯|不配合|抵触|怕(?:麻烦|担责|出事|担风险)|有退出的?(?:想法|打算|意向)|不(?:想|愿意?)再?(?:摘|种|养|干|卖|收|搞|弄|参加|报名?|交|搬|管)了?(?=$|[，。；！!\s])|(?:就|最|还)?(?<![不哪])怕[^，。；]{0,8}?(?:下雨|下雪|连阴雨|降温|霜冻|冻坏|冻死|被淹|淹了|发霉|烂在地里|烂掉|赶不上|来不及)/;

/**
 * A predicate that closes the clause negated or negative, whatever the word: 群众不买账、清理不彻底、
 * 形势严峻、人才匮乏、效果一般. 不 + one or two characters at the end of a clause states what is
 * lacking; the exceptions say something good (不间断、不放松、两不误).
 */
const NEGATED_END =
  /(?<!差)不(?!间断|放松|松懈|手软|停|断|懈|误|久|变|减|拘|限|等|同|定期|一|仅|错|赖|少|小|俗|凡|菲|低于|止)[\u4e00-\u9fff]{1,2}(?=$|[，。；！!])|[\u4e00-\u9fff]不了(?!解决|之)|(?:严峻|匮乏|紧缺|淡薄|陈旧|老旧|低迷|疲软|萎缩|单一|粗放|缓慢|繁琐|繁重|冗长|零散|混乱|脆弱|简陋|破旧|狭窄|拥挤|一般|有限|空心化|老龄化)(?=$|[，。；！!])/;

/**
 * Too much to handle: many steps or errands (审批环节多、报表繁), ill feeling running high (意见大、观望情绪浓), disease and
 * pests spreading among what is raised (春蚕发病多、病虫害重, fig56).
 */
const TOO_MUCH =
  /(?:发病|病害|虫害|病虫害|死苗|落果|烂果|环节|手续|程序|材料|会议|报表|表格|任务|事情|事务|杂事|投诉|意见|矛盾|纠纷|信访|情绪|怨气|怨言)[^，。；]{0,2}(?:多|繁|杂|重|大|浓)(?=$|[，。；！!])/;

/**
 * A bad thing rising (投诉量上升、工作量成倍增加、成本上涨): the mirror of a good thing falling. A firm's research
 * spending rising (研发费用翻番、研发支出增长) is good news, not a cost grown (fig56).
 */
export const BAD_RISING =
  /(?:事故|案件|发案|投诉|信访|上访|纠纷|成本|(?<!研发|科研)(?:费用|支出)|开支|工作量|负担|压力|风险|隐患|欠款|负债|亏损|失业|返贫|浓度|超标|排放|价格|价钱|菜价|物价|房租|农资)[^，。；]{0,12}?(?:增加|上升|增长|上涨|涨|翻番|成倍|攀升|抬头|加重|反弹|居高不下|高了|多了)/;

/**
 * Means cut (培训经费压缩了快一半、项目资金被砍了、编制缩减): less to work with. Spending the
 * office cuts on itself (三公经费压减、一般性支出压缩) is a saving, an achievement.
 */
const MEANS_CUT =
  /(?:经费|资金|预算|补助|补贴|投入|拨款|编制|人手|名额|指标)[^，。；]{0,4}?(?:压缩|削减|缩减|砍|缩水|压减|减少|减半|少了)/;
const SAVING = /三公|一般性|行政|会议|公务|办公|公用/;

/**
 * Posts set against the people at work (编制十八个 实际在岗十一个、核定编制15人 到岗的才9个): too few hands, a problem,
 * not a count of work done (fig54, fig56). The posts come first, the people at work after them.
 */
const POSTS_UNFILLED =
  /编制(?:数|内)?(?:是|有|为)?[^，。；]{0,3}?[\d一二两三四五六七八九十]+[个名人]?[^，。；]{0,10}?(?:在岗|到岗|在位|上班|能干活|干活|能用|能上)的?(?:人员|人)?(?:就|只有|才|只|仅|一共|总共)?有?[\d一二两三四五六七八九十俩仨]/;

/** The people at work said in a piece of its own after the posts (「编制十八个|实际在岗十一个」, cut at a space). */
export function postsUnfilledAfter(piece: string, before: string | undefined): boolean {
  return (
    before !== undefined &&
    /编制/.test(before) &&
    !POSTS_UNFILLED.test(before) &&
    POSTS_UNFILLED.test(`${before.trim()} ${piece.trim()}`)
  );
}

/** Making do: 只能靠临时工顶着、不得不停办. */
const MAKING_DO =
  /只能|只好|不得不|被迫|勉强|凑合|将就|(?:都|全|大多|基本)是(?:兼职|临时|临聘|借调|返聘|外聘)/;

/** Set phrases that say a thing is short, failing or neglected. */
const PROBLEM_IDIOM =
  /坑坑洼洼|坑洼不平|破破烂烂|乱七八糟|脏乱差|寥寥无几|屈指可数|少之又少|杯水车薪|捉襟见肘|力不从心|年久失修|失修|身兼数职|一人多岗|超负荷|青黄不接|断档|断层|后继无人|后继乏人|后继乏力|难以为继|入不敷出|供不应求|不堪重负|疲于应付|无人问津|形同虚设|一刀切|有名无实|名存实亡|心有余而力不足|僧多粥少|应接不暇|首尾难顾|顾此失彼|积重难返|遗留问题|硬骨头|老大难|钉子户|难啃|两眼一抹黑|一头雾水|摸不着门道?|门外汉/;

/** Damage and faults: 仓库漏雨、线路老断电、系统经常卡; a road closed by the weather (去乡里的路封了、桥冲断了). */
const FAULT =
  /(?:路|道|桥|山口|垭口)(?:都|也|又|全|就|给|被)?(?:封|冻|冲)(?:了|住了|死了|断了)|漏雨|漏水|渗水|积水|内涝|倒灌|断电|停电|断网|卡顿|损坏|破损|坍塌|开裂|塌方|(?:经常|老是|总是|时常|动不动就?)卡|裂了?(?:缝|口子)|冲毁|冲垮|冲空|掏空|垮了|(?<![修通挖清])(?:堵|塌|漏|断|烂|坏)(?:了|掉了|死了)(?=$|[，。；！!])/;

/**
 * A part counted or singled out at the clause's head and what befell it (有两段路基沉下去了、有一段护坡被浪打松了、
 * 有几户的苗子黄叶、有块地重金属超标): its 了 closes what happened to the part, no work was done (kind28). Mended
 * or dealt with after it (已经修好了、当场处理了) is work done.
 */
// A share said for the count (有两成苗网出了绿藻、有一半大棚长了虫, fig37) singles out a part as a count does.
const PART_BEFALLEN =
  /^[^，。；]{0,6}?(?<![没冇无])有(?:(?:[\d一二两三四五六七八九十几]+|一|好几)?(?:个|块|段|片|处|户|家|间|栋|座|条|台|辆|所|根|棵|头|只|批)|[一二两三四五六七八九]成半?|一半|大半|小半)(?!别|多月|事|时间|时候|件)[^，。；]{1,12}?(?:沉下去|塌|垮|裂|断|倒|坏|烂|霉|锈|冻|枯|死|病|松|歪|脱落|掉了|淹|冲|漏|渗|超标|拉稀|黄叶|发黄|发霉|生锈|生虫|发病|(?:出|长|生)了[^，。；]{0,2}?(?:藻|虫))(?![^，。；]*(?:已|修好|修复|修了|换了|补上|处理|清理|拆除|加固了|整改了))/;

/** Repairs, whose object is the damage they mend. */
const REPAIR = /修|换|补|加固|疏通|清淤|排涝|抢通|更新/;

/**
 * A problem told by the clause's shape; `done` is whether the clause says work was done, `remedy`
 * the verb of dealing with problems (整改、解决、帮助…), if any: what follows it is its object, not
 * a problem of the reporter's (「帮助解决企业融资难」), unless it is said of the remedy itself.
 */
export function problemByShape(t: string, done: boolean, remedy?: RegExpExecArray | null): boolean {
  // 「清理不彻底」: said of the remedy itself, right after it, it is the problem.
  const after = (m: RegExpExecArray | null) =>
    m !== null && (!remedy || remedy.index > m.index || remedy.index + remedy[0].length === m.index);
  if (COUNTED_STATE.test(t) || COUNTED_FAILING.test(t) || BAD_DEGREE.test(t) || RELUCTANCE.test(t))
    return true;
  if (MEANS_CUT.test(t) && !SAVING.test(t)) return true;
  if (POSTS_UNFILLED.test(t)) return true;
  if (after(NEGATED_END.exec(t)) || after(TOO_MUCH.exec(t)) || after(BAD_RISING.exec(t))) return true;
  // 「补了3块破损的盖板」: the damaged thing as what a repair works on is work done.
  const fault = FAULT.exec(t);
  const repaired =
    fault !== null &&
    (REPAIR.test(t.slice(0, fault.index)) ||
      new RegExp(`^${MENDED_AFTER.source}`).test(t.slice(fault.index + fault[0].length)));
  if (after(MAKING_DO.exec(t)) || after(PROBLEM_IDIOM.exec(t)) || (after(fault) && !repaired)) return true;
  if (PART_BEFALLEN.test(t) && !remedy) return true;
  if (done) return false;
  return SUBSET_SUBJECT.test(t) || ONE_SINGLED_OUT.test(t) || BURDEN.test(t);
}

/**
 * Seasons and times of the year by the month they begin. A time of year ahead of the day the
 * message was sent, in a clause that says nothing was done, is when the work will happen
 * (12月发的「开春后…」「汛前…」「寒假期间…」); one already begun says nothing by itself.
 */
export const SEASON_MONTH: Record<string, number | number[]> = {
  元旦: 1,
  // The lunar year's end (腊月二十三、小年、除夕): late January to mid February.
  腊月: [1, 2],
  腊八: 1,
  小年: [1, 2],
  除夕: 2,
  年三十: 2,
  元月: 1,
  寒假: 1,
  春节: 2,
  年后: 2,
  节后: 2,
  开春: 3,
  两会: 3,
  春耕: 3,
  春季: 3,
  春天: 3,
  // A school term named by its season begins with the term, not the season: 春季开学 in late February (f21).
  春季学期: 2,
  春季开学: 2,
  春学期: 2,
  清明: 4,
  五一: 5,
  端午: 6,
  入夏: 6,
  夏季: 6,
  夏天: 6,
  汛期: 6,
  主汛期: 6,
  汛前: 5,
  暑假: 7,
  秋季: 9,
  秋天: 9,
  秋收: 9,
  // Schools start twice a year.
  开学: [3, 9],
  中秋: 9,
  国庆: 10,
  入冬: 11,
  冬季: 11,
  冬天: 11,
  年底: 12,
  年末: 12,
  岁末: 12,
};
