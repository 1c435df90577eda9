/**
 * Spoken framing at the edges of a clause: how the speaker talks, not what was done. Staff type
 * (or dictate) 「项目这边的话我把全年的情况说一下，…」「跟您说一下 …」「反正就是…」「好像是…吧」; a
 * 公文 says only the work. A frame is dropped where it stands at the head of a clause (repeatedly:
 * 「嗯 我汇报一下 组织了…」); a clause that is nothing but an aside (「暂时没想好」「等出来再报」
 * 「这个我也不太清楚怎么说」) is dropped whole. A topic tag (「高企这边」「专利这块的话」) that names a
 * line of work goes; one that names a concrete thing (「人才公寓这块」) stays as 「人才公寓方面，」.
 *
 * No rule touches a digit or a numeral: figures pass through unchanged.
 */

import { CALL_WORDS, DISTURB_WORDS } from "../domain/calling.js";

/** Who is speaking or to whom: 我、跟您、给领导… */
const TO = "(?:跟|给|向|和|同)(?:您|你|领导|大家|各位|局里|您们|你们|局长|主任)";
const SAY = "(?:说|汇报|报告|报|讲|通报|同步|反馈|说明|补充|更新|梳理|总结|交代|聊)";
const SPAN =
  "(?:全年|今年|一年|这一年|上半年|下半年|这半年|半年|这段时间|近期|最近|这个月|本月|这周|本周|前段时间|我们科|我们|科里|我这边)";
/** A particle a speaker leaves after a frame: 「补充一下哈」「说一下啊」. */
const PARTICLE = "(?:哈|啊|呀|哦|吧|嘛|呢|啦)*";

