import { parseChineseNumber } from "../domain/chinese-number.js";
import { foldWidth, stripNoise, toSimplified } from "../domain/normalize.js";

/**
 * The words the intent classifier listens for, kept apart from its decision order so a phrase
 * users report as misunderstood can be added here (and to test/corpus/intents.jsonl) without
 * touching the logic. Patterns run on `IntentText.norm` (Simplified, half-width digits, lower
 * case, spaces collapsed) or on `IntentText.core` (the same without punctuation, symbols, emoji
 * or spaces), as each comment says.
 */

export interface IntentText {
  /** Simplified, width-folded, lower-case, trimmed; punctuation kept. */
  norm: string;
  /** `norm` without punctuation, symbols, emoji and spaces. */
  core: string;
}

const NOT_CORE = /(?:[\p{P}\p{S}\p{Z}\s\p{Extended_Pictographic}]|\u200d|\ufe0f|\u20e3)/gu;

export function intentText(text: string): IntentText {
  const norm = toSimplified(foldWidth(stripNoise(text)))
    .toLowerCase()
    .replace(/[＃]/g, "#")
    .replace(/\s+/g, " ")
    .trim();
  return { norm, core: norm.replace(NOT_CORE, "") };
}

/** A polite or filler lead that does not change what is asked: 请、麻烦、帮我、我想… (on norm). */
export const POLITE_LEAD =
  /^(?:(?:请你?|麻烦(?:你|您)?|劳驾|帮(?:我|忙)|请帮我|你帮我|帮我把|我(?:想|要|想要|需要)|能不能|能否|可不可以|可以|那个|嗯|哦|诶|哎|唉|额|呃|对了|另外)[，,、\s]*)+/;

/** An update number as people write it: 2, #2, 第2条, 第二条, 2号, 编号2, No.2 (on norm). */
export const NUM = "(?:#|no\\.?|编号|第)?\\s*([0-9]{1,6}|[一二两三四五六七八九十]{1,3})\\s*(?:条|号|个)?";

export function numberOf(raw: string | undefined): number | undefined {
  if (!raw) return undefined;
  const n = /^\d+$/.test(raw) ? Number(raw) : parseChineseNumber(raw);
  return n !== undefined && Number.isInteger(n) && n > 0 ? n : undefined;
}

/** Pointers to the update just discussed: 刚才那条, 这条, 上一条 (on norm). */
export const THIS_ONE = "(?:刚才|刚刚|上面|上一|这|那|最后)?(?:那|这)?(?:一)?条?";

/** The end of a short request: particles, punctuation and a trailing 谢谢 or 辛苦了. */
const END = "(?:[了吧啊呀哈嘛哦噢啦～~。.！!，,\\s]|谢谢|谢啦|多谢|辛苦了?|麻烦了|哈哈)*$";

/** 撤回 and its everyday synonyms. */
export const WITHDRAW_WORDS =
  "撤回|撤销|撤掉|撤了|删除|删掉|删了|删去|删一下|删|作废|去掉|收回|不要了|废掉|取消掉";
export const EDIT_WORDS = "修改|改一下|改下|更正|修正|纠正|订正|编辑|重新填|重填|改成|改为";

export interface CommandRule {
  /** The canonical command word the engine's table knows. */
  command: string;
  re: RegExp;
  /** Which capture group holds the number, and which the rest of the text (for 修改 N 内容). */
  num?: number;
  rest?: number;
  /** The rule applies only when `core` is at most this long (short requests, not reports). */
  maxCore?: number;
}

