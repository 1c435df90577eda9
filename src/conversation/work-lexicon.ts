import { UNITS } from "../domain/figure-scan.js";

/**
 * The signs of work content the classifier weighs before a message may be stored (see
 * work-content.ts for how they are combined). Kept apart from intent-lexicon.ts, which holds the
 * words of commands, answers and small talk. Every pattern runs on `IntentText.norm` unless its
 * comment says `core`.
 */

/**
 * The counting words of a figure: the extraction's units (figure-scan.ts) less those of time and
 * age (年、个月、岁、分钟…), which date or time a message rather than count work, and 起 (cases,
 * matched below so that a bare 一起 stays 「together」); plus 班 (4班 a day).
 * Longest first so 人次 wins over 人.
 */
const NOT_COUNTS = /^(?:周?年|个?月|个?星期|个?礼拜|周|分钟|分|岁|届|倍|种|类|起)(?![\u4e00-\u9fff])/;
/** The length of a unit's word, its lookarounds (人(?!(?<=\\s人)才)) left out. */
const wordLength = (unit: string) => {
  let word = unit;
  while (/\([^()]*\)/.test(word)) word = word.replace(/\([^()]*\)/g, "");
  return [...word.replace(/\\./g, "")].length;
};
/**
 * Things of a farm or a yard counted by themselves, the noun its own measure word (封了二十几窖、搭了三十棚、挖了两塘、
 * 拉了五车): a count of work done there, as 个窖 would be — read by the classifier only (the extraction keeps its units).
 */
const FARM_MEASURES = ["窖", "棚", "塘", "垄", "畦", "筐", "垛", "车(?![间辆次站位库队主程])"];
const UNIT = `(?:${[...UNITS.filter((u) => !NOT_COUNTS.test(u)), "班", "%", "‰", ...FARM_MEASURES].sort((a, b) => wordLength(b) - wordLength(a)).join("|")})`;

/**
 * On norm: a figure a work report carries (number + counting word), Arabic or Chinese.
 * Dates alone (3月5日) are not figures for this purpose.
 */
export const FIGURE = new RegExp(
  [
    // 8家、3.5万元、两千余人、四十几个人、40几个人 (not 第3、#2 or the tail of a longer number, nor 一个个、一条一条: one by one,
    // nor 一个接一个、一场连一场、一批又一批: one after another)
    `(?<![第#\\d一二两三四五六七八九十百千万])(?<!一[个条项件家次场户批位名][接连又挨]?)(?!一\\s*(?<oneByOne>个|条|项|件|家|次|场|户|批|位|名)\\s*(?:[接连又挨]?一)?\\s*\\k<oneByOne>)(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百千万]+)\\s*(?:万|亿|千|百)?\\s*(?:余|多|来|(?<=[十百千万0])几)?\\s*${UNIT}`,
    // 31起、两起 (cases); a bare 一起 is 「together」 unless it closes a clause or follows 了/共
    "(?<![第#\\d])(?:\\d+|[两三四五六七八九十百千万][一二两三四五六七八九十百千万]*)\\s*(?:余|多)?起",
    "(?<=[了共计])一起",
    // 百分之八十、百分之三十五: a share said in words, as 80%
    "百分之\\s*(?:\\d+(?:\\.\\d+)?|[零一二两三四五六七八九十百]+)",
    "一起(?=[，,。；;！!\\s]|$)",
    // 两千多万、三百来万、2.5亿: an amount said bare, closing a clause (not 千万别、万一)
    "(?<![第#\\d一二两三四五六七八九十百千万])(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十][一二两三四五六七八九十百千]*)\\s*(?:余|多|来)?\\s*(?:万|亿)(?:多|余)?(?:块|元)?(?=[，,。；;！!？?\\s啊呀吧哈]|$)",
  ].join("|"),
);

/**
 * On norm: verbs and phrases of work done, under way or planned. 评上、评为、入选 a level's list (「评上了省级专精特新」) is an
 * honour won by the work (round forty-nine), as 获评 is.
 */
