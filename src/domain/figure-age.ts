import type { CountInText } from "./figure-context.js";

/**
 * Spans and ages that are no figures (figure-context.ts reads them through isAge): how long something has been
 * in use, in service or in post (冰箱用了十多年、干了三年), a holiday's length, a span set to last (为期3个月),
 * a round-the-clock schedule, how long a thing has been held up (已经拖了四个多月), and someone's long days
 * (一天跑十几个钟头). Work done for a span (试点3个月、连续5天) is counted.
 */

/** Verbs of being in use, in service or in post: what follows them is an age. */
const IN_USE_BEFORE =
  /(?:(?:建|办|开)[院校厂站馆园所社店]|(?:开|创|兴)办|创建|组建|至今(?:已经?)?|用|使用|开通|运营|营业|干|当|待|呆|住|运行|运转|服役|在岗|任职|工作|建成|投用|投运|坏|闲置|空置|开业|开张|开园|开馆|成立|上线|挂牌|通车|通航|交付|交工|竣工|完工|修好|建好|装好|铺好)了?(?:快|近|将近|有|都|已经|才|刚)?$/;
/** A calling practised over a life: what follows is how many years, a length of service. */
const LIFELONG_BEFORE =
  /(?:唱|教|演|种|养|学|守|行医|从医|从教|任教|执教|务农|打工|经营|扎根|坚守|从事[\u4e00-\u9fff]{0,6})了?(?:快|近|将近|有|都|整整|满|超过|达)?$/;
const AGE_UNIT = /^(?:年|个月|多年|余年)$/;

/** A holiday and its length: 国庆8天, 春节七天假期 — how long the holiday lasted, not work. */
// 「端午节三天」: the holiday named with its 节 too (fig38).
const HOLIDAY_BEFORE =
  /(?:国庆|春节|中秋|五一|元旦|端午|清明|长假|小长假|黄金周|假期)节?(?:期间|假期|长假)?$/;

/** How long something is set to last (为期3个月, 历时5天, 长达两个多月): a span, not a count of work. */
// 「限期十五天整改」「限半个月内补办」: a time limit set is a span too (README), fig38.
const SPAN_BEFORE = /(?:为期|历时|长达|耗时|限期|(?<![无不])限)(?:近|约|将近)?$/;
const LIMIT_UNIT = /^(?:吨|米|公里|公里每小时|千米|码)$/;
const SPAN_UNIT = /^(?:天|日|周|星期|礼拜|个星期|个礼拜|个?月|个多月|年|小时|个小时|工作日|个工作日)$/;

/**
 * How long a thing has been held up (拖了四个多月、停了快两个月、卡了十几天、一直批不下来等了半年、一等就是十来天、粤 等咗成两个月): a
 * state of the problem, not work done for that long (test/corpus/README.md, fig43b).
 */
const HELD_UP_BEFORE =
  /(?:(?:拖|拖延|耽误|耽搁|搁置|搁|卡|晾|停|停工|停摆|停产|断|瘫|瘫痪|关|等|压)了|一(?:拖|等|卡|压|搁|停)就是)(?:快|近|将近|有|都|已经|足足|整整|成)?$/;

/**
 * How long a thing has been off or out (动态监控掉线三天以上、摄像头离线两天、停电十几个小时): a state of the
 * problem, what it was checked for, not work done for that long (fig42b).
 */
const OFF_BEFORE =
  /(?:掉线|离线|断线|脱线|下线|断网|断电|停电|停水|断水|黑屏|失联|不在线|没信号)(?:了)?(?:超过|达|快|近|将近|有|都|足足|整整)?$/;

/** Someone's long days (一天跑十几个钟头、每天要站八九个小时): how their days go, not work counted. */
const LONG_DAY_BEFORE =
  /(?:一天|每天|天天)(?:要|得|都|就)?(?:跑|干|忙|站|坐|开|守|熬|蹲|泡)(?:上|了)?(?:差不多|将近|近|足足)?$/;

/** A vehicle, named earlier in the sentence: what it has run is its wear, as its years are its age. */
const VEHICLE = /车|皮卡|摩托|船|艇/;
const DISTANCE_UNIT = /^(?:公里|千米|里)$/;

/**
 * 「执法车跑了二十多万公里了」: how far a vehicle has run is how worn it is, an age; 「离镇上四十多公里」「距县城三十公里」:
 * how far a place is. Neither is work — 「巡河跑了一百二十公里」「修了三公里路」 are counted.
 */
