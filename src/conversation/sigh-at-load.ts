import { intentText } from "./intent-lexicon.js";
import { clausesOf, reportsWork } from "./message-clauses.js";
import { notOwnWork } from "./not-own-work.js";
import { vagueMessage } from "./vague-message.js";
import { workMatter } from "./work-matter.js";
import { FIGURE } from "./work-lexicon.js";

/**
 * 「晚上还得加班，唉」「又要开会 开不完的会」「又要写总结了，一年到头就忙这个😂」「写总结写得脑壳疼」:
 * how the person is — a sigh, or the load of work said as a load (endless, again, all year) — not
 * a report and not something wanted of the bot (docs/understanding.md 第十四轮). Read by structure:
 * a sigh (an interjection or a weary face) beside clauses that report nothing, point at nothing and
 * ask nothing; or a load said evaluatively (V不完、又要…了 with 一年到头/天天 就…, V得 + the body). Pure.
 */

/** A clause that is only a sigh: 唉、哎、哎呀、害、嗐、唉呀妈呀, or weary faces alone. */
const SIGH_CLAUSE = /^(?:唉+|哎+|哎呀+|唉呀+|哎哟|害|嗐|哎呦|呜呜+|唉呀妈呀|哎呀妈呀|心累|服了)$/;
/** Faces of weariness or a wry laugh at one's own load. */
const WEARY_FACE = /😮‍💨|😩|😫|😭|😤|🥲|😓|😥|😔|😞|😒|🤦|😵|🙃|😂|🤣|💔/u;
/** A sigh opening or closing the message (唉 今天…, …唉). */
const SIGH_EDGE =
  /^(?:唉+|哎+|哎呀|唉呀|害|嗐)(?=[\s，,。!！~～…]|$)|(?:^|[\s，,。!！~～…])(?:唉+|哎+|哎呀|唉呀|害|嗐)[。!！~～…]*$/;

/**
 * The load said as a load: endless (开不完、写不完、忙不过来、没完没了), all year or every day with 就/净/尽/光
 * (一年到头就忙这个、天天净开会), come round again (总结季又来了、又到年底了), all kinds of it said alone (各种检查),
 * or the body or head spent on it (写得脑壳疼、坐得腰疼、忙懵圈了、整蒙了、脑瓜子嗡嗡的 — 东北 懵圈/蒙圈 is 懵); a day's overtime said alone (今天加班、周末又得加班).
 */
/**
 * Days or nights of one's own overtime counted (连着加了二十来天班、熬了三个通宵、值了一礼拜夜班): how long the load
 * has lasted (round fifty-four) — its number counts no work.
 */
const OVERTIME =
  /(?:连着|一连|连续|接连)?(?:加|熬|值)了?[一二两三四五六七八九十几\d]+(?:来|多)?(?:天|个|礼拜|星期|周)(?:的)?(?:夜班|班|夜|通宵)/g;
const LOAD =
  /^(?:今天|今晚|今儿|晚上|周末|这周末|礼拜天|星期天|周六|周日|明天|又|又得|还得|又要|还要)+(?:要|得)?加班(?:了|啊|哦|哈|咯|呀|唉|哎)*$|[\u4e00-\u9fff](?:不完|不过来|不赢)(?:的)?|没完没了|(?:一年到头|一天到晚|天天|整天|成天|一天天的?|每天|老是|总是)(?:的)?(?:就|净是|尽是|光是|全是|净|尽|光|都在|都是|只)(?:忙|开会|加班|写|报|填|跑|弄|搞|整|熬)|[开忙干写熬弄搞跑加](?:班|会)?到(?:天黑|半夜|大半夜|后半夜|深夜|凌晨|夜里|十一?点|怀疑人生|崩溃|吐)|(?:一年到头|一天到晚|天天|整天|成天|一上午|一下午|一早上|一晚上|一整天)(?:都)?(?:在)?(?:忙|开会|加班|写|填|跑|熬)|[写坐开忙熬跑看敲填弄搞整](?:得|到)?(?:人|我)?(?:都|快|要|直)*(?:傻|晕|懵|蒙|吐|麻|疯|废|哭)(?:圈|逼)?了|(?:脑瓜子?|脑瓜仁儿?|脑袋|脑子|脑壳)(?:都|直|一直|整天)?嗡嗡(?:的|响)?$|(?:脑瓜子?|脑袋|脑子|脑壳)(?:都|快|已经)?(?:木|僵|锈|糊|懵)(?:掉)?了$|又(?:来|到)了|又到[\u4e00-\u9fff]{1,4}了|^(?:(?:又是|全是|都是|净是|尽是)?各种(?:各样的?)?[\u4e00-\u9fff]{1,4}?)+$|[写坐开忙熬跑看敲](?:得|到)(?:脑壳|脑袋|脑阔|脑仁儿?|头|腰|眼睛?|手|腿|脖子)(?:都|也|快)?(?:要)?(?:疼|痛|大|花|酸|麻|炸|裂|晕)/;