export const WORK_VERB =
  /开展|修改|组织|召开|举办|举行|完成|走访|调研|培训|申报|推进|落实|参加|参与|指导|督查|督导|检查|验收|对接|签约|签订|引进|认定|登记|发放|宣传|服务|落地|建成|新增|新建|新认定|实施|启动|印发|制定|修订|报送|审核|评审|考察|接待|慰问|帮扶|入库|孵化|征集|受理|办理|组建|部署|学习|整改|排查|统计|汇总|座谈|协调|推动|争取|争创|获批|获评|获得|(?<![能没未]|可以|才能)(?:评上|评为|入选|列入|晋级)(?=了?(?:省|国家|市|县)级?)|立项|结题|拨付|下达|兑现|撰写|起草|编制|编写|上报|报送|提交了|办结|处理|回复|答复|联系|陪同|带队|主持|讲授|授课|宣讲|巡查|摸排|普查|核查|核实|复核|复审|评估|考核|测评|筹备|策划|布置|安排|对标|挂牌|揭牌|开工|投产|竣工|交付|采购|招标|投标|转发|培育|扶持|补贴|奖励|表彰|推荐|遴选|选派|派驻|入驻|共建|结对|开会|参会|值班|值守|巡逻|演练|应急|防控|宣贯|传达|整理|归档|录入|填报了|审批|批复|发文|出台|印制|制作|拍摄|发布|推送|转化|成交|交易|申请|授权|备案|注册|改造|提升|建设|打造|搭建|建立|健全|完善|加强|强化|深化|优化|规范|推广|示范|试点|攻关|研发|研究|研制|设计|测试了|调试|运行|运维|上线|部署了|跟进|督办|催办|送达|走进|深入|下乡|进村|入户|进校园|进社区|进企业|看望|关爱|捐赠|义诊|普及|讲解|解读|辅导|帮助企业|赴|前往|配合|协助|承办|主办|协办|参展|布展|展出|放映|开班|结业|考试|招聘|引才|聘请|签了|谈了|洽谈|招商|对口|支援|援建|调度|会商|研判|谋划|梳理|总结|复盘|盘点|分析|调查|监测|检测|抽检|执法|约谈|通报|督促|整治|清理|疏通|修复|维修|更换|安装|购置|配备|正在|着手|化解|解决|调解|处置|疏散|转移|追回|追缴|查处|处罚|劝返|救助|救治|安置|修通|抢修|恢复了|发展了|新发展|摸底|回访|出差|加班|年检|年审|抽查|定稿|陪(?=(?:[省市县区][\u4e00-\u9fff]{0,3})?(?:的)?(?:领导|专家|考察组|调研组|检查组|督导组|评审组|客人))/;

/** On norm: nouns of a bureau's work, weaker evidence than a verb or a figure. */
export const WORK_NOUN =
  /会议|活动|项目|企业|培训|检查|自查|抽查|排查|巡查|消防|食品安全|调研|申报|材料|党费|团费|会费|党员|冬训|方案|资金|经费|专利|合同|平台|党日|党课|支部|基地|特派员|科普|讲座|论坛|大会|任务|报告|通知|文件|简报|信息|台账|系统|数据|指标|评审|专家|政策|成果|高企|科技|创新|人才|乡镇|村|园区|学校|群众|农户|安全生产|信访|档案|保密|值班|预算|决算|绩效|审计|巡察|督查|考核|总结|计划|规划|意见|办法|制度|清单|目标|进展|进度|汇报|周报|月报|年报|报表|纠纷|案件|隐患|事故|险情|火情|灾情|班线|线路|工程|设施|道路|公路|桥|水库|河道|服务站|网点|对象|困难户|低保|居民|学生|合作社|农场|补贴|救助|预案|宅基地|耕地|林地|小区|社区|街道|孵化器|众创空间|加速器|星创天地|实验室/;

/**
 * On norm: a question rather than a statement — a question mark or 吗 at the end, a question
 * word at the start, or an A-not-A question closing the message (发没发、交没交、有没有、去不去了).
 */
