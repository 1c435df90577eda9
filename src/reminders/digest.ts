import type { CardModel, Reply } from "../conversation/types.js";
import type { Org, Person, Section } from "../domain/org.js";
import { type Period, parseDate, periodLabel, periodRange } from "../domain/period.js";
import type { Store } from "../store/types.js";
import type { UnknownSender } from "../conversation/unknown-senders.js";
import { type Leave, type Prefs, leaveOverlapping } from "./reminder-records.js";
import { weekLabel, weekRange } from "./plan-week.js";
import { isAsked, whoIsMissing } from "./who-is-missing.js";

/**
 * The leaders' digest for one ISO week: who reported, by section; who did not; which sections
 * have had no material at all this half-year; counts. Built from confirmed updates only.
 */
export interface DigestData {
  week: string;
  /** "11月17日—11月23日" */
  label: string;
  /** The half-year the "no material" list covers, e.g. "2025年下半年". */
  period: string;
  sections: Array<{
    section: Section;
    reporters: Array<{ person: Person; updates: number; noProgress: boolean }>;
  }>;
  notReported: Array<{ person: Person; missing: Section[]; reported: Section[]; leave?: Leave }>;
  /** Sections without a single confirmed, material (not 「无进展」) update in the period up to the week's end. */
  silentSections: Section[];
  counts: {
    asked: number;
    fullyReported: number;
    updates: number;
    noProgress: number;
    sectionsWithMaterial: number;
    sections: number;
  };
}

/** Collects the digest's facts from the store. `prefs` supplies leave notes. */
export async function buildDigest(
  org: Org,
  store: Store,
  week: string,
  prefs: (personId: string) => Prefs | undefined = () => undefined,
): Promise<DigestData> {
  const range = weekRange(week);
  const weekUpdates = await store.listUpdates({ week, status: "confirmed" });
  const byId = new Map(org.people.map((p) => [p.id, p]));

  const sections = org.sections.map((section) => {
    const mine = weekUpdates.filter((u) => u.section === section.id);
    // 代报: an update filed for a colleague (reportedFor) is theirs here, as in who-is-missing.ts.
    const authors = [...new Set(mine.map((u) => u.reportedFor ?? u.author))];
    const reporters = authors.map((id) => {
      const own = mine.filter((u) => (u.reportedFor ?? u.author) === id);
      const person = byId.get(id) ?? { id, name: id, role: "staff" as const, sections: [], feishu: {} };
      const material = own.filter((u) => !u.noProgress).length;
      return { person, updates: material, noProgress: material === 0 };
    });
    return { section, reporters };
  });

  const decisions = whoIsMissing({ org, week, updates: weekUpdates, prefs: () => undefined, dates: [] });
  const asked = decisions.filter((d) => isAsked(d.person));
  const notReported = asked
    .filter((d) => d.missing.length > 0)
    .map((d) => ({
      person: d.person,
      missing: d.missing,
      reported: d.reported,
      leave: leaveOverlapping(prefs(d.person.id), range.from, range.to),
    }));

  const end = parseDate(range.to);
  const period: Period = {
    year: end?.year ?? Number(week.slice(0, 4)),
    half: (end?.month ?? 1) <= 6 ? 1 : 2,
  };
  const from = periodRange(period).from;
  const material = (await store.listUpdates({ from, to: range.to, status: "confirmed" })).filter(
    (u) => !u.noProgress,
  );
  const withMaterial = new Set(material.map((u) => u.section));
  const weekMaterial = new Set(weekUpdates.filter((u) => !u.noProgress).map((u) => u.section));

  return {
    week,
    label: weekLabel(week),
    period: periodLabel(period),
    sections,
    notReported,
    silentSections: org.sections.filter((s) => !withMaterial.has(s.id)),
    counts: {
      asked: asked.length,
      fullyReported: asked.length - notReported.length,
      updates: weekUpdates.filter((u) => !u.noProgress).length,
      noProgress: weekUpdates.filter((u) => u.noProgress).length,
      sectionsWithMaterial: weekMaterial.size,
      sections: org.sections.length,
    },
  };
}

