import type { Intent, IntentContext } from "./intent-types.js";
import { personSaid } from "./person-said.js";
import { colleagueTripAsked, colleaguesTripCounted } from "./colleague-trip-asked.js";
import { ownReportAsked } from "./own-report-asked.js";
import { WHO_MARK, whoReportedAsked } from "./who-reported-asked.js";

/**
 * 「咱们高企今年是几家来着」「孙磊那边培训搞了几场」「今年专利一共多少件 有数没」「上半年科普活动报了没有」:
 * a question about the material itself — how many of a thing, or whether a matter was reported — is 查数
 * (commands/figures-asked.ts): answered from the figures staff reported and confirmed, each with who and when,
 * never a sum the bot makes up. Not a report: a count asked (几家、多少件、有数没) is nobody's work done.
 *
 * Not this: the draft's figure (稿子里的86万哪来的 — figure-question.ts), who has not reported (谁没报、还差几个 —
 * 进度), what is left to check (几处没核实 — 待核实), a part to rewrite (那块写得太少 加几个数), how many updates
 * (报了几条 — 查看填报), a person alone (李明报了啥 — 查看填报), a form handed in (那个表报了没有), and a
 * figure stated with no question (今年收文一共1260件 — a report). One's own material (我今年报了几场培训) is
 * 我的填报, as staff have always asked it.
 */

/**
 * A count asked: 多少、几多、几家、有数没、有没有个数、有统计吗. Not a count said loosely: 十几个、几十家、60几个
 * (a number), 那几个村、这几天、好几台、哪几个 (things pointed at), 几号、几点、几天 (a date, a time, days off).
 */
const COUNT_ASKED =
  /(?<![\d十百千万零一二三四五六七八九那这好哪头前后])(?:多少|几多|几(?:号人|[家场个件次期处份间卷人所项名位户村块台套座轮批回篇亩元趟])|(?:什么|啥)数(?:字|据)?)(?![十百千号点])/u;
/** Said after the count asked, its clause done: a question's close (来着、啊、报了没有、有人报过吗). */
const CLOSE = /(?:来着|了|啊|呀|哦|呢|咧|吗|嘛|啦|哈|没|没有|伐|不|报了|报过|有人报过|谁报过|[?？!！])*$/u;
/** What may follow the count in its clause: the thing counted (隐患、学生、企业), a few characters. */
const MAX_TAIL = 4;
/** A rest-of-message tag: 有数没、有没有个数、侬晓得伐、我记得是12家、今年. */
const TAG =
  /^(?:有数没|有没有个?数|有统计(?:吗|没)?|有没有统计|侬?晓得伐?|晓得不|知道不|谁报过没有?|(?:有没有|有)人报过(?:吗|没)?|(?:我)?记得(?:是|好像是)?[\d一二三四五六七八九十两百千万]+[\u4e00-\u9fff]{0,2}|今年|去年|上半年|下半年)[?？!！。]*$/u;
/** Whether a figure is kept, asked at the end: 有个数没、有没有个数、有统计吗. */
const KEPT_ASKED =
  /有(?:没有)?个?数(?:字|据)?(?:没有?|吗|不|么)?[?？]*$|有(?:没有)?统计(?:没有?|吗|不|么)?[?？]*$/u;
/** 好多 as 多少 (西南、武汉、湘) only in a question: 「搞了好多场哦？」, never 「搞了好多场」 told. */
const MANY_ASKED = /好多(?:[家场个件次期处份间卷人所项名位户村]|钱)[^，,。]{0,3}(?:哦|喃|嘛|呢|哇|[?？])+$/;
const MEASURED = "(?:[家场个件次期处份间卷人所项名位户村块台套座轮批回篇亩元]|钱)";
const MEASURE_FIRST = new RegExp(`^${MEASURED}`, "u");
/**
 * 好多 where the clause asks a count, in any region's close: after 是/到 (是好多家来着、今年到好多了), or after a
 * verb's 了 with a close that asks (搞了好多场来着), or after a verb beside a clause asking it to be looked up (搞了好多场 你帮我查下、
 * 专利授权好多件 查哈):
 * 多少. 「身体好多了」 (no 是/到) and 「搞了好多场」 told stay as they are.
 */
