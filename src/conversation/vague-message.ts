/**
 * A message that wants something of the bot or points at something, but what cannot be told
 * (docs/understanding.md 第十三轮): 「那个数好像不太对」「上回说那事儿咋样了」「你看下这个」「老王让我跟你说一声」
 * 「弄好没」「咋整」「你看着办吧」「我想问一下那个」「木耳」「5」. A careful colleague would ask what is meant,
 * so the bot asks in one line (vague-reply.ts) and stores nothing — unlike social talk, which wants
 * nothing (谢谢、辛苦、哈哈、在忙、吐槽) and is answered. Read on the dialect-folded text (咋整 → 怎么办,
 * 整没整 → 弄没弄, 上趟 → 上次, 瞅 → 看); pure.
 */
import { thingOfThing } from "./thing-of-thing.js";
import { bareThing, KNOWING_TAIL } from "./bare-thing.js";
import { closedReading } from "./closed-words.js";
import { placePointed } from "./place-pointed.js";

export type Vague =
  /** Only pointers (那个、上回那事、这张表) and words about them: what is pointed at is not said. */
  | "pointer"
  /** Someone's message passed on with the message left out (老王让我跟你说一声、领导让我问下你). */
  | "relay"
  /** How something stands or how to do it, with nothing named (弄好没、咋样了、咋整). */
  | "status"
  /** The bot asked to look, handle or decide, with nothing named (你看着办吧、你看一下、按上次说的弄). */
  | "handover"
  /** Something said to be wrong with nothing named (数好像不对、那个有问题、搞错咯): what, is asked. */
  | "fault"
  /** A noun and nothing about it (木耳、表格), or a bare number (5). */
  | "bare"
  /** A time alone with nothing waiting (下午的、明天上午、礼拜四上半天): what then, is asked. */
  | "time";

/**
 * A time alone — a day, a part of the day, or both (下午的、明天上午、明朝上午、明儿下午撒、礼拜四上半天、后天上午哈):
 * what happens then is not said (away? work to come? an answer to a question no longer open?).
 */
const DAY =
  "(?:今天|明天|后天|大后天|昨天|前天|今儿个?|明儿个?|后儿个?|明朝|明早上?|今早上?|明个|今个|后个|这周[一二三四五六日天]|下周[一二三四五六日天]|(?:这|下)?(?:个)?(?:礼拜|星期|周)[一二三四五六日天]|\\d{1,2}号)";
const PART_OF_DAY = "(?:上午|下午|中午|晚上|早上|傍晚|上半天|下半天|前晌|后晌|晌午|一早|一整天|全天|整天)";
const TIME_ALONE = new RegExp(
  `^(?:${DAY}${PART_OF_DAY}?|${PART_OF_DAY})(?:的)?(?:吧|啊|呀|哈|撒|嘛|呢|哦|噢|咯|喽|嘞|咧|噻)*$`,
);

/** Most a vague message may be (core characters): longer ones say something. */
const VAGUE_MAX = 16;

/** Fillers and leads said before anything (嗯、那个、就是、喏、还有、对了). */
const LEAD =
  /^(?:就(?=那|这)|那(?=我|俺|咱|就|先|再)|嗯+|恩+|呃+|额|哦+|喏|诶|欸|哎|唉|喂|就是说?|对了|还有)+/;

/** 老王让我跟你说一声、科长让我给你捎个话、老刘托我问你个事情: someone's message passed on, the message left out. */
const RELAY =
  /^[\u4e00-\u9fff]{0,4}?(?:让|叫|要|托|喊)(?:我|俺)(?:跟|和|给|同|来|帮)?(?:你|您)?(?:说|讲|问|捎|带|转告|转达|告诉)(?:问)?(?:你|您)?(?:一声|声|一下|下|个|句|一句)?(?:话|事|事情|事儿|事体|信|口信)?(?:你|您)?$/;

