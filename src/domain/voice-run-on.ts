/**
 * Voice-to-text input: staff dictate into Feishu and the message arrives as one long run with no
 * punctuation, an opener (「那个我说一下啊就是」), fillers (嗯、那个、吧) and discourse words where a
 * typist would put a comma (然后、还有就是、另外、再一个、问题的话、困难是、明年…). A careful colleague
 * hears the pauses: this file puts commas at those turns so the ordinary clause rules read each
 * part on its own, and tidies the spoken heads off each clause afterwards. Only a long run with no
 * punctuation at all is touched; a typed message reads exactly as before.
 */

import { pieceKind } from "./clause-kind.js";
import { withoutProblemHead } from "./problem-head.js";
import { AND_ALSO } from "./and-also.js";

const HAN = /[\u4e00-\u9fff]/g;
/** Any mark a typist would have put: a message with one of these is not a voice run. */
const TYPED = /[，,。；;！？!?、：:“”「」《》（）()\n]/;
/** Shorter dictations (「上午开会传达了县里的文件下午把材料报上去了」) read well enough as they are. */
const MIN_HAN = 40;

/** A shorter dictation still turns at these (「…新认定了八家然后项目那边…」). */
const SPOKEN_TURN = /然后|还有就是|另外|问题是|问题的话|困难是/;
const MIN_HAN_WITH_TURN = 24;

/** A message dictated in one breath: long, and no punctuation anywhere in it. */
export function isVoiceRun(text: string): boolean {
  if (TYPED.test(text)) return false;
  const han = (text.match(HAN) ?? []).length;
  return han >= MIN_HAN || (han >= MIN_HAN_WITH_TURN && SPOKEN_TURN.test(text));
}

const CN_NUM = "一二两三四五六七八九十几";

/** 「那个我汇报一下啊就是」「嗯说一下我们团委这边」「领导好我汇报下这周工作啊」 at the start: no work in it. */
const OPENER = new RegExp(
  // 「王局」「李科长好」: the person spoken to, by surname and title.
  "^(?:(?:喂|嗯+|呃|好的|好|那|那个|领导好|各位领导好|各位领导|领导|[\\u4e00-\\u9fff](?:局长?|科长?|主任|书记|部长|镇长|县长|站长|所长)好?)\\s*)*" +
    // 「各位领导我是王芳今天…」: who is speaking, before the day's work.
    // 「各位领导我是东城社区的小刘今年…」: the speaker, however long the name, before the time.
    "(?:我是[\\u4e00-\\u9fff]{2,12}?(?=今天|今年|这周|本周|上周|这个月|本月|昨天)|" +
    // 「我把这个月的情况说一下」「我先把今年全年的捋一下」: saying what is about to be said.
    "(?:我们?|咱们?)?先?把[\\u4e00-\\u9fff]{0,8}?(?:说|讲|汇报|捋|报)一?下(?:啊|哈|呀|吧)?\\s*(?:就是)?|" +
    "(?:(?:我们?|咱们?)(?:[\\u4e00-\\u9fff]{1,3}?(?:这边|里))?)?(?:简单|先)?(?:跟大家|给大家|和大家|跟领导|给领导|向领导|跟你|给你|向你|跟您|给您|向您)?" +
    "(?:汇报|说|报|讲|通报)(?:一下|下)(?:我们?[\\u4e00-\\u9fff]{0,3}?(?:这边|的情况|情况)|(?:这周|本周|这个?礼拜|这个?星期|上周|上个?礼拜|这个月|本月|上个月|这段时间|这两天|今年|今天)的?(?:工作情况|工作|情况)?|(?:工作情况|工作|情况))?" +
    "(?:啊|哈|呀|吧)?\\s*(?:就是)?)\\s*(?=[\\u4e00-\\u9fff])",
);