const MANY_AFTER_IS = new RegExp(
  `(?<=[是到])好多(?=${MEASURED}?(?:来着|了|啊|呀|哦|喃|嘛|呢|哇|咧|嘞|撒)*(?:$|[\\s，,。？?]))`,
  "u",
);
const MANY_ASKED_CLOSE = new RegExp(
  `(?<=了)好多(?=${MEASURED}(?:来着|哦|喃|嘛|呢|哇|咧|嘞|[?？])+(?:$|[\\s，,。]))`,
  "u",
);
const MANY_LOOKED_UP = new RegExp(
  `(?<=[了\\u4e00-\\u9fff])好多(?=${MEASURED}[\\s，,。]+[^，,。\\s]{0,4}(?:查|有数|知道|晓得))`,
  "u",
);

/** 「局长要我问下 今年科普活动搞了好多场」: a question relayed — what follows is asked, so its 好多 asks the count. */
const RELAYED_ASK = /^[\u4e00-\u9fff]{0,6}?(?:让|要|叫|喊|托)我(?:来)?问(?:一下|下|问|一声)?/u;
const MANY_RELAYED = new RegExp(
  `好多(?=${MEASURED}[\\u4e00-\\u9fff]{0,4}?(?:[啊呀哦喃嘛呢哇咧嘞撒]|[?？])*$)`,
  "u",
);

/** 「你帮我查一哈 今年高企认定了好多家」: a lookup asked first — the count closing the message after it is what is looked up. */
// Said bare too, the lookup's 一下 in any region's word (查哈、查一哈、查下子: 「查哈高企现在有好多家」, b73-091).
const LOOKUP_FIRST =
  /^(?:你)?(?:(?:帮我|给我|帮忙|麻烦你?)(?:查|找|翻)(?:一下|下|查|一查|看|看看|一哈|哈)?[，,。\s]+|(?:查|找|翻)(?:一哈|哈|一下|下)子?[，,。\s]*)/u;

/** The text with 好多 read as 多少 where its clause asks a count. */
function manyAsCount(text: string): string {
  if (RELAYED_ASK.test(text) || LOOKUP_FIRST.test(text)) text = text.replace(MANY_RELAYED, "多少");
  return text
    .replace(MANY_AFTER_IS, "多少")
    .replace(MANY_ASKED_CLOSE, "多少")
    .replace(MANY_LOOKED_UP, "多少");
}
/**
 * 「我之前报的听众是300还是310啊」「高企是23家还是25家来着」: which of two figures, asked — a count asked of the material
 * (never a correction to the second: nothing is said wrong).
 */
// A figure, not 一 alone (「一条一条报还是一起报」 asks how reporting goes).
const NUM = "(?:\\d[\\d.]*|[二两三四五六七八九十][一二两三四五六七八九十百千万]*)";
/** Two figures, the first with its measure word (up to two characters), then 还是 and the second (23家还是25家). */
const TWO_FIGURES = `${NUM}([\\u4e00-\\u9fff]{0,2}?)还是${NUM}`;
const CHOICE_ASKED = new RegExp(
  `${TWO_FIGURES}[\\u4e00-\\u9fff]{0,2}?(?:来着|啊|呀|哦|呢|吗|嘛|哈|[?？])*$`,
  "u",
);
/** The two figures of a choice, restated as the count asked (是23家还是25家 → 几家; the second's unit is the first's). */
const CHOICE = new RegExp(`(?:是)?${TWO_FIGURES}\\1`, "u");
/** Whether a matter was reported: 报了没有、报过吗、有人报过没、报没报. */
// 「红树林补种的面积 有没有人报过」「技术合同成交额有人报过没」「讲座场次报上来了没有」: whether anyone reported it, asked at the end.
// 「有人报没有」「报上来没得」「報上來冇」 (round forty-seven, b100-082/085): the 过 left out, the no said as 没得/冇/没呢.
// 「产值有冇得人报」「有没得人报过」 (round fifty-one): 有没有 said as 有冇得/有没得/有莫得 (鄂、西南).
const REPORTED_ASKED =
  /报(?:过|了)(?:没有|没得|没|吗|不)[?？]*$|报没报|报过没有?|(?:有没有得?|有冇得?|有没得|有莫得|有没|可有|有无|有)人报(?:过|上来|上去)?(?:了)?(?:没有|没得|没|冇|吗|不)?[?？]*$|(?:谁|哪个|哪位)报过(?:没有|没|吗)?[?？]*$|报上来(?:了)?(?:没有|没得|没呢|没|冇|吗)[?？]*$/;
