/**
 * A message that wants something of the bot or points at something, but what cannot be told
 * (docs/understanding.md 第十三轮): 「那个数好像不太对」「上回说那事儿咋样了」「你看下这个」「老王让我跟你说一声」
 * 「弄好没」「咋整」「你看着办吧」「我想问一下那个」「木耳」「5」. A careful colleague would ask what is meant,
 * so the bot asks in one line (vague-reply.ts) and stores nothing — unlike social talk, which wants
 * nothing (谢谢、辛苦、哈哈、在忙、吐槽) and is answered. Read on the dialect-folded text (咋整 → 怎么办,
 * 整没整 → 弄没弄, 上趟 → 上次, 瞅 → 看); pure.
 */
export type Vague =
  /** Only pointers (那个、上回那事、这张表) and words about them: what is pointed at is not said. */
  | "pointer"
  /** Someone's message passed on with the message left out (老王让我跟你说一声、领导让我问下你). */
  | "relay"
  /** How something stands or how to do it, with nothing named (弄好没、咋样了、咋整). */
  | "status"
  /** The bot asked to look, handle or decide, with nothing named (你看着办吧、你看一下、按上次说的弄). */
  | "handover"
  /** A noun and nothing about it (木耳), or a bare number (5). */
  | "bare";

/** Most a vague message may be (core characters): longer ones say something. */
const VAGUE_MAX = 16;

/** Fillers and leads said before anything (嗯、那个、就是、喏、还有、对了). */
const LEAD = /^(?:就(?=那|这)|嗯+|恩+|呃+|额|哦+|喏|诶|欸|哎|唉|就是说?|对了|还有)+/;

/**
 * The pointers: a demonstrative (with a measure: 那个、这张、那俩、那两个), a time back (上回、上次、刚才、
 * 之前), someone's side (老张那边的) or someone's word (领导问的、主任说的) before a pointer.
 */
const POINTER =
  /那啥|(?:那|这)(?:个|张|份|件|条|些|俩|两个|几个|几张|笔|块|(?=事|东西|数|表|材料|玩意))|上回|上次|上一次|上个?礼拜|上个?星期|上周|前两天|前几天|那天|刚才|刚刚|之前|前面|前头|后边|后面|老[\u4e00-\u9fff]那边的?|(?:领导|主任|科长|局长|书记|股长|老[\u4e00-\u9fff]|小[\u4e00-\u9fff])(?:问|说|讲|要|提|交代)的/g;

/** Things named only in general (事儿、东西、数、表、情况), and the words around a pointer that add nothing. */
const GENERAL =
  /事儿|事情|事|东西|玩意儿?|数字|数据|数|表|材料|情况|话|活儿?|它|个|就是|就|也|还有|还|再|又|好像|可能|一下|下|你|您|我|的|地|得|说|讲|提|了|过|是|有|吗|吧|啊|呀|呢|嘛|哈|呗|哦|喔|咯|嘞|啦|来着/g;

/** What may be said of the thing pointed at without naming it: look, check, done yet, not right. */
const ABOUT_IT =
  /看|核|有?点?问题|对不上|不太对|不对|有问题|不准|弄|办|搞|做|写|交|报|改|查|问|想|知道|懂|怎么样|咋样|如何|啥|什么|好|完|定|没有?|不|对/g;

/** 老王让我跟你说一声、领导让我问下你: someone's message, the message left out. */
const RELAY =
  /^[\u4e00-\u9fff]{0,4}?(?:让|叫|要|托|喊)(?:我|俺)(?:跟|和|给|同|来)?(?:你|您)?(?:说一声|说声|说下|说一下|讲一声|讲下|带个话|带句话|转告|问下|问一下|问问|问个事|说个事)(?:你|您)?$/;

/**
 * 弄好没、整完了没、搞定没得、好了没、咋样了、怎么办: a state or a way asked with nothing named (a general
 * thing — 数据、材料 — or a pointer may stand before it).
 */
