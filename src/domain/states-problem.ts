import { GENTLE_PROBLEM, PROBLEM_TOPIC } from "./aspect.js";
import { PLAIN_PROBLEM, remedyAfter } from "./plain-problems.js";
import { LEFT_WITHOUT, SHORTFALL } from "./shortfall.js";
import { STATE_PROBLEM } from "./state-signs.js";
import { SETBACK } from "./setback.js";

/**
 * Whether a piece states a problem by its words (困难、又拖了、卡在、还是老样子…), and not a problem
 * named as what a remedy works on (排查隐患、整改问题、薄弱学校改造) or what a check found (查出不达标的6家),
 * which is work done. Split out of clause-kind.ts, which asks it (pieceKind).
 */
/** Nouns that hold a problem word without stating a problem. */
const PEOPLE = "群众|党员|家庭|户|职工|学生|老人|儿童|教师|企业|人员|对象|群体|人群|妇女|退役军人|村";
/** Work on problems (排查问题、整改问题、帮助解决困难) is work done, not a problem. */
export const SOLVING =
  /调解|调处|补录|补登|补报|解答|答疑|整治|整顿|打击|根治|防治|清理|清查|查处|纠正|治理|解决|整改|查摆|排查|梳理|发现|反馈|收集|化解|交办|处理|核查|帮助?|协调|针对|查找|剖析|研究|克服|破解|攻克|补齐|补短板|弥补|疏通|摸排|督办|销号|回应|答复|查出|听取|倾听/;

