import { CALL_WORDS, DISTURB_WORDS } from "../domain/calling.js";
import { parseChineseNumber } from "../domain/chinese-number.js";
import { foldWidth, stripNoise, toSimplified } from "../domain/normalize.js";
import { DAY_AFTER_NUMBER, DAY_BEFORE_NUMBER } from "./date-number.js";
import { toMandarin } from "./dialect-words.js";
import { plainQuestionWords } from "./question-words.js";

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

/** Punctuation, symbols, spaces and emoji: what a message's core leaves out. */
export const NOT_CORE = /(?:[\p{P}\p{S}\p{Z}\s\p{Extended_Pictographic}]|\u200d|\ufe0f|\u20e3)/gu;

export function intentText(text: string): IntentText {
  const norm = plainQuestionWords(toMandarin(toSimplified(foldWidth(stripNoise(text)))))
    .replace(/[壹贰叁肆伍陆柒捌玖拾]/g, (c) => "一二三四五六七八九十"["壹贰叁肆伍陆柒捌玖拾".indexOf(c)]!)
    .toLowerCase()
    .replace(/[＃]/g, "#")
    // 「俺想问问」「下礼拜再喊俺」: the dialect 俺 is 我 to every rule that reads the sender.
    .replace(/俺/g, "我")
    // 「撤了撤了」「删掉删掉」「不要了不要了」: an order said twice over, urged — said once.
    .replace(/((?:撤|删|不要|算|作废|恢复|确认)(?:了|掉|吧))(?:[\s，,]*\1)+/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
  return { norm, core: norm.replace(NOT_CORE, "") };
}

/**
 * On core: the fillers that may open a short reply (嗯、呃、那个、就是说) and the particles that may
 * close it (哈、呗、嘛、啦、哦、撒、滴、额 …), which say nothing of what is answered: 「要得嘛」 is 要得,
 * 「嗯 成果转化那个撒」 names 成果转化. Every answer lexicon reads the reply both as said and without them.
 */
const EDGE_LEAD =
  /^(?:嗯+(?![呐呢哪])|恩+(?![呐呢哪])|唔+|呃+|额+|哦+|噢+|喔+|诶|欸|哎呀?|唉|那个|就是说|emm*|hmm*)+/;
const EDGE_TAIL = /(?:啊|呀|哈+|吧|嘛|呗|啦|哦|噢|喔|呢|咯|嘞|撒|噻|滴|哒|哟|额|哇|嗷|捏|咧|噶|嘎)+$/;

export function edgeless(core: string): string {
  return core.replace(EDGE_LEAD, "").replace(EDGE_TAIL, "") || core;
}

/**
 * 「👍」「👌👌」「✅」 to a yes-or-no question are its yes, 「❌」「🙅」 its no (said as the words they
 * stand for: 好, 不对); undefined for any other text. Elsewhere an emoji alone stays small talk
 * (the engine lets these few through to the classifier, which knows what the bot waits for).
 */
export function emojiAnswer(norm: string): string | undefined {
  const bare = norm.replace(/[\u{1F3FB}-\u{1F3FF}]|\ufe0f|\u200d|♂|♀|\s/gu, "");
  if (/^[👍👌✅✔☑🆗🙆💯]+$/u.test(bare)) return "好";
  if (/^[❌✖🙅👎]+$/u.test(bare)) return "不对";
  return undefined;
}

/** A polite or filler lead that does not change what is asked: 请、麻烦、帮我、我想、不好意思… (on norm). */
export const POLITE_LEAD = new RegExp(
  String.raw`^(?:(?:请你?|麻烦(?:你|您)?|劳驾|帮(?:我|忙)|请帮我|你帮我|帮我把|给我|我(?:想|要|想要|需要)|能不能|能否|可不可以|可以|能|那个|那就先(?![不别])|那就|那先(?![不别])|先(?![不别])|嗯+|哦|诶|哎|唉|额|呃|对了|另外|不好意思|抱歉|好的?|行|辛苦(?:了|你|您)?|老师|领导|您好|你好|${CALL_WORDS}|嗨|哈喽|哈啰|hello|hi|早上好|早安|上午好|中午好|下午好|晚上好|小助手|助手|亲)[，,、\s]*)+`,
);

/** Polite words said between the update number and the verb: 第三条帮我删掉、2号麻烦恢复一下 (in rules). */
export const POLITE_MID = "(?:麻烦(?:你|您)?|帮(?:我|忙)|给我|请|再|能不能|可不可以|能否)*";

/**
 * An update number as people write it: 2, #2, 第2条, 第二条, 2号, 编号2, No.2 (on norm) — never the Nth
 * figure of a card (「第二个数不对 是90多个」「第1个数字写错了」: a figure, not update 2).
 */
export const NUM =
  "(?!(?:第\\s*)?(?:[0-9]{1,6}|[一二两三四五六七八九十]{1,3})\\s*个\\s*数)(?:#|no\\.?|编号|第)?\\s*([0-9]{1,6}|[一二两三四五六七八九十]{1,3})\\s*(?:条|号|个)?";

export function numberOf(raw: string | undefined): number | undefined {
  if (!raw) return undefined;
  const n = /^\d+$/.test(raw) ? Number(raw) : parseChineseNumber(raw);
  return n !== undefined && Number.isInteger(n) && n > 0 ? n : undefined;
}

/**
 * On norm: an update number marked as one anywhere in a message (第6条、#3、2号、编号5; not 第二部分、第3版), for a
 * request said in another clause (「第7条不用报了，帮我撤了吧」). A bare 3, 「第三批」 or a card's 「第二个数字」 is not one,
 * nor a day of the month (「整改报告12月3号报县委」「元旦1号」: date-number.ts).
 */
export const MARKED_NUM = new RegExp(
  `(?:#|no\\.?|编号|第)\\s*([0-9]{1,6}|[一二两三四五六七八九十]{1,3})(?!\\s*个\\s*数)\\s*(?=条|号|个|[^0-9一二两三四五六七八九十批期次轮届年月日天周部版季章节]|$)|${DAY_BEFORE_NUMBER}(?<![0-9.月一二两三四五六七八九十])([0-9]{1,6}|[一二两三四五六七八九十]{1,3})\\s*号(?![线楼院])${DAY_AFTER_NUMBER}`,
  "g",
);

/** Pointers to the update just discussed: 刚才那条, 这条, 上一条 (on norm). */
export const THIS_ONE = "(?:刚才|刚刚|上面|上一|这|那|最后)?(?:那|这)?(?:一)?条?";

/** The end of a short request: particles, punctuation and a trailing 谢谢 or 辛苦了. */
export const END =
  "(?:[了吧啊呀哈嘛哦噢啦吗么呗咯哟嘞撒噻～~。.！!，,？?\\s]|谢谢|谢啦|多谢|辛苦了?|麻烦了|哈哈|就行|就好|就可以|行不行|可以不|好不好|好吗|行吗|可以吗)*$";

/** A look at something: 看看、看一下、瞅一眼、列一下、翻翻. */
export const LOOK_WORDS =
  "(?:看|查|瞅|瞧|翻|列|调)(?:看|一看|瞅|一下|下|一眼|一查|出来|一列)?(?:一下)?|查看|打开";

/** 撤回 and its everyday synonyms. */
export const WITHDRAW_WORDS =
  "撤回|撤销|撤掉|撤了|删除|删掉|删了|删去|删一下|删|作废|去掉|收回|不要了|废掉|取消掉";
export const RESTORE_WORDS =
  "恢复|还原|找回来|找回|撤销撤回|复原|(?:弄|拿|加|放|要|改|还|整|搞)回来|还给我|还我";
/**
 * On norm: a request about one update, by structure — a verb of one command family followed only
 * by what may close a request: the update it names, a pointer (那条、它), 的详情, a verb ending
 * (一下、掉、回来) and particles or thanks. The last such verb in a message is the request
 * (「第三条刚才误删了，能恢复吗」 asks for 恢复). The family is the named group that matched.
 */
export const REQUEST_VERB = new RegExp(
  `(?:(?<恢复>${RESTORE_WORDS})|(?<撤回>${WITHDRAW_WORDS}|撤(?![回销掉了的])|废|不要|不算数|不作数|不算|不用了)|(?<修改>修改|更正|修正|改一下|改下|改改|改)|(?<查看>查看|看看|看一下|看下|看|瞅瞅|瞅|瞧瞧|瞧|打开))` +
    `(?!的)(?=(?:一下|下|掉|回来|出来|了)?\\s*(?:[^，,。的]{1,8}的)?(?:(?:#|no\\.?|编号|第)?\\s*(?:[0-9]{1,6}|[一二两三四五六七八九十]{1,3})\\s*(?:条|号|个)?)?(?:那|这)?(?:一)?(?:条|个|它)?(?:写的|写了|的)?(?:详情|内容|明细|记录|啥|什么)?(?:一下|下|掉|回来|了)?(?:[了吧啊呀哈嘛哦噢啦吗么呗咯哟嘞不没～~。.！!，,？?\\s]|谢谢|谢啦|多谢|辛苦了?|麻烦了|哈哈|就行|就好|就可以|行不行|可以不|好不好|好吗|行吗|可以吗)*$)`,
  "g",
);

export const EDIT_WORDS = "修改|改一下|改下|更正|修正|纠正|订正|编辑|重新填|重填|改成|改为";

/**
 * On core: nothing to change, said of a card (没啥要改、没什么需要调整的、没有要补充的地方): a yes to it — a
 * 没 with 啥/什么/有 or a modal, or closed by 的; a bare 没改 says nothing of the card.
 */
const NO_CHANGE =
  "没(?:(?:啥|什么|有|得)(?:要|需要|可|好|能|得)?|要|需要|可|好|能)(?:改|修改|调整|补充|动|变)(?:的)?(?:地方)?|没(?:改|修改|调整|补充|动)的(?:地方)?";

/**
 * On core: a yes to the question the bot just asked — hedged too (我觉得可以、应该没问题), or handing
 * the call to the bot (你看着办、按你理解的来). The card's own text said right (卡上写的都对、卡片上写个侪对个), 这回/迭趟
 * (吴: 这回) before it, 做得 (赣、客家: 行) and Wu 个 closing it (对个、好个) are yes too; 今次/今回 (粤、闽: 这次) as 这次.
 */
export const YES = new RegExp(
  String.raw`^(?:我觉得|我看|我感觉|感觉|应该|估计|看着|看起来|看了|就|(?:这|这么|这样)一改|[这迭]一?[回趟](?:子)?|这次|今次|今回|(?:卡片?(?:上面?|里)?|上面)(?:写|列|填|记)(?:的|个|嘅|咯)?|这一?下(?:子)?|这样就?|这会儿?|现在)?(?:(?:好|好的|好滴|好嘞|好哒|好吧|好好|嗯|嗯嗯|恩|恩恩|对|对的|对对|对头|对劲|(?:改|弄|搞|写)(?:得|的)?(?:对劲|对头|到位|对)|是|是的|是滴|可以|可以的|行|行的|ok|okay|okk|没问题|没(?:啥|什么|有)问题|得嘞|得咧|得勒|靠谱|(?:就)?(?:这么|这样)(?:记|存|报|办|弄|来|着|发|交|提交|定|改)|(?:就)?是这(?:个)?意思|差不多(?:就这样|就行|行|可以)?|(?:你)?看着办|(?:按|照)(?:你|您)(?:的)?(?:理解|说|改)的(?:来|办|改|弄)?|听你的|没意见|没毛病|确认|确定|确认一下|确认下|提交|中|中嘞|做得|妥|妥了|妥妥的|要得|得行|阔以|(?:莫|没)得(?:啥|什么)?问题|(?:木|没|莫|冇|无)(?:得|有)?(?:啥|撒|么子?)?(?:问题|麻达|毛病)|没得说|没错|正确|(?:内容|信息|核对|确认|准确)?无误|就这样|就这样吧|就?是这(?:个)?样(?:子)?|可以了|好了|同意|yes|y|确认修改|保存修改|要|需要|对就这个|刚刚?好|(?:就)?[按照](?:这个|这样|这么)(?:来|办|改|弄|存)?|(?:就)?是这个|就这个|这个对|嗯呐|嗯哪|嗯呢|(?:算|是|属于)(?:工作|填报)|(?:那|那是)?必须(?:的)?|当然(?:算|是|要|记|可以|行|了)?|肯定(?:的|算|是|要|可以|行)|${NO_CHANGE}|(?:很|挺|蛮|真|非常|特别|都)(?:好|对|准|准确|不错)|(?:挺|还)?不错|(?:弄|搞|整|写|看|核|核对|检查|对)(?:好|过)|(?:帮我|给我|麻烦)?(?:记|存|保存|留着|记录)(?:一下|一哈|下来|下|上|着)?|(?:报|交|提交|记|存)上去)(?:了|啊|呀|哈|吧|的|嘞|啦|哦|呢|哒|滴|咧|哩|撒|唻|咯|噻|喽|个)?)+$`,
);

/** On core: a no. */
export const NO =
  /^(?:不|不是|不对|不行|不得行|要不得|不中|不成|错了|不用|不要|不需要|否|no|n|不是这个|不对不对|有误|错的|不记|不用记|不是填报|别记|不存|(?:随便|随口)(?:说说|说的|聊聊|一说)|闲聊|聊天|开玩笑|开个玩笑)(?:了|啊|呀|哈|吧|的|呢|而已)*$/;

/**
 * On core: a no said in more words (不是这样的、不用存、别保存、都不要、有点问题、不是工作随便说说):
 * a short reply led by a negation or naming a mistake. The classifier also checks it is short
 * and carries no figure (「不对，应该是12家」 is a correction).
 */
export const NO_SAID =
  /^(?!不错|不客气|不用谢|没(?:啥|什么|有|得)?(?:问题|毛病|意见)|没错|没(?:(?:啥|什么|有|得)(?:要|需要|可|好|能|得)?|要|需要|可|好|能)(?:改|修改|调整|补充|动|变)|没(?:改|修改|调整|补充|动)的)(?:这个|这条|那个|那条|这|都|全都|全部|两条都|一(?:个|条|项)(?:也|都)|(?:两|俩|几)(?:个|条)?都)?(?:先|暂时|暂|还是|就)?(?:不|别|莫(?!得)|甭|无需|没必要|用不着|没有?)|^(?:有点?|还有|存在)?(?:问题|误|错误?)(?:了|的|啊|吧)?$|^(?:那)?(?:还是|就)?(?:用|按|照|按照)?(?:原来|原先|之前|以前)的?(?:那个|那样|那条|版本)?(?:对|好|准确?|就行|就好|吧)?(?:的|吧|啊)?$|^(?:还是|就)?(?:保持|维持)(?:原样|原来的?|不变)(?:吧|啊|的)?$|^(?:写|填|搞|弄|记)?错了|^[\u4e00-\u9fff]{0,4}?(?:不(?:太|大|怎么|是很)?(?:对|准确?)|有误|有错|错了|写错了|填错了|搞错了|不是这样|(?:改|弄|搞|写|填|记)(?:反|拧|颠倒)了)(?:了|的|啊|吧|呀)?$/;

/** Most a spoken no may be (core characters). */
export const NO_SAID_MAX = 10;

/**
 * On core: every draft listed (两条都要、三个全确认、都对、全部): an optional count of them, then
 * 都/全/全部, then an optional yes word.
 */
export const ALL_SAID =
  /^(?:这|那)?(?:[两二三四五六七八九十几俩仨\d]+(?:条|个|项)?)?哈?(?:全部|全都|都|全|所有的?|统统|一起)+(?:要|确认|提交|通过|同意|对|对的|行|可以|没问题|保留|保存|存|记|好|算)*(?:掉|一下|下|上|起)?(?:了|吧|啊|的)?$|^(?:全部|所有)(?:确认|提交)$/;

/** An acknowledgement run that may lead a 「later」 (好的、收到、嗯 …). */
const ACK_RUN = "(?:好的?|好嘞|好滴|好哒|好吧|嗯+|ok|收到了?|明白了?|知道了|行吧?|可以)*";
/** When the work will come instead: 回头、晚点、晚些时候、等会儿、明天、过两天 … */
const LATER_WORDS =
  "(?:等会儿?|等下|等一下|回头|晚点(?:时候|儿)?|晚些(?:时候)?|迟点|迟些|稍后|待会儿?|一会儿?|明天|过两天|过几天|过阵子|过段时间|后面|以后|下回|马上|改天|改日|忙完(?:这阵子?|这阵儿|这几天|这两天|这一阵)?)";

/** On core: every whole message here is small talk, answered and never stored. */
export const SMALL_TALK: Array<{ topic: SmallTalkTopic; re: RegExp }> = [
  {
    topic: "thanks",
    re: /^(?:(?:谢谢|谢啦|谢了|多谢|感谢|感谢感谢|谢谢你|谢谢您|谢谢啦|谢谢了|辛苦|辛苦了|辛苦啦|麻烦了|麻烦你了|thx|thanks|thankyou|3q|蟹蟹|谢|太好了|太棒了|棒|厉害|赞|给力)(?:啊|呀|哈|啦|哦)?)+$/,
  },
  {
    // 好，辛苦大家、各位辛苦了、辛苦各位了👍、谢谢大家: a courtesy to everyone (a leader's, often).
    topic: "thanks",
    re: /^(?:好|好的|行|嗯|收到|ok)*(?:(?:大家|各位|同志们|你们|各位同事|同事们|老师们|兄弟们)(?:都|也)?)?(?:辛苦|谢谢|感谢|多谢)(?:了|啦)?(?:(?:大家|各位|同志们|你们|各位同事|同事们|老师们|兄弟们)(?:了|啦)?)?(?:啊|呀|哈|啦|哦)*$/,
  },
  {
    topic: "ack",
    re: /^(?:(?:收到|收到了|好的收到|知道了|晓得了|明白|明白了|了解|了解了|懂了|ok|好|好的|嗯|嗯嗯|恩|哦|噢|喔|哦哦|噢噢|行|可以|好嘞|好滴|好吧|好哒|是|是的|对|对的|没问题|中|妥|嗯呢|嗯哪|要得|得行|妥了|中嘞)(?:啊|呀|哈|啦|哦)?)+$/,
  },
  {
    topic: "greeting",
    re: new RegExp(
      `^(?:你好|您好|哈喽|哈啰|hello|hi|嗨|${CALL_WORDS}|早|早啊|早安|早上好|上午好|中午好|下午好|晚上好|晚安|周末愉快|新年好|新年快乐|节日快乐|你好呀|您好呀|机器人你好|助手你好)(?:啊|呀|哈|啦)?$`,
    ),
  },
  {
    topic: "later",
    re: new RegExp(
      `^(?!(?:弄|搞)(?:一下|下)?$)${ACK_RUN}(?:我|我来|我再)?(?:今天忙)?(?:${LATER_WORDS}|下周)?(?:再)?(?:补|报|填|发|弄|补报|补一条|补一下|报一下|填一下)(?:一条|一下|一个|给你)?(?:吧)?$`,
    ),
  },
  {
    // 收到收到 马上整理、好的回头弄、嗯我来汇报一下: saying the work will come, not reporting it.
    topic: "later",
    re: new RegExp(
      `^${ACK_RUN}(?:我|我来|我这就|我再)?(?:(?:${LATER_WORDS}|这就)(?:就|再)?(?:整理|写|弄|搞|准备|处理|汇总|报|发|补)(?:一下|好)?|(?:汇报|报告)(?:一下|下))(?:吧|哈)?$`,
    ),
  },
  {
    // 项目的事我回头跟你细说、走访的事情等我出差回来再说、那个补助的事情后面再讲、在开会 等下回你: talk put
    // off, nothing reported — 再 and any one verb after a later-word but one of work (再议、再谈, the typed 再谞 of b42-111; not 明天再改).
    topic: "later",
    re: new RegExp(
      `^[\\u4e00-\\u9fff]{0,8}?(?:等我|${LATER_WORDS})[\\u4e00-\\u9fff]{0,8}?(?:再说|细说|再聊|聊|再讲|再议|再汇报|再报|再(?:跟|和|同|给)(?:你|您)(?:说|讲|聊|汇报|细说)|再?回(?:你|您)(?:消息|信息)?|再(?![改补报填交发弄搞做写整核查办去来看])[\\u4e00-\\u9fff])(?:吧|哈|啊)?$`,
    ),
  },
  {
    // 等一下 我再核实下、稍等我问问: a moment asked for, nothing answered yet.
    topic: "later",
    // Said bare (看看、查一下、核对一下) with no 我/再/先 or waiting, it is a doing asked of the bot (vague-message.ts).
    re: /^(?=等一下|等一等|等下|稍等|等等|先别急|别急|我|让我|再|先)(?:等一下|等一等|等下|稍等|等等|先别急|别急)?(?:我|让我)?(?:再|先)?(?:核实|核对|看看|想想|查查|问问|对一下|确认一下|查一下)(?:一下|下)?(?:再说)?(?:吧|哈|啊)?$/,
  },
  {
    // 培训通知收到了、文件看到了: something received, acknowledged.
    topic: "ack",
    re: /^[\u4e00-\u9fff]{1,8}?(?:收到|看到|已阅|知悉)(?:了|啦|哈|啊)*$/,
  },
  {
    // 你们这个系统挺方便、机器人真聪明: a word about the bot.
    topic: "thanks",
    re: /^(?:你|你们|您|这个|这|机器人|助手|系统|小助手)*(?:这个)?(?:系统|机器人|助手|工具|东西)?(?:还|真|挺|很|蛮|太|好|非常|特别)+(?:方便|好用|不错|厉害|棒|聪明|智能|快|省事|实用|贴心)(?:的|啊|呀|嘛|了|哈|哦)*$/,
  },
  {
    // 「先这样 辛苦你了」「今儿就这些 谢了哈」「今日就咁多 唔該晒」: the day signed off with thanks (thanks-reply.ts answers it).
    topic: "thanks",
    re: /^(?:好的?|行|嗯|那)?(?:今天|今儿个?|今个|今日|今朝|这周|这礼拜)?(?:就|先)(?:这些|这样|這樣|这么多|介些|咁多|噉多|酱紫|恁些)(?:了|吧|啦|咧|嘞|哈|哒|咯)?(?:(?:辛苦|谢谢|謝謝|多谢|麻烦|唔该晒|唔該晒)(?:你|您|妳)?(?:了|啦|咧|嘞|哈|啊|哒|咯|晒)*)+$/,
  },
  { topic: "bye", re: /^(?:再见|拜拜|拜|88|先这样|先这样吧|下班了|回头聊|回见)(?:啊|呀|哈|啦)?$/ },
  { topic: "laugh", re: /^(?:哈+|呵+|嘿+|h{3,}|笑死|哈哈哈+|嘻嘻|哇|哇塞|666+|牛)$/ },
  { topic: "sorry", re: new RegExp(`^(?:不好意思|抱歉|sorry|对不起|${DISTURB_WORDS})(?:啊|呀|哈|啦)?$`) },
  { topic: "about", re: /^(?:你是谁|你叫什么|你是机器人吗|你是人吗|你是真人吗|你是ai吗|机器人|你是啥)$/ },
];

/** On core: several small-talk words in one message (好的，谢谢！ / 嗯嗯好的谢谢 / 收到辛苦了). */
export const SMALL_TALK_RUN =
  /^(?:谢谢|谢啦|谢了|多谢|感谢|帮(?:了)?大忙了?|太感谢了?|小助手|助手|机器人|辛苦了?|辛苦啦|麻烦了|好的?|好滴|好嘞|好哒|收到了?|嗯+|恩+|哦+|噢+|ok|okay|明白了?|知道了|了解了?|懂了|行|可以|没问题|对的?|是的?|啦|啊|呀|哈+|呢|哟|哒|👌|您|你)+$/;

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
  | "notice"
  | "news"
  | "complaint"
  /** A feeling or the weather said aside (好烦、今天好冷): answered with a word of care. */
  | "mood"
  /** Someone else's doings told in passing (局长今天去市里开会了): not the sender's work (others-doings.ts). */
  | "others"
  /** One's own private errand told in passing (去医院做了个检查、取快递、接伢): not work (personal-errand.ts). */
  | "errand"
  | "other";

/**
 * On norm: a notice passed on to others — marked as forwarded or as a notice at its start
 * (【转发】、转发：、转发 市科技局：、通知：), or asking others to act (请各科室…、逾期不候) without saying anything was
 * done: answered, never stored.
 */
export const NOTICE_MARK =
  /^(?:【\s*(?:转发|转|通知|公告|提醒)\s*】|(?:转发|转|通知|公告|温馨提示|提醒)\s*[:：]|转发(?![了过完])\s*[^\s:：，,。「」]{2,12}\s*[:：])/;
export const NOTICE_ASK =
  /请(?:各|全体|大家)(?:科室|单位|部门|乡镇|同志|位|同事|人员)?(?:于|在|按|务必|认真|及时|抓紧|准时|尽快)|逾期不候|请准时参加|(?:别|不要)忘(?:了|记)[了啊哈哦呀!！~～。]*$|^(?:记得|别忘了|提醒一下|温馨提醒)|(?:转|发)(?:给)?(?:你|您)了?[，,\s]*(?:请)?(?:看一下|看下|看看|查收|收一下)[吧哈啊。!！]*$|(?:^|[，,\s])(?:大家|各位|同志们|请大家)(?:都|一起)?(?:把|要|记得|注意|抓紧|尽快|准时|看看|看一下|看下|查收|知悉|参阅|传阅|留意)/;

/**
 * On norm: 「修改了管理办法」「删除了重复数据」「定稿了三年行动方案」「导出了入库名单」: work done with a
 * command's verb (the verb, then 了/过/完/后/的, then what was done), not a request — no typed
 * command, everyday request or learned guess takes it. 「填报的那些东西给我拉个excel」「提交的材料导一份」: what was reported
 * (填报的/提交的/生成的/导出的 before 那些、东西、材料、数据…) is the thing a request names, not work done. 「确认了吧」「确认了噻」
 * (the verb, 了 and a closing particle, nothing done after it) is the request itself, said as settled.
 */
export const DONE_WITH_COMMAND_VERB =
  /^(?:修改|更正|修正|删除|删掉|撤销|作废|撤回|编辑|确认|提交|恢复|取消|查看|填报|定稿|导出|生成|退回|打回|驳回|对比)(?:了|过|完|好|后|的)(?=[\u4e00-\u9fff\d])(?![吧噻撒哇啊呀哈嘛哦啦咯哟嘞喽哒呗]+[。.！!～~\s]*$)(?!(?<=^(?:填报|提交|生成|导出)的)(?:(?:那|这)(?:些|几)|东西|内容|材料|数据|记录|汇总|明细))/;

/** On core, while an edit preview waits: a yes said with the verb (确认改、就这么改、改吧), or the edit judged right (改得对、改得冇错). */
export const EDIT_YES =
  /^(?:好的?|好嘞|行|嗯+|ok|可以|对的?)*(?:(?:确认|确定|就|那就|就这么|就这样|按这个|这样)?改(?:吧|了|呗|啊|哈)?)+$|^(?:这回|这次|这下)?改得(?:对|好|没错|不错|可以|行|挺好|很好|准)(?:了|啦|啊|哈|喔|嘞|咯)*$/;

/**
 * On norm: a message meant for another chat (发错群了、发错人了): only when the bot has just stored
 * the last message as a draft is there anything to withdraw; otherwise it is an apology.
 */
export const WRONG_CHAT =
  /(?:发|错发)错?(?:了)?(?:群|人|地方|窗口|对象|聊天)|发到别的群|错发(?:到|给)?(?:了)?(?:群|人)/;

/**
 * On norm: news of one's family or private life (我家闺女复试过了、孩子今天发烧): small talk, whatever
 * work words it holds (研究生 is no 研究).
 */
export const PERSONAL_NEWS =
  /^(?:我家|我们家|家里|咱家|我)?的?(?:闺女|女儿|儿子|孩子|娃|小孩|老婆|老公|爱人|媳妇|对象|我妈|我爸|老妈|老爸|爸妈|父母|老人|孙子|孙女|外孙|家人|家属)/;

/**
 * On norm: away this week and reporting on return (我这周出差，下周二回来再报): answered as an absence
 * (the reminders can be paused) rather than asked about as a report.
 */
export const AWAY_THEN_LATER =
  /^(?!.*\d\s*(?:家|个|场|次|人|项|期))(?=.*(?:出差|请假|休假|年假|外出|学习|培训|不在单位|下乡|住院|在外地))(?=.*(?:回来|出院|下周|下礼拜|下星期|过几天|过两天)(?:[一二三四五六日天])?[\u4e00-\u9fff]{0,3}?(?:再|后|了)?(?:报|填|补|说|弄))/;

/**
 * On norm: leave or a trip said with days in words, not dates (我这周五到下周二休假、明天起出差三天):
 * answered as an absence.
 */
export const AWAY_IN_WORDS =
  /^(?=.*(?:到|至|起|开始|明天|后天|下周))(?:我|本人)?(?:从)?(?:这周|本周|下周|明天|后天|今天|周|星期)[一二三四五六日天]?(?:起|开始)?(?:到|至)?(?:这周|本周|下周|下下周|周|星期)?[一二三四五六日天]?(?:要|得|准备)?(?:请假|休假|休年假|请年假|出差|外出|不在单位|去外地)[\u4e00-\u9fff]{0,6}?(?:了|啊|哈|吧)?[。.!！]*$/;

/**
 * On norm: a complaint about the bot itself (这个机器人反应咋这么慢、系统太难用了): answered with an
 * apology, never taken for a request.
 */
export const BOT_COMPLAINT =
  /^(?:这个|你这个|你们这个|你|这)?(?:破|烂)?(?:机器人|助手|小助手|系统|东西|玩意儿?|软件|程序)(?:界面|页面|样子)?[\u4e00-\u9fff]{0,4}?(?:咋|怎么|太|好|真|很|有点|老是|总是|老|总|又)(?:这么)?(?:慢|卡|笨|难用|不好用|麻烦|复杂|傻|不灵|死机|出错|丑|难看|土)(?:了|啊|呀|呢|吧|啦|哈+)*(?:[\s，,]*(?:怎么搞的|怎么回事|咋回事|啥情况|服了|无语了?)(?:啊|呀|呢|吧)*)?[?？!！。~～]*$/;

/** On norm: 刚才发错了 / 发错人了 — probably wants a withdraw, but ask. */
export const SENT_BY_MISTAKE = /(?:发错|错发|发重了|重复发|发了两遍|多发了|重复了|报错了|填错了)/;

/**
 * On core: a section answer may be prefixed like this: 科室、选、是、属于, and hedged on either side
 * (这条应该算人才那块的、我觉得算高企的、这个是党建的哈、高企那块吧应该、党建嘛肯定、放研发投入那里嘛):
 * the draft pointed at and the hedge do not change the section named.
 */
export const SECTION_LEAD =
  /^(?:我们?|科室|选择?|是|属于|归到?|放到?|算到?|算是|放在|在|就|这条|这个|那条|那个|这|那就|那|应该|应当|估计|可能|大概|肯定|我觉得|觉得|感觉|我看|还是)+/;
export const SECTION_TAIL =
  /(?:科室|股室|的|那个|这个|那块|这块|那一块|那一?摊子?|这一?摊子?|那些|这些|那边|这边|那里|这里|方面|部分|科|里|里面|里头|事情|事儿|事|东西|活|类|去|口子|口|条线|吧|啊|呀|哈|嘛|撒|滴|应该|我觉得|我看|肯定|估计)+$/;

/**
 * Commands (by canonical name) whose argument is free text: after any other command word, a
 * clause of work with a figure is a report that happens to start with that word.
 */
export const FREE_TEXT_COMMANDS: ReadonlySet<string> = new Set([
  "修改",
  "填报",
  "请假",
  "科室",
  "重写",
  "改写",
  "退回",
  "添加",
  "绑定",
  "拒绝绑定",
]);

/**
 * On norm: how a matter of work stands, asked (龙腾药业的研发奖补下来了没有、企业那个补贴发没发、
 * 县里那个科技奖补资金到位没有、星创天地的补助批下来了吗): the bot cannot know; nothing was done by the
 * sender. Asked about in one line (it might be news to record), never stored or taken for a command.
 * Whatever the verb when 了没 closes it (补助标准今年变了没、考核办法改了没有、申报条件放宽了吗): a rule of the
 * matter (标准、政策、办法、条件) asked whether it changed is the same question.
 */
export const STATUS_ASKED =
  /^[^，,。]{0,16}?(?:资金|补贴|补助|奖补|奖励|经费|款项?|项目|批复|指标|名单|结果|证书|标准|政策|办法|条件|待遇|额度)[^，,。]{0,6}?(?:([\u4e00-\u9fff])没\1|(?:到位|到账|到了|下来|下达|下拨|发放|发|批|批下来|兑现|拨付|拨|落实|公布|出来)了?(?:没有?|没得|吗|么|不)|[\u4e00-\u9fff]{1,2}了(?:没有?|没得|吗|么))[啊呀呢哦吧]*[?？]*$/;