/** Where a typist would put a comma: before a discourse word that starts a new clause. */
const TURN = new RegExp(
  `(?<=[\\u4e00-\\u9fff\\d%]{2})(?<!主要|最大|最大的|存在的)(?=然后|还有就是|再一个|再就是|另外|(?<!个)(?:主要|最大的?)?(?:问题|困难|难处|难点)(?:呢|啊)?(?:主要)?(?:的话|是|就是)|不足的是|存在的问题|此外|接下来)` +
    // 「…座谈会还有我们今年选派了…」: an "and also" 还有 opens one more thing told (and-also.ts).
    `|(?<=[\\u4e00-\\u9fff\\d%]{2})(?<!然后|另外)(?=(?:然后|另外)?${AND_ALSO})` +
    // 「…60多个有个问题就是…」: the head announced with 有个 turns before 有个, not inside it.
    `|(?<=[\\u4e00-\\u9fff\\d%]{2})(?<!然后|然后呢|就是|还|也)(?=(?:还|也)?有一?个(?:主要|最大的?)?(?:问题|困难|难处|难点)(?:呢|啊)?(?:主要)?(?:的话|是|就是))` +
    // A list said aloud: 「…三个事情一个是…第二个是…第三个是…」.
    `|(?<=[\\u4e00-\\u9fff\\d]{4})(?=一个是|第[二三四五六七八九十]个?是|另一个是)` +
    // A time ahead or an intention after a finished clause: 「…不配合下周要跟…」「…卡住了争取年底前…」 — not
    // the time a decision was about (「例会定了下个月的培训计划」「研究了明年的重点」: its object), nor the time
    // waited for (「剩下六处得等开春化冻了再弄」: 等 + a time is one clause); 八月底前 is one time, not 八|月底前.
    `|(?<=[\\u4e00-\\u9fff\\d%]{4})(?<!计划|打算|准备|想|要|拟|将|争取|力争|的|在|和|或|到|至|是|等|定了|订了|定下了|研究了|部署了|布署了|安排了|讨论了|商量了|明确了)(?=下一步|下步|明年|下个?月|下周|下个?礼拜|下个?星期|过(?:两|几|一两)天|下半年|下学期|年底前|(?<![\\d一二三四五六七八九十])月底前|过完年|开春|(?<!过)年前|(?:后面|后续|之后|回头)(?=打算|准备|计划|想|要|再(?!核|查|问|确认|对|算|补|统计|落实|报))|(?:春节|元旦|寒假|过年)(?:前|后|期间))` +
    // A figure not known yet said after a count: 「建了示范基地若干个具体数字我回头再核一下」.
    `|(?<=[\\u4e00-\\u9fff\\d]{4})(?=具体(?:的)?(?:数字|数据|数|多少|人数|面积|金额|情况|几个))` +
    // A second job of a plan: 「明年打算搞个考核办法再新建两个示范基地」.
    `|(?<=[\\u4e00-\\u9fff]{6})(?<![要想能就也还又]|打算|计划|准备|争取|力争|把[\\u4e00-\\u9fff]{1,4})(?=再(?:把|新建|新增|建|招|办|搞|争取|培育|推广|组织|开展|培训|修|改造))` +
    // What is left after a count: 「整改到位110个剩下的22个…」.
    `|(?<=[\\d${CN_NUM}百千万][多余]?[\\u4e00-\\u9fff]?)(?=剩下的?[${CN_NUM}\\d]|还剩|其余的?[${CN_NUM}\\d])` +
    // An intention right after something finished: 「…卡住了争取年底前再完成两个」.
    `|(?<=[了着])(?=(?:打算|准备|计划)(?![了的好])|争取(?![到了])|力争)` +
    // Only the subject turns: 「桃园村基本完工了新庄村还差一点」 — after a finished clause, a new
    // place as the subject of what follows, not the object of a verb of going (去了柳河乡还有…).
    `|(?<=[\\u4e00-\\u9fff]{2}了)(?<![去到跑访看进来回]了)(?=[\\u4e00-\\u9fff]{1,4}?(?:村|镇|乡|社区|小区|街道|园区|学校|小学|中学|医院|卫生院|企业|厂)(?:这边|那边|那里|这里|那个)?(?:还(?!有)|也|都|已经|已|基本|目前|现在|刚|才|没|正在|又|仍|就)(?!是))`,
  "g",
);