/**
 * 老王说那个事找你、王主任说有个事要问你: someone wants the bot (or the reader) about a matter only pointed
 * at — the matter left out. 「局长刚才找你」 points at nothing: talk.
 */
const RELAY_POINTED =
  /^[\u4e00-\u9fff]{1,4}?(?:说|讲)(?:了)?(?:那个|这个|那件|这件|有个|有件|个)(?:事|事情|事儿)(?:要|想)?(?:找|问|跟|和)(?:你|您)(?:说|讲|聊)?(?:一下|下|一声)?(?:呢|哈|啊|嘞|哦)*$/;

/** 老王说找你就行、科长说问你就知道: someone sent the person to the bot, what about left out. */
const RELAY_SENT =
  /^[\u4e00-\u9fff]{1,4}?(?:说|讲)(?:让我|叫我|让俺|叫俺)?(?:直接)?(?:找|问)(?:你|您)(?:就行|就好|就可以|就成|就中|就知道|就晓得)?(?:了)?(?:呢|哈|啊|嘞|哦)*$/;

/** 下午那个会的事情、上回那个表的事、昨天那个检查的事儿: a matter only pointed at by what it was about. */
const MATTER_POINTED =
  /^(?:上午|下午|昨天|今天|前天|上回|上次|刚才|早上|那天)?(?:那个|这个|那件|这件)[\u4e00-\u9fff]{1,4}?的(?:事|事情|事儿)(?:呢|哈|啊|嘞|哦)*$/;

/** A choice said with nothing asked (就第二个吧、选第一个、还是头一个): which of what, is asked. */
const CHOICE =
  /^(?:那)?(?:就|选|要|还是|用)(?:第|头)?[一二两三四五六七八九十\d]{1,2}(?:个|种|份|版|套|样)(?:吧|啊|呗|嘛|哈|噻|呀)*$/;

/** A doing asked for tentatively (看一下、处理下、弄弄、瞧瞧): the request shape, with no object. */
const TENTATIVE =
  /^(?:帮我|给我|再)?(看|瞧|瞄|处理|弄|搞|办|核对|核实|核|查|对|问)(?:一下|下|一眼|一?\1|看|瞧|弄|搞|查)(?:吧|啊|哈|呗|嘛)*$/;

/** 不是这样的、不是那个: what was said or done denied, with nothing said instead. */
const DENIED = /不是(?:这|那)(?:样子?|个|么回事)/;

/** A closing that settles, not a wish (就这样吧、那就这么着、就这么定了). */
const CLOSING = /^(?:那|好|行|中)?(?:就|也)?(?:这样|这么着|这么定了?|这样子)(?:吧|了|哈|啊|呗)*$/;

/** Everything or so much, said in wonder (啥都知道、咋这么快): a remark, not a question about a thing. */
const WONDER = /(?:啥|什么|哪个)(?:都|也)|(?:这么|那么)(?!着|办|弄|搞|来|定)[\u4e00-\u9fff]/;

/** A reaction to what was said, not a question about a thing (是吗、真的吗、这样啊、原来是这样). */
const REACTION =
  /^(?:原来)?(?:是|真|真的|对|好|行|可以|是这样|这样|那样)(?:吗|么|嘛|啊|呀|哦|喔|噢|的吗)+$|^原来(?:是)?(?:这样|那样)/;

/** A thing named, then only pointed at: 大棚那块、科普那个、高企那个事、村里那个事、糖厂那里 (粤 嗰度). */
const NAMED_THEN_POINTED = /^([\u4e00-\u9fff]{2,4}?)(?:那|这)(?:个|块|边|头|件|里|家)?(?:事儿?|事情)?$/;

/** How a thing stands, asked after it (咋样了、弄好没、搞定没): the thing pointed at is still not said. */
const STATUS_TAIL =
  /(?:弄|搞|办|整|做|进展)?(?:得)?(?:咋样|怎么样|如何|好没|好了没|完没|完了没|定了没|搞定没|妥了没|到哪了|到哪一步了)(?:了)?(?:啊|呀|呢|嘛|哈|咯|嘞|哦|喽|噻)*$/;

