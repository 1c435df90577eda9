import type { DraftPart } from "./draft-model.js";
import { householdsCounted } from "./household-count.js";

/**
 * Rough amounts as a 公文 writes them (the offline drafter's written form, polish-prose.ts): staff say 80来人、
 * 20个出头、1500人左右、好几家、几千份, a document 80余人、20余个、约1500人、多家、数千份. 3000多人次 stays: the
 * seed documents write N多 and N余 alike (300多人次、8000余人次). Only how a rough figure is said changes — its
 * value (what the figure scanner reads) stays; 好几年、几个村、左右两侧 are left as they are.
 */

/** A number in digits or in words, 万/亿 after it allowed (2000万、两千). */
const NUM = "(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百千]+)(?:万|亿)?";
/**
 * Units a rough count or amount takes (人次 before 人, 万元 before 万). card42: trips, rounds and lessons too (六十来趟 →
 * 60余趟, 十来轮, 二十来堂), and trees, sums, vehicles, sheets, kinds (百来棵、十来笔、二十来辆、五十来张、十来种); not
 * 回 (一来回 is a round trip).
 */
const UNIT =
  "(?:人次|万元|亿元|人|个|家|户|名|位|场|次|期|批|所|项|份|本|册|套|台|条|件|块|处|亩|村|元|吨|株|篇|天|间|座|趟|轮|堂|棵|笔|辆|张|种|栋|公斤|斤|头|只)";
/** No digit or numeral runs into the number from before. */
const START = "(?<![\\d.一二两三四五六七八九十百千万亿])";

const RULES: Array<[RegExp, string]> = [
  // 八十几号人、三百来号人、几十号人、八十号人: 号人 is spoken for 人 (a head count), written 人 before the rules below
  // make the rough word written (80余人、数十人). Digits need a rough word (「12号人到齐」 is a day); 百十号人
  // (about a hundred, folded where it is read) stays as said.
  [
    /(?<![\d.一二两三四五六七八九十百千几])(?!百十号)((?:\d+(?:\.\d+)?(?:多|余|来|几)|[一二两三四五六七八九十百千几]+(?:多|余|来)?))号人(?![员民])/gu,
    "$1人",
  ],
  // 3000多人左右、两千来人上下、十几家左右: a rough number said rough twice — one is enough (3000多人, round forty-one).
  [new RegExp(`${START}(${NUM}(?:多|余|来|几)${UNIT})(?:左右|上下)`, "gu"), "$1"],
  // 80来人、两千来份 → 80余人、两千余份.
  [new RegExp(`${START}(${NUM})来(?=${UNIT})`, "gu"), "$1余"],
  // draft52: 八万几、三千几、十二万几 with no unit after (罚了款八万几): at least the round number, written 8万余 as the
  // card shows the stored 八万几; money terms then take 元 (spoken-market.ts).
  [new RegExp(`${START}(${NUM}(?<=[百千万亿]))几(?![十百千万亿\\u4e00-\\u9fff\\d])`, "gu"), "$1余"],
  // 20个出头 → 20余个.
  [new RegExp(`${START}(${NUM})(${UNIT})出头`, "gu"), "$1余$2"],
  // 1500人左右、1800万元左右 → 约1500人、约1800万元.
  [new RegExp(`${START}(${NUM}${UNIT})左右`, "gu"), "约$1"],
  // label42: 上下 says the same (1500人上下 → 约1500人), and an amount in 万/亿 with no unit after it takes either
  // (成交额1200万左右 → 约1200万); 上下游、上下级、上下两层 are no estimate.
  [new RegExp(`${START}(${NUM}${UNIT})上下(?![游级层楼铺床班两])`, "gu"), "约$1"],
  [new RegExp(`${START}(${NUM}(?<=[万亿]))(?:左右|上下(?![游级层楼铺床班两]))`, "gu"), "约$1"],
  // 好几百人次、好几千份 → 数百人次、数千份; 好几家、好几场 → 多家、多场 (好几年 is how long: kept).
  [/好几(?=[十百千万])/gu, "数"],
  [/好几(?=(?:家|场|次|批|期|项|所|个(?:村|乡|镇|项目|企业|单位|部门|基地|园区)|户|处|名|位|份))/gu, "多"],
  // 几十、几百、几千、几万 + unit → 数十…; 十几次 → 十余次.
  [
    /(?<![十百千万\d一二两三四五六七八九])几(?=[十百千万](?:万|亿)?(?:人次|万元|人|个|家|户|名|位|场|次|期|批|所|项|份|本|套|台|条|件|块|处|亩|村|元|吨|株))/gu,
    "数",
  ],
  [
    /(?<=[十百千])几(?=(?:人次|万元|人|个|家|户|名|位|场|次|期|批|所|项|份|本|套|台|条|件|块|处|亩|村|元|吨|株))/gu,
    "余",
  ],
];

/** Who is counted by head: roles and people (特派员、专家、果农、学生、群众), at most four characters before the role. */
const PERSON =
  "(?:(?![的村乡镇县市区企业学校单位部门小组班])[\\u4e00-\\u9fff]){0,4}?(?:员|专家|干部|书记|主任|[果菜茶花蔗棉烟药瓜粮桑蚕椒]农|农民|农户|农机手|村民|居民|群众|学生|传承人|业主|小朋友|孩子|儿童|老师|教师|医生|代表|志愿者|人才|老人|工人|职工|嘉宾|选手|家长|党员|大户|能手)";
/** What a role heads that is no person (特派员工作站、学生社团): the count is of that, not of people. */
const NOT_PERSON =
  "(?![\\u4e00-\\u9fff]{0,4}?(?:团队|项目|基地|工作站|站|室|社|队|组|中心|协会|之家|公司|岗|区|园|点|所|馆|网格))";