function wearOrDistance(c: CountInText): boolean {
  if (!DISTANCE_UNIT.test(c.unit)) return false;
  let a = c.cs;
  while (a > 0 && !/[。；;！!？?\n]/.test(c.t[a - 1] ?? "")) a--;
  const lead = c.t.slice(a, c.cs);
  if (/(?:离|距离?)[^，。；\d]{1,12}?(?:有|还有|得有|足有)?(?:快|近|约|将近|大概|差不多)?$/.test(lead))
    return true;
  return (
    VEHICLE.test(lead) &&
    /(?:跑|开|行驶|走)了(?:快|近|将近|有|都|已经|足足)?$/.test(lead) &&
    (/^了/.test(c.t.slice(c.end)) || c.value >= 50000)
  );
}

export function isAge(c: CountInText): boolean {
  if (wearOrDistance(c)) return true;
  const before6 = c.t.slice(Math.max(0, c.cs - 6), c.cs);
  if (/^(?:个?钟头|个?小时)$/.test(c.unit) && LONG_DAY_BEFORE.test(before6)) return true;
  // Only where the span closes what is said (…已经拖了四个多月、停了快两个月了): 「工资拖了两个月还没发」「拖了3个月
  // 工资没发」 count the arrears, and 「工期往后拖二十来天」 the delay — figures of the problem.
  if (
    SPAN_UNIT.test(c.unit) &&
    HELD_UP_BEFORE.test(before6) &&
    !/连续|试点|推迟|延长/.test(before6) &&
    /^(?:了|啦|咯|喽)?(?:$|[，,。；;！!？?\s])/.test(c.t.slice(c.end))
  )
    return true;
  if (c.unit === "天" && HOLIDAY_BEFORE.test(before6)) return true;
  if (SPAN_UNIT.test(c.unit) && OFF_BEFORE.test(before6)) return true;
  if (SPAN_UNIT.test(c.unit) && SPAN_BEFORE.test(before6)) return true;
  // 「设了限载十吨的牌子」「限高3米」「限速60公里」: a limit set on a road or a bridge is a rule, as 限期 is (fig42).
  if (LIMIT_UNIT.test(c.unit) && /(?:限载|限重|限高|限宽|限速|限行|载重不超过)(?:为|是)?$/.test(before6))
    return true;
  // 24小时值班, 24小时在线: a round-the-clock schedule, not a count of hours worked.
  if (
    c.value === 24 &&
    /小时$/.test(c.unit) &&
    /^(?:不间断|全天候)?(?:值班|值守|在线|服务|开放|监控|监测|巡逻|巡查|待命|轮班|响应|畅通|运行|热线)/.test(
      c.t.slice(c.end),
    )
  )
    return true;
  if (!AGE_UNIT.test(c.unit)) return false;
  const before = c.t.slice(Math.max(0, c.cs - 6), c.cs);
  // 这个制度已经搞了十多年了: how many years a practice has been going, said with the closing 了.
  if (
    /年$/.test(c.unit) &&
    /[\u4e00-\u9fff]了(?:快|近|将近|有)?$/.test(before) &&
    /^了(?=$|[，,。；;！!？?\s])/.test(c.t.slice(c.end))
  )
    return true;
  // 合作社办了十来年: a body run for years (办了三个月的夜校 is work, so years only).
  if (/年$/.test(c.unit) && /(?<!举)办了?(?:快|近|将近|有|都|已经)?$/.test(before)) return true;
  // 救护车开了十几年、小卖部开了二十多年: a vehicle driven or a shop open for years (开了5天 is work, so years only).
  if (/年$/.test(c.unit) && /(?<![召展])开了(?:快|近|将近|有|都|已经)?$/.test(before)) return true;
  if (IN_USE_BEFORE.test(before) && !/连续|试点|试运行|推迟|延长|提前/.test(before)) return true;
  // 唱了七十多年花鼓戏, 教了三十年书, 行医四十年: years of a person's calling, like 干了三年.
  if (/年$/.test(c.unit) && LIFELONG_BEFORE.test(before)) return true;
  // 这批设备都十多年了, 已经三年了: an age stated on its own.
  return (
    /(?:都|已经|已|有)(?:快|近|将近|有)?$/.test(before) &&
    /^了(?=$|[，,。；;！!？?\s])/.test(c.t.slice(c.end))
  );
}
