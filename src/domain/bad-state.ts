/**
 * A bad state of a thing said as the clause's predicate, in the spoken ways the older word lists
 * (clause-kind.ts BAD_PREDICATE) missed (docs/extraction.md, 第二十八轮, kind28) — what writers from
 * many regions say after work done, with no problem word:
 * - a spoken degree word before an adjective of a bad state: 电费好贵、电脑可老了、周转房可小了、教室贼冷、
 *   手续倍儿麻烦、路冬天贼难走 (the 了 after it is exclamative, nothing done);
 * - a measure that is bad when it is big: 库房湿度大、工作量太大;
 * - a thing done too shallow or narrow: 管线埋得浅、路修得太窄;
 * - only the speaker (or two) to do it: 技术员就俺一个、会开车的就我们俩;
 * - most of those counted are the bad part: 视力不过关的占了大头、不会用手机的居多;
 * - those who came are mostly old or retired: 学员多半是退休的、来听的好多是阿公阿婆.
 * Small (影响小、风险小) and good words are no bad state.
 */

const DEGREE = "(?:可|好|太|忒|贼|老|挺|蛮|很|真|怪|倍儿|特别|非常|相当|有点儿?|有些|比较|实在)";
const BAD_ADJ =
  "(?:小|老|冷|潮|挤|吵|闷|陡|滑|浅|窄|旧|破|远|偏|贵|难[走行办搞弄找]?|脏|乱|差|慢|麻烦|费劲|费事|吃力|简陋)";
/** The degree word and the adjective close the clause (an exclamative 了、啊、着呢 may follow). */
const SPOKEN_BAD = new RegExp(`${DEGREE}${BAD_ADJ}(?:了|得很|得要命|得不行|啊|呀|哇|着呢|死了)?$`);
/** Things whose being small, few or low is good, not bad. */
const SMALL_IS_GOOD = /(?:影响|风险|损失|误差|差距|压力|难度|成本|污染|噪音|偏差|波动|隐患)[^，。；]{0,3}$/;
/** A measure that is bad when big: 湿度大、工作量太大. */
const BIG_IS_BAD = new RegExp(
  `(?:湿度|潮气|温差|噪音|坡度|工作量|任务量|劳动强度|负担|缺口|开销|流动性|人员流动)${DEGREE}?大(?:了|得很|着呢)?$`,
);
/** Done too shallow, narrow or sloppy: 埋得浅、修得太窄. */
const DONE_BADLY = new RegExp(`[\\u4e00-\\u9fff]得${DEGREE}?(?:浅|窄|矮|松|薄|潦草|马虎|粗糙)$`);
/** Only the speaker, or two: 就俺一个、只有我们俩. */
const ONLY_US =
  /(?:就|只有|只|才|就剩)(?:俺|我|咱)(?:们|俩)?(?:一个|俩|两个|仨|三个|[一两二三]个人)?(?:人)?(?:在[\u4e00-\u9fff]{1,3})?$/;
/** Most of them are the part singled out by its 的-phrase: 视力不过关的占了大头、不会用手机的居多. */
const MOST_ARE =
  /^(?:[^，。；]{0,6}?[，,]?)?([^，。；的]{2,10})的(?:占了?|占到)(?:大头|多数|大多数|绝大多数|一大半|大半)$|^([^，。；的]{2,10})的居多$/;
/**
 * The share a part takes, the part singled out by its 的-phrase (README: 「…的占了多少」 is the bad part):
 * 血压高的占了一小半、五十五往上的就占了七成、重复访的占了快一半 — any share (一小半、快一半、七成、三成多、40%).
 * The set it is part of may open the clause (走访的企业里研发投入是零的占了三成: a zero is a bad part, fig38).
 */
const SHARE_OF_PART = new RegExp(
  "^(?:[^，。；]{0,12}?(?:[，,\\s]|(?<=[\\u4e00-\\u9fff]{2})[里中]))?(?!其中)([^，。；的\\s]{2,10})的(?:就|也|都|还|倒)?(?:占了?|占到)(?:快|近|将近|差不多|接近|大概|约|有|足足)?" +
    "(?:一小半|小半|一大半|大半|一半|大头|多数|大多数|绝大多数|[\\d一二两三四五六七八九十几]+(?:\\.\\d+)?(?:成半?|%|个?百分点)?|百分之[\\d一二两三四五六七八九十几点]+)(?:多|左右|以上)?$",
);
/**
 * A part named by a bad property: too high or low (血压高、血糖偏高、高血压), over a line (超标、超龄), repeated, overdue,
 * ill, or an age above; a return filed as zero, left out or wrong (填零的、漏报的、填错的, fig40c). 高、低、超 inside a
 * name (高企、高中以上学历、低保户、超市) say nothing bad of it.
 */