export const QUESTION =
  /(?:[?？]\s*$|(?:是吧|对吧|没错吧|是不是)[啊呀哈嘛]*$|(?<ab>[\u4e00-\u9fff])[没不]\k<ab>[\u4e00-\u9fff]?[了吧啊呀呢哈。!！~～]*$|[吗么](?:[?？。!！~～]*)$|^[\u4e00-\u9fff]{1,6}(?:是不是|是否|能不能|会不会|有没有)[\u4e00-\u9fff]{1,8}$|^[\u4e00-\u9fff]{1,6}(?:会不会|能不能|是不是)[\u4e00-\u9fff]{1,12}$|^(?:怎么|为什么|为啥|咋|是不是|能不能|能否|有没有|要不要|需不需要|可不可以|用不用|是否|哪里|哪个|什么时候|多久|几点)|^(?:我|我想|想|就)?(?:请问|问一下|问下|问个事|打听一下|咨询一下))/;

/** On norm: how long something took (一天、一上午、两个小时、半天) — not a figure of work done. */
export const DURATION =
  /(?:\d+|[一两三四五六七八九十几半]+)\s*(?:个)?\s*(?:多)?\s*(?:天|小时|钟头|上午|下午|晚上|早上|宿|星期|礼拜|周|月)|整天|全天|一整/g;

/** On norm: words that place a message in the day (今天、下午、刚才); they carry no work. */
export const DAY_TIME = /今天|昨天|前天|明天|今早|今晚|昨晚|上午|下午|晚上|早上|中午|刚才|刚刚|今儿|昨儿/g;

/**
 * On norm: something is done or under way (已、完成、V了): with a work object, a statement of work. A time
 * reached (年底了、下班了) is no doing done.
 */
export const ASPECT =
  /已|完成|正在|[\u4e00-\u9fff](?<!年底|月底|年末|年初|月初|周末|下班|中午|晚上|傍晚|半夜|深夜|天黑|元旦|春节|过年)了(?!解)|(?:验收|年检|年审|评审|审核|复审|检查|考核|评估|认定|审查|抽查|答辩|选举|表决|审议)(?:顺利|均|全部)?通过|(?:顺利|均|全部|一次性)通过/;

/**
 * On norm: a sign that the message is about work without saying what (出差、加班、去县里、材料):
 * too little to store, so the bot asks rather than answering it as chat.
 */
export const WORK_SIGN =
  /出差|(?:看|转|逛|瞅)了(?:看|转|逛|瞅|一圈)|出了?(?:一?趟|次)差|加班|外出|开会|(?:有|开)(?:了|完|过)?(?:个|一个|了个)?[\u4e00-\u9fff]{0,4}?会(?![议计员长])|下乡|值班|材料|(?:去|到|跑|赴|从|在)了?(?:趟|一趟)?(?:县|市|省|乡|镇|村|区|局|厅|基层|现场|工地|下面)|(?:去|到|跑|赴|在|下)了?(?:趟|一趟)?[\u4e00-\u9fff]{1,4}?(?:县|市|乡|镇|村|区|街道|社区|园区|工地|现场)(?:里|上|那边|这边)?(?=[，,。；;！!～~\s]|了|$|开会|调研|检查|办事|出差)|跑了|去了|到了|陪|开了|(?:发|交|报|写|做|办|搞|弄|整|改|忙)(?:了|完|着|好)|搞定|在(?:做|写|搞|弄|整|改|忙)/;

/**
 * On norm: a vague 一 before a noun (一个会、一批客人、一些材料、看一眼) counts nothing a summary could use, so
 * it is not a figure; closing a clause (院士工作站一个) it is a count, and 一项、一次、一起 always are.
 */
export const VAGUE_ONE =
  /(?<![\d一二两三四五六七八九十百千万第])一(?:个|批|些|点|下|趟|回|堆|拨|眼|声|遍)(?![，,。；;！!～~\s]|$)/g;

