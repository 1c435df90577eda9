import {
  EDIT_WORDS,
  END,
  LOOK_WORDS,
  NUM,
  POLITE_MID,
  RESTORE_WORDS,
  SENT_BY_MISTAKE,
  THIS_ONE,
  WITHDRAW_WORDS,
} from "./intent-lexicon.js";
import { ASKED_TO_BE_ASKED } from "./guided-request.js";
import { HELP_RULES } from "./help-rules.js";
import { ALL_SAID } from "./confirm-all.js";
import { OWN_MISSED_ASKED, OWN_STATUS_ASKED, OWN_UNREPORTED_ASKED, WEEK_SAID } from "./own-status-asked.js";

/**
 * The everyday phrasings of commands, as whole-message rules (everyday-command.ts runs them after
 * a polite lead and a leading 把 are removed). Split from intent-lexicon.ts, which keeps the word
 * classes these rules are built from. Add a phrase users report as misunderstood here, with a
 * line in test/corpus/intents.jsonl.
 */

/** This week's (or month's) work as the object of reporting: 这周的、本周工作、这个月的情况. */
const THIS_WEEK_WORK = "(?:这周|本周|这星期|这礼拜|这个月|本月)的?(?:工作|情况|进展)?";

/** Next week in everyday words. */
const NEXT_WEEK = "(?:下周|下礼拜|下星期|下个(?:星期|礼拜|周)|下一周)[一二三四五六日天]?";

export interface CommandRule {
  /** The canonical command word the engine's table knows. */
  command: string;
  re: RegExp;
  /** Which capture group holds the number, and which the rest of the text (for 修改 N 内容). */
  num?: number;
  rest?: number;
  /** The rule applies only when `core` is at most this long (short requests, not reports). */
  maxCore?: number;
  /** Only a leader means this command by these words (进度 for 「看下大家的填报进度」). */
  leaders?: boolean;
}

/**
 * One character of what may stand between 「第3条」 and 「写错了」 (人数、数字): not the start of another
 * request's verb — 「第三条删掉吧 我发错了」 is a withdrawal with its reason, not a 修改.
 */
const NO_OTHER_VERB = `(?:(?!删|撤|作废|不要|恢复|还原|找回)[^，,。；;])`;

