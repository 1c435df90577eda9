/**
 * 「你们礼拜三去省厅是坐高铁还是开车」「去大坪乡那趟你们几个人啊」「听说你们周五去市里开会？几点走」
 * 「跟谁一起去城关镇那趟啊」「礼拜四去市里那趟要几个人一起去啊」: a trip asked about among colleagues — who goes,
 * when they leave, how — talk between people, not the sender's leave (no 请假 offered), not a count of the material
 * (查数), and nothing done to store. Answered as talk.
 *
 * The shape: a trip (去/到/下/跑 somewhere, 那趟、出发、几点走) and, asked of others, 你们/谁/哪个/大家, or the
 * trip's own arrangements asked (几个人去、几点走、坐什么车、开车还是…). Not: anything said of the bot's own things
 * (报、填、稿、总结、确认…), work told done (了 after the verb: 我们去了3个村), one's own trip told (我明天去…).
 */
const TRIP =
  /(?:去|到|赴|下|跑|回)[\u4e00-\u9fff]{1,8}?(?:那趟|这趟|一趟|开会|调研|培训|学习|检查|出差|义诊)?|那趟|这趟|出发|动身|几点走|下乡|下村|出差/u;
/** Others asked: 你们、你俩、大家、谁、哪些人 (not 哪个 alone: 去哪个村 asks where, not who). */
// 你 before the trip's time or verb (老王 你明天去县里开会吗): a colleague asked — the bot goes nowhere.
const OTHERS =
  /你们|你俩|你两个|你几个|大家|谁|哪些人|哪个人|哪位|(?:^|[\s，,])你(?=明|后天|今天|下午|上午|晚上|这|下周|下礼拜|礼拜|周|星期|几点|也|去|到)/u;
/** The arrangements of a trip asked: how many go, when they leave, how they get there, whether a seat is left. */
const ARRANGED =
  /几个人|多少人|几点(?:钟)?(?:走|出发|动身|集合|到|回)|(?:坐|开)(?:什么|啥|哪个)?(?:车|高铁|动车|火车|大巴)|开车还是|还是(?:自己)?开车|还是坐|车(?:子)?(?:够|坐得下|坐不下|有位)|捎|搭个?车|蹭个?车|顺风车|排上|排了谁|(?:搭|带|捎)(?:上)?我|(?:一道|一起|一块儿?)走/u;
const ASKED = /[?？]|[啊呀吗嘛呢哦不没冇咩](?:$|[\s，,])|几|还是|谁|哪/u;
/**
 * 多少 asks too, but only of colleagues named (你…跑了多少个屯): 「特派员下乡多少人次」 is a leader asking the material's
 * figure (查数), and its 多少人 is no seat counted for a trip.
 */
const HOW_MANY = /多少/u;
/** The bot's own things (a report, a draft, a withdrawal…): never talk about a trip. */
const BOTS_OWN = /报|填|交|稿|总结|草稿|确认|撤回|删|改/u;
/** The bot's own things, a reminder or leave, or work told done: not talk about a trip. */
const NOT_TALK = /提醒|请假|(?:去|到|跑|下)[\u4e00-\u9fff]{0,8}?(?:了|过|咗)(?![吗没])/u;
const DONE = /[了过咗](?![吗没么不冇])/u;
/** One's own trip said, not asked of others: 我明天去…、俺后天下乡. */
const OWN = /^(?:我|俺|阿拉|我哋)(?!们)/u;

export function colleagueTripAsked(norm: string): boolean {
  const text = norm.trim();
  if ([...text].length > 30 || !TRIP.test(text)) return false;
  if (!ASKED.test(text) && !(HOW_MANY.test(text) && OTHERS.test(text))) return false;
  // Anything done (了、过、咗 not closing a question) is work told, whatever is asked beside it.
  if (BOTS_OWN.test(text) || NOT_TALK.test(text) || OWN.test(text) || DONE.test(text)) return false;
  return OTHERS.test(text) || ARRANGED.test(text);
}

/**
 * 「你们去了几个村啊」「你们昨天下去跑了几家企业」: how far colleagues got on a trip done, asked of them — talk among
 * colleagues, not a count of the material (查数, which staff cannot ask) and nothing done by the sender. Only the
 * colleagues asked at the start (你们、你俩、大家, or 你 before a time past), a going done and a count asked, in a short message.
 */
// One colleague as 你 before a time already past (你昨天下去跑了几个村): the bot goes nowhere.
const COLLEAGUES_FIRST =
  /^(?:[老小][\u4e00-\u9fff][\s，,]*)?(?:你们|你俩|你两个|你几个|大家|你(?=昨天|前天|今天|上午|下午|刚才|上周|上礼拜|上个礼拜|这两天|那天))/u;
const WENT_DONE = /(?:去|跑|下|到|走|转)(?:了|过)/u;
const COUNT = /几|多少/u;

export function colleaguesTripCounted(norm: string): boolean {
  const text = norm.trim();
  return (
    [...text].length <= 24 &&
    COLLEAGUES_FIRST.test(text) &&
    WENT_DONE.test(text) &&
    // COUNT (几、多少) is itself the question asked.
    COUNT.test(text) &&
    !BOTS_OWN.test(text)
  );
}
