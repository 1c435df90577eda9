import { cleanChat } from "../drafting/clean-chat.js";

/**
 * A figure's label on the confirm card as a document writes it (round thirty-eight, card38): staff say
 * 「科普宣传月发了资料2000多份，去了柳河乡3个村，高企申报过了5家」 and the card showed 「科普宣传月发了资料 2000多份」
 * 「去了柳河乡 3个村」 — the spoken verb with 了 — while the draft writes 发放、赴、高新技术企业. The label is put back
 * beside its figure and cleaned as the draft cleans a sentence (drafting/clean-chat.ts: 发了 → 发放, 办了 → 举办,
 * 开了 → 召开, 去了 → 赴, 走访了 → 走访, 印了 → 印制, 高企 → 高新技术企业…), so what the card shows back is what the
 * draft will say. Only the card's display changes: the stored figure and its label stay as said.
 *
 * The cleaned line is taken only when the figure is still there as said (or as written, 80来人 → 80余人) at the same
 * end and no pause was added; else the label stays as it was. Dates need the update's day: without it a label whose
 * cleaning depends on the day (去年、上周) stays as said.
 */

/** An outcome said right after what was put forward, before the count (申报过了 5家): 通过 / 获批 as written. */
const OUTCOME_END: Array<[RegExp, string]> = [
  [/(申报|申请|推荐|参评|评审|认定|验收|送审|上报|报送)过了?$/u, "$1通过"],
  [/(申报|申请|推荐|上报|报送)(?:批了|批下来了?)$/u, "$1获批"],
];

/**
 * A spoken verb ending the label, as a document writes it (round forty-one, label41b): 「高企报了 12家」 → 高新技术企业申报,
 * 「特派员下去了 20多趟」「农技员下乡了」 → 下乡, 「走了 10余个村」 → 走访; 「安全检查查了」 cleaned to 「安全检查检查」 says
 * the word once. 申报、上报、汇报、举报 and 下乡 said already stay; 走了 only right after nothing or a person's count.
 */
const SPOKEN_END: Array<[RegExp, string]> = [
  [/(?<![申上汇举预通呈填转情简电])报(?:上去)?了$/u, "申报"],
  [/(?:下去|下乡|下村)了$/u, "下乡"],
  [/^(?:差不多|大概|共)?走了$/u, "走访"],
  // draft55: a plan's 「打算去 5个合作社」 — the modal is the plan line's, going to places is 赴 as the draft writes it.
  [/(?:打算|准备|计划|想)(?:去|到)$/u, "赴"],
  [/([\u4e00-\u9fff]{2})\1$/u, "$1"],
  // label42: a written verb keeps no 了 (发明专利授权了、帮助企业享受了研发费用…): 授权、享受 as a table row reads.
  [
    /(授权|享受|落实|争取|实现|新增|受理|登记|立项|验收|投入|认定|备案|入驻|签约|入库|获批|引进|培育|建成|孵化|转化)了(?!解)/gu,
    "$1",
  ],
];

/** Two days far apart: a cleaning that reads them differently depends on the day. */
const DAYS = ["2024-03-15", "2025-11-20"];
const PAUSES = /[，,。；;：:、\s]/gu;

/**
 * The plan's year as the person said it (trial39): the card's plan line shows 「明年力争过千万」 as said, so its target's
 * label says 明年 too, never 「2027年力争」 beside it. Held out of the cleaning under a word it leaves alone.
 */
const NEXT_YEAR = /明年|来年/gu;
const HELD_YEAR = "翌年";

function cleaned(line: string, date: string | undefined): string | undefined {
  const said = line.match(NEXT_YEAR) ?? [];
  if (said.length === 0 || line.includes(HELD_YEAR)) return cleanedOnDay(line, date);
  const out = cleanedOnDay(line.replace(NEXT_YEAR, HELD_YEAR), date);
  let i = 0;
  return out?.replace(new RegExp(HELD_YEAR, "gu"), () => said[i++] ?? HELD_YEAR);
}

function cleanedOnDay(line: string, date: string | undefined): string | undefined {
  if (date) return cleanChat(line, date);
  const [a, b] = DAYS.map((d) => cleanChat(line, d));
  return a === b ? a : undefined;
}

/** Where a label is read with its figure: before it, after it, or inside it after a co-verb (帮2家企业…). */
type Place = "before" | "after" | "inside";

/** The co-verbs a count of what is helped stands after, as written (帮助) or said (帮、给、为…). */
export const CO_VERB = /^(?:帮助|[给为帮替对把将让跟同])/u;