/** Rules on norm, after POLITE_LEAD and a leading 把 are removed. Order matters: first match wins. */
export const COMMAND_RULES: CommandRule[] = [
  {
    command: "全部确认",
    re: new RegExp(`^(?:全部|全都|都|统统|一起|一并|所有的?都?)(?:确认|提交)(?:了|掉)?${END}`),
  },
  { command: "全部确认", re: new RegExp(`^(?:确认|提交)(?:全部|所有|全部的|所有的)${END}`) },
  {
    command: "撤回",
    re: new RegExp(`^(?:${WITHDRAW_WORDS})\\s*(?:${NUM})?\\s*(?:${THIS_ONE})?(?:填报|记录)?${END}`),
    num: 1,
  },
  {
    command: "撤回",
    re: new RegExp(
      `^${NUM}\\s*(?:那|这)?(?:一)?(?:条|个)?(?:填报|记录)?\\s*(?:${WITHDRAW_WORDS}|不要|不算)${END}`,
    ),
    num: 1,
  },
  {
    command: "撤回",
    re: new RegExp(
      `^(?:刚才|刚刚|上面|上一|这|那|最后)(?:那|这|一)?条?(?:填报|消息|记录)?\\s*(?:${WITHDRAW_WORDS}|不要|不算)${END}`,
    ),
  },
  {
    command: "修改",
    re: new RegExp(`^(?:${EDIT_WORDS})\\s*(?:${NUM})?\\s*[:：，,]?\\s*([\\s\\S]*)$`),
    num: 1,
    rest: 2,
  },
  {
    command: "修改",
    re: new RegExp(
      `^${NUM}\\s*(?:要|需要|得|想)?(?:${EDIT_WORDS}|更正为|修改为|改)\\s*[:：，,]?\\s*([\\s\\S]*)$`,
    ),
    num: 1,
    rest: 2,
  },
  {
    command: "修改",
    re: new RegExp(
      `^${NUM}\\s*(?:里|中|里面)?的?\\s*([^，,。]{1,30}?(?:改成|改为|换成|应为|应该是)[\\s\\S]+)$`,
    ),
    num: 1,
    rest: 2,
  },
  {
    command: "修改",
    re: new RegExp(
      `^${NUM}\\s*(?:那|这)?(?:条|个)?.{0,8}?(?:写错了|填错了|搞错了|错了|有误|不对|有问题)${END}`,
    ),
    num: 1,
  },
  {
    // 「第一条数字写错了，获批是6项」: the correction follows the complaint.
    command: "修改",
    re: new RegExp(
      `^${NUM}\\s*(?:那|这)?(?:条|个)?.{0,8}?(?:写错了|填错了|搞错了|错了|有误|不对)[，,。;；:：!！\\s]+(?:应该是|应为|正确的?是|改成|改为)?\\s*([\\s\\S]+)$`,
    ),
    num: 1,
    rest: 2,
  },
  {
    command: "确认",
    re: new RegExp(`^(?:确认|确定|提交|确认提交|确认无误)\\s*(?:一下|下)?\\s*(?:${NUM})?${END}`),
    num: 1,
  },
  { command: "确认", re: new RegExp(`^${NUM}\\s*(?:确认|没问题|可以|对的|提交)${END}`), num: 1 },
  {
    command: "查看",
    re: new RegExp(`^(?:查看|看看|看一下|看下|查一下|查下|瞅瞅|打开)\\s*${NUM}${END}`),
    num: 1,
  },
  { command: "查看", re: new RegExp(`^${NUM}\\s*(?:的)?(?:详情|内容|明细|记录)${END}`), num: 1 },
  { command: "恢复", re: new RegExp(`^(?:恢复|还原|找回|撤回错了.{0,4}恢复)\\s*(?:${NUM})?${END}`), num: 1 },
  {
    command: "取消",
    re: new RegExp(
      `^(?:取消|算了|不改了|不填了|不报了|不弄了|先不填了|先不改了|退出|退出填报|不用改了|放弃修改|放弃)${END}`,
    ),
  },
  {
    command: "我的填报",
    re: /^(?:我的)?(?:填报记录|我的填报|我的记录|我的列表|历史记录|填报列表|填报情况)$/,
    maxCore: 12,
  },
  {
    command: "我的填报",
    re: /(?:看|查|瞅|瞧|列|翻)(?:看|一下|下|一查)?(?:一下)?(?:我|自己).{0,6}?(?:报|填|交|提交|发)(?:了|过)?(?:的)?(?:些)?(?:啥|什么|哪些|几条|多少|记录|内容|东西)?/,
    maxCore: 18,
  },
  {
    command: "我的填报",
    re: /^我(?:都|已经|之前|这周|本周|上周|今年|这个月|本月|最近|一共)*(?:报|填|交|提交)(?:了|过)(?:些)?(?:哪些|啥|什么|几条|多少)/,
    maxCore: 18,
  },
  {
    command: "帮助",
    re: /^(?:帮助|help|菜单|说明|使用说明|用法|教程|指南|操作指南|功能)$/,
  },
  {
    command: "帮助",
    re: /(?:怎么|咋|如何|怎样|怎么样|咋样)(?:样)?(?:才能)?(?:用|使用|报|填|填报|上报|汇报|操作|弄|提交|发|撤回|撤销|删除|删|修改|改|确认|查看|查)/,
    maxCore: 20,
  },
  { command: "帮助", re: /(?:你|机器人|助手|这个)(?:能|会|可以)(?:干|做|帮)(?:啥|什么|些什么)/, maxCore: 16 },
  { command: "帮助", re: /^不(?:会|知道怎么)(?:用|报|填|弄)/, maxCore: 16 },
  {
    command: "填报",
    re: /^(?:我要填报|开始填报|逐项填报|我要报|要填报|我来填报|我来报|填一下|报一下|我报一下|开始报|填个报)$/,
  },
  {
    command: "本周无进展",
    re: /^(?:本周|这周|这星期|这礼拜|这个星期|这个礼拜)(?:确实|真的|暂时)?(?:无|没有?|没什么|没啥|没有什么)(?:新的?)?(?:进展|工作|事|事情|可报的?|要报的?|东西)/,
    maxCore: 16,
  },
  { command: "下周提醒", re: /^(?:下周(?:再)?提醒(?:我)?|下周再说|下周再报|这周别提醒了|本周不要提醒了)$/ },
];

