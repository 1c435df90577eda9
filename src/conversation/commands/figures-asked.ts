import type { Org, Person } from "../../domain/org.js";
import { localDateString } from "../../domain/period.js";
import type { Figure, Update } from "../../domain/update.js";
import type { Command } from "../types.js";
import { WHO_MARK } from "../who-reported-asked.js";

/**
 * 查数 问题: a leader (or the office) asks the material a question — 「咱们高企今年是几家来着」「孙磊那边培训搞了
 * 几场」「上半年科普活动报了没有」 — and gets what staff reported: each figure of a confirmed update that matches
 * the thing asked (by its words, or the section they name), with who reported it and when. Several figures are
 * listed, never added up; none found is said plainly. Read-only: nothing is stored or changed.
 */
const figuresAsked: Command = {
  names: ["查数", "/figures"],
  help: "查数 问题 — 领导、办公室问材料里的数（也可以说：咱们高企今年是几家、孙磊培训搞了几场、上半年科普活动报了没有、技术合同今年成交咗几多钱），按已确认的填报回答谁在哪天报的",
  leadersOnly: true,
  staffRefusal:
    "只有局领导和办公室可以按大家的填报查数，这条消息没有记为填报。您自己报过的内容发送「我的填报」查看。",
  async run(ctx) {
    const { store, org, clock, timezone } = ctx.services;
    const asked = ctx.args.trim();
    if (!asked) return { text: "请说明要查什么，如「查数 高企今年几家」或「查数 孙磊培训几场」。" };
    const today = localDateString(clock.now(), timezone);
    const q = readQuestion(asked, org, today);
    // 「食用菌培训是谁报的」 (who-reported-asked.ts): the updates about the matter, each with who and when.
    if (asked.startsWith(WHO_MARK))
      return whoReported(await store.listUpdates({ status: ["confirmed"] }), q, org);
    // A person's work is what they reported and what colleagues filed for them (代报), not what they filed for others.
    const list = (await store.listUpdates({ status: ["confirmed"], from: q.from, to: q.to })).filter(
      (u) => !q.person || (u.reportedFor ?? u.author) === q.person.id,
    );
    const hits = matchFigures(list, q, org);
    const subject = `${q.person ? `${q.person.name} ` : ""}${q.terms.join(" ") || asked}`;
    const when = q.label;
    // Nothing reported in the unit asked (多少人次 with only 32名 and 3场): said so, and the nearest shown as such.
    const nearest = hits.length === 0 && q.unitSaid ? nearestFigures(list, q, org) : [];
    if (nearest.length > 0) {
      const shown = nearest.slice(0, MAX_SHOWN);
      return {
        text: [
          `按大家已确认的填报，${when}「${subject}」没有按「${q.unitSaid}」报的数。最接近的是这些（单位不同，不能当作「${q.unitSaid}」的数）：`,
          ...shown.map((h) => `${workerOf(org, h.update)} ${dayLabel(h.update.date)}：${h.phrase}`),
        ].join("\n"),
      };
    }
    if (hits.length > 0) {
      const shown = hits.slice(0, MAX_SHOWN);
      return {
        text: [
          `按大家已确认的填报，${when}「${subject}」报过这些数：`,
          ...shown.map((h) => `${workerOf(org, h.update)} ${dayLabel(h.update.date)}：${h.phrase}`),
          hits.length > shown.length
            ? `……还有 ${hits.length - shown.length} 条，发送「查看填报 姓名或科室」看全部。`
            : "",
          hits.length > 1 ? "以上是填报里的原数，各是各的事，没有相加。" : "",
        ]
          .filter(Boolean)
          .join("\n"),
      };
    }
    // Reported without a figure (「上半年科普活动报了没有」): the updates themselves answer it.
    const plain = list.filter((u) => matchesText(aboutText(u, org), q.terms)).slice(0, MAX_SHOWN);
    if (plain.length > 0)
      return {
        text: [
          `${when}「${subject}」有人报过，但没有报这方面的数：`,
          ...plain.map((u) => reportLine(org, u)),
        ].join("\n"),
      };
    return {
      text: `还没有人报过${when}「${subject}」的数（只查已确认的填报）。没报过的数不会出现在总结里，需要的话请相关科室补报。`,
    };
  },
};

const MAX_SHOWN = 12;

