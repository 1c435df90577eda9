import { IMMINENT } from "./aspect.js";
import { TIME_THEN_TO } from "./shortfall.js";

/**
 * The words that put a piece of a staff message ahead of the day it is said (moved out of
 * clause-kind.ts, which stays under the file-size limit): time words (下周、明年、开春、过两天),
 * modals (计划、准备、打算、力争) and the shapes of a step still to take (先把…、等…再…、赶在…以前).
 */

/**
 * What follows 准备 when it is the work of getting things ready, not an intention: 准备好了、准备工作,
 * or a thing made ready as its object at the clause's end (帮3家企业准备高企认定材料). kind-turns.ts too.
 */
export const GETTING_READY =
  // 准备金 (研发准备金制度、风险准备金) is money set aside, a noun (fig37).
  // 「春灌准备 检修泵站十四座」「秋收准备：…」: the season's work named as a topic, then a pause and what was done (fig51).
  "(?<=[春夏秋冬汛播收灌耕种修学训]准备)(?:[\\s：:]|$)|金|好|了|工作|的|阶段|情况|充分|就绪|[^，。；、]{0,8}?(?:材料|资料|物资|台账|文件|展板|会场|场地|讲稿|教案|试卷)(?=[，。；、]|$)";
/**
 * The rest of a series still to run, opening its clause or after 后面、剩下的…: 分三批轮训、后面分两轮走访
 * (not 分三批发下去了、已分两批; not 娃娃分三轮吃饭, a routine of the people before it).
 */
export const SERIES_AHEAD =
  "(?:^|后面|后边|后头|接下来|剩下的?|余下的?|其余的?|然后|再)分(?:[两二三四五六七八九十几]|\\d+)(?:批|期|轮|拨|步|个阶段)(?!次?的)(?![^，。；]*(?:了|已|过(?!一)|完成|完毕))";
/**
 * A step taken up with a body (跟…商量、反映、打报告、对接一下), nothing said done of it (kind-turns.ts cuts before it too).
 * Not 对接、联系、协调、汇报 alone, which tell ongoing work as often (正在跟省农科院对接…).
 */
export const STEP_WITH_BODY =
  "(?<![已经都也在正直常])跟[^，。；了过的\\s]{1,6}?(?:商量|反映|沟通|打报告|打个报告|对接一下)(?![^，。；]*(?:了|已|过))";