const BAD_PART =
  /(?:偏|过|太|较)?[高低]$|偏[高低大小胖瘦远少多]|(?:是|为|等于)[零0]$|(?:填|报)了?[零0]$|零申报|漏(?:报|填)|(?:填|报)错|空着|高血[压糖脂]|超(?:标|重|期|龄|支|载|时)|重复|反复|过期|逾期|异常|阳性|肥胖|超重|患|病|(?:岁|往上|以上|开外)$|^(?:[\d一二两三四五六七八九十]+)(?:岁)?(?:往上|以上|开外)/;
/**
 * Damage or decay named in the part (沙化的、日灼果、烂果、冻死的、撂荒的): the share it takes is a loss, with its 的 or
 * without (日灼果占了快一半); and a loss told by its share (死了快一半、冻坏了三成、减产了两成).
 */
const DAMAGED =
  /沙化|退化|盐碱化|撂荒|荒废|闲置|空置|损毁|破损|霉|[烂坏枯]|死(?!角)|灼|冻伤|冻坏|虫害|病株|病果|裂果|落果/;
const SHARE =
  "(?:快|近|将近|差不多|接近|大概|约|有|足足)?(?:一小半|小半|一大半|大半|一半|[\\d一二两三四五六七八九十几]+(?:\\.\\d+)?(?:成半?|%)|百分之[\\d一二两三四五六七八九十几点]+)(?:多|左右|以上)?$";
const DAMAGED_SHARE = new RegExp(
  `(?:^|[，,\\s])([^，。；\\s]{2,10}?)的?(?:就|也|都|还)?(?:占了?|占到)${SHARE}`,
);
const LOST_BY_SHARE = new RegExp(
  `(?:死|冻死|旱死|淹死|枯死|烂|坏|冻坏|减产|绝收|毁|损失)了?(?:得有|有)?${SHARE}`,
);

/** Those who came or enrolled are mostly old or retired: 学员多半是退休的、来听的好多是阿公阿婆. */
const CAME_OLD =
  /(?:学员|参训的?|参加的|来的|来听的|听课的|报名的|到场的)[^，。；]{0,2}?(?:都是|大多是|多半是|基本上?都?是|全是|多是|净是|好多是|大部分是|一大半是)[^，。；]{0,4}?(?:退休|老人|老年人|老头|老太|阿公|阿婆|大爷|大妈|婆婆|岁数大|上了年纪)/;

/** `t`: the clause trimmed of its closing punctuation; `reread` reads a 的-phrase on its own. */
export function badState(t: string, reread: (s: string) => string | undefined): boolean {
  const s = t.replace(/[，,。.！!？?~～\s]+$/u, "");
  const spoken = SPOKEN_BAD.exec(s);
  if (spoken && !SMALL_IS_GOOD.test(s.slice(0, spoken.index + 2))) return true;
  if (BIG_IS_BAD.test(s) || DONE_BADLY.test(s) || ONLY_US.test(s) || CAME_OLD.test(s)) return true;
  const share = SHARE_OF_PART.exec(s);
  const sharePart = share?.[1] ?? "";
  if (
    share &&
    (BAD_PART.test(sharePart) ||
      /^(?:没|冇|无|未|不)(?!错)/.test(sharePart) ||
      // The thing lacked said first: 知识产权没有的、医保没交的、研发辅助账没建的.
      /[\u4e00-\u9fff]{2}(?:没有?|冇|未|不)(?!错)[\u4e00-\u9fff]{0,2}$/.test(sharePart) ||
      reread(sharePart) === "problem")
  )
    return true;
  const damaged = DAMAGED_SHARE.exec(s);
  if ((damaged && DAMAGED.test(damaged[1] ?? "")) || LOST_BY_SHARE.test(s)) return true;
  const most = MOST_ARE.exec(s);
  const part = most?.[1] ?? most?.[2];
  return part !== undefined && (reread(part) === "problem" || /^(?:没|冇|无|未|不)(?!错)/.test(part));
}