/** Cut off before the thing is named: 还有个、另外一个、然后那个 (the lead already read past). */
const CUT_OFF = /^(?:还有|另外|然后)?(?:一|那)?个$/;
/** 「今天克了趟高坡乡 那个」「下午去了趟园区 就是…」: a filler closing the message after a pause — cut off mid-saying. */
export const CUT_OFF_TAIL = /[\s，,、]+(?:嗯+|呃+|额)?(?:那个|这个|就是|然后|那啥|还有)[….。~～]*$/;

/** A social word: whatever is pointed at beside it, the message is talk (谢谢那个、那个谁早). */
const SOCIAL =
  /^(?:那|这)(?:就|也|还)?(?:好|行|算了)(?![不没错有])|^(?:那|这)(?:就|也|还)?样(?=(?:吧|了|哈|啊|呗|嘛|呀|哦|也好|也行|就好|就行|挺好|蛮好|可以)*$)|谢|辛苦|早|晚安|再见|拜拜|哈哈|笑|冷|热|累|烦|困|饿|忙|吃|喝|睡|玩|下班|上班|回家|开心|快乐|再说|再聊|不好意思|抱歉|没(?:啥|什么)?事|没关系|算了|好用|厉害|聪明|机器人|助手|系统|在不|在吗|在么/;

/**
 * A time ahead (回头、晚点、明天): one's own doing put off is talk (回头再对一下数) — unless the bot is the one asked
 * to do it (你回头看看、等会儿帮我查一下、明天你弄一下): the ask stands, only later.
 */
const LATER_SOCIAL = /回头|晚点|改天|明天|以后|后面再/;
const BOT_DOES = /你|您|恁|侬|帮我|替我|给我|帮忙/;

/** A bare noun said alone (木耳、大棚): 2–4 characters, none of them a word of talk or doing. */
const BARE_NOUN = /^[\u4e00-\u9fff]{2,4}$/;
/** Characters that make a short message something other than a bare noun. */
const NOT_NOUN =
  /[了吗呢吧啊呀哦嘛哈啦嘞咯喽呗么的得地着过我你他她它您咱这那谁啥哪几没不别也都还就再又在是有要会能想去来走见看说问等测第好早晚谢嗯哎唉哇喂]|下班|上班|舒服|开心|高兴|难受|郁闷|无聊|不错|厉害|漂亮|完美|舒坦|安逸|给力|辛苦|加油|恭喜|测试/;

/** Nothing but fillers (嗯、呃、那个、就是说、然后) and the pauses between them. */
const FILLERS_ONLY = /^(?:[嗯恩呃额唔]+|那个|这个|就是说?|然后|那啥|[\s，,。.…~～、])+$/;
/** Only fillers, a pointing one (那个、就是、然后) among them: cut off before anything was said (round fifty-one). */
export const fillersOnly = (norm: string): boolean =>
  FILLERS_ONLY.test(norm) && /那个|这个|就是|然后|那啥/.test(norm);