function whoReported(list: readonly Update[], q: Question, org: Org) {
  const subject = q.terms.join(" ");
  const hits = list.filter((u) => matchesText(aboutText(u, org), q.terms));
  if (hits.length === 0)
    return {
      text: `已确认的填报里没有找到「${subject}」（只查已确认的填报）。换个说法再问，或发「查看填报 姓名或科室」看全部。`,
    };
  const names = [...new Set(hits.map((u) => nameOf(org, u.reportedFor ?? u.author)))].join("、");
  return {
    text: [
      `「${subject}」是${names}报的（已确认的填报）：`,
      ...hits.slice(0, MAX_SHOWN).map((u) => reportLine(org, u, true)),
      hits.length > MAX_SHOWN
        ? `……还有 ${hits.length - MAX_SHOWN} 条，发送「查看填报 姓名或科室」看全部。`
        : "",
    ]
      .filter(Boolean)
      .join("\n"),
  };
}

interface Question {
  person?: Person;
  /** Section ids the question names by name or alias (高企 → hitech). */
  sections: string[];
  /** The words of the thing asked about (高企、培训、技术合同成交额). */
  terms: string[];
  /** Units the count is asked in (几家 → 家, 多少人 → 人、名), empty when not said. */
  units: string[];
  /** The unit as said (人次), to tell the asker nothing was reported in it. */
  unitSaid?: string;
  /** Units near the one asked, shown as nearest when nothing was reported in it (几期 → 场、次). */
  near: string[];
  /** What was done to the thing, when the question says (高企认定了几家 → 认定): which of its counts is asked. */
  acts: string[];
  from: string;
  to: string;
  label: string;
}

/** Words of the question that say nothing of its matter. */
const FILLER =
  /咱们?|我们|俺们|阮兜|咱局|局里|全县|全局|今年以来|今年|截至目前|截止目前|到目前为止|到现在|现在|目前|当前|眼下|至今|去年|上半年|下半年|这个月|本月|上个月|一共|总共|到底|来着|有没有个?数|有(?:没有)?统计|有数|数字?|那边|那块|这块|那里|这边|(?<![申填上汇通举预呈])报(?:的|过|了)|谁|有人|有没有|没有|侬晓得伐|晓得不|知道不|多少钱|多少|几多|几|好多|[啊啦哦咧呢吗嘛呀哈伐没么][?？]*$|[?？!！。，,]/gu;
/** A measure word after the count asked (人次 and 场次 before 人 and 场). */
const UNIT_AFTER =
  /(?:多少|几多|几|好多)(号人|人次|场次|[家场个件次期处份间卷人所项名位户村块台套座轮批回篇亩元万]|钱)/u;
/**
 * Units that count the same thing: 32名 answers 多少人, 1.2亿元 answers 多少钱. 人次 counts visits, not people:
 * 430人次 does not answer 多少人, nor 32名 多少人次.
 */
const SAME_UNITS: ReadonlyArray<readonly string[]> = [
  ["人", "名", "位", "号人"],
  ["场", "场次"],
  ["元", "钱", "万"],
];
/** Units near enough to show, said as such, when nothing was reported in the unit asked (几期 → 3场). */
const NEAR_UNITS: ReadonlyArray<readonly string[]> = [
  ["人", "人次", "名", "位", "号人"],
  ["家", "个", "户", "所", "间"],
  ["场", "场次", "次", "期", "轮", "批", "回"],
  ["件", "项", "个", "份", "卷", "篇"],
  ["元", "钱", "万"],
];
const PEOPLE = SAME_UNITS[0] ?? [];
/** Verbs and light words between the matter's words: split on them, never matched on their own. */
const LIGHT =
  /搞了?|办了?|弄了?|整了?|做了?|开展了?|来了|下去|发了|有|是|的|了|到|新增了?|新认定的?|认定了?|咗|建了|上了|入库了|登记了|授权|发展了|引进了|覆盖了|查出|申报了|孵化了|服务了|(?:选)?派了|走访了|跑了|去了|组织了|举办了|召开了|一共|总共/gu;

/**
 * A lookup asked (「上半年科普讲座场次给我查下」「帮我查查专利数」): the lookup words say nothing of the matter, and a
 * measure named (场次、人次、数量) is the unit asked in, not a word of the matter.
 */