/** Frames at the head of a clause (each tried repeatedly until none applies). */
const LEAD: RegExp[] = [
  // Greetings: 「领导好～」「各位同事大家好！」「您好，」.
  /^(?:各位|尊敬的)?(?:领导|同事|大家|老师|主任|局长|科长)(?:们)?(?:好|您好|你好|早上好|下午好)[～~！!]*/u,
  /^(?:您好|你好|大家好|早上好|下午好|hello|hi)[～~！!]*/iu,
  // 「在吗 今天上午…」「打扰一下，…」: calling before the report.
  new RegExp(`^(?:${CALL_WORDS}|${DISTURB_WORDS})[？?～~！!。]*`, "u"),
  // 「徐芳汇报：」「项目科报告：」: who reports is not what is reported.
  /^[\u4e00-\u9fff]{0,4}(?:汇报|报告|通报)(?:一下)?[：:]/u,
  // Interjections: 嗯、呃、额 (额 only before a pause: 额度 is a word), 哦、哎、唉、诶.
  /^(?:嗯+|呃+|哦+|噢+|哎+呀?|唉+|诶+|欸+|啊+)/u,
  /^额+(?=[，,、\s]|$|这|那|我|就)/u,
  // 「我把全年的情况说一下」「我把今年的情况跟您汇报一下」.
  new RegExp(
    `^(?:那)?(?:我|我们|我这边)?(?:先|来)?把${SPAN}?(?:的)?(?:工作)?(?:情况|进展|工作|数据|事情|东西)?(?:${TO})?${SAY}(?:一下|下)${PARTICLE}`,
    "u",
  ),
  // 「我说一下今年特派员这块的情况啊」.
  new RegExp(
    `^(?:我|我们)?(?:先|来|简单)?(?:${TO})?${SAY}(?:一下|下)${SPAN}?[\\u4e00-\\u9fff]{0,8}?(?:这块|这边|那边)?的?(?:情况|工作|进展)${PARTICLE}`,
    "u",
  ),
  // 「跟您说一下」「给领导汇报下」「我汇报一下」「补充一下哈」「简单说两句」.
  new RegExp(
    `^(?:我|我们)?(?:先|再|来|简单)*(?:${TO})?${SAY}(?:一下|下|两句)${PARTICLE}(?=[^\\u4e00-\\u9fff]|$)`,
    "u",
  ),
  new RegExp(`^(?:我|我们)?(?:${TO})${SAY}(?:一下|下|两句)?${PARTICLE}`, "u"),
  // 「我看了下」「我查了一下」「我想想」「我记得」「据我了解」.
  /^(?:我)?(?:看|查|翻|算|数|对)了?一?下(?:啊|哈)?(?=[，,、\s]|$)/u,
  /^我(?:看了?一?下|查了?一?下|想想|想了想|记得|印象中|估摸着|琢磨着)/u,
  /^(?:据我(?:了解|所知)|我了解到的是|我这边了解到)/u,
  // Discourse markers: 然后呢、还有就是、反正就是、其实、说实话、好像是、那个啥.
  /^(?:然后呢?|还有呢|还有就是|另外就是|再就是|再一个(?:就是)?|再有就是|反正(?:就是)?|其实(?:就是)?|总之|就是说|就是|也就是)(?=[\u4e00-\u9fff\d，,、\s]|$)/u,
  /^(?:说实话|实话说|老实说|说实在的|讲真|坦白说|说真的|不瞒您说|说白了|说到底|换句话说|我想想|让我想想)(?:啊|哈|吧)?/u,
  // 「但是企业研发投入偏低」: a clause cut off after the work keeps no 但是 of the run-on at its head.
  /^(?:不过|但是|可是|然而|但(?!凡))(?=[\u4e00-\u9fff])/u,
  /^(?:好像是|好像|貌似|似乎是|应该是)(?=[\u4e00-\u9fff])/u,
  /^(?:那个啥|那啥|那什么|这个嘛|那个嘛)/u,
  /^那个(?=[，,、\s]|我|就|啥|覆盖|带动|建|开展|组织|培训|选派|完成|争取|搞|弄|是)/u,
  /^那(?=我|咱)/u,
  // 「我参加了…培训」: a report says what was done, not who speaks (我局 is not touched).
  /^我(?=参加|参与|去了|到|陪同|带队|牵头|负责|这周|本周|今天|上周)/u,
  /^还有(?:个|一个|一项|就是)?(?=[\u4e00-\u9fff])(?!几)/u,
  // 「主要是档案整理…」 at the head of a clause (「问题主要是…」 keeps its 主要是: not at the head).
  /^主要是(?=[\u4e00-\u9fff])/u,
  // 「另外下雨天…」: a clause's own 另外 (「另外，」 with its comma is written Chinese and stays).
  /^另外(?=[\u4e00-\u9fff])/u,
];