const STATUS =
  /^(?:(?:弄|做|办|搞|写|交|报|核|改|处理|落实)(?:好|完|定|妥|完事)?了?(?:没有?|没得|吗|么|不)|(?:好|完|定|妥|完事)了?(?:没有?|没得|吗|么)|(?:弄|搞)定(?:了)?(?:没有?|没得|吗)?|(?:咋样|怎么样)了?|怎么办|咋办|怎么弄|咋弄|咋搞|怎么搞)$/;

/** 你看着办吧、你看一下、帮我弄下、按上次说的弄: the bot asked to act, with nothing named. */
const HANDOVER =
  /^(?:你|您)?(?:帮我|给我)?(?:看着办|看着弄|看着来|看一下|看下|看看|处理一下|处理下|弄一下|弄下|办一下|按(?:上次|上回|之前|刚才)(?:说|讲)的(?:弄|办|来|搞))$/;

/** Particles closing a request (你看着办吧). */
const CLOSE = /(?:吧|啊|呀|哈|嘛|呗|哦|了)+$/;

/** Cut off before the thing is named: 还有个、另外一个、然后那个 (the lead already read past). */
const CUT_OFF = /^(?:还有|另外|然后)?(?:一|那)?个$/;

/** A social word: whatever is pointed at beside it, the message is talk (谢谢那个、那个谁早). */
const SOCIAL =
  /^(?:那|这)(?:就|也|还)?(?:好|行|算了|样)|谢|辛苦|早|晚安|再见|拜拜|哈哈|笑|冷|热|累|烦|困|饿|忙|吃|喝|睡|玩|下班|上班|回家|开心|快乐|回头|晚点|改天|明天|以后|后面再|再说|再聊|不好意思|抱歉|没(?:啥|什么)?事|没关系|算了|好用|厉害|聪明|机器人|助手|系统|在不|在吗|在么/;

/** A bare noun said alone (木耳、大棚): 2–4 characters, none of them a word of talk or doing. */
const BARE_NOUN = /^[\u4e00-\u9fff]{2,4}$/;
/** Characters that make a short message something other than a bare noun. */
const NOT_NOUN =
  /[了吗呢吧啊呀哦嘛哈啦嘞咯喽呗么的得地着过我你他她它您咱这那谁啥哪几没不别也都还就再又在是有要会能想去来走见看说问等测第好早晚谢嗯哎唉哇喂]|下班|上班|舒服|开心|高兴|难受|郁闷|无聊|不错|厉害|漂亮|完美|舒坦|安逸|给力|辛苦|加油|恭喜|测试/;

/** What the message is, if it wants or points at something it does not name; undefined otherwise. */
export function vagueMessage(norm: string, core: string): Vague | undefined {
  const len = [...core].length;
  if (len === 0 || len > VAGUE_MAX) return undefined;
  // 「5」「#3」: a bare number, nothing said of it (which update, if any, is asked: ask-bare-number.ts).
  if (/^#?\d{1,4}$/.test(core)) return "bare";
  const said = core.replace(LEAD, "") || core;
  if (RELAY.test(said)) return "relay";
  if (SOCIAL.test(said)) return undefined;
  if (HANDOVER.test(said.replace(CLOSE, ""))) return "handover";
  // 「嗯 还有个」「另外那个」: cut off before the thing was named.
  if (CUT_OFF.test(said)) return "pointer";
  const pointed = said.replace(POINTER, "");
  const pointers = pointed !== said;
  const rest = pointed.replace(GENERAL, "");
  if (STATUS.test(rest) && (pointers || rest.length < [...said].length || len <= 6)) return "status";
  if (pointers && rest.replace(ABOUT_IT, "") === "") return "pointer";
  // Only the word itself: 「得劲 👌」 with an emoji is a feeling shown.
  if (BARE_NOUN.test(said) && norm === core && !NOT_NOUN.test(said)) return "bare";
  return undefined;
}