const LOOKUP_WORDS =
  /(?:给我|帮我|帮忙|麻烦|把)?(?:查|找|翻|调)(?:一下|下|查|一查|找|一找|出来)?(?:吧|呗|啊|哈)?/gu;
const MEASURE_UNITS: ReadonlyArray<[RegExp, string]> = [
  [/场次/u, "场"],
  [/人次/u, "人次"],
  [/人数/u, "人"],
  [/户数/u, "户"],
  [/家数/u, "家"],
  [/件数/u, "件"],
  [/数量|数据|总数|个数/u, ""],
];

function readQuestion(asked: string, org: Org, today: string): Question {
  const year = Number(today.slice(0, 4));
  let from = `${year}-01-01`;
  let to = `${year}-12-31`;
  let label = "今年";
  if (/去年/.test(asked)) [from, to, label] = [`${year - 1}-01-01`, `${year - 1}-12-31`, "去年"];
  else if (/上半年/.test(asked)) [from, to, label] = [`${year}-01-01`, `${year}-06-30`, "今年上半年"];
  else if (/下半年/.test(asked)) [from, to, label] = [`${year}-07-01`, `${year}-12-31`, "今年下半年"];
  else if (/这个月|本月/.test(asked)) [from, label] = [`${today.slice(0, 7)}-01`, "本月"];
  const person = org.people.find((p) => asked.includes(p.name));
  const measure = MEASURE_UNITS.find(([re]) => re.test(asked));
  const unitSaid = UNIT_AFTER.exec(asked)?.[1] ?? (measure?.[1] || undefined);
  const units = unitSaid ? [...(SAME_UNITS.find((f) => f.includes(unitSaid)) ?? [unitSaid])] : [];
  const near = unitSaid ? [...(NEAR_UNITS.find((f) => f.includes(unitSaid)) ?? [])] : [];
  // 「讲了几个班」「多少个娃」: 个 with a noun after it asks for counts of that noun, in its own measure (俩班)
  // or counting it (八十来个娃); 几个人 asks for people.
  const nounAfter = /(?:多少|几多|几|好多)个([\u4e00-\u9fff])/u.exec(asked)?.[1];
  if (unitSaid === "个" && nounAfter === "人") units.push(...PEOPLE);
  else if (unitSaid === "个" && nounAfter && !/[的了是在有]/.test(nounAfter)) units.push(nounAfter);
  let rest = person ? asked.split(person.name).join(" ") : asked;
  if (UNIT_AFTER.test(rest)) rest = rest.replace(UNIT_AFTER, " ");
  if (measure) rest = rest.replace(measure[0], " ");
  rest = rest.replace(LOOKUP_WORDS, " ");
  rest = rest.replace(FILLER, " ").replace(LIGHT, " ");
  // 高企验收了几家: what was done is not a word of the matter (ACTS), unless nothing else is said.
  const acts = [...new Set(asked.match(ACTS) ?? [])];
  const wordsOf = (t: string) => [...new Set(t.split(/\s+/).filter((w) => [...w].length >= 2))];
  const matter = wordsOf(rest.replace(ACTS, " "));
  const terms = matter.length > 0 ? matter : wordsOf(rest);
  const sections = org.sections
    .filter((s) =>
      terms.some(
        (t) => s.aliases.includes(t) || s.name === t || sectionWords(s).some((w) => t.startsWith(w)),
      ),
    )
    .map((s) => s.id);
  return {
    ...(person ? { person } : {}),
    ...(unitSaid ? { unitSaid: unitSaid === "个" && nounAfter === "人" ? "人" : unitSaid } : {}),
    sections,
    terms,
    units,
    near,
    acts,
    from,
    to,
    label,
  };
}

interface Hit {
  update: Update;
  phrase: string;
  /** How well the figure's own words, and its update's, name the thing asked. */
  score: number;
  /** The update and work item (clause) the figure was said in. */
  clause: string;
  /** Its own words say nothing but a total (总数到了、累计达). */
  totalOnly: boolean;
  /** Its own words say only what was done (通过认定 6家), not what to: of the thing of its clause. */
  actOnly: boolean;
  unit: string;
  /** The work item it was said in names the thing asked by its own words. */
  clauseNames: boolean;
  /** The figure's own words (its context and what it counts). */
  words: string;
}