/** Rules on norm, after POLITE_LEAD and a leading 把 are removed. Order matters: first match wins. */
export const COMMAND_RULES: CommandRule[] = [
  // 我这周还有啥没报的吗、我还有哪个科室没报、我这周报齐了没 (own-status-asked.ts): the list answers it.
  { command: "我的填报", re: OWN_UNREPORTED_ASKED, maxCore: 18 },
  // 我上周是不是没报 (own-status-asked.ts): the list of that period answers it (mine-period.ts reads the period).
  { command: "我的填报", re: OWN_MISSED_ASKED, maxCore: 18 },
  {
    // 这个礼拜我有没有漏报什么、我这周有冇报漏么子: whether one left something out, asked — the same list.
    command: "我的填报",
    re: new RegExp(
      `^(?:${WEEK_SAID})?(?:我|自己)(?:${WEEK_SAID})?(?:还|是不是)?有没有?(?:漏|落)(?:报|填|交|下)?(?:(?:报|填|交)(?:漏|落))?(?:了)?(?:啥|什么)?(?:的|东西)?(?:没有?|吗|么|啊|呢)?${END}|^(?:${WEEK_SAID})?(?:我|自己)(?:${WEEK_SAID})?(?:还|是不是)?有没有?(?:报|填|交)(?:漏|落)(?:了)?(?:啥|什么)?(?:的|东西)?${END}`,
    ),
    maxCore: 18,
  },
  {
    command: "全部确认",
    // 剩下的几条都确认、这三条一起提交、刚才报的都确认、两条都没问题 一块确认了、俩都对 一块儿确认、草稿全给我确认掉、三条一把存掉
    // (赣/湘 一把, 一把子: all at once; 存 for keeping them): the set named first (剩下的、这几条, maybe said to be right, or by the
    // place before 这两个: 九资河这两个一把子确认), then all of it.
    re: new RegExp(
      `^(?:(?:剩下|剩余|其余|其他|其它|没确认|未确认|(?:我)?(?:刚才|刚刚|今天|这周|本周|上午|下午)(?:报|填|发|交)(?:了|过)?)的?|[\\u4e00-\\u9fff]{2,8}?(?=(?:这|那)(?:俩|仨|[两二三四五六七八九十\\d]+)(?:条|个)))?(?:我的?|我那|我这)?(?:这|那)?(?:几|俩|仨|[两二三四五六七八九十\\d]+)?(?:条|个)?(?:草稿)?(?:(?:我|俺)?(?:都|全)?(?:没问题|没毛病|可以|对的|没错|对|行|中|妥|要得|看过|看了|看完|瞧过|瞧了|瞧完|瞅过|望过|核过|核完|核对过)(?:了|的)?[，,\\s]*)?(?:${ALL_SAID}|都|一起|一并|所有的|一块儿?|一齐|一把子|一把|一下子|一总|全)+(?:给我|帮我)?(?:要)?(?:确认|提交|存掉|存上|存起来|存了|保存)(?:了|掉|一下|下)?${END}`,
    ),
  },
  { command: "全部确认", re: new RegExp(`^(?:确认|提交)(?:全部|所有|全部的|所有的)${END}`) },
  {
    command: "撤回",
    re: new RegExp(
      `^(?:${WITHDRAW_WORDS})(?:一下|下)?\\s*(?:${NUM})?\\s*(?:${THIS_ONE})?(?:填报|记录)?${END}`,
    ),
    num: 1,
  },
  {
    command: "撤回",
    re: new RegExp(
      `^${NUM}\\s*(?:那|这)?(?:一)?(?:条|个)?(?:填报|记录)?\\s*${POLITE_MID}(?:${WITHDRAW_WORDS}|不要|不算)${END}`,
    ),
    num: 1,
  },
  {
    // 刚才那条删了、这条不要了、这条发重了 删掉 (the slip said between the one named and the verb).
    command: "撤回",
    re: new RegExp(
      `^(?:刚才|刚刚|刚|上面|上一|这|那|最后)(?:那|这|一)?条?(?:填报|消息|记录)?\\s*(?:(?:${SENT_BY_MISTAKE.source})(?:了|啊)?[，,\\s]*)?(?:${WITHDRAW_WORDS}|不要|不算)(?:[，,\\s]*(?:我)?(?:重发|重新发|重报|重新报|重填|重新填)(?:一下|一条)?)?${END}`,
    ),
  },
  {
    // 第7条改过什么、看看第2条写了啥、查一下2号改了哪些: what an update says, or how it changed.
    command: "查看",
    re: new RegExp(
      `^(?:${LOOK_WORDS})?\\s*${NUM}\\s*(?:那|这)?(?:条|个)?(?:都|到底|具体)?(?:改|写|填|报|修改|记)(?:过|了|的)(?:些)?(?:啥|什么|哪些|哪里|哪儿)(?:内容|东西)?(?:来着)?${END}`,
    ),
    num: 1,
  },
  {
    command: "修改",
    re: new RegExp(`^(?:${EDIT_WORDS})(?:一下|下)?\\s*(?:${NUM})?\\s*[:：，,]?\\s*([\\s\\S]*)$`),
    num: 1,
    rest: 2,
  },
  // 「改1 来了85人」「改#2：资料发了300份」: 修改 said short as 改, the number right after it, then the new content.
  { command: "修改", re: /^改\s*(?:#|第)?(\d{1,4})(?:条|号)?(?:[\s:：，,]+([\s\S]*))?$/, num: 1, rest: 2 },
  {
    command: "修改",
    re: new RegExp(
      `^${NUM}\\s*${POLITE_MID}(?:要|需要|得|想)?(?:${EDIT_WORDS}|更正为|修改为|改)\\s*[:：，,]?\\s*([\\s\\S]*)$`,
    ),
    num: 1,
    rest: 2,
  },
  {
    command: "修改",
    re: new RegExp(
      // 「4号那条的金额改成…」: the pointer after the number (那条的、那个里的) names the update again.
      `^${NUM}\\s*(?:(?:那|这)一?(?:条|个))?(?:里面|里头|里边|当中|里|中)?的?\\s*([^，,。]{0,30}?(?:改成|改为|换成|应为|应该是)[\\s\\S]+)$`,
    ),
    num: 1,
    rest: 2,
  },
  {
    command: "修改",
    re: new RegExp(
      `^${NUM}\\s*(?:那|这)?(?:条|个)?[，,\\s]?${NO_OTHER_VERB}{0,8}?(?:写错了|填错了|搞错了|错了|有误|不对|有问题)${END}`,
    ),
    num: 1,
  },
  {
    // 「第一条数字写错了，获批是6项」: the correction follows the complaint.
    command: "修改",
    re: new RegExp(
      `^${NUM}\\s*(?:那|这)?(?:条|个)?[，,\\s]?${NO_OTHER_VERB}{0,8}?(?:写错了|填错了|搞错了|错了|有误|不对)[，,。;；:：!！\\s]+(?:应该是|应为|正确的?是|改成|改为)?\\s*([\\s\\S]+)$`,
    ),
    num: 1,
    rest: 2,
  },
  {
    command: "确认",
    // 确认存、确认保存、确认存上 (b87-d01): confirmed, and said to be kept.
    re: new RegExp(
      `^(?:确认|确定|提交|确认提交|确认无误)\\s*(?:一下|下)?(?:并?(?:保存|存上|存下|存住|存))?\\s*(?:${NUM})?${END}`,
    ),
    num: 1,
  },
  {
    // 5号确认一下、第3条麻烦帮我确认下: the update, polite words, then 确认.
    command: "确认",
    re: new RegExp(
      `^${NUM}\\s*(?:那|这)?(?:一)?(?:条|个)?\\s*${POLITE_MID}(?:给)?(?:确认|没问题|可以|对的|提交)(?:一下|下|了|掉)?${END}`,
    ),
    num: 1,
  },
  {
    // 那条草稿麻烦给确认下、我那草稿帮我确认一下、把这条确认了吧: the one shown (or the only one) confirmed;
    // 「刚才那个草稿给俺确认一下」: the bot's draft is 那个 as well as 那条 (i23b, i24a, b18-035).
    command: "确认",
    re: new RegExp(
      `^(?:我的?|我那|我这)?(?:${THIS_ONE})?(?:个|份)?(?:草稿|填报)?\\s*${POLITE_MID}(?:给)?(?:确认|提交)(?:一下|下|了|掉)?(?:它|佢)?${END}`,
    ),
  },
  {
    command: "查看",
    re: new RegExp(`^(?:${LOOK_WORDS})\\s*${NUM}${END}`),
    num: 1,
  },
  { command: "查看", re: new RegExp(`^${NUM}\\s*(?:的)?(?:详情|内容|明细|记录)${END}`), num: 1 },
  {
    command: "查看",
    re: new RegExp(
      `^${NUM}\\s*(?:那|这)?(?:条|个)?\\s*${POLITE_MID}(?:查看|看看|看一下|看下|瞅瞅|打开)(?:一下|下)?${END}`,
    ),
    num: 1,
  },
  {
    command: "恢复",
    // 还是弄回来吧、那就恢复吧: a change of mind leads the verb.
    re: new RegExp(
      `^(?:还是|再|那就|那|就|赶紧|快)*(?:${RESTORE_WORDS}|撤回错了.{0,4}恢复)(?:回来)?(?:一下|下)?\\s*(?:${NUM})?${END}`,
    ),
    num: 1,
  },
  {
    // 能弄回来不、找得回来吗、还能恢复吗: the restore asked for as a question (the latest withdrawn).
    command: "恢复",
    re: new RegExp(
      `^(?:还|再|能|能不能|可以|可不可以)*(?:(?:找|弄|拿|要)得?回来|恢复|还原)(?:一下|下)?(?:吗|不|么|没|嘛|不能|不了)?${END}`,
    ),
  },
  {
    // 刚才撤掉的那条再弄回来、删了的那个恢复一下: the one withdrawn (the latest, when no number).
    command: "恢复",
    re: new RegExp(
      `^(?:刚才|刚刚|刚|之前|上次|昨天)?(?:我)?(?:撤|删|作废)(?:掉|了|回)?(?:了)?(?:的)?(?:那|这)?(?:一)?(?:条|个)?(?:填报|记录)?\\s*(?:再|给我|帮我)*(?:${RESTORE_WORDS})(?:一下|下)?${END}`,
    ),
  },
  {
    // 恢复刚才撤的那条、找回刚删的那个、还原刚才那条: the verb first, then the one withdrawn (no number).
    command: "恢复",
    re: new RegExp(
      `^(?:还是|再|那就|那|就|帮我|给我|麻烦)*(?:${RESTORE_WORDS})(?:一下|下)?\\s*(?:(?:刚才|刚刚|刚|之前|上次|昨天)(?:我)?(?:撤|删|作废)?|(?:我)?(?:撤|删|作废))(?:掉|了|回)?(?:了)?(?:的)?(?:那|这)(?:一)?(?:条|个)(?:填报|记录)?${END}`,
    ),
  },
  {
    command: "恢复",
    re: new RegExp(
      `^${NUM}\\s*(?:那|这)?(?:一)?(?:条|个)?(?:填报|记录)?\\s*${POLITE_MID}(?:${RESTORE_WORDS})(?:一下|下)?(?:回来)?${END}`,
    ),
    num: 1,
  },
  {
    command: "取消",
    re: new RegExp(
      // 「莫改了莫改了」「甭填了」「唔改了」: a no to going on, in any dialect's 别 (唔 is folded to 不).
      `^(?:(?:取消|算了|不改了|不填了|不报了|不弄了|先不填了|先不改了|不用改了|(?:先)?(?:不|别|莫|甭|弗|勿|不要|不用)(?:再)?(?:改|填|弄|整|搞)(?:了|啦|喇|咯|嘞)?|退出|退出填报|放弃修改|放弃)[，,、\\s]*)+${END}`,
    ),
  },
  { command: "我的填报", re: OWN_STATUS_ASKED, maxCore: 18 },
  {
    command: "我的填报",
    re: new RegExp(
      `^(?:我的)?(?:填报记录|我的填报|我的记录|我的列表|历史记录|填报列表|填报情况)(?:发我|给我|发给我)?(?:${LOOK_WORDS})?${END}`,
    ),
    maxCore: 12,
  },
  {
    command: "我的填报",
    re: /(?:看|查|瞅|瞧|列|翻)(?:看|一下|下|一查)?(?:一下)?(?:我|自己).{0,6}?(?:报|填|交|提交|发)(?:了|过)?(?:的)?(?:些)?(?:啥|什么|哪些|几条|多少|记录|内容|东西)?/,
    maxCore: 18,
  },
  {
    command: "我的填报",
    // 我这个月报了啥、今年到现在一共报了几条、我这周报了没有: asked with or without 我, after any time words;
    // (帮我)瞅瞅这周报了几条: the same asked behind a verb of looking.
    // Round fifty-two: the week by its days before 我 (礼拜一到今天我交上去几个), 交上去 with a count (never 交上去嘛: a yes), 几个.
    re: /^(?:(?:看|查|瞅|瞧|翻)(?:看|一看|瞅|一下|下|一眼|一查)?(?:一下)?)?(?:(?:周|星期|礼拜)一(?:到|至)(?:今天|现在|目前))?(?:我|自己)?(?:都|已经|之前|这周|本周|上周|这个?星期|这个?礼拜|今年|这个月|本月|最近|一共|总共|到现在|目前|截至目前|为止|到目前为止)*(?:报|填|交|提交)(?:(?:了|过)(?:(?:些)?(?:哪几条|哪几个|哪些|啥|什么|几条|几个|几项|多少)|(?:没有?|吗|嘛|么)$)|上去了?(?:哪几条|哪几个|哪些|啥|什么|几条|几个|几项|多少))/,
    maxCore: 18,
  },
  {
    // 看下我的记录、瞅一眼我之前报的东西、列一下我的填报: a look at one's own updates.
    command: "我的填报",
    re: new RegExp(
      `^(?:${LOOK_WORDS})?(?:我|自己)(?:的|之前|以前|这周|本周|今年|最近|这个月|都|已经)*(?:报|填|交|提交|发)?(?:过|了)?的?(?:填报|记录|内容|东西|材料|列表|情况)${END}`,
    ),
    maxCore: 18,
  },
  {
    // 列一下本月的填报、看看这周报的记录: a look at reports of a time, one's own by default.
    command: "我的填报",
    re: new RegExp(
      `^(?:${LOOK_WORDS})(?:之前|以前|这周|本周|今年|最近|这个月|本月|上周|上个月)的?(?:报|填|交|提交)?(?:过|了)?的?(?:填报|记录|内容|东西|材料)${END}`,
    ),
    maxCore: 14,
  },
  {
    // 给我看下之前报的都有哪些、我以前填的有几条: one's own past reports, asked about or looked at.
    command: "我的填报",
    re: new RegExp(
      `^(?:${LOOK_WORDS})?(?:我|自己)?(?:之前|以前|这周|本周|今年|最近|这个月|已经|都)*(?:报|填|交|提交|发)(?:了|过)?的(?:都|一共|总共)?(?:有)?(?:哪几条|哪几个|哪些|啥|什么|几条|几项|多少)${END}`,
    ),
    maxCore: 18,
  },
  {
    // 我交的东西在哪看、我报的记录怎么查: where to see what one handed in.
    command: "我的填报",
    re: new RegExp(
      `^(?:我|自己)(?:之前|以前|这周|本周|今年|最近|已经|都)*(?:报|填|交|提交|发)(?:了|过)?的(?:那些|这些|那几条|几条|东西|内容|记录|材料|填报)?(?:都)?(?:在哪里?|哪里|怎么|咋|去哪)(?:${LOOK_WORDS}|找)${END}`,
    ),
    maxCore: 18,
  },
  {
    // 我报的东西呢、我之前填的都还在不: one's own reports asked after — the list shows them.
    command: "我的填报",
    re: new RegExp(
      `^(?:我|自己)(?:之前|以前|这周|本周|今年|最近|已经|都)*(?:报|填|交|提交|发)(?:了|过)?的(?:那些|这些|那几条|东西|内容|记录|材料|填报)?(?:都)?(?:呢|还在(?:不|吗|么|没|嘛)?|哪去了|去哪了|咋没了|怎么没了)${END}`,
    ),
    maxCore: 16,
  },
  {
    // 我这周报的都确认了没、我报的东西提交成功了吗: whether one's own reports went through — the list
    // answers it, each with its state (已确认/待确认).
    command: "我的填报",
    re: new RegExp(
      `^(?=我|自己|之前|以前|这周|本周|上周|今天|今年|这个月|本月)(?:我|自己)?(?:之前|以前|这周|本周|上周|今天|今年|最近|这个月|本月|已经)*(?:报|填|交|提交|发)(?:了|过)?的(?:那些|这些|那几条|几条|东西|内容|材料|填报)?(?:都|全)?(?:确认|提交|交上去|报上去|算上|算进去|收到|存上|保存)(?:成功)?了?(?:没有?|吗|么|不)${END}`,
    ),
    maxCore: 20,
  },
  {
    // 科室帮我换成高企、把我的科室改成综合: the section to change to, named.
    command: "科室",
    // 我的科室弄错了，应该是人才科: the slip named first, the right section after it.
    re: /^(?:我的|这条的?|刚才那条的?)?(?:科室|部门)(?:(?:弄|搞|选|填|写|设)?错了[，,\s]*(?:应该|应)?(?:是|为)|(?:帮我|给我|麻烦|请)?(?:换成|改成|改为|换到|调到|切到|切换到|设为|设成|改到))\s*([\u4e00-\u9fffa-z]{2,12}?)(?:科室|科)?(?:吧|啊|哈|谢谢|就行)*[。.!！]*$/,
    rest: 1,
    maxCore: 20,
  },
  {
    // 我想报一下这周的工作，你一项一项问我吧 · 还是你来问 我来答 · 我不知道咋写 你引导下 · 按问答的方式来:
    // asked to be asked one item at a time (guided-request.ts); before 帮助, which 不会写 would reach.
    command: "填报",
    re: ASKED_TO_BE_ASKED,
    maxCore: 24,
  },
  ...HELP_RULES,
  {
    command: "填报",
    re: /^(?:我要填报|开始填报|逐项填报|我要报|要填报|我来填报|我来报|填一下|报一下|我报一下|开始报|填个报)$/,
  },
  {
    // 我要开始填报了、来吧，开始逐项填、那现在开始报吧: starting the guided questions.
    command: "填报",
    re: new RegExp(
      `^(?:来吧?|好|那就|那|现在|马上)?(?:我)?(?:要|想|来|准备)?(?:现在)?(?:开始|逐项)(?:逐项)?(?:填报|填写|填|报)(?:一下|下)?${END}`,
    ),
  },
  {
    // 我来填一下这周的、开始报本周的吧、填报本周工作、这周的我报一下、一项一项填、按提示填、现在填可以吗:
    // asking to report (the guided questions), with nothing reported yet.
    command: "填报",
    re: new RegExp(
      `^(?:来|好|那|那就|现在)?\\s*(?:${THIS_WEEK_WORK})?(?:我)?(?:来|要|想|准备|现在|开始)*\\s*(?:一项一项|一条一条|一个一个|一个个|一项项|逐项|逐条|按提示|按步骤|按问题|跟着提示|跟着问题|一问一答)*(?:填报|填写|填|报)(?![了过完])(?:一下|下)?(?:${THIS_WEEK_WORK})?(?:可以吗|行吗|吧)?${END}`,
    ),
    maxCore: 14,
  },
  {
    // 看下大家的填报进度、各科室报得怎么样了 (a leader): who has reported this week.
    command: "进度",
    re: /(?:大家|(?:大家伙|大伙)儿?都(?=(?:填报|报|交|填)了?(?:了没|了吗|没有|没)?$)|各科室?|各个科室|科室们|同事们|全局|谁|哪些人|哪个科室)(?:的|都|还)?(?:填报|报|交|填)?(?:的|得|了)?(?:进度|情况|怎么样|咋样|如何|了没|了吗|没报|没交|齐了|完了)/,
    maxCore: 16,
    leaders: true,
  },
  {
    command: "本周无进展",
    re: /^(?:本周|这周|这星期|这礼拜|这个星期|这个礼拜)(?:确实|真的|暂时)?(?:无|没得|没有?|没什么|没啥|没有什么)(?:新的?)?(?:进展|工作|事|事情|(?:可|好|要|能)(?:报|写|填|说)的?|东西)/,
    maxCore: 16,
  },
  {
    // 没什么进展这周、暂时没有新进展: the week named after, or not at all.
    command: "本周无进展",
    re: new RegExp(
      `^(?:确实|真的|暂时)?(?:无|没有?|没什么|没啥|没有什么)(?:新的?)?(?:进展|可报的?|要报的?)(?:这周|本周|这星期|这礼拜)?${END}`,
    ),
    maxCore: 12,
  },
  {
    // 上周报的那几条给我看看、我这周填的那些发我瞅瞅: several of one's own reports, to look at.
    command: "我的填报",
    re: new RegExp(
      `^(?:我|自己)?(?:之前|以前|这周|本周|上周|今年|最近|这个月|本月|上个月|已经)*(?:报|填|交|提交|发)(?:了|过)?的(?:那|这)?(?:几条|几个|些)(?:都|全)?(?:给我|发我|帮我)?(?:${LOOK_WORDS})${END}`,
    ),
    maxCore: 18,
  },
  {
    // 把我报的都列出来看看: one's own reports, fetched to look at.
    command: "我的填报",
    re: new RegExp(
      `^把?(?:我|自己)(?:之前|以前|这周|本周|今年|最近|已经|这个月|本月)*(?:(?:报|填|交|提交|发)(?:了|过)?)?的(?:东西|内容|记录|材料|填报)?(?:都|全部|全)?(?:列|调|拿|翻|找|发)(?:出来|给我|我)?(?:一下|下)?(?:${LOOK_WORDS})?${END}`,
    ),
    maxCore: 18,
  },
  {
    // 明天是不是调休上班啊、这周六上班吗、12月31号放假不、这个礼拜六调休要上班不(嘛): a day asked about,
    // answered from the calendar.
    command: "上班吗",
    re: /^(?=.*(?:是不是|要不要|用不用|需不需要|放不放|上不上|[吗么呢?？]|[不没](?:[嘛啊呀哈哦撒噻]|[?？])*$))(?:请问|问一下|问下)?((?:今天|明天|后天|大后天|(?:下下|这|本|下)?个?(?:周|星期|礼拜)[一二三四五六日天]|(?:\d{4}[年.\-/])?\d{1,2}\s*[月.\-/]\s*\d{1,2}\s*[日号]?|(?:\d{1,2}[号日]|元旦节?)(?:之?后(?:头|面|边)?(?:的|那个?)?(?:周|星期|礼拜)[一二三四五六日天])?)(?:那天)?(?:调休)?(?:是不是|是|要不要|用不用|需不需要|要|用|得)?(?:要|得)?(?:调休上班|调休|上班|补班|放假|休息|工作日|节假日|放不放假|上不上班))(?:吗|么|不|没|啊|呀|哈|呢|了|吧|哦|嘛|撒|噻|咯|嘞|[?？])*$/,
    rest: 1,
    maxCore: 20,
  },
  {
    // 我12月8号到12号请假、11.20-11.27休年假、下月3号出差: leave with its dates, in everyday words.
    command: "请假",
    re: /^(?:我|本人)?(?:从)?((?:\d{4}\s*[年.\-/]\s*)?\d{1,2}\s*[月.\-/]\s*\d{1,2}\s*[日号]?(?:\s*(?:至|到|~|～|—|-)\s*(?:(?:\d{4}\s*[年.\-/]\s*)?\d{1,2}\s*[月.\-/]\s*)?\d{1,2}\s*[日号]?)?|\d{1,2}\s*[日号]\s*(?:至|到|~|～|—|-)\s*\d{1,2}\s*[日号])\s*(?:我|本人)?\s*(?:要|准备|打算|得|需要)?(?:请假|请个假|休假|(?:请|休)?(?:个|一下)?(?:年休假|年假|公休假|事假|病假|婚假|产假|陪产假|探亲假|丧假)|(?:请|休)(?:个|一下)?假|休息|不在单位|出差|外出)(?:(?:去|到|赴)[\u4e00-\u9fff]{1,8})?(?:了|啊|哈|吧)?(?:[，,\s]*(?:那几天)?别催(?:我|了)*(?:哈|啊|哦)?)?[。.!！]*$/,
    rest: 1,
    maxCore: 24,
  },
  {
    // 我12月15号到19号去哈尔滨培训，请个假 · 12月22号到24号在市里开会，不在单位，请假: the dates, why
    // (no figure of work), then the leave asked for in so many words, closing the message.
    command: "请假",
    re: /^(?:我|本人)?(?:从)?((?:\d{4}\s*[年.\-/]\s*)?\d{1,2}\s*[月.\-/]\s*\d{1,2}\s*[日号]?(?:\s*(?:至|到|~|～|—|-)\s*(?:(?:\d{4}\s*[年.\-/]\s*)?\d{1,2}\s*[月.\-/]\s*)?\d{1,2}\s*[日号]?)?)[^\d]{2,24}?[，,\s]+(?:所以|就|得|要|想|需要|给我|帮我)*(?:请|休)(?:个|一下|几天|半天|[一两三四五六七八九十]天)?(?:假|年休假|年假|公休假|事假|病假)(?:了|啊|哈|吧|哦)*[。.!！]*$/,
    rest: 1,
    maxCore: 40,
  },
  {
    // 这周就不报了，没干啥 · 没做什么，本周不填了 · 这周没干成啥: nothing done this week, said as such.
    command: "本周无进展",
    re: /^(?=.*(?:这周|本周|这星期|这礼拜|这个星期|这个礼拜))(?=.*(?:没(?:干|做|弄|忙|搞|整)(?:成|出|好|到)?(?:啥|什么|出什么)|没(?:啥|什么)(?:事|可报|好报|进展)))[^\d]*$/,
    maxCore: 16,
  },
  {
    // 这周基本没进展，都在忙迎检 · 这星期没干出啥新东西 · 这周都在开会，没什么可报的: nothing to
    // report this week, with the reason beside it (no figure of work anywhere).
    command: "本周无进展",
    re: /^(?=.*(?:这周|本周|这星期|这礼拜|这个星期|这个礼拜))(?=.*(?:(?:啥|什么)(?:也|都)没(?:干|做|弄|搞|整)(?:出来|成|出啥)?|(?:基本|暂时|确实|真的|都|也)?(?:没得|没有|没|无)(?:干出|做出|弄出|搞出|出)?(?:什么|啥|多少)?(?:新的?|实质性?的?|像样的?)?(?:进展|进度|东西|成果|可报|好报|要报|能报|可写|好写|可说)|(?:没得|没有|没|无)(?:什么|啥)?新的?(?:情况|动静|内容|事儿?|花样)))[^\d]*$/,
    maxCore: 22,
  },
  {
    command: "下周提醒",
    re: new RegExp(
      `^(?:下周(?:再)?提醒(?:我)?|下周再(?:说|报|填|交|弄)|这周别提醒了|本周不要提醒了)${END}|^(?:先)?(?:别|莫|不要|不用)(?:再)?提醒(?:我)?了?[，,\\s]*(?:${NEXT_WEEK})再(?:说|报|填)${END}`,
    ),
  },
  {
    // 下礼拜再提醒我吧、下个星期再催我: a reminder put off to next week, in any words for it.
    command: "下周提醒",
    re: new RegExp(
      `^(?:提醒|催|叫)(?:我)?(?:${NEXT_WEEK})(?:再)?(?:填报|填|报)?${END}|^(?:这周|本周)(?:先|就)?(?:不|不用)(?:报|填)了?${END}|^(?:${NEXT_WEEK})(?:记得|再|才|要|请)*(?:提醒|催|叫|通知|喊)(?:我|一下|下)*(?:填报|填|报)?${END}|^(?:这周|本周|这星期|这礼拜)(?:先|就|也)?(?:别|莫|不要|不用)(?:再)?(?:提醒|催)(?:我)?(?:了)?${END}`,
    ),
  },
];