/**
 * On norm: an interrogative word in a message that carries no figure: a question about something.
 * 「四十几个人」「40几个人」「十几家」 after a tens word (or a 0 closing a number) are a count said roughly, no question.
 * 「没啥事」「没什么进展」「冇啥好报的」: 没/冇 + 啥/什么 says there is nothing and asks nothing (trial34: 「今天没啥事」 was
 * answered 「这个问题我答不了」); 「有没有什么要报的」 still asks (its 没有 is the A-not-A of 有).
 */
export const ASKS =
  /怎么样|咋样|如何|为什么|为啥|(?<!(?<!有)没有?|冇|没得|莫得)(?:什么|啥)|哪|谁|(?<![这那的些好前后十百千0])几[点号月天时条次位家]|(?<![到去跑走了好这那前后的十百千0])几个|多少|多久|了没有?$/;

/**
 * On norm: a statement opened by the scope of work it sums up (全年、本月、全县、累计、截至):
 * with a work object, a report even without a verb (「全年无重大安全事故发生」).
 */
export const SCOPE =
  /^(?:全年|今年|本年度?|本月|这个月|本季度|上半年|下半年|全县|全镇|全市|全区|全乡|全局|累计|截至|截止)/;

/**
 * On norm: words reported from someone else (领导说、听说、市里通知): what follows is news, not the
 * sender's own work, unless the message is long enough to report work of its own. Not the
 * nouns and verbs of work made with the same characters: 讲座、讲课、宣讲、说明会、解说, and a lesson
 * given (讲了一堂党课).
 */
export const REPORTED =
  /^(?:[\u4e00-\u9fff]{1,4}?(?:(?<![解游演小学])说(?![明服课])|(?<![宣演主听开])讲(?![座课解授堂师稿])(?!了?(?:一|两|几|\d)?(?:堂|节|次|场|期)?(?:专题|微)?(?:党|团|思政)?课)|(?<![慰询访提学顾审疑请])问(?![题卷候]))|[\u4e00-\u9fff]{1,4}?(?:通知|要求|让|叫|要|交代|交待|吩咐|嘱咐|喊)(?:我们|我|大家|说)|听说|据说|说是)/;

/**
 * On norm: a verb of work used as a modifier of a noun (总结会、调研报告、培训通知、检查组) — a thing,
 * not something done — or negated (没回复、未完成、还没对接): neither says work was done.
 */
export const NOT_DONE_VERB = new RegExp(
  `(?:没有?|未|尚未|还没有?|不)(?:${WORK_VERB.source})|(?:${WORK_VERB.source})(?=会(?![议计])|报告|通知|组(?![织建])|表(?![彰])|书|册|的事|的情况|那块|那边)|(?<=的)(?:${WORK_VERB.source})`,
  "g",
);

/**
 * On norm: said in passing — a laugh before it, a particle after it, or 才/就/只 before a count
 * (「哈哈 就一条啊」「才两条」): with no work verb or object, a count said so is no report.
 */
export const CHATTY =
  /^(?:哈+|呵+|嘿+|嘻+|哇|唉|嗨|h{2,})|[啊呀吧嘛呢哦啦哈]\s*[?？!！~～。.]*$|^(?:才|就|只|一共就|总共就|就这)/;

/** On norm: 一 after a pointer (上一条、下一步、这一次、每一个): which one, not how many. */
export const POINTER_ONE = /(?:上|下|前|后|这|那|同|每)一(?:条|个|次|项|步|天|周|批)/g;

/** On norm: a day of the week (周一、星期三): never a figure (「周一例会」 is no 一例). */
export const WEEKDAY = /(?:周|星期|礼拜)[一二三四五六日天]/g;

/**
 * On norm: news about a time (改到下午了、推迟到下周、提前到周三): a schedule change, not work done.
 */
export const RESCHEDULED =
  /(?:改到|改在|推迟到?|延期到?|延后到?|提前到|挪到|调到|推到|拖到|往后推到?|顺延到?)(?:明天|后天|下周|下个?星期|下个?礼拜|下个?月|月底|月初|年底|年后|节后|下午|上午|晚上|周[一二三四五六日天]|星期|\d|[一二三四五六七八九十]+[月号日点])/;