/** The draft, a rewrite, a check (核, not 核桃、核心、核电: b100-082), who is missing, an update by its number, a rule: another command's question. */
// 「市局打电话来问俺们研发统计报了没」: a superior's question relayed, not one asked of the bot (cmd22, i24a).
const NOT_MATERIAL =
  /(?:打|来)(?:了个?|个)?电话(?:来|过来)?(?:了)?[，,\s]*(?:问|催)|稿|草稿|总结里|写得|写的|加几|改|核(?!桃|心|电)|谁(?:还)?没|漏报|还差|几(?:个)?(?:人|科室|科)(?:还)?没|没(?:报|交|填)的|几条|多少条|条数|第[\d一二三四五六七八九十]+条|那条|这条|[表单]|材料|文件|通知|进度|(?<!高)标准|规定|政策|比例|额度|上限|条件|截止|(?:要|得|用|该|需要|必须|每周|每个?礼拜|每个?星期|每月)(?:都)?(?:填|交)?报|(?:几|多少)(?:个)?(?:人|科室|科|同志|同事|位|名)(?:还)?(?:报|交|填|没)|(?:报|交|填)(?:了|上来)?(?:几|多少)(?:个)?(?:人|科室|科|同志|同事|位)|部分|版本|第几|×|[写填](?:上)?(?:几|多少)|(?:要|得|该|需要)(?:写|填)|没(?:有)?(?:报|交|填)|未(?:报|交|填)|还有(?:几|多少)|(?:能|可以|会)(?:存|记|导|发|报|填)|(?:多少|几)(?:个)?(?:天|年|月|小时|分钟|钟|点|号|周|礼拜|星期|岁|字|页)/;
/** A figure stated (「今年收文一共1260件」): a report, unless only recalled (我记得是12家). */
const STATED =
  /(?<!记得是|记得|好像是|应该是)(?:\d|[一二两三四五六七八九十百千万]+[多余几]?(?:[家场个件次期处份间卷人所项名位户村块台套座元]|人次))/u;
/** A week or a month named: how reporting stands then (进度), not a matter. */
const WEEK_OR_MONTH = /(?:这|本|上|下)(?:个)?(?:周|礼拜|星期|月)|周报|月报|报表|总结/;
/** A question of one's own: 我今年报了几场、我上半年报的专利数. */
const OWN = /^(?:我|俺|额|阮|自己)(?!们)/;
/**
 * A measure of the material asked to be looked up, not asked as 多少: 「上半年科普讲座场次给我查下」「帮我查查专利数」
 * 「高企数量查一下」「专利数据给我找一下」 — a lookup verb (查、找、翻、调) and what is measured (场次、人次、数量、数据…).
 * Not a lookup done (查了、找到) nor a look at anything else (看看稿子).
 */
const MEASURE =
  "(?:场次|人次|人数|数量|数据|数字|金额|成交额|总额|件数|户数|家数|个数|总数|产值|亩数|专利数|[企户村人项件]数)";