/** Clauses that are nothing but an aside (dropped whole). */
const ASIDE: RegExp[] = [
  // A label left alone at a run-on's end (「…增收，问题主要是」): what it labelled is elsewhere.
  /^(?:存在的)?(?:问题|困难|不足)?(?:呢|嘛)?(?:主要)?(?:就是|是)?$/u,
  // 「主要是三个事情」: the count of what follows, not work.
  /^(?:今年|全年)?(?:主要)?(?:是|有|做了|干了)?[\d一二两三四五六七八九十]+(?:个|件|项|方面)(?:事情|事|方面|工作|亮点)$/u,
  /^(?:明年|下一步|下步|下半年)(?:的)?(?:打算|计划|准备|想法)?(?:是|呢)?$/u,
  /^(?:暂时|目前|现在)?(?:还)?没(?:有)?想好.*$/u,
  /^(?:这个)?(?:我)?(?:也)?(?:不太|不大|不)?(?:清楚|知道|晓得)(?:该|要)?(?:怎么|咋)(?:说|讲|写|报)(?:呢|啊)?$/u,
  /^(?:怎么|咋)(?:说|讲)呢?$/u,
  /^(?:差不多|大概|基本上?|暂时|先)?(?:就)?(?:这些|这么多|这样)(?:吧|了|啊|哈|哈哈)*$/u,
  // 「蛮不容易的」「挺辛苦的」: how it felt, not what was done.
  /^(?:真|蛮|挺|确实|相当|很|也|还是|可)?(?:不容易|不简单|辛苦|费劲|累|忙)(?:的|了)?(?:啊|呀|哈|呢)*$/u,
  /^(?:先)?(?:这样|就这样)(?:吧|了)*$/u,
  // 「等出来再报」「等统计完了再补」「回头再补」「具体数字回头补」「具体的待统计」.
  /^(?:具体(?:的|数字|数据|数)?)?(?:等|待)?[\u4e00-\u9fff]{0,10}?(?:出来|出了|统计完|统计出来|核实|确认|定了|下来|通知|反馈)了?(?:以后|之后)?(?:再|后)(?:报|补|说|填|更新|发|统计)(?:上|一下|给您)?(?:吧|哈|啊)*$/u,
  /^(?:具体(?:的|数字|数据|数)?(?:的话)?)?(?:我|我们)?(?:回头|后面|过两天|改天|之后|以后|稍后|晚点|到时候)(?:再)?(?:补|报|说|填|发|更新|告诉您|统计|核实|核|对|算)(?:上|一下|给您)?(?:吧|哈|啊)*$/u,
  /^等[\u4e00-\u9fff]{1,6}?(?:通知|反馈|回复|公布|确认|出来)(?:吧|呢)*$/u,
  /^(?:具体(?:的|数字|数据|数)?(?:还)?)(?:待|在|正在)?(?:统计|核实|汇总)(?:中|呢)?$/u,
  /^(?:待统计|待核实|待补充?)$/u,
  // 「明年咋弄」「下一步怎么搞还没定」: a plan that says nothing yet.
  /^(?:明年|下一步|下半年|以后)?(?:咋|怎么)(?:弄|搞|办|干)(?:还)?(?:没定|不知道)?(?:呢|啊)?$/u,
  /^(?:哈哈+|呵呵+|嘿嘿+)$/u,
  // 「没啥问题」「一切正常」 said after the work: no problem to report.
  /^(?:也|都|基本)?(?:没|没有)(?:啥|什么|大)?(?:问题|困难)(?:吧|啊|哈)*$|^(?:一切|都)(?:正常|挺好|还好)(?:吧|啊)*$|^问题不大$/u,
  // 「说白了就是跟农大那几个」: a pointer to what the listener knows.
  /^(?:就是)?(?:跟|和|同)?[\u4e00-\u9fff]{0,8}(?:那几个|那几家|那些|这几个|这几家|那帮)(?:吧|呢|啊)*$/u,
  // 「这个数不好算」「数字待定」「具体多少…」 with no noun: a figure not known, said alone.
  /^(?:这个|那个|具体的?)?(?:数|数字|数据|金额)(?:还)?(?:不好算|不好说|说不准|不太准|待定|未定|没定)(?:呢|啊)*$/u,
];

/** Lines of work a topic tag may name (the section heading says it already): dropped, not kept. */
export const AREA =
  /^(?:我|我们|咱们|咱|我这|我们这|我们科|科里|这|那|项目|研发|研发投入|转化|成果转化|成果|专利|知识产权|人才|政策|高企|企业|平台|党建|党务|作风|办公室|综合|安全|安全生产|科普|宣传|培训|特派员|特派|乡村振兴|帮扶|农业|数据|统计|执法|信访|财务|后勤|工作|业务|其他|别的)$/u;
/** Things a clause's figures may count without naming them again: facilities, places, bodies. */
const THING =
  /(?:公寓|基地|园区|园|馆|站|中心|平台|空间|天地|工程|小区|大棚|县|市|镇|乡|村|院|局|厂|公司|学校|委|办)$/u;
/** Things that name what the figures count (人才公寓、星创天地、示范基地): kept as 「X方面，」. */
const TAG_WORD = "(?:这边|那边|这块儿?|那块儿?|这一块儿?|那一块儿?|这方面)";
const TOPIC = new RegExp(
  `^([\\u4e00-\\u9fff]{1,8}?)(?:${TAG_WORD}(?:的工作|工作|的情况|情况)?(?:的话)?|的话)(?:呢|嘛|啊|吧)?(?:[，,：:\\s]+|(?=[\\u4e00-\\u9fff\\d])|$)`,
  "u",
);
/** A tag word that is part of a name: 这块地、那边村. */
const NOT_TAG = /^(?:地|田|牌|板|区域|村|镇|乡)/u;

