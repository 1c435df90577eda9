import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseOrg } from "../src/domain/org.js";
import { approvalFindings } from "../src/drafting/check-before-approval.js";
import type { Draft, DraftPart } from "../src/drafting/draft-model.js";
import { draftOffline } from "../src/drafting/draft-offline.js";
import { groupMaterial } from "../src/drafting/gather-material.js";
import { fullReview, pendingText, reviewCard } from "../src/drafting/review-view.js";
import { renderMarkdown } from "../src/export/render-markdown.js";
import { importRows } from "../src/import/import-updates.js";
import { memoryStore } from "./fixtures/drafting/memory-store.js";
import { offlineDraftOf } from "./helpers/offline-parts.js";

/**
 * Trial36, class 1: a plan for the year said months before the summary (「下半年将在3个村建成科普画廊」 said in June,
 * 「9月底前完成…」 said in May) is neither next year's plan nor the year's remaining work, and the draft left it out
 * without a word — the reviewer never learnt that a confirmed plan had no follow-up. It is still not written into the
 * text (done or not, nobody said), but listed for the reviewer wherever findings are: 待核实, the card's count, the
 * review text's notes and the 定稿 check. A plan a later report of its section takes up is not listed; the year's
 * remaining work and next year's plan are where they were. Own phrasings, through import, offline.
 */
const org = parseOrg(JSON.parse(readFileSync(new URL("../data/org.example.json", import.meta.url), "utf8")));
type Row = { author: string; section: string; date: string; text: string };

const draft = (rows: Row[]): Promise<Draft> => offlineDraftOf(rows);
const parts = (d: Draft) => d.versions[0]?.parts ?? [];
const section = (d: Draft, id: string) => parts(d).find((p) => p.key === `section:${id}`) as DraftPart;
const work = {
  author: "chen-kp",
  section: "popsci",
  date: "2026-04-10",
  text: "在城关镇开展科普讲座3场，群众200余人参加",
};

/** [author, section, day said, the plan as said, words of it the reviewer must be shown]. */
const LAPSED: Array<[string, string, string, string, string]> = [
  ["chen-kp", "popsci", "2026-06-12", "下半年将在3个村建成科普画廊", "科普画廊"],
  ["li-rd", "rd", "2026-05-08", "9月底前完成全县研发费用加计扣除政策宣讲", "加计扣除政策宣讲"],
  ["sun-tp", "envoy", "2026-07-20", "下一步打算组织特派员开展秋播技术指导", "秋播技术指导"],
  ["xu-dj", "party", "2026-03-02", "二季度组织一次党员集中轮训", "党员集中轮训"],
];

describe("a plan for the year whose time came is listed for the reviewer, not lost", () => {
  it.each(LAPSED)("%s %s %s「%s」", async (author, id, date, said, words) => {
    const d = await draft([work, { author, section: id, date, text: said }]);
    const part = section(d, id);
    // Never written into the text, as done or as under way.
    const md = renderMarkdown(d.versions[0]!, d.period);
    expect(md).not.toContain(words);
    // Listed: on the part, in 待核实 (with the day it was said and its source), the card's count, the review notes, 定稿.
    expect(part.lapsed?.map((l) => l.plan).join("")).toContain(words);
    const pending = pendingText(d);
    expect(pending).toMatch(
      new RegExp(
        `〔待核实〕（[一二三四五六七八]）：今年的计划「[^」]*${words}[^」]*」（\\d+月\\d+日填报）`,
        "u",
      ),
    );
    expect(pending).toContain("请核实是否完成");
    expect(reviewCard(d).blocks.join("\n")).toMatch(/待核实 [1-9]\d* 处/u);
    expect(fullReview(d).text).toContain(words);
    const found = approvalFindings(d).map((f) => `${f.kind}：${f.text}`);
    expect(found.join("\n")).toMatch(
      new RegExp(`待核实：1 条今年的计划之后没有相应的填报，稿中未写入：「[^」]*${words}`, "u"),
    );
  });

  it("a plan a later report of its section takes up is not listed", async () => {
    const d = await draft([
      work,
      { author: "chen-kp", section: "popsci", date: "2026-06-12", text: "下半年将在3个村建成科普画廊" },
      { author: "chen-kp", section: "popsci", date: "2026-10-15", text: "石门村等3个村的科普画廊已经建好了" },
    ]);
    expect(section(d, "popsci").lapsed ?? []).toEqual([]);
    expect(pendingText(d)).not.toContain("今年的计划");
  });

  it("the year's remaining work and next year's plan are not listed as lapsed", async () => {
    const d = await draft([
      work,
      {
        author: "chen-kp",
        section: "popsci",
        date: "2026-12-03",
        text: "12月20日前完成全年科普工作台账整理",
      },
      { author: "chen-kp", section: "popsci", date: "2026-11-10", text: "明年计划新建科普示范学校5所" },
    ]);
    expect(section(d, "popsci").lapsed ?? []).toEqual([]);
    expect(approvalFindings(d).some((f) => f.text.includes("今年的计划"))).toBe(false);
  });

  it("the first half's draft plans the rest of the year: nothing is lapsed there", async () => {
    const store = memoryStore();
    await importRows(
      store,
      org,
      [
        work,
        { author: "chen-kp", section: "popsci", date: "2026-06-12", text: "下半年将在3个村建成科普画廊" },
      ].map((r, i) => ({ row: i + 1, ...r })),
      new Date("2026-12-05T00:00:00Z"),
    );
    const { parts: half } = draftOffline(org, groupMaterial(org, { year: 2026, half: 1 }, store.updates));
    expect(half.find((p) => p.key === "section:popsci")?.lapsed ?? []).toEqual([]);
    expect(
      half
        .find((p) => p.kind === "plan")
        ?.items.map((i) => i.text)
        .join(""),
    ).toContain("科普画廊");
  });
});
