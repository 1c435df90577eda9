import { CALLED_SOUTHERN } from "./colleague-called.js";
import type { Intent, IntentContext } from "./classify-intent.js";
import {
  AWAY_IN_WORDS,
  AWAY_THEN_LATER,
  BOT_COMPLAINT,
  PERSONAL_NEWS,
  SENT_BY_MISTAKE,
  WITHDRAW_WORDS,
  WRONG_CHAT,
} from "./intent-lexicon.js";
import { asksHowTo } from "./how-to.js";
import { intentText } from "./intent-lexicon.js";
import { leavingNow } from "./leaving-now.js";
import { clausesOf, reportsWork } from "./message-clauses.js";
import { notOwnWork, othersAway } from "./not-own-work.js";
import { reportLater } from "./report-later.js";
import { sighAtLoad } from "./sigh-at-load.js";
import { vagueAskedNo } from "./vague-asked-no.js";
import { weatherOrBody } from "./weather-and-body.js";
import { DURATION, FIGURE } from "./work-lexicon.js";

/**
 * Messages said beside the work, recognised before anything is weighed as a report: a message
 * sent to the wrong chat, a complaint about the bot, private news, and being away with the report
 * to come later. None is stored; each is answered as what it is.
 */
export function talkAside(norm: string, core: string, ctx: IntentContext): Intent | undefined {
  const len = [...core].length;
  // 「不记 打错了」 just after the bot asked what an unclear message meant: that message taken back (vague-asked-no.ts).
  const takenBack = vagueAskedNo(norm, core, ctx);
  if (takenBack) return takenBack;
  // 「不好意思刚才发错群了」: a withdraw to offer only when the last message was just stored as a draft.
  if (WRONG_CHAT.test(norm) && len <= 16)
    return ctx.awaiting === "confirm"
      ? { kind: "unclear", suggest: "withdraw" }
      : { kind: "smalltalk", topic: "sorry" };
  // 「这条发重了 删掉」: the slip said with the one meant and the verb is the withdrawal itself (README:
  // a named update is withdrawn at once), left to the withdraw rules; a bare 「发重了」 is asked.
  // 「昨天那个数报错了 讲座是两场」「填错了 应该是1300份」: the slip said with the right value is a
  // correction, left to the edit rules — never an offer to withdraw.
  if (
    SENT_BY_MISTAKE.test(norm) &&
    len <= 16 &&
    !(NAMES_ONE.test(norm) && WITHDRAW_VERB.test(norm)) &&
    !RIGHT_VALUE.test(norm) &&
    // 「报错了能删不」「报错了好删弗」: whether the slip can be undone, asked — the how-to on it (帮助), not an offer.
    !asksHowTo(norm)
  )
    return { kind: "unclear", suggest: "withdraw" };
  // 「哈哈哈笑死 你这回复」「你这回复好搞笑 哈哈」: a laugh at the bot's words, answered with one.
  if (len <= LAUGH_MAX && LAUGH.test(norm) && AT_THE_BOT.test(norm) && !FIGURE.test(norm))
    return { kind: "smalltalk", topic: "laugh" };
  // 「不好意思 刚在开会没看到」「抱歉才看到消息」: sorry for a late reply — talk, whatever it was busy with.
  if (len <= 20 && LATE_REPLY.test(core) && !FIGURE.test(norm)) return { kind: "smalltalk", topic: "sorry" };
  // 「走了走了 伢还在学校等我」: leaving now, with who waits — a goodbye (leaving-now.ts).
  if (leavingNow(norm)) return { kind: "smalltalk", topic: "bye" };
  // 「这个月的还没报 等我整理下」: the report still being put together — later (report-later.ts).
  if (reportLater(norm)) return { kind: "smalltalk", topic: "later" };
  // 「这个机器人反应咋这么慢」: a complaint about the bot, answered with an apology.
  if (BOT_COMPLAINT.test(norm)) return { kind: "smalltalk", topic: "complaint" };
  // 「我家闺女今天研究生复试过了哈哈哈」: private news, answered and never stored.
  // With the leave it brings (我们家老人住院了，这几天请假) it is one's absence: the 请假 offer.
  if (PERSONAL_NEWS.test(norm) && !FIGURE.test(norm) && len <= 30) {
    const away = notOwnWork(norm);
    return away?.kind === "away"
      ? { kind: "unclear", suggest: "away", ...(away.when ? { when: away.when } : {}) }
      : { kind: "smalltalk", topic: "news" };
  }
  // 「又要交总结了啊 好烦😩」「今天好冷哦 村里路都结冰了🥶」: a feeling or the weather, said aside.
  // 「今天开了一天会 腰都坐断了」: a time spent is no figure of work.
  // 「今天贼冷 零下二十多度」: a temperature is the weather, no figure of work.
  if (len <= MOOD_MAX && saidAsMood(norm)) return { kind: "smalltalk", topic: "mood" };
  // 「晚上还得加班，唉」「又要开会 开不完的会」: a sigh, or the load said as a load (sigh-at-load.ts).
  if (sighAtLoad(norm, core)) return { kind: "smalltalk", topic: "mood" };
  // 「我这周出差，下周二回来再报」「我这周在党校学习，回来再补」: away now, reporting later — answered
  // as an absence (not-own-work-reply.ts offers to pause the reminders for the days said).
  // 「俺先下乡去 晚上回来再填」: out on the day's errand (下乡、外出) with no days said is no absence — the
  // report put off (handed-to-bot.ts), not reminders to pause.
  const away = AWAY_THEN_LATER.test(norm) && (AWAY_FOR_DAYS.test(norm) || DAYS_SAID.test(norm));
  if ((away || AWAY_IN_WORDS.test(norm)) && len <= 24 && !othersAway(norm)) {
    const away = notOwnWork(norm);
    const when = away?.kind === "away" ? away.when : /这周|本周|下周/.exec(norm)?.[0];
    return { kind: "unclear", suggest: "away", ...(when ? { when } : {}) };
  }
  // 「小张下周一到周三出差 她那块我先盯着」: a colleague's absence told first (and who covers it) — talk, as
  // 「小王明天请假 他那块我先顶着」 is; no work of one's own (nothing done, no figure), no absence of one's own.
  if (
    len <= 30 &&
    COLLEAGUE_FIRST.test(norm) &&
    othersAway(norm) &&
    !/了|过/.test(norm) &&
    !FIGURE.test(norm.replace(DURATION, ""))
  )
    return { kind: "smalltalk", topic: "other" };
  return undefined;
}