/** Words before a topic that are not the topic: 「今年我们科特派这块」 is about 特派. */
const TOPIC_LEAD =
  /^(?:今年以来|今年|全年|上半年|下半年|这个月|本月|这周|本周|最近|目前)?(?:我们科|我们局|我们|咱们科|咱们|咱|我科|科里|我)?/u;

/**
 * draft55: 「玉器街那边搞了个展销会」「十月份在屯溪老街那边搞了个科技活动周」: a place named by its street, square or village
 * before an event held — where it was held, not a topic: 在玉器街搞了个展销会 (the event's verb is written later).
 */
const HELD_AT =
  /^((?:[\d一二三四五六七八九十]{1,3}月份?|上个?月|这个?月|上周|这周|今年|春节期间|国庆期间|暑期)?)(?:在|到|去)?([\u4e00-\u9fff]{1,6}(?:老街|街|路|广场|公园|景区|古镇|古城|码头|礼堂|村|社区))$/u;
const EVENT_HELD = /^(?:搞了?个?|办了?个?|弄了?个?|整了?个?|举办|举行|开展|组织)(?=[\u4e00-\u9fff]{2})/u;

function dropTopic(clause: string, next = ""): string {
  const m = TOPIC.exec(clause);
  if (!m) return clause;
  const said = m[1] as string;
  const at = HELD_AT.exec(said);
  const after = clause.slice(m[0].length);
  if (at && EVENT_HELD.test(after)) return `${at[1]}在${at[2]}${after}`;
  const lead = TOPIC_LEAD.exec(said)?.[0] ?? "";
  const what = said.slice(lead.length) || "我";
  const time = /^(?:今年以来|今年|全年|上半年|下半年|这个月|本月|这周|本周)/u.exec(lead)?.[0] ?? "";
  const rest = clause.slice(m[0].length);
  if (NOT_TAG.test(rest)) return clause;
  // 「X的话」 alone is a topic only for a line of work (「有需要的话」 is a condition).
  if (!m[0].includes("这") && !m[0].includes("那") && !m[0].includes("方面") && !AREA.test(what))
    return clause;
  // A tag is kept as 「X方面，」 only where it says what the clause counts and the clause does not
  // say it again (「人才公寓这块 入住人才20名」); a line of work (「非遗这块」「高企这边」) goes.
  const keep = !AREA.test(what) && THING.test(what) && !(rest || next).includes(what);
  if (!rest) return keep ? `${time}${what}方面` : time;
  return keep ? `${time}${what}方面，${rest}` : `${time}${rest}`;
}

/** 「项目科那边一起弄的」「和县农业农村局一起搞的」: who the work was done with, in writing. */
const JOINT =
  /^(?:和|跟|同|与)?([\u4e00-\u9fff]{2,10}?)(?:那边|这边|那块|一起的)?(?:一起|一块儿?|共同|联合|配合)(?:弄|搞|做|办|干|完成|推进)(?:的|了)?(?:哈|啊|呀|呢)*$/u;

/** One clause without the frames at its head (see module comment). */
function bareClause(clause: string, next = ""): string {
  const joint = JOINT.exec(clause.trim());
  if (joint) return `与${joint[1]}共同推进`;
  let t = clause.trim();
  for (let round = 0; round < 6; round++) {
    const before = t;
    for (const re of LEAD) t = t.replace(re, "").replace(/^[，,、：:\s]+/u, "");
    t = dropTopic(t, next).replace(/^[，,、：:\s]+/u, "");
    if (t === before) break;
  }
  // 「建了示范基地若干个具体数字我」: a dictation cut off after 具体.
  t = t.replace(/具体(?:的)?(?:数字|数据|数)?(?:我|我们)?$/u, "");
  // 「示范基地带动增收这个数不好算」: the noun stays, the remark on its figure goes.
  t = t.replace(
    /(?:这个|那个)(?:数|数字|数据)(?:还)?(?:不好算|不好说|说不准|不太准|不太好统计)(?:呢|啊)*$/u,
    "",
  );
  return ASIDE.some((re) => re.test(t)) ? "" : t;
}

