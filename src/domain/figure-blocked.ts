import { LUNAR_DAY } from "./lunar-date.js";
import { normSpans } from "./norm-stated.js";
import { villageNameSpans } from "./place-numerals.js";

/**
 * Stretches of text whose numbers are never figures: 《…》 titles, document and phone numbers,
 * dates and clock times, shares written as 1/3 or 三分之一, set phrases (八项规定, 千家万户) and
 * short quoted slogans.
 */

/** Fixed expressions whose numerals count nothing (八项规定, “两个维护”, 千家万户). */
const IDIOMS = (
  "八项规定 四个意识 四个自信 两个维护 两个确立 四个全面 两个责任 三个代表 千家万户 千方百计 三番五次 三番四次 " +
  "三天两头 三日两头 隔三差五 隔三岔五 五个查一查 三排查三清零 两不愁三保障 五位一体 四位一体 三位一体 五湖四海 四面八方 万无一失 一五一十 " +
  "两项补贴 两癌 破零 清零 归零 零容忍 零距离 三会一课 三重一大 三保 两学一做 三五成群 三三两两 七上八下 " +
  // Idioms whose numerals carry time or measure words (so NUMERAL_IDIOM lets them through), and names.
  "三轮车 三轮摩托 两轮车 四轮车 三天打鱼两天晒网 三年五载 一年半载 十年八年 三年两年 一时半会 三言两语 两手抓 十有八九 八九不离十 七七八八 " +
  "四分五裂 七零八落 三令五申 五花八门 乱七八糟 半斤八两 三下五除二 三下乡 三夏 三秋 两节 两会 三农 三资 两委"
).split(" ");

/**
 * Four-character set phrases built of two numerals (一波三折, 两眼一抹黑, 七嘴八舌, 一清二楚): each
 * numeral is followed by one character that is no measure of a count, so nothing is counted. A rough
 * count said before its scale (十几万不肯、十多万就、十来万买) is no set phrase: 几、多、来 then 万 reads on.
 */
const NUMERAL_IDIOM =
  /(?<![\d零〇一二两三四五六七八九十百千万])[一二两三四五六七八九十百千万](?![几多来余把][十百千万亿])(?![个名人家户位所座台辆项次场件村乡镇处批类种支只张套间栋亩吨斤米元块年月周日天期号届轮组队班层楼成倍点零〇一二两三四五六七八九十百千万亿共])[\u4e00-\u9fff][一二两三四五六七八九十百千万](?![个名人家户位所座台辆项次场件村乡镇处批类种支只张套间栋亩吨斤米元块年月周日天期号届轮组队班层楼成倍点零〇一二两三四五六七八九十百千万亿共])[\u4e00-\u9fff]/g;

/** Shares written 1/3 or 三分之一 (see blockedSpans). */
const FRACTION =
  /(?<![\d/.])\d\/\d{1,2}(?![\d/.]|[号日月])|(?<![百千万])[二三四五六七八九十]分之[一二三四五六七八九](?![十百])/g;

