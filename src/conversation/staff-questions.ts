import { toMandarin } from "./dialect-words.js";
import { foldWidth, toSimplified } from "../domain/normalize.js";
import type { Services } from "./types.js";
import type { LocalDate } from "../domain/period.js";
import { leaveExample } from "../reminders/leave-example.js";

/**
 * What staff ask about the rules — 「是不是每周都要报？」「啥时候截止」「报错了咋办」「不报会怎么样」
 * — answered in a few true lines, the rules as the README and docs/reminders.md state them (a week
 * is Monday to Sunday; each of one's sections wants a confirmed update in it; 本周无进展 counts;
 * the reminder goes out at the configured time), not with 「有什么需要帮忙的？」. Only questions:
 * 「这周没干啥」 said flat is no question, and 「本周无进展」 itself stays the command. Pure.
 */

/** The reminder as the feature wired it: when it goes out (「每周五 16:00」), and whether it is on. */
export interface ReminderFacts {
  remindAt?: string;
  enabled?: boolean;
}

/** The reminder facts the reminders feature left in the services, if it is installed. */
export function reminderFacts(services: Pick<Services, "features">): ReminderFacts | undefined {
  const f = services.features.reminders as ReminderFacts | undefined;
  return f ? { remindAt: f.remindAt, enabled: f.enabled } : undefined;
}

/** A question, not a statement: a question word or mark, or an A-not-A (么 of 什么、这么 asks nothing). */
const ASKS =
  /[吗嘛呢？?]|([\u4e00-\u9fff])[不唔]\1|(?:了|过)没(?:有)?$|(?<![什怎这那多])么|不$|来着$|一次还是|(?:报|填|发)还是|还是(?:交|给|发|报)给|谁|哪个(?=能|会|看)|哪些人|什么人|啥人|[是对]吧$|周几|星期几|礼拜几|(?:报|填|交|用|要|得)不$|能[\u4e00-\u9fff]{1,3}不$|是不是|要不要|用不用|得不得|需不需要|必须|(?:什么|啥)$|几[次回点号天]|几时|哪天|什么时候|啥时候|点样|点算|多久|怎么|咋|怎样|如何|会不会|能不能|可不可以/;

/** The parts of a report one may ask about: problems, plans, figures, the date. */
const PART = /困难|问题|不足|计划|打算|下一步|下步|措施|数字|数据|日期/;

/** The topic whose answer depends on the part asked about (partAnswer). */
const PART_TOPIC = (): string => "";