/**
 * What is done to a thing counted (申报9家 and 通过认定6家 are both 高企): said in the question, it picks the count
 * (lead, round forty-five: 「高企今年认定了几家」 was answered with 申报 9家 only).
 */
const ACTS =
  /认定|申报|复审|授权|引进|孵化|入库|登记|备案|立项|获批|验收|走访|选派|举办|召开|新增|培育|结题/gu;

/** Words that say a count is a total, not of some other thing: 总数到了41家、累计达到. */
const TOTAL_WORDS = /总数|总量|总计|合计|共计|累计|一共|总共|达到|到了|达|已有|现有|共有/gu;

/** An update names the thing when this share of the question's word pairs is in it. */
const ENOUGH = 0.6;
/** Figures scored this far below the best are about something else. */
const CLOSE = 0.15;

function matchFigures(list: readonly Update[], q: Question, org: Org): Hit[] {
  const hits: Hit[] = [];
  for (const u of [...list].sort((a, b) => (a.date === b.date ? a.seq - b.seq : a.date < b.date ? -1 : 1))) {
    const whole = u.normalizedText || u.originalText;
    const inSection = q.sections.includes(u.section);
    const said = coverage(aboutText(u, org), q.terms);
    for (const item of u.items.length > 0 ? u.items : [{ text: whole, figures: u.figures }]) {
      for (const f of item.figures) {
        if (f.kind && f.kind !== "achieved") continue;
        if (q.units.length > 0 && !q.units.includes(f.unit) && !q.units.includes(f.counted ?? "")) continue;
        // 「高企几家」: a count in the unit asked, in the section named, is of that section's thing.
        if (said < ENOUGH && !(inSection && q.units.length > 0)) continue;
        const own = coverage(`${f.context}${f.counted ?? ""}`, q.terms);
        const inClause = coverage(item.text, q.terms);
        const score = 0.6 * own + 0.3 * inClause + 0.1 * said;
        const bare = `${f.context}${f.counted ?? ""}`.replace(TOTAL_WORDS, "").replace(LIGHT, "");
        hits.push({
          update: u,
          phrase: phraseOf(f, item.text),
          score,
          clause: `${u.id}|${item.text}`,
          totalOnly: [...bare].length <= 1,
          actOnly: [...bare.replace(ACTS, "").replace(/通过|获得|成功|顺利|新/gu, "")].length <= 1,
          unit: f.unit,
          clauseNames: inClause >= ENOUGH,
          words: `${f.context}${f.counted ?? ""}`,
        });
      }
    }
  }
  // 「只要高企那块的数」 (查数 高企): only a section named and no unit asked — every figure of that section (lead, round
  // forty-four: 复审通过4家 was left out beside 高企新认定了7家).
  if (q.units.length === 0 && q.sections.length > 0 && q.terms.every((t) => namesSection(t, q.sections, org)))
    return hits.filter((h) => q.sections.includes(h.update.section));
  // 「高企认定了几家」: when some figures' own words say the act asked, the others count something else done to it.
  const acting = hits.filter((h) => q.acts.some((a) => h.words.includes(a)));
  const pool = acting.length > 0 ? acting : hits;
  const best = Math.max(0, ...pool.map((h) => h.score));
  const kept = pool.filter((h) => h.score >= best - CLOSE);
  // 「新认定高新技术企业9家，总数到了41家」 asked 高企几家: a count in the unit asked, said in the same clause as the
  // best answer, is of the same thing (its total), though its own words do not repeat the matter.
  // 「申报高企9家，通过认定6家」 asked 高企几家: 通过认定 says only what was done, and is of the same thing too.
  const beside = (h: Hit) => (h.totalOnly || h.actOnly) && kept.some((k) => k.clause === h.clause);
  return q.units.length > 0 ? pool.filter((h) => kept.includes(h) || beside(h)) : kept;
}

/**
 * The figures nearest the thing asked, in any unit (下乡服务 430人次 for 下乡服务几场), said in a work item that names
 * it (not 技术合同3项 for 专利几件 because the section is 成果转化); those in a unit near the one asked (2期 for 几场)
 * first.
 */
function nearestFigures(list: readonly Update[], q: Question, org: Org): Hit[] {
  const all = matchFigures(list, { ...q, units: [] }, org).filter((h) => h.clauseNames);
  const inNear = all.filter((h) => q.near.includes(h.unit));
  return [...inNear, ...all.filter((h) => !inNear.includes(h))];
}