/** 「吧 啊 哈 呀」 end a phrase mid-run; 「嗯」「呃」 fill a pause anywhere (农民工工资嗯讨回来). */
const PAUSE = /(?<![酒网氧])吧(?!台)|啊|(?<!哈)哈(?![尔密])|呀/g;
const FILL = /嗯+|呃+/g;

/** 「那个」 said while looking for the word (我们那个特派员、然后那个高标准农田), not a count. */
const THAT = /(?<![\d哪])那个(?=[\u4e00-\u9fff])/g;

/** A spoken head at a clause's start: discourse words and the 「问题的话就是」 kind that names a problem. */
const HEAD = new RegExp(
  `^(?:然后|还有就是|再一个就是|再一个|再就是|此外|另外(?![${CN_NUM}\\d])|(?:主要|最大的?)?(?:问题|困难|难处)(?:呢|啊)?(?:主要)?(?:的话(?:就是)?|是|就是)|不足的是|存在的问题(?:是|就是)?|就是)+`,
);

/**
 * The run with commas where the speaker turned and the fillers out; undefined when `text` is not
 * a voice run. The head of each piece stays (「问题的话就是…」 says the piece is a problem) until
 * {@link tidyVoiceClause} takes it off the classified clause.
 */
export function punctuateVoiceRun(text: string): string | undefined {
  if (!isVoiceRun(text)) return undefined;
  const t = text
    .trim()
    .replace(OPENER, "")
    .replace(THAT, "")
    .replace(FILL, "")
    // 「嗯那个就是这个礼拜…」: 就是 left at the start once the fillers are out is one more filler, not the 就是
    // that turns to a problem; so is 「就是说…」 (I mean), unless it says what is about to be said (就是说一下).
    .replace(/^\s*就是(?:说(?!一?下|说))?/, "")
    .replace(/\s+/g, "，")
    .replace(TURN, "，")
    .replace(PAUSE, "，");
  return (
    t
      .split("，")
      .flatMap(cutAfterCount)
      .flatMap(cutBeforeTurn)
      .map((p) =>
        // 「然后就是那个农村饮水这块…」: 然后就是 is one spoken 「and then」, not the 就是 that turns to a problem.
        p.replace(
          /^(?:(?:然后就是|然后|还有就是|此外|再一个|再就是|一个是|第[二三四五六七八九十]个?是|另一个是)(?:呢(?=[\u4e00-\u9fff]))?)+/,
          "",
        ),
      )
      // 「…申报了高企另外下个月准备…」: 另外 left alone between two turns says only "and".
      .map((p) => p.replace(/^另外$/, ""))
      .filter((p) => p.length > 0)
      .join("，")
  );
}

/** A count and what it counts (up to a few characters of noun): 「四十二名」「二十多场邻里活动」「三个」. */
const COUNT_BEFORE = new RegExp(
  `[\\d${CN_NUM}百千万亿][多余来]?(?:[个名家户亩人项场次期台套元处所座条件批份本册只吨位起篇公里]|人次|批次|场次)(?!是)[\\u4e00-\\u9fff]{0,6}$`,
);
/**
 * Where a new job starts after a count in one breath: a verb of work (「…四十二名覆盖了…」「…二十多场
 * 邻里活动新增了…」), a measure of the job (「…三个面积是…」) or a time of its own (「…一个老年食堂每天有…」).
 */
const NEW_PHRASE =
  /(?<![的和及并等在与跟把被给没未不])(?:新增|新建|新开|新招|新认定|建了|建成|修了|办了|搞了|开了|开展|组织了|举办|走访|慰问了|带动|覆盖|联系了|惠及|完成了|陪训|培训了|查办|查处|调解了|受理|接待|引进|推广|签约|争取到|追回|救助了|安置|接收|每天|每月|每年|每周|全年|面积|总面积|总投资|其中|累计)/g;