/** A colleague named first: 小张、老王、王主任. */
const COLLEAGUE_FIRST = new RegExp(
  `^(?:[老小][\\u4e00-\\u9fff](?![家人孩伙])|${CALLED_SOUTHERN}|[\\u4e00-\\u9fff]{1,2}(?:主任|科长|局长|书记|同志|姐|哥))`,
);

/** Away for days by its kind (出差、培训、住院), unlike the day's errand out (下乡、外出). */
const AWAY_FOR_DAYS = /出差|请假|休假|年假|学习|培训|不在单位|住院|在外地/;
/** Days said: this or next week, a weekday, several days, a date. */
const DAYS_SAID =
  /这周|本周|下周|下礼拜|下星期|这几天|这两天|几天|[两三四五六七]天|明天|后天|过几天|过两天|[周礼拜星期][一二三四五六日天]|\d/;

/** A feeling, the body or the weather said, with no figure of work (a time spent or a temperature is none). */
export function saidAsMood(norm: string): boolean {
  const plain = norm.replace(DURATION, "").replace(TEMPERATURE, "");
  // A count only of how far one went (跑了三个村) is no figure of work beside the body worn out (LIGHT_TRIP).
  // Only beside the body (腿都跑软了): 「好累啊今天跑了三个地方」 with a feeling alone stays asked (b3w-037).
  const worn = clausesOf(plain).some((c) => BODY.test(intentText(c).core));
  const counted = clausesOf(plain).filter((c) => !(worn && LIGHT_TRIP.test(intentText(c).core)));
  return (!FIGURE.test(counted.join("，")) || dreadAhead(plain)) && moodOnly(norm);
}

/** Dread of a chore ahead: 想起都头大、想想就累、谂起都攰、一想就发愁. */
const DREAD =
  /^(?:想起|想想|一想|谂起|想到|想下|看着)(?:来)?(?:都|就)?(?:头大|头疼|头痛|累|好累|攰|怕|烦|发愁|愁人|发怵|腿软)(?:了|啊|哦|呀)*$/;
/** A chore ahead with its time said first: 这周要跑十几个村、下礼拜还得连跑三天乡镇. */
const CHORE_WHEN =
  /^(?:这周|这礼拜|这个礼拜|下周|下礼拜|下个礼拜|明天|明早|后天|今晚|下午|月底|周末|这个月|下个月)(?:还|又|连)?(?:要|得)(?!到)[^了过咗]*$/;

/**
 * 「这周要跑十几个村 想起都头大」: the dread of a chore still ahead — its figures count what is still to do,
 * nothing done: the figure is no report beside the dread.
 */