/**
 * `context` as written, read beside its figure: before it (「发了资料」 + 2000多份), when it starts with what is counted
 * after it (5所 + 「学校安装了净水设备」), or, with a co-verb first, inside it (「帮企业弄了…材料」 with 2家 counting
 * 企业: 帮2家企业弄了…材料). `shownRaw` is the figure as the card writes it. One reading for the three places (review39:
 * two functions had taken the same parameters and repeated the cleaning).
 */
export function labelWritten(
  context: string,
  raw: string,
  counted: string,
  shownRaw: string,
  date?: string,
): string {
  // A label ending in a digit (「少写了个0」) would run into its figure once put beside it: kept as said.
  if (!/[\u4e00-\u9fff]/u.test(context) || /[\d.．]$/u.test(context)) return context;
  const place: Place =
    counted === ""
      ? "before"
      : context.startsWith(counted)
        ? "after"
        : /^[给为帮替对把将让跟同]/u.test(context) && context.startsWith(counted, 1)
          ? "inside"
          : "before";
  const line = {
    before: `${context}${raw}${counted}`,
    after: `${raw}${context}`,
    inside: `${context[0]}${raw}${context.slice(1)}`,
  }[place];
  const written = cleaned(line, date);
  if (written === undefined) return context;
  const label = labelIn(written, place, raw, counted, shownRaw);
  return label === undefined ? context : kept(context, label);
}

/** The label taken out of its cleaned line, or undefined when the figure is no longer there as said or written. */
function labelIn(
  written: string,
  place: Place,
  raw: string,
  counted: string,
  shownRaw: string,
): string | undefined {
  if (place === "inside") {
    // The figure taken out again once; the co-verb as written.
    const r = [raw, shownRaw].find((x) => written.split(x).length === 2);
    if (r === undefined) return undefined;
    const label = written.replace(r, "");
    const coVerb = CO_VERB.exec(label)?.[0];
    return coVerb && label.startsWith(counted, coVerb.length) ? label : undefined;
  }
  if (place === "after") {
    const end = [raw, shownRaw].find((e) => written.startsWith(e));
    const label = end === undefined ? undefined : written.slice(end.length);
    return label?.startsWith(counted) ? label : undefined;
  }
  const end = [`${raw}${counted}`, `${shownRaw}${counted}`].find((e) => written.endsWith(e));
  let label =
    end === undefined
      ? rewrittenBefore(written, counted, shownRaw)
      : written.slice(0, written.length - end.length);
  if (label === undefined) return undefined;
  for (const [re, to] of OUTCOME_END) label = label.replace(re, to);
  for (const [re, to] of SPOKEN_END) label = label.replace(re, to);
  return label;
}

/** The number of a figure as the card writes it (80、约1200万、60余), without its measure word. */
const NUMBER_SHOWN = /^(?:约)?[\d.]+(?:余|多)?(?:万|亿)?/u;

/**
 * label42: the cleaning wrote the figure's measure as a document does (报了5个 → 申报5项, 看了3回 → 观看3次, 2500万 → 2500万元)
 * or put the lesson before its count (上了4堂技术课 → 讲授技术课4堂): the figure is still there, its number the same, at the
 * line's end with at most two characters of measure. The label is what stands before it (without the counted noun when
 * the cleaning moved it there); else none.
 */
function rewrittenBefore(written: string, counted: string, shownRaw: string): string | undefined {
  const number = NUMBER_SHOWN.exec(shownRaw)?.[0];
  if (!number || !/\d/u.test(number)) return undefined;
  const tail = new RegExp(`(?<![\\d.])${number.replace(/\./gu, "\\.")}[\\u4e00-\\u9fff]{0,2}$`, "u");
  if (counted && written.endsWith(counted)) {
    const before = written.slice(0, written.length - counted.length);
    const m = tail.exec(before);
    return m ? before.slice(0, m.index) : undefined;
  }
  const m = tail.exec(written);
  if (!m) return undefined;
  const label = written.slice(0, m.index);
  if (!counted) return label;
  return label.endsWith(counted) && label.length > counted.length
    ? label.slice(0, -counted.length)
    : undefined;
}

/** The label, unless it came out too short or with a pause the label had not. */
function kept(context: string, label: string): string {
  const pauses = (t: string) => (t.match(PAUSES) ?? []).length;
  return label.length < 2 || pauses(label) > pauses(context) ? context : label;
}