/** Topics, first match wins; each `re` is read on the simplified text. */
const TOPICS: ReadonlyArray<{
  re: RegExp;
  answer: (r: ReminderFacts | undefined, today?: LocalDate) => string;
  /** Answered before the how-to lines (who sees a report, what the bot sees): engine.ts asks asksWhoSees. */
  first?: true;
}> = [
  {
    // 这周没干啥也要报吗、没进展也得报吗
    re: /(?:没(?:干|做|弄|搞)(?:啥|什么|东西|事)|没(?:啥|什么)?(?:东西|事)?(?:干|做|弄|搞)(?!了)|没(?:有|得)?(?:啥|什么|啥子)(?:可|好)?(?:干|做|弄|搞|报)的?|没干啥|没做啥|没啥事|没事|没什么事|没进展|没有进展|没啥进展|没东西|没有工作).{0,6}(?:也|还)?(?:要|得|需要|用)(?:报|填|交)|(?:没进展|没有进展|没啥进展|没东西|没干啥|没做啥).{0,6}(?:能不能|可不可以|可以|能|是不是)(?:就)?(?:不|不用|免)(?:报|填|交)|(?:没进展|没有进展|没啥进展|没东西|没干啥|没做啥)(?:的话|时|咋办|怎么办)/,
    answer: () =>
      "这周确实没什么进展的话，回复「本周无进展」就算报过了，这周不会再提醒；有新进展随时发给我。",
  },
  {
    // 出差了还要报吗、请假期间也要报吗、出差那几天的事要不要报
    // 休年假那几天周报咋弄、调休的话提醒还发不发: reporting or the reminder while away, asked.
    re: /(?:出差|请了?假|休假|休年假|年假|不在单位|培训|学习|开会).{0,6}(?:也|还)?(?:要不要|用不用|需不需要|得不得|要|得|需要|用)(?:报|填|交)|(?:出差|请了?假|休假|休年假|年假|调休|轮休|补休|不在单位)(?:期间|那几天|那周|的话|的时候|时)?.{0,6}(?:周报|填报|提醒|催|补报|要补|补不|还报|还填)/,
    answer: (r, today) =>
      `出差、请假期间可以先不报：发「请假 开始日期 至 结束日期」${today ? `（如「${leaveExample(today)}」）` : ""}${r?.enabled === false ? "登记一下" : "，那几天不提醒"}；回来后把做的工作发给我即可。`,
  },
  {
    // 周末加班要报吗、晚上加班干的也要报不、下乡陪同的事要不要报: work done out of hours or on the side, whether it is
    // reported; 加班那两天算不算 (算不算 closing the question).
    re: /^(?!.*周报)(?:.*?)(?:加班|周末|双休|节假日|假期|休息日|晚上|夜里|下班后|下乡|陪同|陪检|迎检|临时|零碎|杂事|小事|日常|事务性)[^，,。]{0,8}?(?:也|还)?(?:(?:算不算|算|要不要|用不用|需不需要|得不得|要|得|需要|用)(?:报|填|交|写进来)|算不算(?:[啊呀哦嘛呢]*[?？]*$))/,
    answer: () =>
      "做了的工作都可以报，加班、周末、下乡、陪同检查时做的也算：发给我做了什么、关键数据，确认后计入总结。不是每件小事都要报，一周里您负责的每个科室至少有一条确认过的填报就行。",
  },
  {
    // 不报会怎么样、没报会咋样、漏报了怎么办
    // 上周没报 现在补还来得及不、补报还算数吗: reporting late.
    re: /(?:不报|没报|漏报|忘报|忘了报|没交|不交).{0,4}(?:会|有|要)?(?:怎么样|咋样|怎样|点样|点算|咋办|怎么办|有什么|有啥|影响|后果|扣分)|(?:没报|漏报|忘报|忘了报|没交|没填).{0,8}补|补(?:报|交|填)?(?:还|也)?(?:来得及|赶得上|算数|算不算|算吗|作数)|(?:迟|晚)(?:了|咗|几天|两天)?(?:报|交|填)(?:了)?(?:会|有|要)?(?:怎么样|咋样|怎样|点样|点算|咋办|怎么办|有影响|算不算|算吗|行不行|可以吗|行吗)|(?:能|可以)(?:补报|补交|补填|补)(?=不|吗|么|嘛|伐|$)/,
    answer: (r) =>
      `${remindLine(r, "会收到提醒：")}局领导每周收到的周报里会列出上周谁没有报。补报直接发给我，确认后照样计入总结。`,
  },
  {
    // 报错了咋办、填错了怎么弄、发重了怎么办
    re: /(?:报|填|写|发|录)(?:错|重|多|串)了?.{0,4}(?:咋办|怎么办|怎么弄|咋弄|咋整|怎么整|怎么处理|咋处理|怎么改|咋改|能改|可以改)/,
    answer: () =>
      "报错了不要紧：发「我的填报」看编号，「修改 编号 新内容」改（或直接说「刚才那条写错了，应该是…」），先给您看修改预览，确认后才改；不要的发「撤回 编号」，撤回后还能「恢复」。确认过的也能这样改。",
  },
  {
    // 修改完了还要重新确认不、改了以后要不要再提交、撤回了还用重新报吗: after a command, whether another step is due.
    re: /(?:修改|更正|改|撤回|撤销|撤|删除?|恢复)(?:完|好|过|掉)?(?:了)?(?:之后|以后|后|的话)?.{0,3}(?:还|也|要不要|用不用|需不需要|得不得)(?:要|得|需要|用)?(?:重新|再)(?:确认|提交|报|填|点|发)/,
    answer: () =>
      "修改时我先给您看修改前后的全文，您确认这一次就生效，不用再单独确认原来那条；撤回的那条不计入总结，想要回来发「恢复 编号」。",
  },
  {
    // 啥时候截止、截止时间是哪天、最晚什么时候交; 周报每礼拜几时截 (截 alone after the when, round fifty-five)
    // Not the deadline of another matter (项目申报材料几号截止、科普日材料几号截止): asked about as that matter
    // (work-matter.ts). The material for the summary itself (今年的材料、年终总结材料、我们的材料) is this one.
    re: /^(?!.*(?:项目|申报|(?<!(?:今年|年终|年底|年度|总结|半年|全年|工作|咱们?|我们科?|我们局|我科|科室|这次|本次)(?:的|那个|这个|那些)?)材料|评审|评价|报名|征集|征文|评选|评比|推荐|资金|补贴|验收|招标|投标|比赛|大赛|竞赛|认定|备案|考试))(?:.*(?:截止|截至|截到|期限|最晚|最迟|deadline)|.*(?:什么时候|啥时候|几时|哪天|几号|几点|周几|星期几|礼拜几)截(?![图屏])|.*(?:什么时候|啥时候|几时|哪天|几号|几点)(?:之前|以前|前)?(?:要)?(?:交|报|填)|.*(?:交|报|填)(?:到|至)(?:几号|哪天|什么时候|啥时候|几时|几点|周几|星期几|礼拜几))/i,
    answer: (r) =>
      `没有硬性的截止时间：随时发给我，确认后就计入总结。按周算的话，一周是周一到周日，周日前确认的都算这周的${r?.enabled !== false && r?.remindAt ? `；${r.remindAt} 会提醒这周还没报的同事` : ""}。年度总结由局领导生成草稿时，用的是当时已确认的填报。`,
  },
  {
    // 几点提醒、什么时候提醒、哪天催
    re: /(?:几点|什么时候|啥时候|哪天|周几|星期几|几号)(?:会)?(?:提醒|催|通知)|提醒.{0,3}(?:几点|什么时候|啥时候|哪天|周几|星期几)/,
    answer: (r) => `${remindLine(r, "")}收到提醒回「下周提醒」可以这周不再提醒；请假期间不提醒。`,
  },
  {
    // 是不是每周都要报、每个礼拜都得报吗、一周要报几次、每周五都要交吗
    re: /(?:每周|每个?礼拜|每个?星期|每週|一周|一个礼拜|每周[一二三四五六日天]|每天|每日|天天|每个?月|一个月).{0,6}(?:报|填|交)(?![了过完表])|(?:报|填|交).{0,4}(?:几次|多少次|多久一次|频率)|(?:一天|一周|每天|每周|一个?月|一个?礼拜|一个?星期)(?:报|填|交)(?:一次|一回|几次).{0,2}还是|(?:这周|本周|这个?礼拜|这个?星期|周末)(?:的周报)?(?:还|也)(?:要|得|需要|用)(?:报|填|交)|(?:日报|周报|月报|季报)(?:和|跟|还有|与|、)?(?:日报|周报|月报|季报)?(?:都|也|还)(?:要|得|需要|用)(?:报|填|交|写)/,
    answer: (r) =>
      `每周报一次就行：一周（周一到周日）里，您负责的每个科室至少有一条确认过的填报。${remindLine(r, "")}这周确实没进展，回复「本周无进展」也算报过；请假或回复「下周提醒」的那一周不提醒。`,
  },
  {
    // 一条一条报还是一起报、分开报还是合在一起报: several matters in one message or one each, asked.
    re: /(?:一条一条|一件一件|一项一项|分开|分条|逐条|一起|合在一起|合起来|一次性|打包|一块儿?)(?:地)?(?:报|填|发).{0,2}还是|还是.{0,4}(?:一起|合在一起|合起来|一次性|分开|一条一条|一件一件|一块儿?)(?:地)?(?:报|填|发)/,
    answer: () =>
      "都可以：一条消息说几件事，我整理成一条填报给您确认；想分开记就分几条发，一项工作（或一个科室）一条更方便核对。",
  },
  {
    // 困难那块一定要写吗、下一步打算必须填吗、问题那一项可以空着不、计划写不写都行吧、没有数字的能报不、报的时候要写日期吗:
    // whether a part of a report must be written — answered as guided filling answers it (guided-steps.ts), out of it too.
    re: new RegExp(
      `(?:${PART.source})(?:(?:那|这)(?:一)?(?:块|项|栏|格|部分|个)|部分|方面)?(?:也|都|还)?(?:(?:一定|必须|非得|硬要)(?:要|得)?|要|得|需要|用)(?:写|填|报)|` +
        `(?:${PART.source})[^，,。]{0,6}(?:可以|能|可|行)(?:不写|不填|不报|空着?|省|免|没有)|(?:${PART.source})(?:写|填)不(?:写|填)|` +
        `(?:${PART.source})[^，,。]{0,6}(?:不写|不填|空着)(?:也)?(?:行不行|可不可以|中不中|成不成|行吗|可以吗|行不|中不|成吗|得不得)|` +
        `没(?:有)?(?:${PART.source})[^，,。]{0,4}?(?:能|可以|行|可)(?:报|写|填|交)|(?:写|填|报|带)(?:上)?(?:${PART.source})`,
    ),
    answer: PART_TOPIC,
  },
  {
    // 是不是要写具体数字啊、数据那个一定要填吗、人数也得写吗 (asked back, mid-report)
    re: /^(?=.*(?:[吗嘛么？?]|是不是|要不要|需不需要|用不用|得不得)).*?(?:(?:写|填|报)(?:上|个)?(?:具体)?(?:的)?(?:数字|数据|人数|金额|数)|(?:数字|数据|人数|具体数|金额)(?:那个|这个|那块|这块)?(?:也|都)?(?:一定|必须|非得)?(?:要|得|需要|用)(?:写|填|报))/,
    answer: () =>
      "有具体数字最好写上（如「培训3期、参训200人次」），起草总结时用得上；没有或记不清也没关系，回复「无」跳过，以后可以用「修改」补上。",
  },
  {
    // 报的时候要不要附照片、发语音报行不行、能传附件不: what else than text may go with a report — the bot reads text only
    // (guards.ts refuses the rest without storing it).
    re: /(?:附|带|配|加|发|传|拍)(?:上|个|张|几张)?(?:照片|相片|图片|截图|附件|文件|语音|录音|视频)|(?:照片|相片|图片|语音|录音|视频)(?:来)?(?:报|填|交)|(?:照片|相片|图片|截图|附件|语音|录音|视频)(?:直接)?(?:发|传)(?:给你|给您|过来|过去)/,
    answer: () =>
      "我目前只能读懂文字消息：照片、文件、语音发过来我读不了，也不会保存。请把做了什么、关键数据用文字发给我（用输入法的语音转文字发出来的文字可以）。",
  },
  {
    // 要写多细啊、写个大概行不、要写得很正式吗、格式有要求吗: how much to write, and in what form.
    re: /(?:写|报|填)(?:得|到)?(?:多|好)(?:细|详细|具体|长|正式|规范)|(?:周报|填报|总结|工作情况|材料)(?:要|该|应该)?(?:怎么|咋|如何|怎样)(?:写|填)(?:比较|才|更|会)?(?:好|合适|规范|像样)|(?:写|报|填)(?:个|得)?(?:太|很|比较|稍微)?(?:大概|大致|简单|简略|粗|短|几句|口语化?)(?:点|些|了)?(?:的话)?(?:就)?(?:行|可以|成|中|要紧|没事)|(?:格式|字数|模板|文风)(?:有|有没有)?(?:啥|什么)?(?:要求|规定|讲究)|(?:要|得|需要|用)(?:写得?)?(?:很|特别)?(?:正式|规范|书面)/,
    answer: () =>
      "不用写得很正式，口语说清楚就行：做了什么、关键数据、遇到的问题、下一步打算；我整理成条目给您确认。有具体数字最好写上，起草总结时用得上。",
  },
  {
    // 总结是谁写、总结是自动出的吗、年终总结怎么出来的: how the summary comes about.
    re: /总结(?:是|由|归)?(?:谁|哪个|哪位|什么人|啥人)(?:来)?(?:写|弄|出|起草|负责)|总结(?:是|会)?(?:自动|机器|你)(?:来)?(?:出|生成|写|起草)|总结(?:是)?(?:怎么|咋|如何)(?:出|生成|写|弄)(?:来|出来)?的/,
    answer: () =>
      "年度总结由局领导发「生成总结」时我来起草，用的是大家确认过的填报；领导审阅、修改后定稿。您这边只要把工作发给我并确认就行。",
  },
  {
    // 你能看到我私信不、我跟别人聊天你能看到吗、群里说的话你会记下来吗 (lead, round forty-four): what the bot itself
    // sees; 看到我私聊了没、私信你睇唔睇到、你能瞅着我跟别人唠的私信不 (round forty-six: V了没, V唔V, 看见/看着 asked too).
    // sees. True to the transport: a group message that does not @ the bot is dropped (transports/feishu/to-incoming.ts).
    re: /(?:私信|私聊|聊天记录|聊天|聊的|(?:发给|发|跟|和|同)别人的?(?:消息|信息|话)?|群里(?:说|聊|发)的?(?:话|消息)?|微信).{0,8}(?:看得到|看到|能看|看得见|看见|看得着|会看|偷看|收得到|记下来?|记录|保存|存下来?)|(?:偷看|监控|监视|看得到|看到|能看|看得见|看见|看得着|看着|会看|收得到|读)(?:我的?|我们的?|我?(?:和|跟|同|发给|发)别人(?:[唠聊说发]的)?的?|别人的?)?(?:私信|私聊|聊天记录|聊天|微信|群消息|群里的?(?:消息|聊天))/,
    first: true,
    answer: () =>
      "我只收到您直接发给我的消息和群里@我的消息；您和别人的私聊我收不到，群里没有@我的话我不处理、也不记录。发给我的工作情况也要您确认后才计入总结。",
  },
  {
    // 领导看得到吗、报了以后会算到年终总结里吗、谁能看到我报的
    re: /(?:领导|局长|科长|主任|书记|上面|上级|谁|哪个|哪些人|啥人|什么人).{0,4}(?:看得到|看到|能看|会看|看得见|看得着)|(?:算到|算进|计入|进|用到|写进|用在).{0,4}(?:总结|年终|年度)/,
    first: true,
    answer: () =>
      "确认后的填报会计入年度总结：局领导生成、审阅总结草稿时用的就是这些内容；局领导和办公室还能看到每周谁报了几条。没确认的草稿和撤回的不算。",
  },
  {
    // Lead54: 下周三之前要交的那个表 是不是你们收、年底考核表交给谁啊、统计报表在哪交、那个表是交给你还是交给办公室 — a form or
    // paper asked about (whether the bot collects it, whom to hand it to): only work updates come here; the rest is not ours.
    // A bare 「这表交给谁」 (which form?) stays unclear (i40a/i40b label it so): a form named, or the bot asked.
    re: /(?:考核表|统计表|报表|台账|申报表|汇总表|登记表)[^，,。]{0,10}?(?:交给谁|交到哪|交哪|在哪交|哪里交|报给谁|给谁|找谁)|(?:表|表格|报表|台账|材料|资料|文件)[^，,。]{0,10}?(?:是不是|是否|要不要)?(?:你们?|您|这里|这边|这儿|助手)(?:收|交给你|发给你|发你)|(?:交给|发给)(?:你|您)(?:还是|吗|么|嘛)/,
    answer: () =>
      "工作情况（做了什么、关键数据、问题、下一步）直接发给我就行，我整理成填报给您确认；别的表格、报表、考核材料我不收，交给谁请问办公室或科室负责人。",
  },
];

