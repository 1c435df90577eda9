import type { Figure } from "../domain/update.js";
import { dialectWritten } from "../drafting/dialect-written.js";
import { ATTENDED, eventBefore } from "./card-label-before.js";
import { placeActivity, plannedAt } from "./card-label-place.js";
import { leadTopic } from "./card-label-lead.js";
import { objectWithTopic } from "./card-label-object.js";
import { organisedFor } from "./card-label-organised.js";

/**
 * card44: a figure's label that is only a verb (登记、选派、新建、验收、新认定…) counts the thing said as the clause's topic
 * before it — 「技术合同这块，登记了十八份」 is 18 contracts registered, but the card showed 「登记 18份」 of nothing. The domain
 * joins the topic only to verbs of holding an event (figure-label-topic.ts, 举办了X); on the card the topic now joins any
 * such verb: the verb, then the topic (登记技术合同 18份, 选派科技特派员 12个); an outcome after it (技术合同这块…立项了、
 * 通过了) reads topic first (县级项目立项 15个). Only the card's display: what is stored stays as said.
 */

/**
 * A topic opening an item: the words before 这块、那边、方面… and a pause; 今年、我们 before it are no part of it. draft56: a
 * time word straight after the tag is a pause too (「高企申报这块本月新增认定3家」).
 */
const TOPIC_HEAD =
  /^(?:今年|全年|本年|上半年|下半年|我们|咱们|俺们|我局|局里)*(?![一另各多其这那两某哪诸]|全(?!民))([\u4e00-\u9fffA-Za-z]{2,10}?)(?:这一块|这一块儿|这块儿?|那块儿?|那边|这边|方面)(?:的工作|工作)?(?:的话|呢|嘛|啊|哈)?(?:[，,：:\s]+|$|(?=(?:本月|这个月|今年|全年|本季度|上半年|下半年)[\u4e00-\u9fff]))/u;
/** Who is speaking or a whole field of work (我们这边、研发这块、党建方面): no thing a verb can be done to. */
const NO_THING =
  /^(?:我们?|咱们?|俺们?|他们|我们?这|咱这|局里|科里|单位|其他|别的|业务|工作|日常|研发|党建|作风|综合|政策|乡村振兴|创新环境|后勤|安全|宣传|培训|科普)$/u;

/** Verbs whose object the topic is, as the card writes them; maybe with 新、共、累计、组织、专题 before. */
const BARE_VERB =
  /^(?:新|新增|共|累计|先后|已|已经|组织|专题|集中|协助|帮助)?(?:登记|选派|新建|建成|建设|验收|认定|制作|核实|核查|统计|拨付|下达|审核|评审|推荐|备案|走访|培训|培养|引进|推广|发放|申报|上报|受理|签订|兑现|落实|组建|培育|帮扶|检查|抽查|排查|整改|调研|研究|办理|处理|审查|指导|慰问|表彰|考核|评选|授权|争取|完成|实施|修订|制定|出台|印发|采购|安装|改造|认证|征集|收集|编制|发布|评估|聘请|招聘|对接|签约|服务|举办|开展|召开|举行|录入|培植|改建|修缮|挂牌|命名|授牌|注册|登记入库|走访调研|捐赠|赠送|分发|下发|印制|编印|报送|轮训|巡展|布展|接收|张贴|建立|种植|栽植|栽种|嫁接|嫁接改良|悬挂|设置|安装|铺设)$/u;
/** An outcome the topic came to (立项、通过、获批…): the topic first, as 县级项目立项 reads. */
const OUTCOME =
  /^(?:新|共|累计|最后|最终)?(?:立项|通过|获批|入选|入库|落地|投产|毕业|结题|验收通过|到位|达标|合格)$/u;

/**
 * draft48: a topic that is itself a line of work (牦牛改良、黄牛冻精改良、生猪防疫) and a verb that is a step of it (配种、免疫):
 * the work, then the step — 牦牛改良配种 1200余头, as a 公文 writes it; 配 alone is 配种 there.
 */
const ACTIVITY_TOPIC = /(?:改良|繁育|育种|防疫|冻精)$/u;
const ACTIVITY_STEP = /^(?:配|配种|授精|人工授精|免疫|接种|繁育|改良|嫁接)$/u;

/** A topic that is a place (基地、园区、村、乡镇、社区…). */
const PLACE = /(?:基地|园区|产业园|村|乡|镇|社区|街道|县城|学校|合作社)$/u;
/** Verbs done to a place itself. */
const PLACE_VERB =
  /^(?:新|新增|共|累计)?(?:新建|建成|建设|验收|认定|挂牌|授牌|命名|改造|改建|检查|走访|评审|推荐)$/u;

/** A status granted or a register entered (新增认定、入库、备案): counts the holders, not the work of applying. */
const STATUS_GRANTED = /^(?:新|新增|共|累计|已|已经)?(?:认定|入库|备案|评定|通过认定|获批)$/u;

/** A total said alone (总数到了、累计达到、一共到): what it is a total of is the topic. */
const REACHED = /^(?:总数|累计|总共|共计|一共|现在|目前)?(?:达到|达|到)了?$/u;
/** A helping verb and whom it helped (帮助企业、协助农户、指导合作社), then the verb. */
const HELPED =
  /^(?:帮助|协助|指导|帮)(?:企业|农户|群众|村民|合作社|大户|学校|单位|乡镇)([\u4e00-\u9fff]{2,4})$/u;

/** A verb with nothing after it that says what it counts (登记、新建、选派…; 了, a time word, 我们这边 before it aside). */
export function bareVerb(lead: string): boolean {
  const verb = lead.replace(
    /^(?:这边|那边|这块|那块|我们|我局|咱们|俺们|今年以来|今年|全年|上半年|下半年)+/u,
    "",
  );
  return BARE_VERB.test(verb.replace(/了$/u, ""));
}