const LOOKUP = "(?:查|找|翻|调)(?:一下|下|查|一查|找|一找|出来)?";
const LOOKED_UP = new RegExp(
  `${MEASURE}[^，,。]{0,6}?(?:给我|帮我|帮忙)?${LOOKUP}(?:吧|呗|啊|哈)?$|^(?:给我|帮我|帮忙|麻烦)?${LOOKUP}[^，,。]{0,10}?${MEASURE}(?:吧|呗|啊|哈)?$`,
  "u",
);
const LOOKUP_DONE = /(?:查|找|翻|调)(?:了|过|到|完)/u;

/**
 * Where what was counted went, closing its clause (派了多少特派员下乡、派了几批专家到企业去、送了多少资料进村): read past,
 * so the thing counted is what is asked — only where the message asks nothing else (a lookup or a tag beside it), since
 * 「派了几个技术员下乡 帮农户剪枝」 tells work done with 几个 for «a few».
 */
const WENT_WORDS =
  "(?:下乡|下村|下基层|下去|进村|进企业|进社区|进校园|(?:到|去|赴)[\\u4e00-\\u9fff]{1,4}?去?)";
const WENT = new RegExp(`${WENT_WORDS}$`, "u");
/** The count, the thing counted and where it went: restated as the count and the thing (派了多少特派员). */
const COUNTED_WENT = new RegExp(
  `(${COUNT_ASKED.source}[\\u4e00-\\u9fff]{1,6}?)${WENT_WORDS}(?=$|[，,\\s?？]|帮|给|查|有数|有没有|来着)`,
  "u",
);
/** A clause beside the count that asks it looked up or known: 帮我查查、有数没、晓得不. */
const ASKS_BESIDE = /查|有数|统计|晓得|知道|来着|[?？]$/u;

/**
 * 「礼拜四去市里那趟要几个人一起去」「明天下乡要几个人去」: how many are wanted for something still ahead (a day to come, then
 * 要/得/需要 before the count) — planning among colleagues, not the material reported (which is done).
 */
const AHEAD_ASKED =
  /(?:明天|明早|后天|今晚|下午|晚上|等会|下周|下礼拜|下星期|(?:礼拜|星期)[一二三四五六天日]|周[一二三四五六日])[^，,。]{0,10}?(?:要|得|需要)[^，,。了]{0,6}?(?:几|多少)/u;

/**
 * 「打算下个月去几个村看看」「下周准备到几家企业走走」: a plan (打算、准备、计划、想) or a time ahead (下个月、下周、明年) before
 * going to 几 places — a few places one means to visit, not a count asked (查数 answered it, refusing staff). With no
 * question's close (吗、呢、来着、？).
 */
const FEW_AHEAD =
  /(?:打算|准备|计划|想着?|争取|下个?月|下周|下礼拜|下星期|明年|过两天|过几天|回头)[^，,。?？]{0,8}?(?:去|到|跑|走|下)[^，,。?？]{0,2}?几(?:个|家|户|所)(?![^，,。]*(?:吗|呢|来着|多少|[?？]))/u;

/**
 * 「上个礼拜交了的有几个」「这周报了多少了」「大家这个月交了几个」「这礼拜各科交上来几份了」「各科这周的报上来多少了」: how many
 * have reported in a week or month, with no thing of work named — the reports themselves counted (进度, leader-request.ts),
 * not a figure of the material. The count may take its measure word (几份、几篇、几条); nothing may follow it.
 */
// Round forty-nine: 各个科室、大家 said, the week may go unsaid (「各个科室交了多少份」: this week's); 好多 (西南) is 多少.
const REPORTS_COUNTED =
  /^(?:(?:大家|大伙儿?|各科室?|各个科室|各股室?|科室们|他们)(?:(?:这|本|上一?|上上)个?(?:周|礼拜|星期|月)的?)?|(?:大家|大伙儿?|各科室?|各个科室|各股室?|科室们|他们)?(?:这|本|上一?|上上)个?(?:周|礼拜|星期|月)的?(?:大家|大伙儿?|各科室?|各个科室|各股室?)?)(?:一共|总共|都)?(?:报|交|填|收)(?:了|上来了?|上来)的?(?:有|是)?(?:多少|好多|几)(?:个|份|篇|条)?(?:人|科室)?(?:了|啦|呢|啊|呀|哦|嘛|[?？])*$/u;