function dreadAhead(norm: string): boolean {
  const clauses = clausesOf(norm)
    .map((c) => intentText(c).core)
    .filter((c) => c !== "");
  return (
    clauses.some((c) => DREAD.test(c)) &&
    clauses.every((c) => DREAD.test(c) || CHORE_WHEN.test(c) || !FIGURE.test(c))
  );
}

/** Laughter opening or closing a message: 哈哈、呵呵、笑死、hhh、😂. */
const LAUGH =
  /^(?:哈{2,}|呵{2,}|嘿{2,}|h{3,}|笑死|😂|🤣)|(?:哈{2,}|呵{2,}|h{3,}|笑死(?:我了)?|😂|🤣)[!！~～。]*$/;
/** The bot or its words as what is laughed at: 你这回复、你说的、机器人、小助手. */
const AT_THE_BOT =
  /你这|你的回复|你说的|你回的|你这个|机器人|小助手|助手|(?:好|真|太)(?:搞笑|好笑|逗|有意思|好玩)/;
/** A laugh said aside is short. */
const LAUGH_MAX = 16;

/** Sorry for seeing or answering late: 刚在开会没看到、才看到消息、没来得及回. */
const LATE_REPLY =
  /^(?:不好意思|抱歉|sorry|对不起|哎呀|哎)?[\u4e00-\u9fff]{0,8}?(?:没看到|没看见|没来得及回|没顾上回|没回|才看到|刚看到|没注意到?)(?:消息|信息|你的消息)?(?:了|啊|哈|呀)*$/;

/** One update named: 这条、刚才那条、上一条、3号、#3. */
/**
 * The right value said beside the slip: 应该是1300份、改成8家、讲座是两场, or 是 with what is counted before the count
 * (报错了 是走访企业12家、弄错了 是成活率85%) — not 不是1200 alone, nor an update named (是第3条, and 是上一条、是这一条、
 * 是最后一条: their 一 is no value, review39).
 */
const RIGHT_VALUE =
  /(?:应该|应当|应|其实|实际上?)(?:是|为)|改成|改为|换成|(?<!不)是(?!\s*(?:这|那|哪|上|最后|前|后)(?:一|两|几)?[条个次回](?!月))\s*(?:[^\s，,。！!？?第\d]{1,8}?\s*)?(?:\d|[一二两三四五六七八九十百千万]+)/;
const NAMES_ONE = /(?:这|那|刚才那?|刚刚那?|上一|最后那?)条|第?\d{1,4}\s*(?:条|号)|#\d/;
const WITHDRAW_VERB = new RegExp(WITHDRAW_WORDS);

/** A temperature said of the weather: 零下二十多度、气温才三度、最低零下30度、三十八度. */
const TEMPERATURE =
  /(?:零下|气温|温度|最低|最高)(?:才|都|就|得|有|只有|到了?)?(?:零下)?[\d一二两三四五六七八九十几]+多?(?:度|℃)(?:左右)?|(?:零下|零上|气温)?\s*[\d一二两三四五六七八九十几]+(?:\.\d+)?\s*(?:多|来)?\s*(?:摄氏)?度/g;

/** A remark on one's mood or the weather is short. */
const MOOD_MAX = 30;

/**
 * On a clause's core: a feeling (好烦、头大、累死了、忙晕了、忙懵圈了), the body in the weather (冻得手都僵了、
 * 冷得要命), the weather itself (今天好冷、今天贼冷、风好大、下雪了、路都结冰了、零下二十多度) or the load of work sighed at
 * (年底材料贼多、最近事儿太多了).
 */