const PROBLEM_WORDS = [
  `困难(?!(?:老|小|青少年|残疾|独居|空巢|农牧|[农牧渔])?(?:${PEOPLE})|(?:残疾|老年)人|的)`, // 困难牧户 are those helped
  "(?<!没有|未发现|无|没|(?:没|未|无)(?:出|有|发生|出现|发现)?过?(?:大|什么|任何|重大|啥子?|哪样|么子|太大)?)问题(?!户|清单|线索|台账|金额|整改|的整改|导向|排查|摸排|核查|清理|整治)",
  "不足(?![\\d一二三四五六七八九十]|的)",
  "短板",
  // draft55: 潮汕/闽 无 = 没/不 in a shortfall said plainly (经费无够、好多点无装监控、分馆无人管), and people who do not stay
  // (人才留不住、来了两年就走): problems, not work (无人机 is no one).
  "(?:经费|资金|钱|人手|人员|设备|场地|力量|资源|编制)[^，。；\\s]{0,2}?无够|无人(?:管|理|问|住|用|看)(?!理)|(?<=[点处村站馆])无装",
  "(?:干|来|待|呆|做)了?[^，。；\\s]{1,3}(?:年|个月)就(?:走|跑|辞职|离开|调走|不干)",
  "瓶颈",
  "弱项",
  "短缺",
  PLAIN_PROBLEM.source, // 施工队都撤了、企业就7家、离目标还有段距离 (domain/plain-problems.ts)
  SETBACK.source, // 材料退回来了要补、被驳回、被否了 (domain/setback.ts)
  STATE_PROBLEM.source, // 还款逾期、堆着杂物、收入还在线下面、年纪大了 (domain/state-signs.ts)
  "落后(?!的|地区|村)",
  "流于形式",
  "(?:仍然?|依然|还|依旧)存在",
  "(?<!保证|确保)不会(?!再|出现)",
  "(?:周期|时间|耗时)[^，。]{0,2}(?:长|久)",
  "头[疼痛]|犯愁|发愁|难办|难处|难点|难题",
  "不统一|不一致|对不上|不匹配",
  "(?:滞后|推迟|延误|拖欠|积压)(?!的)",
  "薄弱(?!村|环节|的)",
  "偏[低少小弱慢高大](?!的)",
  "较[低弱慢少差](?!的)",
  "(?<!差)不[高强够多好快稳优全齐实细熟精专懂清顺畅便](?!的)",
  "(?:比较|较为|十分|尤为|特别)突出",
  // 「人员流动大」「价格波动较大」; not 大 opening a noun (流动科普大篷车、流动大课堂: trial34).
  "(?:流动|变动|波动|流失)[^，。]{0,2}(?:大(?![篷会赛集讲堂院厅棚课队户家型众学礼舞])|快(?![递报车])|频繁)",
  "复杂(?=$|[，。；])",
  "不到位",
  "不完善",
  // Closing the clause: 消防设施不全、物资储备不齐.
  "不(?:全|齐|齐全|健全)(?=$|[，。；！!])",
  "不平衡",
  "不充分",
  "不及时",
  "不理想",
  "不明显",
  "不规范",
  "不达标",
  // 不合格 as a state; 「抽检…，不合格27批次」 counts what an inspection found, which is work done.
  "不合格(?![\\d一二两三四五六七八九十])",
  "不愿",
  // Found not to qualify: 有五户已经不符合条件 (对不符合条件的予以清退 names whom a remedy deals with).
  "不(?:符合|满足|具备)(?![^，。；]{0,8}的)",
  // Disorder: 电线乱拉、电动车乱停乱充、乱搭乱建 (整治乱搭乱建 is the remedy's object).
  "(?<!(?:拆除?|整治|清理|清除|取缔|查处|治理|劝导|规范|整改|纠正|处罚|劝离|清运|拆违)[^，。；]{0,12})乱(?:拉|接|停|放|堆|搭|建|倒|扔|丢|贴|摆|充|占|挖|采|砍|烧|排)",
  "不到一半",
  // 「本科以上的不到四成」「落地的不到三分之一」: the part that is as it should be, under a share, is a shortfall (as 不到一半).
  "的(?:还|都|只有|才|仅)?不到(?:[一二两三四五六](?:成|分之[一二两三四五])|百分之[\\d一二两三四五六七八九十]|\\d{1,2}(?:\\.\\d+)?\\s?%)",
  // 「记录是一日补出来的 字迹都一样」: records made up after the fact, in one go, are a fault found, not records kept.
  "(?:是|都是|全是)(?:一天|一日|一晚上?|一夜|一下午|事后|后来|临时|突击|连夜)补(?:出来|写|签|填|做|录)?的",
  // 「台风天货船全部停航」「滞留的十七条船」: traffic stopped and ships or people stranded by the weather.
  "(?<!(?:组织|通知|安排|要求|责令|指挥)[^，。；\\s]{0,6})(?:全部|全都|都|被迫|只能)(?:停航|停运|断航|停摆)|(?<!疏散|转移|安置|救助|帮助|转运|接回|护送|劝返)滞留(?:的|了|在)",
  "[^\\s，。]不[上下了动起](?:了|啦)?(?=$|[，。；])",
  // More than can be handled, nearly full: 应付不过来、库房快满了.
  "不过来|快(?:满|不够|用完|撑不住)|(?:早就|早已|早都)(?:满|不够|用完|爆满)",
  "缺乏",
  "欠缺",
  "缺口",
  "太[缺少小紧低难慢长多久乱贵高杂大快旱涝冷热远偏挤旧破差]|太老(?!实|师|板|家|乡|人)",
  "缺(?:得|的)(?:厉害|很|多|严重|要命)|(?:很|比较|非常|严重|特别|挺)缺",
  "(?:时有|屡有|屡屡|时常|频繁)(?:发生|出现)",
  "费劲|费力|吃力",
  // A long way to go for a service: 打一针还得走老远的路.
  "(?:走|跑|绕)[^，。；]{0,3}(?:老远|好远|很远|大老远)",
  "紧张",
  "压力[^，。]{0,5}大",
  "难度[^，。]{0,3}大",
  // 不小 is 大 said mildly: 压力不小、难度不小、缺口不小.
  "(?:压力|难度|阻力|负担|缺口|风险|隐患|工作量|意见)[^，。]{0,3}不小",
  "尚未",
  // 还未、仍未 said as 还没 (粤 仲未 reads 还未): 账目还未理清、合同还未签.
  "还没|还未",
  "没有(?:保障|落实|建|到位|通过|形成|解决)",
  "[没未](?:有)?(?:通过|落实|解决|达到|完成|到位|开工|落地|兑现|验收)",
  "有待",
  "亟待",
  "亟需",
  "差距",
  "下滑",
  "放缓",
  "流失",
  "亏损",
  "亏(?:得|了|钱|本)",
  // Service that stopped and people who left: 线路已经停了、刚培训完就走了、走了11个医生; 走了 with a count of
  // places or units is a round made (走了6个苏木、走了4个工业园区、走了3个合作社), after 又、也 too (又走了5个村: review39,
  // the adverb's branch read it as people gone — a count after 走了 is left to the last branch), and so is 都走了 said
  // of places (「锅炉房配电室科技馆都走了」「六个站点都走了」: each was visited), not of people (年轻人都走了).
  "(?<!等[^，。；]{0,4})停(?:运|办|开)?了(?=$|[，。；！!])|(?<![房室馆楼舍棚厅池村镇乡点站厂院校场区段店库园])(?:就|都|又|也)(?:走了(?![一两几]?[遍趟圈轮回]|[\\d一二两三四五六七八九十几])|(?:辞职?|离职|跳槽|不干)了)|走了[\\d一二两三四五六七八九十几]+(?:个|名|位)(?![\\u4e00-\\u9fff]{0,3}(?:乡镇|村|镇|乡|社区|街道|企业|学校|地方|点|单位|部门|站|苏木|嘎查|旗|屯|园区|开发区|厂|合作社|基地|景区|小区|牧场|农场|林场))",
  // 「给受灾的52户发放补助」「为受灾群众发放棉被」: the stricken as those helped name the remedy's object.
  // 「…走访慰问了|台风受灾的困难户12户」: the stricken named as people (受灾的困难户、受灾群众) are whom the work was for.
  // 「去9个村看受灾情况」「到6个组了解受灾情况」: the situation looked into is what the visit was for (吴 望 = 看).
  `(?<!(?:给|为|向|帮|帮助|对|慰问|救助|安置|走访|看望)[^，。；]{0,6})(?<!(?:看|望|查|察|了解|摸|统计|调查|核)[^，。；]{0,4}(?=受灾情况))受灾(?!的?(?:困难|贫困|特困)?(?:${PEOPLE}))`,
  // What a disaster did: 冰雹造成数百万损失、台风导致4座大棚倒塌.
  "(?:造成|导致|致使)[^，。；]{0,12}(?:损失|伤亡|损毁|倒塌|减产|绝收|受损|停产|中断|被淹|冲毁)",
  "渍害",
  "停摆",
  "走过场",
  "两张皮",
  "参差不齐",
  "跟不上",
  "矛盾",
  "过快",
  "频繁",
  "老化了?(?=$|[，。；！!])",
  "有意见",
  "屡[^，。]{1,2}屡",
  "严重(?!违纪|违法)",
  "存在[^，。]{0,12}(?:现象|情况|问题|风险)",
  "受[^，。]{1,10}影响",
  // 「就是…」 opens a turn (but) — unless it only hedges work done, a count or 吧 after its 了 (就是下乡跑了几趟吧);
  // 「就是说…」 is a filler (I mean), leading whatever follows.
  "^(?:但是?|不过|然而|可是|只是|就是(?!说|汇报|讲(?:一下|下))(?![^，。；]*了(?:[一两二三四五六七八九十几\\d]+[\\u4e00-\\u9fff](?:吧|呗|嘛|而已)?|吧|呗|嘛|而已)$))",
  // lead47: 「还有一个硕士在谈」「还有两家在走流程」: more under way (在谈、在对接、正在…), not a shortfall.
  "^(?:目前|现在|当前|截至目前)?还(?:有|差)(?![^，。；]*(?:正在|(?<!还|仍|仍然|依然)在(?:谈|洽谈|商谈|对接|走流程|办理?|推进|审批?|签|考察|接触)|(?:洽谈|商谈|对接|办理|审批|考察)中))[^，。]{0,8}(?:[\\d一二两三四五六七八九十几]|部分|部份|些|不少|好多|很多|大量)",
  // What is left, said at the end: 城区内涝点还有5处、没签约的还剩3户.
  "(?:还有|还剩|尚有|仍有)[\\d一二两三四五六七八九十几]+[^\\s\\d，。；]{0,3}(?=$|[，。；！!])",
  GENTLE_PROBLEM.source, // 有点小、不太配合、场地小 (domain/aspect.ts)
  PROBLEM_TOPIC.source,
  SHORTFALL.source, // 还差3户、离目标还差一截、离全年任务差3件 (domain/shortfall.ts)
  LEFT_WITHOUT.source, // 还有23所农村小学没有专职音体美老师 (domain/shortfall.ts)
  // Still short of people or things: 护理员还缺2个、仍缺资金.
  "(?:还|仍|尚|仍然|还是)缺",
  // Done too much or too little, said with 太: 目标定得太虚、管得太宽、来得太晚.
  "[\\u4e00-\\u9fff]得太[\\u4e00-\\u9fff]",
  // Work that has not happened, said at the end of the clause: 17户没挂、手续没办下来、没来领.
  "(?<![还尚])(?:没有|没(?!有)|未)(?!出现|发生|出(?:了|过)?(?:啥子?|什么|哪样|么子|任何|大)?(?:事|问题|岔子|麻达|乱子)|问题|事故|伤亡|反弹|超标|发现|收到|接到|违|差错|拖|耽误|影响|断过|停过|歇过|间断|松懈|落下)[\\u4e00-\\u9fff]{1,3}(?:下来|出来|起来|到位)?(?=$|[，。；！!])",
  // Without a means, named with what it is for (没网络信号、没烘干设备、没有办公场地): as 没信号、没设备 (fig38).
  "(?<![还尚])(?:没有|没(?!有))[\\u4e00-\\u9fff]{1,3}(?:信号|网络|设备|资金|经费|场地|人手|编制|仓库|库房|厂房|机器|车辆)(?=$|[，。；！!])",
  "遗漏|(?<!补[录登报办填发]?)漏[报登统挂发办录填]|有漏洞",
  "难(?:搞|弄|处理|解决|推进|落实|协调|调解|化解|管|做)",
  "(?:底子|家底)[^，。]{0,2}(?:薄|弱|差)",
  // Still unfinished, still short, still too many: 还在查处中、还不到5万元、还比较多.
  "(?:还|仍|仍然|依然)在[^，。]{0,6}中(?=$|[，。；])",
  "(?:还|仍|尚)不(?:到|足|够)",
  "(?:还是|还|仍|依然|仍然|依旧)(?:比较|较为?|很|挺|相当|有点|有些)?(?:多|少|低|高|弱|差|乱|慢|紧|忙|累|挤|贵|散)(?=$|[，。；])",
  "(?:还是|还|仍|依然|仍然|依旧)(?:比较|较为?|很|挺|相当|有点|有些)(?:多|少|低|高|弱|差|乱|慢|难|紧|忙|累|挤|贵|散)",
  // A capacity that is weak, a risk that is large: 救援能力弱、安全隐患大.
  "(?:能力|力量|水平|意识|基础|实力|后劲)[^，。]{0,3}(?:弱|差|低|薄)(?=$|[，。；])",
  "(?:隐患|风险|阻力|负担)[^，。]{0,3}(?:大|多|高)(?=$|[，。；])",
  // A thing that keeps breaking down, said as its predicate: 触摸屏故障比较多、放映机故障频繁、跑步机毛病太多.
  "(?:故障|毛病)率?(?:比较|较为?|很|太|挺|特别|有点|还是|还|也|偏)?(?:多|高|频繁|频发|不断)(?=$|[，。；])",
  // Named as the weak point: 监管仍是薄弱环节.
  "(?:是|成为|成了)[^，。]{0,3}(?:薄弱环节|短板|难点|痛点|突出问题)",
  "长期(?:无人|空置|闲置|缺|未|没)",
  // A fault that keeps coming back, said with how often; machines stall, go dark, stop answering as well as
  // break (老熄火、总失灵、动不动就黑屏、经常打不着火).
  "(?:容易|经常|时常|老是|总是|老|总|动不动就?|年年|月月|天天|回回|次次|(?:隔三[岔差]五|三[天日]两头|时不时)就?)(?:出现|发生|冻|堵|漏|坏|断|停|趴|出故障|故障|抛锚|罢工|跳闸|出错|出问题|掉线|卡顿|死机|返工|淹|塌|爆|熄火|死火|打不着火?|失灵|黑屏|闪退|报错|卡壳|掉电|没反应)",
  // Losing on each one, prices stuck low: 一头猪要亏两三百块、猪价一直在低位.
  "亏(?=[\\d一二两三四五六七八九十几百千万])|(?:一直|持续|还|仍)(?:在|处于)低位|低位(?:运行|徘徊)",
  // A verb with a negative potential complement: 吃不透、降不下来、留不住、推不动、进不去.
  "(?<![离少免了对])[\\u4e00-\\u9fff]不(?:透|下来|下去|上来|上去|出来|起来|过来|进来|进去|回来|通|住|(?<![用犯怪]不)着(?!急|想)|上(?=$|[的了啦，。；！!])|动(?!产)|定(?!期)|懂|清|拢|妥|完(?!全)|到(?![\\d一二两三四五六七八九十百千万半])|开|掉|起|去)",
  // None at all, only once, due for replacement, hard to do.
  "(?:[都也]|几乎|基本|根本|压根)没有?(?=$|[，。；！!])|(?:经常|老是|总是|时常)(?:不|没)|(?<![赛长慢])跑了(?=$|[，。；！!])|只[\\u4e00-\\u9fff][了过]?[一两二三1-3](?:次|回|趟|个|家|人)|该(?:换|修|更新|淘汰|报废)了|有(?:一定|不小的|很大)?难度",
  "(?:还有|存在|仍有|是|有)空白|(?:情况|现象)[^，。]{0,3}(?:普遍|突出|严重|多发)",
  // Comes back after being dealt with: 占道经营反复、管了又回来.
  "反复(?=$|[，。；])|反弹(?!的)|回潮|了又(?:[\\u4e00-\\u9fff]{0,2}回(?:来|去)|反弹|冒|出现|来了)",
  // A business or site that stopped (有2家已经停产), not an order to stop (责令停产整顿、停工整改): that is enforcement done.
  "(?<!责令|勒令|下达|下发|责成)(?:停产|停工)(?!整改|整顿|通知|令|处理|检查|排查|督查|巡查|验收|复工)|倒闭|歇业|破产|减产|超过?(?:报废|使用|设计)年限|超期(?:服役|使用)",
  // A shortfall closing the clause (收入不到10万元、覆盖率不足六成), not a condition (经费不足3万元的项目由…).
  "(?<!(?:差错|事故|发病|误差|投诉|不合格|返贫|失误|死亡|违法|空置|流失|辍学|复发|感染|漏报|错报|超标)[^，。]{0,2})(?:收入|经费|资金|预算|人数|人手|比例|率|覆盖面?)[^，。]{0,3}(?:不到|不足|达不到|(?<!不)低于)[\\d.一二两三四五六七八九十百千万亿]+[^\\s，。；的\\d]{0,3}(?=$|[，。；])",
  // A negative degree complement: 住得偏、来得晚.
  "[\\u4e00-\\u9fff]得(?:很|太|比较|特别|有点)?(?:偏|远|散|慢|差|晚|乱|少)(?=$|[，。；])",
  "贵了|涨价",
  // People grown old in post: 好几个村书记都六十多了、一半以上超过55了 (an age said as a complaint).
  "(?:年纪|年龄|岁数)[^，。；\\d]{0,3}(?:[五六七八九]十[一二三四五六七八九]{0,2}|[5-9]\\d)(?:多|几|好几)?岁?了(?=$|[，。；！!])|(?:都|已经|大多|多数|普遍)(?:快|近|将近|超过|过)?(?:[五六七八九]十[一二三四五六七八九]{0,2}|[5-9]\\d)(?:多|几|好几)?岁?了(?=$|[，。；！!])|(?:超过|过了|超)(?:[五六七八九]十[一二三四五六七八九]{0,2}|[5-9]\\d)岁?了(?=$|[，。；！!])",
  // Held up for long: 堵了好几个钟头、排队等了两个多小时、耽误了半个月、粤 等咗成两个月 (成, 快, 将近 = a good…).
  "(?:堵|堵车|排队|等|耽误|耽搁|滞留|停|卡|堆|积压|搁|晾)(?:要|得|都要|就要|都得)?(?:排|等)?了?(?:成|快|将近|足足|整整)?(?:好几|大半|小半|半|几|[\\d一二两三四五六七八九十]+)个?多?(?:钟头|小时|天|个?月|周|礼拜|星期)",
  // What is left still needing time: 剩余2个需跨年推进、剩下的要到明年.
  "^(?:剩余|剩下|余下|还剩)的?[\\d一二两三四五六七八九十几]*[^，。；]{0,6}?(?:需|要|得|待)(?:跨年|明年|延期|继续|进一步)|跨年(?:推进|实施|完成|结转)",
  // Only so much, also of a whole named first: 只有计划的六成、仅有总数的三分之一.
  "(?:只有|仅有?|(?<![人天刚方英口])才)(?:[^，。；]{1,4}的)?[\\d一二两三四五六七八九十百千万]",
  // Still not, for long: 一直没落实、一直联系不上 (一直不间断 is no problem).
  "一直[\\u4e00-\\u9fff]{0,2}?(?:没|未|不(?!间断|放松|懈|停))",
  // Only so far along: 全县才换了百分之三十多、只办了3件 (「仅用3天」 says how fast, not how little).
  "(?:只|仅|(?<![人天刚方英口])才)(?!要|是|有|用|花|需|能)[\\u4e00-\\u9fff]{1,2}了?(?:[\\d一二两三四五六七八九十百千万]|百分之)",
  // Still the same state at the end of the clause: 房地产还是低迷、审批还是老样子.
  "(?:还是|仍然?|依然|依旧)[\\u4e00-\\u9fff]{2}(?=$|[，。；！!])",
  // Set back, stuck, delayed: 中试又拖了、卡在研发费用上、拖到明年了、谈判搁浅.
  "又(?:拖|坏|停|断|漏|堵|塌|出事|出问题|反弹|涨|跌|少|慢|延)|拖(?:了|到|延|后腿|着|住)|拖起(?:的|在)(?=$|[，。；！!\\s])|卡(?:在|住|壳|脖子)|搁浅|搁置|停滞|僵持",
  // Where it fell short: 另外3家差在研发投入上、输在台账上.
  "(?:差|输|亏|吃亏|栽)在[^，。；]{1,10}上",
  // Some still do what is forbidden: 还是有人偷着烧、总有人乱倒.
  "(?:还是|还|仍然?|依然|总|老)有(?:人|个别人|少数人)(?![数员才])",
  // A dispute or grievance that exists; people who ran off.
  "有(?:纠纷|争议|分歧|怨言|抵触)|跑路|失联|卷款",
  // Equipment in use or in store for years: 冰箱用了十多年了、B超机用了十几年了、编织袋放了好几年. Not the one
  // replaced (「换了一套 原来那套用了十几年了」): its years say why it went, the new one is the work (fig43b).
  "(?<!(?:原来|以前|之前|换下来|淘汰下来)的?(?:那|这)?[一两]?[套台个辆部批张把件]?)(?:用|使用|放|存放)了(?:快|近|将近|有)?(?:(?<!\\d)[\\d一二两三四五六七八九十几]{1,3}(?!\\d)|好几)(?:多|余|来)?年",
];
const PROBLEM = new RegExp(PROBLEM_WORDS.join("|"), "g");
/** Problem words that name a thing, which a remedy before them can take as its object. */
const PROBLEM_NOUN = /^(?:困难|问题|短板|不足|瓶颈|矛盾|差距|缺口|难处|难点|难题)/;
/** A remedy said done after the problem it deals with: 已全部核查处置、均已整改到位、已经处理完. */
const HANDLED = new RegExp(
  `^[^，。；]{0,10}?(?:已经?|均已|都已|全部)(?:全部|经)?(?:当场|当即|立即|及时|现场|马上)?(?:责令|责成|督促|限期){0,2}(?:停用|停业|停产)?(?:${SOLVING.source}|处置|办结|销号|整改|到位|下达|下发|立案|移送|处罚|下架|召回|销毁)`,
);