// 「4·22地球日」「3·15当天」「6・25土地日」: a month and day joined by a middle dot name a day (a date), as 4/22 does.
const DATE_LIKE =
  /(?<![\d.·•・‧])(?:1[0-2]|0?[1-9])[·•・‧](?:[12]\d|3[01]|0?[1-9])(?![\d·•・‧])|(?<![\d/.])(?:1[0-2]|0?[1-9])\/(?:[12]\d|3[01]|0?[1-9])(?![\d/.])(?=[\u4e00-\u9fff\s(（]|$)|(?<!\d)(?:19|20)\d\d(?:[-/](?:0?[1-9]|1[0-2])(?:[-/](?:0?[1-9]|[12]\d|3[01]))?|\.(?:0?[1-9]|1[0-2])\.(?:0?[1-9]|[12]\d|3[01]))(?!\d)|(?<!\d)\d{1,2}:\d{2}(?!\d)/g;

const LUNAR_DAYS = new RegExp(LUNAR_DAY.source, "g");
/** A file's name up to its extension (登记表2026.xlsx, 附件3.docx). */
const FILE_NAME =
  /[^\s，,。；;：:「」“”"'（）()、]+\.(?:xlsx|xls|docx|doc|pdf|pptx|ppt|wps|et|txt|zip|rar|7z|jpe?g|png|csv)(?![A-Za-z0-9])/gi;

/** 《…》 titles, fixed expressions, ISO-like dates and clock times. */
export function blockedSpans(t: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of t.matchAll(/《[^《》\n]{0,80}》/g)) spans.push([m.index, m.index + m[0].length]);
  // 〔2025〕12号, [2024]3号: document numbers; 0745-6221234, 138 1234 5678: phone numbers.
  for (const m of t.matchAll(
    /[〔［[【(（]\s?(?:19|20)\d\d\s?[〕］\]】)）]\s?(?:第?\d+号)?|(?<!\d)0\d{2,3}[- \u3000]\d{7,8}(?!\d)|(?<!\d)0\d{2,3}[- \u3000]?\d{3,4}[- \u3000]\d{4}(?!\d)|(?<!\d)1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?!\d)/g,
  ))
    spans.push([m.index, m.index + m[0].length]);
  // \\192.168.3.20\科技2026、D:\台账\2026: a shared folder's path, up to a space or a pause, names a place (fig52).
  for (const m of t.matchAll(/(?:\\\\|(?<![A-Za-z])[A-Za-z]:\\)[^\s，,。；;]+/g))
    spans.push([m.index, m.index + m[0].length]);
  // \\192.168.10.20\考核: a network address; 加了十几个晚上的班: how long people worked (README: 人干了多久 不标).
  for (const m of t.matchAll(
    /(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])|加了?[\d一二两三四五六七八九十几多来好]+个?(?:晚上|通宵|夜|天|周末|礼拜|星期)的?班/g,
  ))
    spans.push([m.index, m.index + m[0].length]);
  // 「接到预警三十分钟内就得转完」「五分钟内必须到场」: a limit set, not what was done (README: N分钟内, fig48);
  // 「三分钟内都下了楼」 (what a drill took) is read. 「七个工作日内把台账交上来」: working days with 内 are always a
  // limit set (办结时限), fig50; 「压缩到3个工作日」 is read.
  for (const m of t.matchAll(
    /[\d一二两三四五六七八九十几半]+个?(?:分钟|小时|钟头|工作日|天)之?内(?=(?:就|都|也)?(?:得|必须|要|须|务必|应当?|需要?)|到场|到位|赶到|响应)|[\d一二两三四五六七八九十几半]+个?工作日之?内/g,
  ))
    spans.push([m.index, m.index + m[0].length]);
  // 「国庆七天冇出事」「那八天么出麻达」: the days nothing went wrong in, not days of work (fig50); 「连续值守了{五天}
  // 没出事」 (days worked, said with 连续 or 了) is read.
  for (const m of t.matchAll(
    /(?<![\d一二两三四五六七八九十几]|(?:连续|一连|接连|了)[\u4e00-\u9fff]{0,4})[\d一二两三四五六七八九十几]+天(?=[\s，,]*(?:都|也|里|来)?(?:没|冇|么|無|无|沒|莫)(?:有|得)?出(?:过|過)?(?:事|么子事|什么事|啥子?事|哪样事|麻达|岔子|(?:啥子?|什么|哪样|么子)?(?:问题|問題)|安全事故|事故|大事))/g,
  ))
    spans.push([m.index, m.index + m[0].length]);
  // 「明年要把节水和水保两块抓出成效来」「重点写写电商和文旅这两块」: 块 after a list of lines of work counts the lines of
  // work, as 「主要是两件事」 does — the corpus labels none of them (fig52); 「宣传牌被拆走了两块」「两块地」 are read.
  for (const m of t.matchAll(
    /(?<=(?:和|同|跟|与|及|、)[\u4e00-\u9fff]{2,8}?(?:这|那)?)[两三四五六七八九几]块(?=$|[，,。；;！!？?\s]|工作|业务|内容|重点|都|也|要|抓|做|写|搞|弄|推|干)/g,
  ))
    spans.push([m.index, m.index + m[0].length]);
  // 「[语音 1分03秒]」「【语音 45秒】」: a voice message's length pasted before what was said (fig53). 「今年局里三件大事：…」
  // 「就抓两件大事」: 大事 counts lines of work, as 两件事、两块 do (fig45, fig52); 「办了十二件实事」 is read.
  // 「按1:500比例尺测了…」「1：2000地形图」: a map's scale (fig53); 「比例1:1配套」 is no map and stays as it was.
  for (const m of t.matchAll(
    /[[【]语音[^\]】\n]{0,14}[\]】]|[两三四五六七八九几]件大事|(?<![\d.])1\s*[:：]\s*[1-9]\d{2,5}(?!\d)(?=\s*(?:的)?(?:比例尺|地形图|地籍图|影像图|航测|测图|测绘))|(?<=比例尺(?:为|是)?\s*)1\s*[:：]\s*[1-9]\d{2,5}(?!\d)/g,
  ))
    spans.push([m.index, m.index + m[0].length]);
  // 「排全州第九 比去年掉了三位」「名次前进了两名」: places moved in a ranking, not a count (fig53); 「来了三位专家」 is read.
  // 「前面报的九个作废」「刚才说的两千不算」: a number taken back by name, the one said after it stands (fig53).
  for (const m of t.matchAll(
    /(?<=(?:排|排名|名次|位次)[^，。；\n]{0,14}?(?:掉了|降了|下降了?|退了|滑了|上升了?|升了|前进了?|进了|提高了|提升了|后退了?))[\d一二两三四五六七八九十]+个?(?:位|名)|(?:前面|刚才|上面|之前|原来)(?:报|说|讲|填|写)的[^，。；\s\d]{0,4}?[\d一二两三四五六七八九十百千万.]+[多来余]?[\u4e00-\u9fff]?(?=[\s，,]*(?:作废|不算数?|不作数|不要了|划掉))/g,
  ))
    spans.push([m.index, m.index + m[0].length]);
  // 「更正一下 上回报的“苗死了三成”」「前面说的「修了八处」不对」: what was said before, quoted in a correction, is
  // taken back as a whole; the number told after it stands (fig54).
  for (const m of t.matchAll(
    /(?<=(?:前面|刚才|上面|之前|原来|上回|上次|头回|那天)(?:报|说|讲|填|写|发)的\s*)[「“『"][^」”』"\n]{1,30}[」”』"]/g,
  )) {
    const end = m.index + m[0].length;
    if (
      /纠正|更正/.test(t.slice(Math.max(0, m.index - 16), m.index)) ||
      /^[\s，,]*(?:不对|有误|错了|说错|不准|作废|不算|后来|实际上?|应该是|改成|改为)/.test(t.slice(end))
    )
      spans.push([m.index, end]);
  }
  // 三分之一的人员, 占1/3: a share said in words, which the corpus does not count (一半 does).
  for (const m of t.matchAll(FRACTION)) spans.push([m.index, m.index + m[0].length]);
  // 十几年前的机子: how long ago, not a count; 二次消费、二次开发: second as a kind, not a count.
  for (const m of t.matchAll(
    /[\d一二两三四五六七八九十几多]+年前(?!后)|(?<![第\d一二两三四五六七八九十])二次(?=[\u4e00-\u9fff])/g,
  ))
    spans.push([m.index, m.index + m[0].length]);
  // 「再过两个礼拜」「过一个月再看」: how long until, not a count; 「这两个礼拜把…过一遍」「今年头两个月」:
  // the stretch of time something is done in, named by where it stands (this, the first), not a count.
  // 介两天 is 这两天 as said in 吴 and 津 speech; 「前两个礼拜连住跑了十一家」: the weeks just past (not 提前、以前).
  for (const m of t.matchAll(
    /过(?:一两|两三|[一两三四五六七八九十几])个?(?:礼拜|星期|周|月)(?!了)|(?:这|那|介|头|最后|(?<![提以之目年日眼从先往])前)(?:一两|两三|[两三四五六七八九十几])个?(?:礼拜|星期|周|月|天)(?![\u4e00-\u9fff]{0,2}(?:就|才|共|一共|累计|里面有))/g,
  ))
    spans.push([m.index, m.index + m[0].length]);
  // 「按规定至少要配6个」「按标准每千名老人要有40张床位」: a standard's numbers (norm-stated.ts).
  spans.push(...normSpans(t));
  // 「在五家子村办了培训班」: a village named with a numeral and 家 (place-numerals.ts).
  spans.push(...villageNameSpans(t));
  // 「B超机是08年买的」「15年建的」: a year said in two digits, by what happened in it (干了15年 is no year).
  // 「“1+3”工作机制」「5+2模式」: numbers joined by + name a scheme.
  for (const m of t.matchAll(
    /(?<![\d.])(?:0\d年|\d{2}年(?=(?:就|底|初|那会儿?|的时候|左右)?(?:买|建|修|盖|装|搞|办|开始|投用|投运|启用|毕业|参加|入职|出生|栽|种)的?))|(?<![\d.])\d+\+(?:\d+|[NnXx])(?:\+\d+)*(?![\d.%])/g,
  ))
    spans.push([m.index, m.index + m[0].length]);
  // 「正月初八组织了…」「腊月二十三前」: a lunar day (lunar-date.ts) is a date; 「明细见附件 2026上半年收发文登记.xlsx」:
  // the name of an attached file is no count.
  for (const m of t.matchAll(LUNAR_DAYS)) spans.push([m.index, m.index + m[0].length]);
  for (const m of t.matchAll(FILE_NAME)) spans.push([m.index, m.index + m[0].length]);
  for (const m of t.matchAll(DATE_LIKE)) {
    spans.push([m.index, m.index + m[0].length]);
  }
  for (const m of t.matchAll(NUMERAL_IDIOM)) spans.push([m.index, m.index + m[0].length]);
  // 「一个二个都是老年人」「一家两家」「一次两次」: one and two of the same measure said together mean each
  // of them or a few, never a count.
  for (const m of t.matchAll(/(?<![\d零〇一二两三四五六七八九十百千万几])一([个家次回户只间条])[二两]\1/g))
    spans.push([m.index, m.index + m[0].length]);
  // 11.15-11.20: a span of days written month.day.
  for (const m of t.matchAll(
    /(?<![\d.])(?:1[0-2]|0?[1-9])\.(?:[12]\d|3[01]|0?[1-9])\s?[-—–~～至到]\s?(?:(?:1[0-2]|0?[1-9])\.)?(?:[12]\d|3[01]|0?[1-9])(?![\d.])(?![万亿千百]|[%‰])/g,
  ))
    spans.push([m.index, m.index + m[0].length]);
  // 「3.5学雷锋那天」「1.20之前报过来」「9.10教师节」「8.12那天」: month.day before what says it is a day (fig56).
  for (const m of t.matchAll(DAY_DOTTED)) spans.push([m.index, m.index + m[0].length]);
  // 「这一阵子四十度往上」「气温三十八度」: the heat or cold of the weather is no count of work (k2, fig56); 用电3000度 stays.
  for (const m of t.matchAll(WEATHER_DEGREES)) spans.push([m.index, m.index + m[0].length]);
  for (const idiom of IDIOMS) {
    for (let i = t.indexOf(idiom); i >= 0; i = t.indexOf(idiom, i + 1)) spans.push([i, i + idiom.length]);
  }
  return spans;
}

