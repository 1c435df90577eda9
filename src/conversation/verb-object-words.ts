/**
 * The word classes of the verb × object reading (verb-object.ts): what is done (an action class)
 * and what it is done to (an object class the bot keeps). Each class is a meaning, not a phrase:
 * a new everyday verb for an action goes into its class and then reads with every object.
 * Patterns run on `IntentText.norm`.
 */

/** The actions, by the command family they ask for. */
export const ACTIONS = {
  /** Take an update away: 删、撤、拿掉、干掉、清掉、去掉、作废、不要了、不算、整没了 (东北). */
  withdraw:
    /删|(?:整|弄|搞)没(?=了|啦|咯|喽|哒|吧)|撤(?!回来)|作废|作罢|废掉|(?:拿|干|清|去|划|抹|踢|扔|丢|砍|弄|搞)掉|(?:清|拿|去)了|不要了|不算(?:数)?|收回(?!来)|收回来不算|不作数/,
  /** Bring a withdrawn one back: 恢复、还原、找回来、弄回来、放回去、加回来、(那条)还我. */
  restore:
    /恢复|还原|复原|找回|(?:拿|弄|搞|要)回(?=[吧啊呀啦嘛哈呗]|$)|(?:弄|拿|放|加|要|搞|整|捞|挪)(?:回来|回去|回出来)|再(?:给我)?(?:放|加|弄)回|撤回来|(?<![归退交])还(?:给)?我(?![\u4e00-\u9fff])/,
  /** Look at it: 看、瞅、瞧、发我、拿来、调出来、给我看、列列、翻翻、详细的; what it is asked (是啥来着、写的啥). */
  view: /是(?:啥|什么|哪个)(?:来着|内容|东西|事)?(?=$|[，,\s吗啊呀哦嘞来])|写(?:的|了)(?:啥|什么)|看|瞅|瞧|瞄|发我|发给我|发来|发过来|拿来|拿给我|调出来|拉出来|翻出来|列一?列|列出来|翻翻|详细的|详情|打开/,
  /** Say it is right: 确认、提交、点个确认、没毛病、核过了. */
  confirm: /确认|提交|(?:核|对|看)过了|没毛病|没问题|没啥问题|ok|可以提交|交(?:了吧|上去|上吧|掉)/,
  /** Change its content: 改、修改、更正、写岔了、写错了、弄错了. */
  edit: /修改|更正|改(?![造革进善建制])|写岔|写错|填错|弄错|搞错|打错|报错(?!了地方)/,
  /** Put it under another section: 挪到、换到、归、放到、调到、算到. */
  move: /(?:挪|换|放|调|移|转|算|划)(?:到|去|进)|应该?归|归到|归口|挪(?:一下|下|一挪|过去)/,
  /** Make the summary: 出、生成、起草、起个草、起一稿、整、弄、搞、捣鼓、来一版、写; 打个底稿、打份草稿 (a draft struck out first). */
  make: /生成|起草|起个草|起(?:一|个|新)(?:稿|版)|打(?:个|一个|一份|份|一版)?(?:底稿|草稿|初稿)|(?:出|整|弄|搞|捣鼓|来|写|做|拟)(?:个|一个|一版|一份|一稿|出来|一下)|出一版|出稿|来一版|拉一版/,
  /** Rework a part: 压、润色、精炼、重写、重新整、写具体、改短. */
  rework:
    /压一?压|压缩|润色|精炼|提炼|重写|重新(?:写|整|弄|搞|组织)|写(?:具体|实|短|细|精)|改(?:短|精|实)|干巴巴|啰嗦|太长|太空|太虚|太短/,
  /** Put one's own words in: 换成、替掉、替换、用这段; 改写成：、改成：、写成为： before the leader's own text. */
  replace:
    /(?:换|替|改写?|写|弄)(?:成|为)(?:我|我的|我写的)?(?:这个|这样|这段|下面的?)?\s*[:：]|替(?:换|掉)|用(?:这段|我这段|我写的|下面这段)/,
  /** Settle the draft: 定稿、定了、定下来、通过. */
  approve: /定稿|定了|定下来|就这么定|就按这个定|通过/,
  /** Send it back: 退回、退给、打回、驳回. */
  back: /退(?:回|给)|打回|驳回|发回/,
  /** A file of it: 导出、导成、下载、打个包、出个文件、拉个表 (粤 and spoken: 拉一个表格). */
  export:
    /导出|导成|导个|导一份|下载|打(?:个)?包|出(?:个)?文件|拉(?:一个|个|一张|张|一份|份)(?=表|excel|csv)/,
  /** Set two versions side by side: 对比、比比、对照、哪里不一样、有啥区别. */
  compare: /对比|比一?比|比较|对照|(?:哪里|哪儿|啥|什么)(?:不一样|不同|区别)|改了(?:啥|什么|哪些)/,
} as const;

export type Action = keyof typeof ACTIONS;

