import { labelWithTopic, topicHead } from "../conversation/card-label-topic.js";
import { WRITTEN } from "./spoken-counts.js";
import { AREA } from "./spoken-frames.js";

/**
 * draft45: a one-character spoken verb (宣传册这块，印了两千来本; 明白纸那块，发了三千多张) is written as the draft writes it
 * before a count (spoken-counts.ts 印了 → 印制, count-either-way.ts 发了 → 发放), and that verb takes the topic: 印制宣传册、
 * 发放明白纸、张贴海报 — the card writes the same label (card-label-written.ts, then labelWithTopic).
 */
const SPOKEN_VERB: Record<string, string> = { ...WRITTEN, 发: "发放", 开: "召开", 办: "举办", 评: "评选" };

/**
 * draft44b: a topic said before a bare verb and its count (「科技特派员这块，今年选派了十二个」) — the frames pass
 * (spoken-frames.ts) drops the topic as a chat tag and the draft read 「选派了12个」, of nothing. The card writes it
 * verb first since card44 (card-label-topic.ts labelWithTopic): 选派科技特派员 12个. The draft now joins it the same
 * way, with the card's own rule, before the frames are dropped: 「选派科技特派员十二个，…」. Only when the first clause
 * after the tag is a time word, a verb and a count with nothing after the count (「检查了九家企业」 says what it counted:
 * left to the frames pass); a speaker or a whole field (我们这边、党建方面) and a place with a verb not done to it
 * (食用菌基地那边，指导了) are left as before, as on the card.
 */

/**
 * A time word and 俺们/我们 (either order), the verb, 了, then a count and one measure word ending the clause — at a
 * space too; draft56: 本月、这个月、本季度 as well (draft49: voice input 「今年项目这块 立项了五个 争取资金一百三十万」 read 「立项5个，…」 with no subject).
 */
const VERB_COUNT =
  /^((?:今年以来|今年|全年|上半年|下半年|本月|这个月|本季度|去年|明年|来年|下一步|我们|我局|咱们|俺们|全县|全镇|全乡|全市|全区){0,2})((?:再|还要|还|要|打算|准备|计划)?)((?:[\u4e00-\u9fff]){1,6}?)了?((?:约|近|共|大概|差不多)?[\d零〇一二两三四五六七八九十百千万几.]+(?:多|余|来)?(?:个|份|张|家|件|项|名|人|户|次|场|期|本|所|座|处|台|套|批|篇|条|位|支|株|亩|册|部|间|趟|回|轮|斤|公斤|吨|头|只|棵|万元|万|亿元|元)(?:多|来|左右)?)(?=[，,。；;！？!?\s]|$)/u;

/** draft46: 「帮企业报」 — the helping verb and a one-character 报 as the draft writes them (帮助企业申报), so the topic joins. */
function helpedWritten(verb: string): string | undefined {
  const m = /^(?:帮助?|协助)(企业|合作社|农户|学校)报$/u.exec(verb);
  return m ? `帮助${m[1]}申报` : undefined;
}

/**
 * draft50: a verb done, then a count, in the first clause after the tag (查了企业二十三家、关了两个小矿、巡山巡了三百多趟):
 * when the topic cannot be joined to the verb as its object (the verb has an object of its own, or is no bare verb), the
 * frames pass took the tag for chat and the topic was lost (「检查企业23家」 of what?). A topic that is a thing, not a
 * whole line of work the heading names (spoken-frames.ts AREA), is kept before the clause as 「X方面，」.
 */
// draft51: 过 as well (电子秤全部校过一次、全县一百零六间都睇过一遍).
// draft52: or a verb as a 公文 writes it, then its object and count, with no 了 (非遗这块 认定县级传承人二十三个、文化市场这块
// 检查网吧歌厅八十二家次、全民健身这块 新装健身路径六十套): the topic is lost all the same.
// draft54: 接待/演出 too, with the count right after the verb (英歌舞这块 外出演出二十几场、乡村旅游这块 接待游客…), and
// after a part of the year or a holiday (上半年接待游客、春节外出演出).
// draft55: a technique put to use, then how far it reached in the next clause (黄山毛峰这块 推广绿色防控技术 覆盖茶园一万二千亩).
const DONE_COUNT =
  /^[^，,。；;\s]{0,12}?[了过][^，,。；;\s]{0,8}?[\d零〇一二两三四五六七八九十百千万几]|^(?:今年|全年|上半年|下半年|春节期间|春节|国庆期间|国庆|暑期|节假日)?(?:新|共|累计)?(?:签约|接种|筛查|随访|派驻|设立|认定|检查|抽查|新建|新装|新增|建成|评定|创建|打造|推出|安装|改造|修缮|命名|挂牌|认证|备案|登记|接待|外出演出|演出)[^，,。；;\s\d]{0,10}?[\d零〇一二两三四五六七八九十百千万几]|^(?:今年|全年|上半年|下半年)?(?:推广|推行|引进|示范推广|实施|应用)[^，,。；;\s\d]{2,12}[，,\s]+(?:覆盖|面积|带动|辐射|惠及)[^，,。；;\s]{0,6}?[\d零〇一二两三四五六七八九十百千万几]/u;
