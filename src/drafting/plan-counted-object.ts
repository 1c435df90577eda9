/**
 * 「展厅有些设备老化了 明年想申请更换一批」「服务车老化得很，经常趴窝，明年想申请更新一台」: a plan that renews, buys or
 * repairs a number of something and stops at the measure word leaves the thing to the problem said before it. A
 * document names it: 申请更换一批展厅设备、申请更新一台农技服务车. The thing is what the problem of the same message
 * says is worn, broken or too few (老化、陈旧、损坏、故障、趴窝、不够用); money, people and room are not counted by
 * 台、批 or 套, and nothing is guessed when no problem names a thing.
 * Trial39: a plan that stops at a verb that mends or renews with no count at all (「明年争取资金改造一下」 → 「争取资金改造」)
 * takes its thing the same way (争取资金改造示范基地灌溉设施); a thing said to be poor or old (太差、偏差、太老) is troubled too.
 */

/** Verbs that renew, buy or mend things. */
const RENEW = "更新|更换|换掉|换|购置|添置|新购|采购|购买|买|配备|配置|增配|补充|维修|修缮|检修|改造";
/** A count said before the measure word: 一、两、几, or digits. */
const COUNT = "[一两二三四五六七八九十几]|\\d{1,4}";
/** Measure words for things (not people, money or events). */
const MEASURE = "台|辆|批|套|部|架|件|组|个|只|块|座";
/** The plan clause that ends at the measure word (更换一批、更新一台、买两辆). */
const BARE_COUNT = new RegExp(`(${RENEW})(${COUNT})(${MEASURE})$`, "u");
/** The plan clause that ends at a verb that mends or renews, with nothing after it (争取资金改造、统一维修). */
const BARE_MEND = /(?:改造|维修|修缮|检修|修复|更新|更换|升级|翻新|改建)$/u;
/** What the problem says of the thing. */
const TROUBLE =
  /老化|陈旧|破旧|破损|损坏|坏了|坏掉|坏得|故障|趴窝|不够用|不好用|不能用|用不了|数量不足|不足|短缺|紧缺|落后|过时|跟不上|(?:偏|太|很|较|过于)(?:差|老|旧)(?![距异额价化])/u;
/** Words before the thing that are not the thing: when, whose, which. */
const LEAD =
  /^(?:现在|目前|今年|去年|我们|我局|俺们|咱们|科里|局里|站里|那个|这个|那些|这些|正在用的|在用的|使用的|用的)+/u;
/**
 * How many of it, said anywhere in the slice: 有些、部分、大多数… (words of two characters or more; 有 before one too: 大棚有部分).
 * 基本 only as a share (基本上、基本都、设备基本): 基本农田、基本公共服务设施 are names (review40).
 */
const SHARE =
  /有些|有的|一些|有?(?:部分|好些|不少|很多|好多|个别|一半|大部分|大多数|大多)|基本上|基本(?=都|也|已|全|$)/gu;
/**
 * Adverbs between the thing and its trouble (设备都老化了、服务车也经常坏): taken only at the end, so that a thing whose
 * name holds such a character (太阳能路灯、都市农业) keeps it (review39: 太阳能路灯 was named 阳能路灯).
 */
const ADVERBS = /(?:已经|比较|有点|经常|都|也|还|太|很|已)+$/u;
/** Things not counted by 台、批、套: money, people, room, time. */
const NOT_COUNTED = /经费|资金|预算|钱|人手|人员|人才|力量|编制|场地|场所|用房|时间|精力|能力|水平/u;

/**
 * Trial39b: 「人才公寓那边入住率不高，才六成左右，明年要完善配套」 — a plan that improves a generic 配套、设施、服务 or 管理
 * with nothing before it (完善配套) leaves whose to the topic the message opened with (人才公寓那边、科普场馆这块): the
 * document names it (完善人才公寓配套). Without such a topic nothing is put in.
 */
const BARE_GENERIC = /(^|完善|健全|改善|提升|优化|加强|规范)(配套设施|配套|设施|服务|管理)$/u;
/** The topic a message opens with: 「人才公寓那边，」「科普场馆这块」「人才公寓方面，」 (polish-prose writes 方面). */
const TOPIC = /^([\u4e00-\u9fffA-Za-z]{2,8}?)(?:那边|这边|那块|这块|这一块|那一块|方面)/u;
function topicOf(message: string): string | undefined {
  const t = TOPIC.exec(message.trim())?.[1];
  // A person or the office itself (咱们这块、他们那边、局里这块) is who speaks, not a line of work (review40).
  return t && !/^(?:我|咱|俺|他|她|你|人家|大家|局里|科里|站里|所里|单位|今年|去年|明年|工作|问题)/u.test(t)
    ? t
    : undefined;
}

/** The thing the message's problem says is worn or short (「展厅有些设备老化了」 → 展厅设备), if one is named. */
export function troubledThing(message: string): string | undefined {
  for (const clause of message.split(/[，,。；;！？!?、\s]+/u)) {
    const at = clause.search(TROUBLE);
    if (at <= 0) continue;
    // 「实验室的检测仪器」: the 的 between a place and its thing is not written in the plan's object.
    const thing = clause
      .slice(0, at)
      .replace(ADVERBS, "")
      .replace(LEAD, "")
      .replace(SHARE, "")
      .replace(ADVERBS, "") // 大棚有部分已损坏: the 已 after the share (lead, round thirty-nine)
      .replace(/的/gu, "");
    if (/^[\u4e00-\u9fffA-Za-z]{2,10}$/u.test(thing) && !NOT_COUNTED.test(thing)) return thing;
  }
  return undefined;
}

/**
 * A plan clause ending at a count of things with the thing put back from its own message's problem (see module
 * comment); every other plan as it was. `context`: the message first, on its first line, written; `said`: as said.
 */
export function countedThingFromProblem(plan: string, context: string, said = context): string {
  const end = /[。；;，,]$/u.exec(plan)?.[0] ?? "";
  const body = plan.slice(0, plan.length - end.length);
  const generic = BARE_GENERIC.exec(body);
  if (generic) {
    // The message as said: cleaning drops a topic tag that names a line of work (农家书屋这块，).
    const topic = topicOf(said.split("\n")[0] ?? "") ?? topicOf(context.split("\n")[0] ?? "");
    return topic ? `${body.slice(0, generic.index)}${generic[1]}${topic}${generic[2]}${end}` : plan;
  }
  if (!BARE_COUNT.test(body) && !BARE_MEND.test(body)) return plan;
  const thing = troubledThing(context.split("\n")[0] ?? "");
  return thing ? `${body}${thing}${end}` : plan;
}