const NUMS = [
  "一",
  "二",
  "三",
  "四",
  "五",
  "六",
  "七",
  "八",
  "九",
  "十",
  "十一",
  "十二",
  "十三",
  "十四",
  "十五",
];

function reporterText(r: DigestData["sections"][number]["reporters"][number]): string {
  return r.noProgress ? `${r.person.name}（本周无进展）` : `${r.person.name} ${r.updates}条`;
}

/** Renders the digest as plain text and as a card; `heading` distinguishes 上周 / 本周截至目前. */
export function renderDigest(
  d: DigestData,
  heading = "上周填报情况",
  forAdmins?: { unknownSenders: UnknownSender[]; holidays?: string },
): Reply {
  const unknown = forAdmins?.unknownSenders ?? [];
  const unknownLines = unknown.map(
    (u) =>
      `${u.name ?? "（无姓名）"}（账号 ${u.id}，最近 ${u.lastSeen.slice(5, 10)}，共 ${u.messages} 条消息）`,
  );
  const unknownHeading = `四、给机器人发过消息但不在名册中（${unknown.length}人）`;
  const unknownHint = "发送「添加 姓名 科室」把对方加入名册（例如「添加 张三 科普」）。";
  const title = `${heading}（${d.week}，${d.label}）`;
  const c = d.counts;
  const summary =
    `应填报 ${c.asked} 人，已全部填报 ${c.fullyReported} 人；已确认工作进展 ${c.updates} 条，` +
    `「本周无进展」${c.noProgress} 条；${c.sectionsWithMaterial}/${c.sections} 个科室有新材料。`;

  const sectionLines = d.sections.map((s, i) => {
    const who = s.reporters.length > 0 ? s.reporters.map(reporterText).join("、") : "暂无";
    return `（${NUMS[i] ?? i + 1}）${s.section.name}：${who}`;
  });
  const missingLines =
    d.notReported.length === 0
      ? ["无，全部已填报。"]
      : d.notReported.map((n) => {
          const miss = n.missing.map((s) => `「${s.name}」`).join("");
          const notes: string[] = [];
          if (n.reported.length > 0) notes.push(`${n.reported.map((s) => `「${s.name}」`).join("")}已填报`);
          if (n.leave) notes.push(`请假 ${n.leave.from} 至 ${n.leave.to}`);
          return `${n.person.name}：${miss}${notes.length > 0 ? `（${notes.join("；")}）` : ""}`;
        });
  const silent =
    d.silentSections.length === 0
      ? `${d.period}以来各科室均已有材料。`
      : `${d.period}以来尚无材料：${d.silentSections.map((s) => s.name).join("、")}。`;

  const text = [
    `【${title}】`,
    summary,
    "",
    "一、按科室",
    ...sectionLines,
    "",
    `二、未填报（${d.notReported.length}人）`,
    ...missingLines,
    "",
    "三、本期无材料的科室",
    silent,
    ...(unknown.length > 0 ? ["", unknownHeading, ...unknownLines, unknownHint] : []),
    ...(forAdmins?.holidays ? ["", `【节假日数据】${forAdmins.holidays}`] : []),
  ].join("\n");

  const card: CardModel = {
    title,
    template: d.notReported.length === 0 ? "green" : "orange",
    blocks: [
      summary,
      "**一、按科室**",
      ...sectionLines,
      `**二、未填报（${d.notReported.length}人）**`,
      ...missingLines,
      "**三、本期无材料的科室**",
      silent,
      ...(unknown.length > 0 ? [`**${unknownHeading}**`, ...unknownLines, unknownHint] : []),
      ...(forAdmins?.holidays ? [`**节假日数据**`, forAdmins.holidays] : []),
    ],
    note: "随时发送「进度」可查看本周截至目前的填报情况，「进度 上周」查看上周。",
  };
  return { text, card, textIsCardCopy: true };
}