/**
 * A voice run-on's inner markers are clause edges: 「…126个村然后建了基地…增收吧然后问题主要是…」 →
 * 「…126个村，建了基地…增收，问题主要是…」.
 */
export function breakRunOn(text: string): string {
  return (
    text
      // 「一个是…第二个是…第三个是…」: each is a piece of work of its own.
      .replace(
        /(?<=[\u4e00-\u9fff\d%])(?:一个是|第[一二三四五六七八九十]个?是|第[二三四五六七八九十](?=个)个|再一个是|另一个是)(?=[\u4e00-\u9fff\d])/gu,
        "；",
      )
      // 「…2300人次问题呢主要是…」「…28场存在的问题就是…」「…太低了明年的话打算…」: a label starts a clause.
      .replace(
        /(?<=[\u4e00-\u9fff\d%])(?=(?:存在的)?(?:问题|困难)(?:呢|嘛)?(?:主要)?(?:就)?是|(?:明年|下一步|下步)(?:的话|呢)?(?:打算|计划|准备|要))/gu,
        "，",
      )
      .replace(
        /(?<=[\u4e00-\u9fff\d%])(?:吧|啊|哈|呢)?(?:然后(?:呢)?|还有就是|另外就是|再就是|再一个就是)(?=[\u4e00-\u9fff\d])/gu,
        "，",
      )
  );
}

/** Whether a clause is nothing but an aside or framing (it says no work, problem or plan). */
export function isAside(clause: string): boolean {
  const t = clause.trim().replace(/[。；;！？!?，,\s]+$/u, "");
  return t !== "" && bareClause(t).replace(/[。；;！？!?，,\s]/gu, "") === "";
}

/**
 * The text with spoken frames dropped from every clause's head and aside clauses dropped whole;
 * punctuation between the clauses kept is kept.
 */
/** A contrast opening a clause (但是、可是、不过). */
const CONTRAST = /^(?:但是|可是|不过)(?=[\u4e00-\u9fff])/u;

export function dropSpokenFrames(text: string): string {
  const pieces = breakRunOn(text).split(/([，,；;。！？!?\n]|\s+)/u);
  let out = "";
  let pendingSep = "";
  for (let i = 0; i < pieces.length; i += 2) {
    const clause = pieces[i] ?? "";
    const sep = pieces[i + 1] ?? "";
    const kept = clause.trim() ? bareClause(clause, pieces[i + 2] ?? "") : "";
    if (kept) {
      // draft50: 「进度不太慢 但是资金跟不上」: a 但是 after a clause of the same sentence joins a contrast — written 但.
      const but =
        out && !/[。；;！？!?\n]/u.test(pendingSep) && CONTRAST.test(clause.trim()) && !kept.startsWith("但");
      out += (out ? pendingSep : "") + (but ? "但" : "") + kept;
      pendingSep = /^\s+$/u.test(sep) ? " " : sep;
    } else if (/[。；;！？!?\n]/u.test(sep) && out) {
      // A stop after a dropped clause still ends the sentence before it.
      pendingSep = sep;
    }
  }
  return out + (/[。；;！？!?]/u.test(pendingSep) ? pendingSep : "");
}

/** The first spoken frame or aside left in a text (for the register check), or undefined. */
export function spokenFrameIn(text: string): string | undefined {
  for (const clause of text.split(/[，,；;。！？!?\n]|\s+/u)) {
    const t = clause.trim();
    if (!t) continue;
    const bare = bareClause(t);
    if (bare === t) continue;
    if (!bare) return t;
    const at = t.indexOf(bare);
    return at > 0 ? t.slice(0, at) : t;
  }
  return undefined;
}