/**
 * Measures as a 公文 writes them: people are counted in 名 (or 人), never 个 (「10余个特派员」 → 10余名特派员、「3个人参加」 →
 * 3人参加); what was sent up (报上去、交上去) is 上报/报送, and projects sent up are counted in 项 (「申报研发项目，报上去20余个」
 * → 上报20余项). The count's value never changes.
 */
const MEASURES: Array<[RegExp, string | ((...a: string[]) => string)]> = [
  [new RegExp(`${START}(${NUM}(?:余|多|来)?)个(?=${PERSON}${NOT_PERSON})`, "gu"), "$1名"],
  [new RegExp(`${START}(${NUM}(?:余|多)?)个人(?![才员民工大口力事类名均数次身])`, "gu"), "$1人"],
  // 「咨询群众60余个」: people counted after their noun, in 个 at the clause's end, are 人.
  [new RegExp(`(${PERSON}(?:近|约|共)?${NUM}(?:余|多)?)个(?=[，,。；;！？!?\\s]|$)`, "gu"), "$1人"],
  // draft52: those who passed, signed up or were trained, counted in 个 (考核合格120个、报名300个) → 人.
  [new RegExp(`((?:考核|考试)合格|结业|参训|报名)(${NUM}(?:余|多)?)个(?![\\u4e00-\\u9fff])`, "gu"), "$1$2人"],
  [/(?:报|递)上去了?(?=(?:近|约|共)?[\d一二两三四五六七八九十百千])/gu, "上报"],
  [/(?:交|送)上去了?(?=(?:近|约|共)?[\d一二两三四五六七八九十百千])/gu, "报送"],
  // 「把年度统计报上去」「将考核材料交上去了」: what 把/将 moves and sends up, at its clause's end, is 上报 / 报送 too.
  [/([把将][^，,。；;！!？?\s]{1,24}?)(?:报|递)上去了?(?=[，,。；;！!？?\s]|$)/gu, "$1上报"],
  [/([把将][^，,。；;！!？?\s]{1,24}?)(?:交|送)上去了?(?=[，,。；;！!？?\s]|$)/gu, "$1报送"],
  // 「申报市级研发项目，上报20余个」「科技计划项目立项8个」「课题结题3个」: the count of what the sentence names as projects
  // (项目、课题) sent up, set up, accepted or approved is in 项.
  [
    new RegExp(
      `((?:项目|课题)[^。；;]{0,16}?(?:上报|报送|申报|推荐|立项|验收|结题|结项|获批|批复|入库|签约)了?(?:近|约|共)?${NUM}(?:余|多)?)个`,
      "gu",
    ),
    "$1项",
  ],
];

/** The rough amounts of `text` in their written form (see module comment), and its measures (see MEASURES). */
export function writtenAmounts(text: string): string {
  let t = text;
  for (const [re, to] of RULES) t = t.replace(re, to);
  // 15个农户 → 农户15户 before people's 个 → 名 (household-count.ts).
  t = householdsCounted(t);
  for (const [re, to] of MEASURES) t = t.replace(re, to as string);
  return t;
}

/**
 * draft45: a count after its label as the draft writes it (选派科技特派员 + 12个 → 12人): the card shows the same measure
 * (render-update.ts cardFigure) — people counted after their noun are 人, never 个 — so card and draft agree.
 */
export function countAfterLabel(label: string, count: string): string {
  const both = writtenAmounts(`${label}${count}`);
  const after = label && both.startsWith(label) ? both.slice(label.length) : count;
  // Only people's 个 (→ 人): projects' 项 and the rest stay as the card has shown them (figure-label-written-42).
  return /个$/u.test(count) && /人$/u.test(after) ? after : count;
}

/** A rough count in digits said with 多 or 余 (20多项、30余场、1.5多万元 aside). */
const ROUGH_MORE = /(?<=\d)多(?=万|亿|[\u4e00-\u9fff])/gu;
const ROUGH_OVER = /\d余(?=万|亿|[\u4e00-\u9fff])/u;

/**
 * One word for 'and more' in one passage (round thirty-six): a paragraph or item that writes both 20多项 and 30余场
 * reads as two hands; 余, the written word, is kept and 多 follows it. A passage with 多 alone stays as said (see above).
 */
export function oneRoughWord(text: string): string {
  return ROUGH_OVER.test(text) ? text.replace(ROUGH_MORE, "余") : text;
}

/** The texts a part shows: its paragraphs and its items' titles and texts. */
const partTexts = (p: DraftPart) => [...p.paragraphs, ...p.items.flatMap((i) => [i.title, i.text])];

/**
 * Trial41: one word for 'and more' across the whole draft, not only within a paragraph: 「2000余人」 in （三）beside
 * 「120多人」 in （一）and 「300多人次」 in （七）reads as several hands. When any part writes 余, every other part that
 * may change writes 余 too (the values stay); parts in `fixed` (locked or approved) are left as they are.
 */
export function oneRoughWordAcross(
  parts: DraftPart[],
  fixed: ReadonlySet<DraftPart> = new Set(),
): DraftPart[] {
  if (!parts.some((p) => partTexts(p).some((t) => ROUGH_OVER.test(t)))) return parts;
  return parts.map((p) =>
    fixed.has(p)
      ? p
      : {
          ...p,
          paragraphs: p.paragraphs.map(oneRoughWordAlways),
          items: p.items.map((i) => ({
            ...i,
            title: oneRoughWordAlways(i.title),
            text: oneRoughWordAlways(i.text),
          })),
        },
  );
}

const oneRoughWordAlways = (t: string) => t.replace(ROUGH_MORE, "余");