/** Objects the bot keeps. */
export const OBJECTS = {
  /** The update just sent: 刚才那条、刚发那个、上一条、最后那条. */
  recent:
    /(?:刚才|刚刚|刚|上一|最后|前面)(?:发|报|填|交)?(?:的)?(?:那|这)?(?:一)?(?:条|个)|(?:刚才|刚刚)(?:那个)?(?:发|报|填)(?:的|了)/,
  /** An update named by its content: 科普大集那条、下乡的那个. */
  byContent: /[\u4e00-\u9fff]{2,10}?(?:的)?那(?:一)?条/,
  /** Every waiting draft: 都、全、统统、一把、一块儿、剩下没确认的、三条. */
  every:
    /都|全部|全都|全给|统统|一把|一块儿?|一起|一并|所有|剩下|剩余|其余|(?:那|这)?[两二三四五六七八九十几]条|那几条|这几条/,
  /** One's own records: 我的记录、我报的、俺填的、我自己填的、我交了几条. */
  mine: /(?:我|自己)(?:的)?(?:记录|填报|列表)(?!本)|(?:我|自己)(?:自己)?(?:这礼拜|这周|今年|这个月|之前|以前|最近|都|已经|上个?礼拜|上周|上个?星期|上个?月|本周|本月)*(?:报|填|交|提交)(?:了|过)?(?:的|些|几条|啥|什么|哪些)/,
  /** The summary or its draft: 总结、稿子、初稿、草稿、年终那个、一版. */
  draft: /总结|稿子|初稿|草稿|文稿|底稿|年终那个|全文/,
  /** A file format: word、表格、飞书文档、文件、pdf. */
  format: /word|docx?|wps|pdf|excel|xlsx?|表格|飞书文档|在线文档|文档|文件/,
  /** Versions: 这版、上一版、两版、v2. */
  versions: /v\s*\d|(?:这|上|前|后|新|旧|两|前后)一?版/,
  /** Everyone's reporting: 大家、各科室、谁、哪个、哪些人. */
  everyone: /大家|各(?:个)?科室|各科|各位|谁|哪个|哪些人|哪几个|有人/,
} as const;

/** This week, in any words. */
export const THIS_WEEK = /这周|本周|这星期|这个星期|这礼拜|这个礼拜|这一周/;
/** Next week, in any words (过了这周 too). */
export const NEXT_WEEK =
  /下周|下礼拜|下星期|下个(?:星期|礼拜|周)|下一周|过了(?:这|本)(?:周|星期|个星期|礼拜|个礼拜)|(?:这|本)(?:周|星期|礼拜)过(?:了|完)/;
/** Nothing came of the week: 没推进、两手空空、啥也没搞成、么得啥子进展、白忙、没啥新鲜事可报. */
export const NOTHING_DONE =
  /没(?:有|得)?(?:啥|什么|啥子|多少)?[\u4e00-\u9fff]{1,4}?(?:可以|可|好|要|能|值得)(?:报|写|填|说|汇报)|没(?:有|得)?(?:啥|什么|啥子)?(?:推进|进展|进度|成果|东西|可报|好报|要报|能报|名堂)|没(?:有|得)?(?:啥|什么|啥子)?新的?(?:情况|动静|内容|事儿?)|(?:啥|什么|一点)(?:进展|进度|成果|东西)(?:也|都)没|两手空空|(?:啥|什么|啥子)(?:也|都)没(?:干|做|弄|搞|整|推进)|白忙|一事无成|空转|没干成|没做成|没搞成|没(?:干|做|搞|整|弄)(?:出|成)(?:来)?(?:个|点)?(?:啥|什么|啥子)?(?:名堂|东西|成果|进展|结果|成绩)/;
/** Being reminded or called on: 提醒、喊、叫、催、通知. */
export const REMIND = /提醒|喊|叫|催|通知/;

/**
 * A feeling about the work or the bot's objects (出稿真累、总结好难写啊、这稿子改了八遍了 头大、进度太慢了
 * 急死人、表格格式乱了): said aside, no request, whatever command word it holds.
 */
export const FEELING =
  /累|烦死|好烦|真烦|难写|难搞|头大|头疼|崩溃|急死|要命|乱了|卡住|卡死|好慢|太慢|真慢|不错|挺好|写得好/;

/** Asking colleagues, not the bot (谁能帮我看看这个表格咋弄、谁看见了). */
export const ASKS_COLLEAGUES = /^谁(?:能|会|可以|有|看见|见过)|谁(?:会弄|看见了|见过|拿了|有空)/;

/** Something of one's own not finished yet (学习笔记我还没看完): a state, no request. */
export const NOT_YET = /还没(?:看|写|弄|改|读|学)完/;

/** Work done or talked about: said by someone else (老周说…), or finished (写完了、弄完了). */
export const NOT_A_REQUEST =
  /^[\u4e00-\u9fff]{1,3}说|(?:已经|终于)[\u4e00-\u9fff]{0,6}(?:完了|好了)|(?:写|改|弄|搞)完了/;

/** A request's own words (吧、一下、帮我、给我、请、麻烦): with them a feeling word is the reason for it. */
export const ASKING = /吧|一下|帮我|给我|麻烦|请|能不能|可不可以/;