/** On core: a yes to the question the bot just asked. */
export const YES =
  /^(?:(?:好|好的|好滴|好嘞|好哒|好吧|好好|嗯|嗯嗯|恩|恩恩|对|对的|对对|对头|是|是的|是滴|可以|可以的|行|行的|ok|okay|okk|没问题|没毛病|确认|确定|确认一下|确认下|提交|中|妥|没错|正确|就这样|就这样吧|可以了|好了|同意|yes|y|确认修改|保存|保存修改|记下来|记吧|记上|要|需要|保存|是填报|是的记下来|对就这个|嗯呐|嗯哪|嗯呢)(?:了|啊|呀|哈|吧|的)?)+$/;

/** On core: a no. */
export const NO =
  /^(?:不|不是|不对|不行|错了|不用|不要|不需要|否|no|n|不是这个|不对不对|有误|错的|不记|不用记|不是填报|别记|不存)(?:了|啊|呀|哈|吧|的)?$/;

/** On core: every whole message here is small talk, answered and never stored. */
export const SMALL_TALK: Array<{ topic: SmallTalkTopic; re: RegExp }> = [
  {
    topic: "thanks",
    re: /^(?:(?:谢谢|谢啦|谢了|多谢|感谢|感谢感谢|谢谢你|谢谢您|谢谢啦|谢谢了|辛苦|辛苦了|辛苦啦|麻烦了|麻烦你了|thx|thanks|thankyou|3q|蟹蟹|谢|太好了|太棒了|棒|厉害|赞|给力)(?:啊|呀|哈|啦|哦)?)+$/,
  },
  {
    topic: "ack",
    re: /^(?:(?:收到|收到了|好的收到|知道了|晓得了|明白|明白了|了解|了解了|懂了|ok|好|好的|嗯|嗯嗯|恩|哦|噢|喔|哦哦|噢噢|行|可以|好嘞|好滴|好吧|好哒|是|是的|对|对的|没问题|中|妥|嗯呢|嗯哪)(?:啊|呀|哈|啦|哦)?)+$/,
  },
  {
    topic: "greeting",
    re: /^(?:你好|您好|哈喽|哈啰|hello|hi|嗨|在吗|在么|在不在|在不|有人吗|早|早啊|早安|早上好|上午好|中午好|下午好|晚上好|晚安|周末愉快|新年好|新年快乐|节日快乐|你好呀|您好呀|机器人你好|助手你好)(?:啊|呀|哈|啦)?$/,
  },
  {
    topic: "later",
    re: /^(?:好的?|嗯|收到|明白|知道了|行)?(?:我|我来|我再)?(?:今天忙)?(?:等会|等下|等一下|回头|晚点|晚些|稍后|一会|一会儿|明天|下周|过两天|马上|改天)?(?:再)?(?:补|报|填|发|弄|补报|补一条|补一下|报一下|填一下)(?:一条|一下|一个|给你)?(?:吧)?$/,
  },
  { topic: "bye", re: /^(?:再见|拜拜|拜|88|先这样|先这样吧|下班了|回头聊|回见)(?:啊|呀|哈|啦)?$/ },
  { topic: "laugh", re: /^(?:哈+|呵+|嘿+|h{3,}|笑死|哈哈哈+|嘻嘻|哇|哇塞|666+|牛)$/ },
  { topic: "sorry", re: /^(?:不好意思|抱歉|sorry|对不起|打扰了|打扰一下)(?:啊|呀|哈|啦)?$/ },
  { topic: "about", re: /^(?:你是谁|你叫什么|你是机器人吗|你是人吗|你是真人吗|你是ai吗|机器人|你是啥)$/ },
];