/** On norm: something that does not work (系统登不上、网页打不开、又卡了): a complaint, not work done. */
export const MALFUNCTION =
  /(?:登|进|打|点|用|上传|下载|提交|刷|拨|接)不(?:上|进|开|了|动|出来|通)|(?:卡|崩|死机|闪退|掉线|没反应|报错)(?:了|死了|住了)?[了啊呀吧!！~～。]*$/;

/**
 * On norm: a guess about what may happen (可能要、估计、怕是、恐怕、说不定): not work done; short and
 * without a figure, asked about rather than stored.
 */
export const HEDGED = /可能(?:要|会|得|是)|也许|估计|大概(?:要|会)|怕是|恐怕|说不定|没准/;

/** On norm: a sigh or groan opening a short message (唉 又加班、哎呀累死了): a mood, not a report. */
export const SIGH = /^(?:唉+|哎+|哎呀|唉呀|哎哟|呜呜|累死|烦死|救命)[\s，,。.!！~～]*/;

/** On norm: a problem named as such at the start (问题是缺钱缺人、困难主要是…): a report of a problem. */
export const PROBLEM_LEAD =
  /^(?:存在的?|目前的?|主要的?|我们的?)?(?:问题|困难|难点|短板|不足)(?:主要)?(?:是|有|在于|[:：])/;

/** On norm: something still dragging on (开会开到现在还没结束、一直没散): news of the moment, not work done. */
export const STILL_GOING = /(?:到现在|一直|还)(?:都|也)?(?:还)?没(?:结束|完|开完|散|散会|下班|忙完)/;

/** On norm: a feeling about the work (任务好重啊、今天太忙了): said, not reported. */
export const FEELING = /(?:好|太|真|挺|很|特别|超)[\u4e00-\u9fff]{1,2}(?:啊|呀|了|哦|啦|呢)+[!！~～。]*$/;

/**
 * On core: a bare topic of work in a word or two (迎检、年审、督查): nothing said about it, but about
 * work — asked about rather than answered as chat. An event of inspection, review, training or
 * meeting (or talks: 谈话、谈心) in 2–4 characters, with no pronoun, particle or feeling word.
 */
export const TOPIC_WORD =
  /^(?![\u4e00-\u9fff]*[我你他她它这那了吗呢吧啊呀哦嘛累饿困烦忙好哈嘿再等想说午晚早])[\u4e00-\u9fff]{0,3}(?:检|查|审|评|训|巡|督|访|验|考|会|报|赛|展|谈)[\u4e00-\u9fff]{0,2}$/;

/**
 * A thing of one's work that is handed over or waited for: a form (表, not 表扬、代表、发表), a draft,
 * material, data, a list, a ledger, a plan or report, a certificate.
 */
export const MATTER =
  /材料|资料|(?<![代发外图仪手钟水电课列年])表(?![扬彰示态演达现率决述白哥姐弟妹叔])|报表|台账|稿子|初稿|底稿|文稿|数据|数字|统计数|底数|名单|清单|方案|报告|证明|证书|文件|ppt/;

/**
 * On norm: someone's instruction to the sender followed by something to do (主任叫我把那个表再弄弄、
 * 科长叫我明儿去趟财政局、领导让我明天交稿): an errand, not work done. 「领导让我问一下」 names none.
 */
export const ERRAND =
  /(?:让|叫|安排|要|喊|交代|交待|吩咐|嘱咐)(?:我|我们|咱|咱们)[^，。；]{0,14}?(?:把|去|到|交|送|报|弄|改|写|准备|整理|理|陪|接待|跑|核|对接|联系|拿|带|找|整|搞|做|填|补|赶)/;

/** On norm: the fillers a spoken message may open with (那个、就是、嗯、对了), read past. */
export const FILLER_LEAD = /^(?:(?:那个|就是说?|嗯+|呃+|额|哦|对了|那啥|是这样)[，,、\s]*)+/;