/**
 * The load said as a pile (堆得跟山一样、堆成山了、摞得像座山、多得跟山似的): a sigh at it like 写不完 (blind80, 盐城);
 * or by its measure said twice (一摞一摞的、一沓沓的、成堆成堆的: 东北 and everywhere, blind83).
 * A pile with a figure is work (FIGURE is checked first).
 */
const PILE =
  /(?:一|成)([摞沓堆叠捆摊])(?:一|成)?\1|(?:堆|摞|压|积)(?:得|了|起来)?(?:跟|像|和|同|如)(?:一?座)?(?:小)?山(?:一样|似的|样|一般)?|(?:堆|摞|积|压)成(?:了)?(?:一?座)?(?:小)?山|多得(?:跟|像|和)(?:一?座)?山(?:一样|似的)?/;

/** A chore ahead of oneself, nothing done yet (又要写总结了、晚上还得加班、明早还要去乡里). */
const CHORE_AHEAD =
  /^(?:今天|今儿|今晚|晚上|明天|明早|明儿|下午|周末|这周|下周)?(?:个)?(?:又|还|快|马上|眼看|就)?(?:要|该|得)(?!到)/;

/** Most a sigh may be (core characters). */
const SIGH_MAX = 30;

/** Whether the message is a sigh or the load of work sighed at, with nothing reported, pointed or asked. */
export function sighAtLoad(norm: string, core: string): boolean {
  // 「一天到晚填表」「一年到头就忙这个」「材料一摞一摞的」: the idiom's 一 counts nothing, nor a measure said twice.
  const uncounted = norm
    .replace(/一天到晚|一年到头|一天天|(?:一|成)([摞沓堆叠捆摊])(?:一|成)?\1/g, "")
    .replace(OVERTIME, "");
  if ([...core].length > SIGH_MAX || FIGURE.test(uncounted)) return false;
  if (/[?？吗么]|怎么|咋/.test(norm)) return false;
  const clauses = clausesOf(norm)
    .map((c) => c.trim())
    .filter((c) => c !== "");
  const sighs = clauses.filter((c) => {
    const core = intentText(c).core;
    const overtime = core.replace(OVERTIME, "") === "" && core !== "";
    return SIGH_CLAUSE.test(core) || LOAD.test(core) || PILE.test(core) || overtime;
  });
  const rest = clauses.filter((c) => !sighs.includes(c));
  if (sighs.length === 0 && !SIGH_EDGE.test(norm) && !WEARY_FACE.test(norm)) return false;
  // What else is said must report nothing and point at nothing: 「唉 今天又跑了3个村」 is a report,
  // 「唉 那个表咋整」 asks what is meant; a chore ahead (又要写总结了、晚上还得加班) reports nothing done.
  const plain = (c: string) => {
    const t = intentText(c.replace(SIGH_EDGE, ""));
    if (t.core === "") return true;
    return (
      (CHORE_AHEAD.test(t.core) || !reportsWork(t.norm)) &&
      vagueMessage(t.norm, t.core) === undefined &&
      workMatter(t.norm) === undefined &&
      notOwnWork(t.norm) === undefined
    );
  };
  return rest.every(plain);
}