/**
 * 「礼拜一到今天我交上去几个 数一下」「我这礼拜报上去几条了」: how many of one's own were sent — 我的填报 (command-rules.ts),
 * not a figure of the material (round fifty-two).
 */
const OWN_COUNTED =
  /^[^，,。]{0,8}?(?:我|自己)(?:都|已经|一共|总共|这周|本周|这个?礼拜|这个?星期|这个月|本月|今年)*(?:报|交|填|提交)(?:了|上去了?|过)的?(?:有|是)?(?:多少|好多|几)(?:个|份|篇|条)?(?:了|啦|呢|啊|呀|哦|嘛)*(?:[，,\s]*(?:数一下|数数|数一数|算一下|点一下))?[?？]*$/u;

/** Too long for one question: a message that says more is something else. */
const MAX_CHARS = 40;

export function materialAsked(norm: string, core: string, ctx: IntentContext): Intent | undefined {
  const text = manyAsCount(norm.trim());
  // 「我报的那个培训 人数写的多少来着」: a figure of one's own update asked (own-report-asked.ts).
  const own = ownReportAsked(text);
  if (own) return own;
  // 「你们去了几个村啊」 from staff: colleagues asked how far they got — talk among them (a leader's is 查数).
  if (!ctx.leader && colleaguesTripCounted(text)) return { kind: "smalltalk", topic: "others" };
  // 「食用菌培训是谁报的」: who reported a matter, asked by a leader (who-reported-asked.ts).
  const who = ctx.leader ? whoReportedAsked(text) : undefined;
  if (who) return { kind: "command", command: "查数", text: `查数 ${WHO_MARK} ${who}` };
  if (
    [...text].length > MAX_CHARS ||
    NOT_MATERIAL.test(text) ||
    AHEAD_ASKED.test(text) ||
    FEW_AHEAD.test(text) ||
    REPORTS_COUNTED.test(text) ||
    OWN_COUNTED.test(text) ||
    colleagueTripAsked(text)
  )
    return undefined;
  const lookedUp = LOOKED_UP.test(text) && !LOOKUP_DONE.test(text) && !STATED.test(text);
  const counted =
    countAsked(text) ||
    CHOICE_ASKED.test(text) ||
    MANY_ASKED.test(text) ||
    (KEPT_ASKED.test(text) && !STATED.test(text)) ||
    lookedUp;
  const reported = !counted && REPORTED_ASKED.test(text);
  if (!counted && !reported) return undefined;
  // 「小何那边报了没」: a colleague called as colleagues call each other counts as named (person-said.ts).
  const said = personSaid(text, ctx.people ?? []);
  const people = said && said.said !== said.name ? [...(ctx.people ?? []), said.said] : (ctx.people ?? []);
  const named = said?.name;
  // 「赵丽这个月报了没」「帮我看下陈静今年报了多少」: a person alone asked about is 查看填报, not a matter.
  if (!hasMatter(text, people)) return undefined;
  if (reported && named) return undefined;
  // 「高企那块报了没」「科普这周报了没有」: a section's reporting, or a week's, asked — 查看填报 or 进度, not a matter.
  if (reported) {
    if (WEEK_OR_MONTH.test(text)) return undefined;
    const names = ctx.sections.flatMap((x) => [x.name, ...(x.aliases ?? [])]);
    if (!hasMatter(text, [...people, ...names])) return undefined;
  }
  if (OWN.test(text)) return { kind: "command", command: "我的填报", text: "我的填报" };
  const asked = core.replace(/[?？!！。，,\s]+$/u, "").trim() || text;
  return { kind: "command", command: "查数", text: `查数 ${thingRestated(asked)}` };
}

