import { describe, expect, it } from "vitest";
import type { DraftPart } from "../src/drafting/draft-model.js";
import { offlineVersionOf, type ReportRow } from "./helpers/offline-parts.js";

/**
 * Trial35, class 1: a plan confirmed late in the year for the year's last weeks (「12月20日前完成年度科技统计报送」
 * said on 3 December) was in neither the year's work nor next year's plan — it vanished from the leaders' draft.
 * It is still to be done when the year summary is written: it goes under its section as the year's remaining work
 * (「下一步，将于…前完成…」), never as work done and never into next year's plan. Own phrasings, through import.
 */

const draft = async (rows: ReportRow[]) => (await offlineVersionOf(rows)).parts;
const text = (p: DraftPart | undefined) =>
  p ? [...p.paragraphs, ...p.items.map((i) => `${i.title}${i.text}`), p.closing ?? ""].join("\n") : "";
const section = (parts: DraftPart[], id: string) =>
  parts.find((p) => p.kind === "section" && p.sectionId === id);

/** [author, section, date said, text, words that must be in the section, what the line must not say]. */
const LATE: Array<[string, string, string, string, string]> = [
  ["li-rd", "rd", "2026-12-03", "12月20日前完成年度科技统计报送", "年度科技统计报送"],
  ["wang-ban", "office", "2026-12-02", "本月底前组织一次安全检查", "安全检查"],
  ["chen-kp", "popsci", "2026-12-04", "下周到城关镇开展一次科普讲座", "科普讲座"],
  ["sun-tp", "envoy", "2026-11-12", "年底前完成3个示范基地的验收", "示范基地的验收"],
  ["he-gq", "hitech", "2026-10-09", "力争年内新增科技型中小企业入库15家", "入库15家"],
  ["xu-dj", "party", "2026-11-20", "年底之前把支部档案整理完", "支部档案"],
];

describe("the year's remaining work is in its section, not lost", () => {
  it.each(LATE)("%s %s %s「%s」", async (author, id, date, said, words) => {
    const parts = await draft([
      { author, section: id, date, text: said },
      { author: "li-rd", section: "rd", date: "2026-12-01", text: "明年计划组织申报省级项目10项" },
    ]);
    const s = text(section(parts, id));
    expect(s, s).toContain(words);
    // Said as what is still to be done, never as done, and with no relative time left in it.
    const line = s.split("\n").find((l) => l.includes(words)) ?? "";
    expect(line).toMatch(/^下一步，|将/u);
    expect(line).not.toMatch(/本月|下周|这周|这两天|之前把|将于[^，。]*将/u);
    // Not next year's plan.
    const plan = text(parts.find((p) => p.kind === "plan"));
    expect(plan).not.toContain(words);
    expect(plan).toContain("省级项目10项");
  });

  it("work done beside it stays work, the plan beside it stays next year's", async () => {
    const parts = await draft([
      {
        author: "li-rd",
        section: "rd",
        date: "2026-12-03",
        text: "组织申报市级研发项目12项。12月20日前完成年度科技统计报送，明年打算争取省级项目10项",
      },
    ]);
    const s = text(section(parts, "rd"));
    expect(s).toContain("12项");
    expect(s).toContain("年度科技统计报送");
    const plan = text(parts.find((p) => p.kind === "plan"));
    expect(plan).toContain("省级项目10项");
    expect(plan).not.toContain("统计报送");
  });

  it("a plan whose time passed months ago is still not written as under way", async () => {
    const parts = await draft([
      { author: "chen-kp", section: "popsci", date: "2026-06-18", text: "下半年将开展科普进校园活动" },
    ]);
    expect(text(section(parts, "popsci"))).not.toContain("科普进校园");
  });
});