/** On core: several small-talk words in one message (好的，谢谢！ / 嗯嗯好的谢谢 / 收到辛苦了). */
export const SMALL_TALK_RUN =
  /^(?:谢谢|谢啦|谢了|多谢|感谢|辛苦了?|辛苦啦|麻烦了|好的?|好滴|好嘞|好哒|收到了?|嗯+|恩+|哦+|噢+|ok|okay|明白了?|知道了|了解了?|懂了|行|可以|没问题|对的?|是的?|啦|啊|呀|哈+|呢|哟|哒|👌|您|你)+$/;

export type SmallTalkTopic =
  | "thanks"
  | "ack"
  | "greeting"
  | "bye"
  | "laugh"
  | "sorry"
  | "about"
  | "question"
  | "later"
  | "emoji"
  | "other";

/** On norm: 刚才发错了 / 发错人了 — probably wants a withdraw, but ask. */
export const SENT_BY_MISTAKE = /(?:发错|错发|发重了|重复发|发了两遍|多发了|重复了)/;

/**
 * On norm: a figure a work report carries (number + counting word), Arabic or Chinese.
 * Dates alone (3月5日) are not figures for this purpose.
 */
export const FIGURE =
  /(?<![第#\d一二两三四五六七八九十百千万])(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+)\s*(?:万|亿|千|百)?\s*(?:余|多|来)?\s*(?:个|家|项|人|人次|名|次|期|场|份|册|元|件|户|村|所|套|台|条|篇|天|亩|块|批|%|‰|吨|公里|小时|学时|课时|座|间|本|张|笔|单|例|组|支|只|处|点|轮|趟|回|节|场次|家次|户次|所学校|个村|万元|亿元|千元)/;

/** On norm: verbs and phrases of work done, under way or planned. */
export const WORK_VERB =
  /开展|组织|召开|举办|举行|完成|走访|调研|培训|申报|推进|落实|参加|参与|指导|督查|督导|检查|验收|对接|签约|签订|引进|认定|登记|发放|宣传|服务|落地|建成|新增|新建|新认定|实施|启动|印发|制定|修订|报送|审核|评审|考察|接待|慰问|帮扶|入库|孵化|征集|受理|办理|组建|部署|学习|整改|排查|统计|汇总|座谈|协调|推动|争取|争创|获批|获评|获得|立项|结题|拨付|下达|兑现|撰写|起草|编制|编写|上报|报送|提交了|办结|处理|回复|答复|联系|陪同|带队|主持|讲授|授课|宣讲|巡查|摸排|普查|核查|核实|复核|复审|评估|考核|测评|筹备|策划|布置|安排|对标|挂牌|揭牌|开工|投产|竣工|交付|采购|招标|投标|转发|陪|培育|扶持|补贴|奖励|表彰|推荐|遴选|选派|派驻|入驻|共建|结对|开了|开会|参会|值班|值守|巡逻|演练|应急|防控|宣贯|传达|整理|归档|录入|填报了|审批|批复|发文|出台|印制|制作|拍摄|发布|推送|转化|成交|交易|申请|授权|备案|注册|改造|提升|建设|打造|搭建|建立|健全|完善|加强|强化|深化|优化|规范|推广|示范|试点|攻关|研发|研究|研制|设计|测试了|调试|运行|运维|上线|部署了|跟进|督办|催办|送达|走进|深入|下乡|进村|入户|进校园|进社区|进企业|看望|关爱|捐赠|义诊|普及|讲解|解读|辅导|帮助企业|跑了|去了|到了|赴|前往|配合|协助|承办|主办|协办|参展|布展|展出|放映|开班|结业|考试|招聘|引才|聘请|签了|谈了|洽谈|招商|对口|支援|援建|调度|会商|研判|谋划|梳理|总结|复盘|盘点|分析|调查|监测|检测|抽检|执法|约谈|通报|督促|整治|清理|疏通|修复|维修|更换|安装|购置|配备|发了|交了|报了|写了|做了|办了|搞了|弄了|弄完|搞定|写完|做完|办完|交完|忙了|忙着|在做|在写|在搞|在弄|正在|着手/;

/** On norm: nouns of a bureau's work, weaker evidence than a verb or a figure. */
export const WORK_NOUN =
  /会议|活动|项目|企业|培训|检查|调研|申报|材料|方案|资金|经费|专利|合同|平台|党日|党课|支部|基地|特派员|科普|讲座|论坛|大会|任务|报告|通知|文件|简报|信息|台账|系统|数据|指标|评审|专家|政策|成果|高企|科技|创新|人才|乡镇|村|园区|学校|群众|农户|安全生产|信访|档案|保密|值班|预算|决算|绩效|审计|巡察|督查|考核|总结|计划|规划|意见|办法|制度|清单|目标|进展|进度|汇报/;

/** On norm: a question rather than a statement. */
export const QUESTION =
  /(?:[?？]\s*$|[吗么嘛呢](?:[?？。!！~～]*)$|^(?:怎么|为什么|为啥|咋|是不是|能不能|能否|有没有|要不要|需不需要|可不可以|用不用|是否|请问|问一下|问下|哪里|哪个|什么时候|多久|几点))/;

/** On core: a section answer may be prefixed like this: 科室、选、是、属于. */
export const SECTION_LEAD = /^(?:科室|选择?|是|属于|归|放到?|算|放在|就)+/;
export const SECTION_TAIL = /(?:的|那个|这个|科|吧|啊|呀|哈)+$/;

/**
 * A part of the leaders' draft named without a command word (on norm): 「第三部分」「（三）」
 * 「三、工作计划」「问题部分」「开头」. `PART_VIEW` is the whole message, perhaps with 看看 before it;
 * `PART_ADVICE` is a part followed by a short instruction (「第三部分再精炼一下」) — never 「三、…」,
 * which is how pasted reports begin.
 */
const PART_N = "(?:[一二三四五六七八九十]{1,2}|\\d{1,2})";
const PART_NAMED = `(?:第\\s*[（(]?${PART_N}[)）]?\\s*(?:大?部分|节)|[（(]${PART_N}[)）](?:部分)?|开头(?:部分|段|那段)?|(?:存在的?)?问题(?:部分|那部分|那块|那段)|(?:工作)?计划(?:部分|那部分|那块|那段))`;
export const PART_VIEW = new RegExp(
  `^(?:看看|看一下|看下|查看|打开|显示|给我看看?|我看看|发一下|发下)?\\s*(${PART_NAMED}|${PART_N}、[^\\s，,。]{0,8})\\s*(?:呢|吧|的内容|内容|写的啥|写了啥)?[?？。！!～~]*$`,
);
export const PART_ADVICE = new RegExp(
  `^(${PART_NAMED})\\s*[，,：:]?\\s*((?=[^]{0,30}$)[^]*(?:精炼|精简|简洁|简练|压缩|缩短|删|去掉|展开|扩充|充实|补充|具体|量化|突出|加上|加点|多写|少写|改|调整|换|重写|写实|太长|太短|啰嗦|空洞|空泛|不够|再)[^]*)$`,
);