/** What the message is, if it wants or points at something it does not name; undefined otherwise. */
export function vagueMessage(norm: string, core: string, nothingWaits = true): Vague | undefined {
  const len = [...core].length;
  // 「嗯嗯 那个 嗯」「呃 就是 那个」 (round fifty-one): only fillers, a pointing one among them — cut off before anything.
  if (fillersOnly(norm)) return "pointer";
  if (len === 0 || len > VAGUE_MAX) return undefined;
  // 「5」「#3」: a bare number, nothing said of it (which update, if any, is asked: ask-bare-number.ts).
  if (/^#?\d{1,4}$/.test(core)) return "bare";
  // 「下午的」「明朝上午」: a time alone, nothing waiting for it — what then, is asked (never stored, never talk).
  if (nothingWaits && TIME_ALONE.test(core.replace(LEAD, "") || core)) return "time";
  const said = core.replace(LEAD, "") || core;
  if (RELAY.test(said) || RELAY_POINTED.test(said) || RELAY_SENT.test(said)) return "relay";
  if (MATTER_POINTED.test(said)) return "pointer";
  // 「倒数第二页」「昨天会上讲的」: a place in a document, or what was said somewhere, only pointed at (place-pointed.ts).
  if (nothingWaits && placePointed(said)) return "pointer";
  // 「申报系统嗰个账号」: a thing of a thing only pointed at, with nothing waiting (thing-of-thing.ts) — its 系统 no talk of the bot.
  const pointed = nothingWaits ? thingOfThing(said) : undefined;
  if (pointed && !NOT_NOUN.test(pointed.thing + pointed.of)) return "pointer";
  if (SOCIAL.test(said) || CLOSING.test(said) || REACTION.test(said) || WONDER.test(said)) return undefined;
  if (LATER_SOCIAL.test(said) && !BOT_DOES.test(said)) return undefined;
  // 「嗯 还有个」「另外那个」: cut off before the thing was named; 「今天克了趟高坡乡 那个」: cut off after a pause.
  if (CUT_OFF.test(said) || CHOICE.test(said)) return "pointer";
  if (nothingWaits && CUT_OFF_TAIL.test(norm.trim())) return "pointer";
  // Take the closed-class words away (closed-words.ts): when nothing is left, the message names
  // nothing, and if it points, wishes or asks, what is meant must be asked.
  const read = closedReading(said);
  // 「数字好像唔对」「那个有问题」「搞错咯」: something said to be wrong, not what — unless a question is to come.
  if (read.named === "" && read.fault && !/问|请教|咨询/.test(said)) return "fault";
  if (DENIED.test(said) && closedReading(said.replace(DENIED, "")).named === "") return "fault";
  // 「表格」「台账？」「那个汇总表呢」: a thing of work named and nothing said of it (bare-thing.ts) — only
  // when nothing waits: while a question is open, a thing named may be what answers it.
  const thingOnly =
    nothingWaits && norm.replace(/[?？。.!！~～，,、\s]/g, "") === core ? bareThing(said) : undefined;
  // A thing only pointed at (那个汇总表呢) is left to the rules below: read as asked here, it cost a
  // sealed dialogue turn (b23) in round fifteen — the pointed reading waits for a finer look.
  if (thingOnly === "bare") return thingOnly;
  if (read.named === "") {
    if (read.asked) return "status";
    // 「你先看看」「你觉得呢」: the bot asked to do or judge, nothing named.
    if (read.wish || /你|您/.test(said))
      return read.pointer || read.wish || read.doing ? "handover" : undefined;
    if (read.pointer) return "pointer";
    // 「看一下」「处理下」「弄弄」: a doing asked for, tentatively, with nothing named.
    if (TENTATIVE.test(said)) return "handover";
    return undefined;
  }
  // 「大棚那块」「科普那个」「高企那个事」: a thing named and only pointed at, nothing said of it.
  // 「专利那个你晓得吗」: asked whether one knows of it, still nothing said of it; 「特派员那边咋样了」: how it
  // stands, asked of a thing only pointed at.
  const known = said.replace(KNOWING_TAIL, "");
  const stands = known.replace(STATUS_TAIL, "");
  const thing = NAMED_THEN_POINTED.exec(stands)?.[1];
  if (thing && (!read.asked || known !== said || stands !== known) && !read.wish && !NOT_NOUN.test(thing))
    return stands !== known ? "status" : "pointer";
  // Only the word itself: 「得劲 👌」 with an emoji is a feeling shown.
  if (BARE_NOUN.test(said) && norm === core && !NOT_NOUN.test(said)) return "bare";
  return undefined;
}