const MOOD =
  /^(?:今天|今儿|这两天|最近|外面|早上|晚上|这天|天|真是|唉|哎|哎呀|我)*(?:又|真|好|太|巨|超|贼|特别|有点|快|都|很|挺|可)?(?:烦|累|困|冷|热|忙|饿|晒)(?:死(?:了|我了|人)?|得(?:要命|不行|慌)|(?:晕|懵|蒙)(?:圈|逼)?了?|坏了|惨了|疯了)?$|^(?:又|都|真|有点)?(?:弄|搞|整|写|看|填|开会)(?:得)?(?:我|人)?(?:都|直|快|有点)?(?:懵|蒙)(?:圈|逼)?了$|^(?:头大|头疼|头痛|心累|崩溃|无语|服了|太难了|好难|受不了|哭了|吐了|麻了|好烦|烦死了|(?:真|好|太)?烦人(?:的很)?|累趴了?)$|(?:冻|冷|累|困|热|晒|忙)得|人都(?:快|要)*(?:傻|麻|废|懵|疯|晕|木|炸)了|^(?:今天|外面|这两天|早上)?(?:又|开始)?(?:下雪|下雨|降温|刮风|起雾)了?$|^(?:今天|外面)?(?:风|雪|雨|雾)(?:好|真|太|特别|超|这么)大$|结冰|路(?:好|太|真)?滑|^(?:年底|月底|年末|最近|这两天|今天|这周|这阵子?)?的?(?:材料|事儿?|活儿?|会|表格?|报表|文件|任务|杂事)(?:也|又|都|是)?(?:好|很|真|太|特别|超|巨|老|可|这么)?多(?:了|啊|呀|死了|得很)?$|^(?:今天|外面|晚上|早上|夜里|这两天)?(?:气温|温度)?(?:零下|最低|最高)?(?:才|都|就|得|有|只有|到了?)?(?:零下)?[\d一二两三四五六七八九十几]+多?(?:度|℃)(?:左右)?$|(?:腰|背|脖子|颈椎|眼睛|眼|腿|脚|手|脑子|头)(?:都|快)?(?:要)?(?:坐|站|走|看|写|敲|跑)?(?:到)?(?:断|酸|疼|痛|花|麻|废|晕|僵)(?:了|掉了)?$/;

/**
 * On a clause's core: the body aching or tired (腰疼、脖子都僵了、眼睛都看花了、头都大了、腰酸背痛的、
 * 犯困) — from sitting in a meeting or a pile of forms as much as anything.
 */
const BODY =
  /(?:腰|腿|脖子|颈椎|肩膀?|背|眼睛?|眼|嗓子|头|手|脚)(?:都|好|真|有点|快|也|都快)?(?:看|坐|站|写|熬|跑|走)?(?:疼|酸|痛|麻|花|哑|晕|僵|大|软|断)(?:了|死了|得不行|的)*$|腰酸背痛|犯困|打瞌睡|困得|(?:坐|站|走|跑|写|熬)得(?:腰|腿|脖子|眼睛?|头|手)/;
/**
 * On a clause's core: meals and the canteen (饭点了、先干饭去了、食堂的饺子贼好吃、外卖到了、整杯咖啡).
 */
const MEAL = /饭点|干饭|吃饭|吃口饭|吃午饭|吃晚饭|开饭|食堂|外卖|好吃|难吃|咖啡|奶茶|饺子|红烧肉|午休/;

/** A chore ahead, not done (又要交总结了、快要考核了、该写年报了): said beside a feeling, no report. */
const CHORE_AHEAD = /^(?:又|快|马上|眼看|就)?(?:要|该|得)/;
/** A feeling said of what is ahead (想起都头大), beside the chore. */
const MOOD_AHEAD = (c: string) => DREAD.test(c);

/**
 * Every clause is a feeling, the body, a meal or the weather, or a chore ahead beside one; nothing
 * reports work.
 */
function moodOnly(norm: string): boolean {
  const clauses = clausesOf(norm)
    .map((c) => intentText(c).core)
    .filter((c) => c !== "");
  // 「食堂消防检查做完了」 names the canteen in a report: the body and meals only in a clause of no work.
  // 「下乡冻死人」「村里跑一圈衣服全湿了」: the weather or the body said of an errand — talk, when what is
  // left once the weather and the body are taken away reports nothing (weather-and-body.ts).
  const weathered = (c: string) => {
    const left = weatherOrBody(c);
    return left !== undefined && (intentText(left).core === "" || !reportsWork(left));
  };
  const aside = (c: string) =>
    MOOD.test(c) || MOOD_AHEAD(c) || ((BODY.test(c) || MEAL.test(c)) && !reportsWork(c)) || weathered(c);
  const moods = clauses.filter(aside);
  if (moods.length === 0) return false;
  const rest = clauses.filter((c) => !aside(c));
  return rest.every(
    (c) => CHORE_AHEAD.test(c) || CHORE_WHEN.test(c) || LIGHT_TRIP.test(c) || !reportsWork(c),
  );
}

/**
 * 「一上午跑了三个村」「今天转了五个地方」: only how far one went, counted, with nothing done there named — beside the body
 * worn out by it (腿都跑软了、累死了) the message is how the person is, not a report (alone it is asked about).
 */
const LIGHT_TRIP =
  /^(?:一上午|一下午|一整天|一天|今天|上午|下午|这几天|这两天)?(?:又|都|就)?(?:跑|转|走)了(?:\d+|[一二两三四五六七八九十几好]+)(?:个|家|处|趟)?(?:村|地方|乡|乡镇|镇|点|户|家|趟|处)$/;