const DAY_DOTTED =
  /(?<![\d.])(?:1[0-2]|0?[1-9])\.(?:[12]\d|3[01]|0?[1-9])(?![\d.%‰])(?=\s?(?:之?前(?!年)|以前|前后|那天|当天|那日|那个|那次|那场|号|日(?!元)|[上下]午|早上|晚上|中午|凌晨|召开|举行|截止|学雷锋|(?:教师|植树|护士|青年|劳动|儿童|妇女|重阳|中秋|端午|元宵|七夕|春)节|国庆|建党|建军|消费者|科技周|科普日|防灾减灾|禁毒日|消防日|国际|世界|全国))/g;

const WEATHER_DEGREES =
  /(?:气温|高温|低温|温度|零下|最高|最低|体温)[^，。；\d一二两三四五六七八九十]{0,3}[\d一二两三四五六七八九十]{1,3}(?:\.\d)?(?:多|来)?度|(?<![\d一二两三四五六七八九十百千万.])(?:[1-5]?\d|[二三四五]?十[一二三四五六七八九]?|[一二三四五六七八九])(?:多|来)?度(?:往上|朝上|上下|的(?:高温|天))/g;

/** Short quoted spans (“两不愁，三保障”): Chinese numerals inside them name slogans. */
export function quoteSpans(t: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of t.matchAll(/[“「『‘"][^“”「」『』‘’"\n]{0,30}[”」』’"]/g))
    spans.push([m.index, m.index + m[0].length]);
  return spans;
}