/** Events a spoken 搞/弄/整 holds (防汛演练这块 全县搞了六十多场 → 开展防汛演练). */
const EVENT_TOPIC = /(?:演练|培训|宣传|活动|讲座|竞赛|比赛|检查|排查|督查|巡查|宣讲|会议)$/u;

function topicKept(sentence: string, head: { topic: string; rest: string }): string | undefined {
  if (AREA.test(head.topic) || head.rest.includes(head.topic) || !DONE_COUNT.test(head.rest))
    return undefined;
  const before = sentence.slice(0, Math.max(0, sentence.indexOf(head.topic)));
  // draft53: 「疫苗接种这块 接种2万多剂次」「家庭医生签约这块 今年签约居民…」: the clause's verb ends the topic — one name.
  const time = /^(?:今年|全年)?/u.exec(head.rest)?.[0] ?? "";
  if (head.topic.length > 2 && head.rest.startsWith(head.topic.slice(-2), time.length))
    return `${before}${time}${head.topic}${head.rest.slice(time.length + 2).replace(/^了/u, "")}`;
  // draft55: 「英歌舞这块 外出演出二十几场」 — who performed is the topic: 英歌舞外出演出20余场, not 「英歌舞方面，外出演出」.
  if (
    /^(?:今年|全年|上半年|下半年|春节期间|春节|国庆期间|国庆|暑期|节假日)?(?:外出演出|演出|巡演)/u.test(
      head.rest,
    )
  )
    return `${before}${head.topic}${head.rest}`;
  return `${before}${head.topic}方面，${head.rest}`;
}

/** One sentence with its topic joined to the verb it is the object of, or as said. */
function sentenceJoined(said: string): string {
  const sentence = pausedAfterTag(said);
  const head = topicHead(sentence);
  if (!head) return said;
  const m = VERB_COUNT.exec(head.rest);
  if (!m) return topicKept(sentence, head) ?? said;
  // draft45: a plan's time and modal (明年再印三千本) stay before the joined verb: 明年再印制宣传册3000本.
  const [whole, lead = "", modal = "", verb = "", count = ""] = m;
  const time = lead.replace(/我们|我局|咱们|俺们/gu, "");
  const held = /^(?:搞|弄|整)$/u.test(verb) && EVENT_TOPIC.test(head.topic) ? "开展" : undefined;
  const written = held ?? SPOKEN_VERB[verb] ?? helpedWritten(verb) ?? verb;
  const label = labelWithTopic(written, head.topic);
  if (label === written) return topicKept(sentence, head) ?? said;
  return `${time}${modal}${label}${count}${head.rest.slice(whole.length)}`;
}

/**
 * draft46: voice input leaves out the pause after the tag (「食用菌这块推广了八百亩」「示范户那块评了三十户」); the topic is
 * read the same when a verb and a count ending the clause follow the tag at once — anything else after it (「这块推广得
 * 不错」, 「那块地」) is no tag and stays as said.
 */
const UNPAUSED = /^([\u4e00-\u9fff]{2,10}?(?:这块儿?|那块儿?|这边|那边))(?=[\u4e00-\u9fff])/u;

function pausedAfterTag(sentence: string): string {
  if (topicHead(sentence)) return sentence;
  const m = UNPAUSED.exec(sentence);
  if (!m) return sentence;
  const paused = `${m[1]}，${sentence.slice(m[0].length)}`;
  const head = topicHead(paused);
  return head && VERB_COUNT.test(head.rest) ? paused : sentence;
}

/** draft50: 「下一步危化品这块还要盯紧点」 — keep a close watch on the topic: 进一步加强危化品监管 (the tag would drop it). */
const WATCHED =
  /(^|[，,。；;\s])(下一步|下步|明年|今后)?([\u4e00-\u9fff]{2,8}?)(?:这块|那块|这边|那边|方面)?(?:还|也)?(?:要|得)?盯(?:紧|牢)(?:点|一点|些|一些)?(?=$|[，,。；;！？!?\s])/gu;

export function topicJoined(text: string): string {
  return text
    .replace(WATCHED, (_m, lead: string, time = "", what: string) => `${lead}${time}进一步加强${what}监管`)
    .split(/(?<=[。；;！？!?\n])/u)
    .map((s) => {
      const lead = /^\s*/u.exec(s)?.[0] ?? "";
      return lead + sentenceJoined(s.slice(lead.length));
    })
    .join("");
}