/**
 * A job told as its object, its verb and its count, right after another count: 「…公文一千二百多件
 * 安全生产检查二十次」 — the new job starts after the measure word.
 */
const OBJECT_VERB_COUNT = new RegExp(
  `(?<=[\\d${CN_NUM}百千万亿][多余来]?(?:[个名家户亩人项场次期台套处所座条件批份本册只吨位起篇]|人次|批次|场次))(?=[\\u4e00-\\u9fff]{2,8}?(?:检查|排查|巡查|督查|抽检|培训|走访|调解|接待|办理|发放|举办|开展|组织|慰问|救助|宣传|演练|提高到|提升到|增加到|增长到|达到|突破|控制在)[\\d${CN_NUM}百千])`,
  "g",
);

/**
 * A co-verb and the count it takes (给三家企业、帮12家小微企业、把十二个村), or the place the work was done in
 * (在三个乡镇、到5个村、深入12个社区), at the end of a piece.
 */
const CO_VERB_COUNT = new RegExp(
  `(?:给|(?<![行作成认因以称更])为|帮|替|把|将|跟|同|(?<![所存现实好正内外自])在|(?<![达提高升增长减少降回直])到|(?<![过回出失下上进])去|赴|深入|走进)(?:全[县乡镇市区村])?[\\d${CN_NUM}百千万亿廿]+[多余来]?[^\\d${CN_NUM}]{1,7}$`,
);

/** 「跟市场监管局一起开展了…」「跟村里一块走访了」: 一起/一块 right before the verb is together, not a count (十一起 is one). */
const TOGETHER = new RegExp(`(?<![\\d${CN_NUM}百千万])一(?:起|块)$`);

/** Cut one voice piece before each new job that follows a count. */
function cutAfterCount(piece: string): string[] {
  const at = [
    ...[...piece.matchAll(NEW_PHRASE)]
      .filter((m) => COUNT_BEFORE.test(piece.slice(0, m.index)) && !TOGETHER.test(piece.slice(0, m.index)))
      .map((m) => m.index),
    ...[...piece.matchAll(OBJECT_VERB_COUNT)].map((m) => m.index),
  ].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const i of at) {
    if (i - from < 4 || !COUNT_BEFORE.test(piece.slice(from, i))) continue;
    // 「上个月给三家企业办了辅导」: a count that is the object of a co-verb is no job of its own; its verb follows.
    if (CO_VERB_COUNT.test(piece.slice(from, i))) continue;
    out.push(piece.slice(from, i));
    from = i;
  }
  out.push(piece.slice(from));
  return out;
}

/** 「…每天有六十多位老人来吃饭就是场地太小了坐不下」: 就是 (but) before a problem turns the talk. */
function cutBeforeTurn(piece: string): string[] {
  const m =
    /(?<=[\u4e00-\u9fff\d]{4})(?<![也那这要不就还都是主])(?<!的话|问题|困难|难处|再一个|还有)就是(?!说)/.exec(
      piece,
    );
  if (!m) return [piece];
  const rest = piece.slice(m.index + m[0].length);
  if (pieceKind(rest) !== "problem") return [piece];
  return [piece.slice(0, m.index), ...cutBeforeTurn(piece.slice(m.index))];
}

/** A clause of a voice run as a colleague would write it down: 「问题的话就是人手太少了」 → 「人手太少了」. */
export function tidyVoiceClause(text: string): string {
  // Each piece the clause was merged from (「夜市摊贩反复回潮，困难是人手太少」) loses its own head.
  const t = text
    .split("，")
    .map((p) => {
      const bare = withoutProblemHead(p).replace(HEAD, "");
      return /[\u4e00-\u9fff]{2}/.test(bare) ? bare : p;
    })
    .join("，")
    .replace(/[，,\s]+$/, "");
  return /[\u4e00-\u9fff]{2}/.test(t) ? t : text;
}