/**
 * What an update is about: its text after the name and short names of the section it was filed in (陈静's
 * 「发了300多份资料」 in 科普 is 科普资料 without saying 科普).
 */
function aboutText(u: Update, org: Org): string {
  const section = org.sections.find((s) => s.id === u.section);
  return `${section ? sectionWords(section).join(" ") : ""} ${u.normalizedText || u.originalText}`;
}

/** Whether a word of the question is one of the named sections' names or short names (高企、高新技术企业与创新平台). */
function namesSection(t: string, ids: readonly string[], org: Org): boolean {
  return org.sections.some(
    (s) => ids.includes(s.id) && (s.name === t || s.aliases.includes(t) || sectionWords(s).includes(t)),
  );
}

/** A section's name and its short names of two or more characters. */
function sectionWords(s: Org["sections"][number]): string[] {
  return [s.name, ...s.aliases].filter((w) => [...w].length >= 2);
}

/** The share of the question's word pairs (技术合同成交额: 技术 术合 合同 …) in a text; a term abbreviated counts whole. */
function coverage(said: string, asked: readonly string[]): number {
  // 交易额 and 成交额 are one amount (技术合同成交额 asked, 技术合同交易额 reported).
  const text = said.replace(SAME_AMOUNT, "成交额");
  const terms = asked.map((t) => t.replace(SAME_AMOUNT, "成交额"));
  let total = 0;
  let found = 0;
  for (const t of terms) {
    const chars = [...t];
    const pairs = chars.slice(1).map((c, i) => `${chars[i]}${c}`);
    total += pairs.length;
    found +=
      text.includes(t) || abbreviates(t, text) ? pairs.length : pairs.filter((p) => text.includes(p)).length;
  }
  return total === 0 ? 0 : found / total;
}

const SAME_AMOUNT = /交易额/gu;

/** Whether a text names the thing: a term in it, or its characters in order (高企 in 高新技术企业). */
function matchesText(text: string, terms: readonly string[]): boolean {
  return terms.length > 0 && coverage(text, terms) >= ENOUGH;
}

/** 高企 ⊂ 高新技术企业, 科普 ⊂ 科学普及: a short term's characters in order, within a few characters. */
function abbreviates(term: string, text: string): boolean {
  const chars = [...term];
  if (chars.length < 2 || chars.length > 4) return false;
  for (let start = text.indexOf(chars[0]!); start >= 0; start = text.indexOf(chars[0]!, start + 1)) {
    let at = start;
    let ok = true;
    for (const c of chars.slice(1)) {
      at = text.indexOf(c, at + 1);
      if (at < 0 || at - start > chars.length * 3) {
        ok = false;
        break;
      }
    }
    if (ok) return true;
  }
  return false;
}

/** The figure as reported: its own words and the number (新认定高新技术企业 12家); the clause when it has none. */
function phraseOf(f: Figure, itemText: string): string {
  const own = `${f.context}${f.counted && !f.context.includes(f.counted) ? f.counted : ""}`;
  return [...own].length >= 2 || !itemText ? `${own} ${f.raw}` : `${clip(itemText)}（${f.raw}）`;
}

function clip(text: string): string {
  const t = text.replace(/\s+/g, " ").trim();
  return [...t].length > 40 ? `${[...t].slice(0, 40).join("")}…` : t;
}

/** An update as these answers list it: who, the day (and its number), its words clipped. */
function reportLine(org: Org, u: Update, numbered = false): string {
  return `${workerOf(org, u)} ${dayLabel(u.date)}${numbered ? ` #${u.seq}` : ""}：${clip(u.normalizedText || u.originalText)}`;
}

/** Whose work an update is: the reporter, or the colleague a 代报 was filed for with who filed it (孙磊（李明代填）). */
function workerOf(org: Org, u: Update): string {
  return u.reportedFor
    ? `${nameOf(org, u.reportedFor)}（${nameOf(org, u.author)}代填）`
    : nameOf(org, u.author);
}

function nameOf(org: Org, id: string): string {
  return org.people.find((p) => p.id === id)?.name ?? id;
}

function dayLabel(date: string): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

export const figuresAskedCommands: Command[] = [figuresAsked];