/** Whether a part must be written: only what was done must; the rest when there is any (STEP_GUIDANCE says the same). */
function partAnswer(t: string): string {
  const rest = "一条填报只有「做了什么」是要写的，其余有就写、没有就不写，我整理后给您确认。";
  if (/困难|问题|不足/.test(t))
    return `问题、困难不是必须写的：有就写一两句（例如「乡镇场地偏小，群众参与不够」），起草总结时用得上；没有就不写。${rest}`;
  if (/计划|打算|下一步|下步|措施/.test(t))
    return `下一步打算不是必须写的：有就写一句（例如「下月到集市开展流动科普」）；没有就不写。${rest}`;
  if (/数字|数据/.test(t))
    return `没有数字也能报，说清做了什么就行；有具体数字（场次、人数、家数、金额）最好写上，起草总结时用得上。${rest}`;
  return `不用专门写日期：按您发消息的那天记入。${rest}`;
}

/** The reminder line: 「每周五 16:00 我会提醒还没报的同事。」, or nothing when no reminder is sent. */
function remindLine(r: ReminderFacts | undefined, lead: string): string {
  if (!r || r.enabled === false) return "";
  return `${lead}${r.remindAt ?? "每周固定时间"} 我会提醒这周还没报的同事。`;
}

/** The topic a question about the rules asks, on its folded text; undefined for none. */
const topicOf = (t: string) => TOPICS.find(({ re }) => re.test(t));