/** The thing a topic-opened item is about, or undefined (no topic, or only a speaker or a whole field). */
export function itemTopic(text: string): string | undefined {
  return topicHead(text)?.topic;
}

/** The topic a text opens with and the text after its tag (draft44b: the offline draft joins it as the card does). */
export function topicHead(text: string): { topic: string; rest: string } | undefined {
  const t = text.trim();
  const m = TOPIC_HEAD.exec(t);
  const topic = m?.[1];
  if (!m || !topic || NO_THING.test(topic) || /\d/u.test(topic)) return undefined;
  return { topic, rest: t.slice(m[0].length) };
}

/** The label with the item's topic, when the label is only a verb (or an outcome) and the topic is a thing. */
export function labelWithTopic(label: string, said: string | undefined): string {
  if (!said) return label;
  let topic = said;
  // draft53: a label that is only chat (搞了一些些) says nothing: the topic is the row's label.
  if (
    label === "" ||
    dialectWritten(label)
      .replace(/^(?:做|搞|弄)了?$/u, "")
      .trim() === ""
  )
    return topic;
  // draft50: 「应急演练这块 全县搞了八十多场」: the whole county is where, the topic what was held (全县应急演练 80多场).
  if (/^全[县镇乡市区]$/u.test(label)) return `${label}${topic}`;
  // draft56: 「高企申报这块…新增认定3家」: what is recognised or registered is the firm, not the work of applying for it.
  if (STATUS_GRANTED.test(label))
    topic = topic.replace(/(?<=.{2})(?:申报|培育|评价|认定|入库)(?:工作)?$/u, "");
  // 「最后立项了四个」: 最后 tells the story, the row says the outcome (省级科技计划立项 4个).
  if (OUTCOME.test(label)) {
    const outcome = label.replace(/^(?:最后|最终)/u, "");
    return topic.endsWith(outcome) ? topic : `${topic}${outcome}`;
  }
  if (ACTIVITY_TOPIC.test(topic) && ACTIVITY_STEP.test(label))
    return `${topic}${label === "配" ? "配种" : label}`;
  // 「食用菌基地那边，指导了五十户」: a place is where the work was done, not what was done to — only verbs of building
  // or judging a place (新建、验收、认定…) take it.
  if (PLACE.test(topic) && !PLACE_VERB.test(label)) return label;
  // 「科普e站这块…总数到了十九个」: a total reached is the topic's total (科普e站总数 19个).
  if (REACHED.test(label)) return `${topic}总数`;
  // 「加计扣除这块，帮企业申报了」: whom the work was done for, then the bare verb — the topic after it.
  const helped = HELPED.exec(label);
  if (helped && BARE_VERB.test(helped[1] ?? "")) return `${label}${topic}`;
  // draft53: 「农家书屋 换书…」: a topic that already ends with the label (农家书屋换书, card-label-lead.ts) is the row's label.
  if (label.length >= 2 && topic.endsWith(label)) return topic;
  if (/^[\u4e00-\u9fff][了咗]?$/u.test(label) && topic.slice(-2).startsWith(label[0] ?? "")) return topic;
  // draft51: 「食品生产这块 检查企业二十三家」: the verb has its own object, which the topic qualifies (card-label-object.ts).
  if (!BARE_VERB.test(label)) return objectWithTopic(label, topic) ?? label;
  // 「技术合同登记这块，登记了」: the topic already says the verb.
  if (topic.endsWith(label)) return topic;
  // 「科技项目验收这块，组织验收了」: the verb's own word ends the topic — the verb's head, then the topic.
  const tail = label.slice(-2);
  if (label.length > 2 && topic.endsWith(tail)) return `${label.slice(0, -2)}${topic}`;
  return `${label}${topic}`;
}

interface Item {
  text: string;
  figures?: readonly Figure[];
}

const same = (a: Figure, b: Figure) => a.raw === b.raw && a.context === b.context && a.value === b.value;

/**
 * The topic each figure's item opens with (by the item holding an equal figure); an item that is only a topic
 * (「示范基地这块」 read as a clause of its own) gives it to the item after it.
 */
export function figureTopics(
  items: readonly Item[],
  figures: readonly Figure[],
  plans: readonly string[] = [],
): (string | undefined)[] {
  const topics: (string | undefined)[] = [];
  let carried: string | undefined;
  for (const item of items) {
    const own = itemTopic(item.text);
    const alone = own !== undefined && (item.figures ?? []).length === 0;
    topics.push(own ?? carried);
    carried = alone ? own : undefined;
  }
  return figures.map((f) => {
    const at = items.findIndex((i) => (i.figures ?? []).some((g) => same(f, g)));
    // Lead55: a plan's count of places is named by what is to be done there (card-label-place.ts).
    if (at < 0) return plannedAt(plans, f);
    // draft54: a count of places is named by what was done there (card-label-place.ts), not by the item's topic.
    const done = f.counted ? placeActivity(items[at]?.text ?? "", f.raw, f.counted) : undefined;
    if (done) return done;
    // draft56: who were organised, by what for (card-label-organised.ts).
    const joined = f.counted ? organisedFor(items[at]?.text ?? "", f.raw, f.counted) : undefined;
    if (joined) return joined;
    // draft52: who came to the event named in the clause before (card-label-before.ts).
    if (topics[at] === undefined && ATTENDED.test(f.context))
      return eventBefore(items[at]?.text ?? "", f.raw);
    // draft53: a label that says nothing, or a work named alone before it (card-label-lead.ts).
    return topics[at] ?? leadTopic(items[at]?.text ?? "", f.raw, f.context);
  });
}