/** Time and modality words that put what follows in the future. */
export const PLAN_WORDS = [
  "下一步",
  "下步",
  "下阶段",
  "下一阶段",
  "下周",
  "下个?星期",
  "下个?礼拜",
  "下个?月",
  "下学期",
  "下一年",
  "明年(?!度)", // 明年度参保征缴完成了87%: the year the thing is for
  "来年",
  // Dialect words for next year, tomorrow and the next month (赣/湘/客 下年, 北方 赶明儿, 粤 听日, 客 下只月).
  "下年(?!级)|赶明儿|明儿个?(?!再?(?:核|问))|听日|下只(?:月|礼拜|星期)",
  // 明天再核对下: a note to check a figure, not a plan.
  "明天(?!再?(?:核对|核实|核|问|确认|对|算|查)(?:一)?下)",
  "后天",
  // Seeing whether it can be done (看能不能开通网上预约、看看可不可以先借几台): an intention to try, ahead.
  "(?<![了过问])看看?(?:能不能|可不可以|行不行|能否)(?![^，。；]{0,12}了$)",
  "今后",
  "接下来",
  "近期",
  // 2026年计划新建… is a plan; 全年计划、年度计划、按计划 name a plan already running (占计划92%、超计划 a share of it); 科技计划项目、
  // 计划专项 name a programme (申报省级科技计划项目14项 is work done), as 重点研发计划、星火计划、人才计划 do (立项2项),
  // and 营养改善计划、特岗计划、雨露计划、春蕾计划 (营养改善计划今年覆盖七十八所 is work done, f21).
  "(?<![按照度原工作”」比较占超])(?<!全年|今年|本年|去年|科技|研发|星火|火炬|人才|英才|改善|特岗|雨露|春蕾|阳光|圆梦|强基|领航|青苗|护苗)(?<!(?:按|按照|依照|根据)[^，。；计]{1,4})计划(?!生育|总投资|内|外|的|单列|项目|专项|管理|体系|补助|补贴|资金|学员|培训|资助|帮扶|受益|惠及|结对|完成[了的]|任务的|数|表|[，。、；”」』]|$)",
  // 「今年计划新建灌溉渠系45公里」: this year's plan with a step after it is a plan too (fig37); 今年计划完成了 is not, nor
  // 今年计划改造的9所学校 (what was planned, named by 的).
  "(?<=今年|本年|年内)计划(?=新建|新增|建设|建成|修建|改造|实施|开展|推进|完成(?![了的率])|培训|组织|举办|招|引进|创建|打造|治理|投入|安排)(?![^，。；]{0,10}的)",
  "(?<![模比])拟(?!定了|写了|好了?|完了|出了)(?![任提录聘推][\\u4e00-\\u9fff]{0,2}(?:人选|对象|名单|人员))",
  // 研发经费预计九个多亿、产值预计1.2亿: a total of the year estimated as it closes, a figure right after 预计, is
  // a result told (fig40c); 预计投资、预计下月完工 stay plans.
  "(?<!今年|全年|本年)(?:(?<!(?:经费|产值|收入|总额|增加值|营收|税收|总量|支出|销售额|交易额|产量)(?:今年|全年)?)预计|预计(?!(?:达到?|在|为|有|约|大概)?[\\d一二两三四五六七八九十几]))(?!全年|今年|本年)",
  "定于",
  "截止(?:时间|日期)",
  "[^，。]{1,4}后(?:继续|再|恢复)",
  // 「搞了场演将比赛」: 演将 is 演讲 typed by its sound (讲 → 将), no future.
  "(?<!演)将(?!近|其|原|之|军|来的|士)",
  // 准备 as a modal (准备下周开展) is a plan; getting things ready (准备高企认定材料、准备好了) is the work.
  // 「帮四家企业准备省专精特新申报」: helping others get ready is work under way, no plan of ours (fig40).
  `(?<!(?:帮|帮着|协助|指导|辅导)[^，。；\\s]{1,8})准备(?!${GETTING_READY})`,
  // 想跟、想找、想着 (kind28), and the northern 寻思、琢磨着、合计着、打谱 (all: mean to).
  "想(?=把|再|在|去|搞|做|办|申请|争取|请|跟|找|着|让|叫|喊)|寻思着?(?=[\\u4e00-\\u9fff])|(?:琢磨|合计)着(?=[\\u4e00-\\u9fff])|打谱(?=[\\u4e00-\\u9fff])",
  // 「后面分三批轮训」「剩下的分两批发」: the rest of a series still to run, nothing said done of it.
  SERIES_AHEAD,
  "(?<![\\d一二三四五六七八九十两几])年后(?!的)",
  "打算",
  "力争",
  "力求",
  // 争取 as an aim: a time or a step ahead, a rate or coverage to reach (kind24); or something to set up or a rate,
  // not money or projects from above (fig24: 「争取秋后搞个100亩的试验田」 is a plan, 「争取上级资金1280万」 what was obtained).
  "争取(?:(?=这(?:个|两|几)?(?:月|周|礼拜|星期|天|季度)|本(?:月|周|季度)|月底|春节|元旦|节前|年前|过年|开春|赶在|早点|再|在|于|[\\d一二三四五六七八九十]+月|年底|年内|早日|尽快|全部|全面|按期|如期|提前|把|让|使|实现|完成|达到|做到|突破|过(?=[\\d一二两三四五六七八九十百千万])(?![^，。；]*次)|明年|下|[^，。；了已到]{0,10}?(?:率|以上|以内|不低于|不少于|不超过|覆盖|达标|清零|过半))|(?![到了来过得])(?![^，。；]{0,12}(?:资金|项目|投资|转移支付|债|补助|补贴|资助|经费|贷款|奖励|支持|政策|指标))(?=[^，。；了]{0,12}(?:率|以上|搞|建|办|招|引进|创建|创成|评上|拿下)))",
  // 绩效目标设置不合理、目标值偏高: the target as a thing set and judged, not an aim.
  "(?<!年度|年初|工作|考核|全年|绩效)(?<!(?:超过|超出|高于|高出|多出|多于|完成|实现|达到|突破|超额|超(?!市)|比)[^，。；]{0,8})目标(?!考核|任务|责任|的|值|管理|设[置定]|制定|定[得的]|[不没未偏过太])",
  // 回头再核一下、回头补: a note to check a figure later, about the work just told (a gap), not a plan.
  `${IMMINENT.source}|开春|(?<!今冬)明春|回头(?!又|就|一看|看|(?:再|我|给您?|跟您?)?(?:核|查|问|确认|对|算|补|统计|落实|报))|答应(?=[\\u4e00-\\u9fff])`,
  `还要(?!兼)|${TIME_THEN_TO.source}`, // and 7月份要开展…、三季度要… (domain/shortfall.ts)
  // 「还得走老远的路」: 还得 before a way to go or a wait is a burden, not a step to take.
  "还得(?!兼|走|跑|绕|排队|等)",
  // 「回来后每个乡镇要拿出一个方案」: once a trip or a meeting is over, what comes next (nothing said done).
  "(?:回来|回去|结束|开完会?|学完|看完|培训完|检查完|验收完)(?:以|之)?后(?=[^，。；]{0,10}(?:要|得|再))(?![^，。；]*(?:了|已))",
  // 「管网得重新铺一遍」「还要挨个再核一遍」: a modal with an adverb of doing over or in turn (V得 never takes these).
  "(?:(?<![不没只就才])要|需要|必须|得)(?:重新|全部|挨个|挨家挨户|逐个|逐一|赶紧|马上|赶在)",
  // 「冬季安全检查要抓紧」「审批得加快」: an obligation to hurry is what one sets out to do.
  "(?:要|得|需要|必须|还需)(?:抓紧|加快|加紧|赶紧|尽早|抓紧时间)",
  "要把",
  // 「618前后要搞电商节」「月底要开个座谈会」「明天要去乡里看看」: a bare 要 before a step to take (搞、开、办、去…),
  // nothing said done in the piece (fig47; 主要、需要、只要、不要、要求 are other words, 「要搞的都搞完了」 is done).
  "(?<![主需重只不想必紧还首纪简概提摘扼])要(?=搞(?!的)|去|开(?!心|支|销)|办(?!的)|组织|召开|开展|举办|迎接|参加|下乡|上门)(?![^，。；]*(?:(?<![为除])了(?!解)|已|过(?![一二两三四五六七八九十百千万\\d])))",
  // 「冬修水利先把3座病险山塘修好」: first/next getting a thing done, with nothing said done yet.
  "(?:先|再|接着|紧接着|随后|抓紧|赶紧)把(?![^，。；]*(?:了|已|过))",
  // 「这两个礼拜把全县学校的消防通道挨个过一遍」「下个月把剩下的补发完」: 把 with a result still to reach
  // and nothing said done is what one sets out to do (督促企业把隐患整改到位 orders others: work done;
  // 端午前把节令食品抽检一遍 said in December is when it was done, read as 端午时).
  "(?<!(?:已|已经|都|督促|要求|责令|指导|帮助|帮|协助|组织|引导|让|叫|动员)[^，。；]{0,8})(?<!(?:时|当时|去年|上半年|上个?月|上周|前几个月)[^，。；]{0,4})把(?![好关握脉手])(?:(?!过(?!一))[^，。；了已]){1,16}?(?:完|好|掉|齐|到位|一遍|一趟|清楚?|起来|下去|下来|出去|进去|上去|回来|收尾|一[补修理看查改弄搞整清刷抹擦扫核对算摸排梳跑转问催])(?=$|[，。；！!])",
  // 「等开了春，把…一起招标」: once a thing has happened, said alone as the frame of what follows.
  "^等(?!了|待|着|于)[^，。；]{1,8}$",
  "这(?:两|几|一两)个?(?:礼拜|星期|周)(?![^，。；]*(?:了|已|过(?!一)))",
  // 「这两周抓紧」「得重点盯着」: an exhortation closing the clause, or 得 (must) opening it, with nothing done.
  "抓紧(?:时间)?(?:办|弄|干|推进|落实)?(?=$|[，。；！!])|^(?:[^，。；]{0,4}?(?:还|也|都|就))?得(?=重点|好好|盯|抓紧|赶紧|想办法|尽快|提前|早点)(?![^，。；]*(?:了|已))",
  // 「跟广电公司约了礼拜二去看」: a visit arranged for a day ahead is the step, the 了 is the arranging's.
  "约(?:了|好了?)(?=[^，。；]{0,10}?(?:(?:礼拜|星期|周)[一二三四五六日天]|明天|后天|下个?(?:礼拜|星期|周|月))[^，。；]{0,4}?(?:去|来|到|再|见|碰|谈|看))",
  // 「…坏了停了半个多月厂家讲这礼拜来修」: who will come said to come soon (讲、说、答应) is the step ahead.
  "(?:厂家|厂里|厂方|公司|施工队|施工方|师傅|对方|供电所|电力局|电信|移动|他们|人家)(?:讲|说|答应|回复)(?:了|过)?(?:这个?(?:礼拜|星期|周)|明天|后天|过两天|过几天|下个?(?:礼拜|星期|周))[^，。；]{0,3}?(?:来|过来|派人|上门)(?![^，。；]*了)",
  // 「跟组织部打报告要人」「跟人社局对接一下搞个招聘会」: a step to take up with a body, opening the piece, with
  // nothing said done of it, is the next step.
  STEP_WITH_BODY,
  // 「扣分主要在档案不规范」: 主要在 says where the trouble lies, no step ahead.
  "(?<![主重])要在",
  "要求?[^，]{0,2}尽快",
  "确保(?=明年|年底|月底|[一二三四五六七八九十\\d]+月)",
  "待[^，。]{1,8}后",
  "之前要",
  "前要",
  // 「汛前必须得补上」「开学前一定得弄好」: before a time, an obligation — the step ahead, as 前要 is.
  "(?<=[\\u4e00-\\u9fff])(?<![以从早目先眼当提面跟])前(?:必须得?|一定得|一定要|非得|务必)",
  // Before an event or a time, the work to do by then: 春耕前完成种子储备、验收前把资料补齐 (not 提前完成, 目前, 此前).
  // 「开学前把全县31所学校查了一遍」「春耕前完成了种子储备」: 了/已 after it says what was done by then.
  "(?<=[\\u4e00-\\u9fff])(?<![目当提此以向之空超从事眼跟面])前(?=完成|把|报|上报|办结|落实|交|拿出|制定|出台|全部|启动|开工|建成|做好|到位)(?![^，。；要得需该]*(?:完|换|好|齐|掉)了(?=$|[，。；！!]))(?![^，。；要得需该]*(?:(?<![为除])了(?!解)|已))",
  "下个?季度|下一?轮|下一?批|下次|下回|下一?期(?!间)|下一部(?![分电手车作剧片书门])",
  // Adverbs that put an action ahead: 尽快出台、适时启动、择机开展、着手准备、后续跟进、届时、过完年就开工.
  "尽快|适时|择机|着手|后续(?=将|再|会|要|还|跟进|推进|加强|持续|继续|做好|开展|组织)|届时|过完年|过了年|年过完|后面(?=还(?!(?![要得会想准打])[\u4e00-\u9fff]{1,3}了(?!解))|再|会|要|将)|会(?=继续|再|陆续|尽快|进一步)",
  // Waiting on a condition: 等资金到位再说、等批复下来后开工.
  // 「九件 等哈 我再看一眼 是十一件」: a second look before the number said instead is a slip taken back, no wait (j3).
  "等(?!了|待)(?!(?:哈|下|一下)[，,\\s]*我?再(?:看|查|对|翻|瞅)了?(?:一眼|一下|下)?[，,\\s]*(?:是|应该))[^，。；]{1,10}(?:再|后|以后|就(?!是|在|有))",
  "到时候?(?=[\\u4e00-\\u9fff])(?!间)",
  // A few days on: 过两天回头复查、过几天叫挖机去清、过段时间再看、改天去 (过两天了 says time has passed).
  // 「再过两个礼拜把年审做完」「赶在封冻以前把水渠衬砌完」: a while on, or ahead of a time.
  "过(?:一两|两三|[两几三]|一)个?(?:礼拜|星期|周|月)(?!了)|赶在[^，。；]{1,8}?(?:之前|以前|前)",
  // 「过了腊八就开始发放年货券」: once a day of the coming festivals has passed, then.
  "过了?(?:腊八|小年|元旦|春节|年|十五|正月十五)(?:以后|之后)?(?:就|再)(?![^，。；]*了(?=$|[，。；！!]))",
  "过(?:一两|两三|[两几三]|一)天(?!了)|过(?:一)?段时间|过阵子|过些(?:天|日子)|改天|(?:抽空|抽时间|找时间|改日|择日)(?![^，。；]*[了过])",
  // 「这个月再上门跑5家」「这个月再冲一下」: the period still running, then 再 and a step with nothing said done
  // (这个月再次召开了调度会、今年再次获评 are done: 再次 tells it happened once more).
  "(?:这个?月|本月|这周|本周|这个?礼拜|这个?星期|这两天|今年|年内)(?:内|里)?(?:还|就|要|得)?再(?![次度])(?=[\\u4e00-\\u9fff])(?![^，。；]*(?:(?<![为除])了(?!解)|已|过(?![一二两三四五六七八九十百千万\\d])))",
];