/** 「不合格的9家，已经全部下达整改通知」: the next piece says the problem before it is dealt with. */
export function handledNext(next: string | undefined): boolean {
  const n = next?.trim() ?? "";
  return /^(?:已|均|都|全部)/.test(n) && HANDLED.test(n);
}
/** A remedy named right after what it works on (薄弱学校改造、落后产能淘汰、低效用地盘活). */
const REMEDY_AFTER =
  /^[\u4e00-\u9fff]{0,4}?(?:改造|提升|提质|改善|整治|治理|加固|升级|淘汰|盘活|帮扶|消除|攻坚|转化|清零|补强)/;
const OBJECT_NOUN = /(?:困难|问题|短板|瓶颈|矛盾|隐患|难题|难点|难处|堵点)/;

/** A problem said of something, not one named as the object of a remedy (「排查隐患、整改问题」). */
export function statesProblem(t: string): boolean {
  const solving = SOLVING.exec(t);
  // 「克服人员少、经费严重不足的困难」: everything up to the noun is what the remedy deals with.
  const object = solving ? OBJECT_NOUN.exec(t.slice(solving.index)) : null;
  const objectEnd = solving && object ? solving.index + object.index + object[0].length : -1;
  for (const m of t.matchAll(PROBLEM)) {
    if (solving && solving.index < m.index && (m.index < objectEnd || PROBLEM_NOUN.test(m[0]))) continue;
    // 「矛盾问题排查」「安全隐患整治」: a problem noun named before the remedy that deals with it.
    if (
      PROBLEM_NOUN.test(m[0]) &&
      new RegExp(`^(?:问题|纠纷|隐患)?(?:${SOLVING.source})`).test(t.slice(m.index + m[0].length))
    )
      continue;
    // 「完成5所薄弱学校改造」「老旧小区改造」: the weak or old thing named as what a remedy works on.
    // 「计划改造的9所薄弱学校」: or named after the remedy, as what it works on.
    const weak = /^(?:薄弱|落后|闲置|低效)/.test(m[0]);
    if (weak && REMEDY_AFTER.test(t.slice(m.index + m[0].length))) continue;
    if (weak && /(?:改造|提升|整治|治理|加固|盘活|帮扶|消除|淘汰)[^，。；]{0,8}$/.test(t.slice(0, m.index)))
      continue;
    // 「不合格的28批次已全部核查处置」: the problem as the topic of a remedy already done.
    if (HANDLED.test(t.slice(m.index + m[0].length)) || remedyAfter(t, m.index, m.index + m[0].length))
      continue;
    // 「补了缺苗的地三十亩」「修好了漏水的水管」: the bad state as a 的-attribute of what a repair worked on, work done.
    if (
      /(?:补|补种|补栽|补植|修|修好|修复|维修|换|更换|加固|疏通|清掏|堵)了?$/.test(t.slice(0, m.index)) &&
      /^[^，。；]{0,3}的/.test(t.slice(m.index + m[0].length))
    )
      continue;
    // 「排查出不达标的6家」: what a check found is its result, work done (发现隐患131处).
    // 「发现3个老人身体不太好」: what a check found, counted, is its result too.
    // 「查扣不合格产品132台」: the bad thing as the object of an enforcement act, which is work done.
    if (
      /(?:查出|检出|发现|排查出|摸排出|抽检出|检查出|查扣|扣押|暂扣|没收|收缴|查封|查获|缴获|下架|销毁|召回|取缔|清退)了?[^，。；]{0,2}$|^[^，。；]{0,4}(?:发现|查出|检出|排查出|摸排出)了?[\d一二两三四五六七八九十几]+[^，。；]{1,8}$/.test(
        t.slice(0, m.index),
      ) &&
      !/^(?:有点|有些|比较|普遍|大多)/.test(m[0]) // 发现管子有点老化: how far it has gone is a state, no finding
    )
      continue;
    // 「治理水土流失」「整治拖欠」: a remedy and its object with the problem word in it, a word or
    // two apart; a verdict on the remedy (整改不到位、处置滞后) is still a problem.
    const gap = solving ? t.slice(solving.index + solving[0].length, m.index) : "";
    if (
      solving &&
      solving.index + solving[0].length <= m.index &&
      // 「清理逾期项目」: the problem word right after the remedy is its object too.
      // 「清理逾期项目」: a problem word right after the remedy, naming the thing it works on (a noun follows).
      (/^[\u4e00-\u9fff]{1,4}$/.test(gap) ||
        (gap === "" &&
          !/^[难慢]/.test(m[0]) &&
          /^[\u4e00-\u9fff]{2}/.test(t.slice(m.index + m[0].length)) &&
          !/^(?:度|的|了|得|大|多|问题)/.test(t.slice(m.index + m[0].length)))) &&
      !/^(?:[以之过]?后|完)/.test(gap) && // 整治后复发: after the remedy, not its object
      !/^(?:不|没|未|尚|还|仍|滞后|推迟|较|偏|太|有点|有些|比较|普遍|大多)/.test(m[0])
    )
      continue;
    return true;
  }
  return false;
}