/** Whether the text asks who sees a report or what the bot sees (a topic answered before the how-to lines). */
export function asksWhoSees(text: string): boolean {
  return topicOf(toMandarin(toSimplified(foldWidth(text))).replace(/\s+/g, ""))?.first === true;
}

/**
 * The answer to a question about the rules, or undefined when the text asks none. In guided filling
 * (`guided`) a question whether a part must be written is about the question just asked: the guided
 * step answers it (STEP_GUIDANCE, with how to skip it there).
 */
export function rulesAnswer(
  text: string,
  reminders: ReminderFacts | undefined,
  guided = false,
  /** The local day asked: an example of dates is next week's (leave-example.ts). */
  today?: LocalDate,
): string | undefined {
  // Dialect words read as Mandarin (dialect-words.ts): 不报咋整、领导能看着不.
  const t = toMandarin(toSimplified(foldWidth(text))).replace(/\s+/g, "");
  if (
    [...t].length > 30 ||
    !ASKS.test(t) ||
    /\d{1,2}[-.月]\d{1,2}|#\d|第\d|\d+\s*[条家个人次项场篇份]/.test(t)
  )
    return undefined;
  const topic = topicOf(t);
  if (!topic) return undefined;
  if (topic.answer === PART_TOPIC) return guided ? undefined : partAnswer(t);
  return topic.answer(reminders, today);
}