/**
 * The thing asked said with its verb (「技术合同今年成交了多少钱」「研发今年投入了好多钱」): the amount a verb of
 * money names is the thing (技术合同成交额, 研发投入), the time word moved out of it — so the figures are looked up,
 * and said back, as the material names them (b61-087, b62-129, cmd26's i26a).
 */
const AMOUNT_VERB =
  /^(\S*?[\u4e00-\u9fff]{2})(今年|去年|上半年|下半年|这个月|本月)?(?:一共|总共|累计)?(成交|交易|投入)(?:了|咗|哒|咯)?(?=多少|几多|好多|几许|多儿)/u;
const AMOUNT_NOUN: Readonly<Record<string, string>> = { 成交: "成交额", 交易: "交易额", 投入: "投入" };
export function thingRestated(asked: string): string {
  return asked
    .replace(CHOICE, (_m, unit: string) => (unit ? `几${unit}` : "多少"))
    .replace(COUNTED_WENT, "$1")
    .replace(
      AMOUNT_VERB,
      (_m, thing: string, when: string | undefined, verb: string) =>
        `${thing}${AMOUNT_NOUN[verb]} ${when ?? ""}`,
    );
}

/** A clause asks a count and closes on it (几处隐患、搞了几场、到多少了); the other clauses are tags, no figure said. */
function countAsked(text: string): boolean {
  const clauses = text.split(/[，,。；;\s]+/u).filter(Boolean);
  let went = false;
  const at = clauses.findIndex((c) => {
    const m = COUNT_ASKED.exec(c);
    if (!m) return false;
    const said = c.slice(m.index + m[0].length).replace(CLOSE, "");
    // 「派了多少特派员下乡」: where the things counted went is no part of them (and the thing may be longer: 科技特派员).
    const tail = said.replace(WENT, "");
    went = tail !== said && tail !== "";
    // 「多少份技术合同」: after 多少 the measure word is no part of the thing counted (几 takes it in COUNT_ASKED).
    const unit = /^(?:多少|几多)$/u.test(m[0]) && MEASURE_FIRST.test(tail) ? 1 : 0;
    // 「有几家过了」: a verb of two characters closes it; 「到几个村看了看大棚」 tells what was done there.
    return (
      [...tail].length <= MAX_TAIL + unit + (went ? 2 : 0) &&
      (!/[了过着]/.test(tail) || [...tail].length <= 2)
    );
  });
  if (at < 0) return false;
  const asked = clauses[at]!;
  if (STATED.test(asked.replace(COUNT_ASKED, ""))) return false;
  return clauses.every(
    (c, i) =>
      i === at || TAG.test(c) || (!STATED.test(c) && [...c].length <= 6 && (!went || ASKS_BESIDE.test(c))),
  );
}

/**
 * Words a question is made of, with no matter in them — everyone asked after as a whole (大家、大伙、各科室、同事们:
 * 「大家都报了吗」 asks who has reported, 进度, not a figure) among them.
 */
const NO_MATTER =
  /大家伙?儿?|大伙儿?|各位|各科室?|各个科室|各部门|同事们|都|帮我|给我|看下|看看|瞅瞅|查下|查查|咱们?|我们|俺们|阮兜|咱局|局里|全县|今年|去年|上半年|下半年|这个月|本月|上个月|今年以来|一共|总共|到底|来着|是|的|了|啊|啦|哦|咧|呢|吗|嘛|呀|哈|有|没有|没|数|多少|几多|几|个|好多|报|过|谁|人|那边|那块|这块|侬|晓得|知道|伐|不|钱|[?？!！。，,\s]/gu;

/** Something the count is of is named (高企、培训、专利), not only the question's own words. */
function hasMatter(text: string, people: readonly string[]): boolean {
  let rest = text;
  for (const p of people) rest = rest.split(p).join("");
  return [...rest.replace(NO_MATTER, "")].length >= 2;
}