/**
 * 「李明报了啥」 said by 李明: one's own name where 我 would be, before 报/的填报, is 我 — so it reads as
 * 我的填报, not as asking about someone else. A period may stand between (「何婷这个月报了些啥 给我瞅瞅」).
 */
export function selfAsMe(text: string, name: string): string {
  if (name.length < 2) return text;
  // 「看看李明的填报」「帮我查下李明报了啥」 from 李明: a verb of looking may come first.
  const lead = new RegExp(
    `^((?:(?:帮我|给我)?(?:看看|看下|看一下|瞅瞅|瞧瞧|查查|查下|查一下|翻翻|调出))?)(?:${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")})(?:我)?(?=(?:这周|本周|上周|这个?礼拜|上个?礼拜|这个?月|上个?月|本月|今年|去年|上半年|下半年|最近|这阵子?|这段时间|这一年|到底|都|一共|已经){0,2}(?:报|填|交|的填报|的记录|的材料))`,
  );
  return text.trim().replace(lead, "$1我");
}

/**
 * 「我新来的，这个咋报啊，是不是每周都要报」: a rules question asked beside how to report at all —
 * both are answered, the how first (in a line, 帮助 for the rest).
 */
export function howToReportToo(text: string): string | undefined {
  const t = toSimplified(foldWidth(text)).replace(/\s+/g, "");
  if (!/(?:咋|怎么|怎样|如何)(?:个)?(?:报|填|填报|用|弄|操作)(?![了过])/.test(t)) return undefined;
  return "怎么填报：直接发一段文字给我，说做了什么、关键数据、遇到的问题、下一步打算；我整理后给您确认，确认后才计入年度总结（发送「帮助」查看全部用法）。\n";
}
