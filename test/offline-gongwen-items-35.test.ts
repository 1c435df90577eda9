import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cardFigure } from "../src/conversation/render-update.js";
import { parseOrg } from "../src/domain/org.js";
import { checkGongwen } from "../src/drafting/check-gongwen.js";
import { DraftVersionSchema } from "../src/drafting/draft-model.js";
import { draftOffline } from "../src/drafting/draft-offline.js";
import { applySteps, readInstruction } from "../src/drafting/offline-instruction.js";
import { groupMaterial } from "../src/drafting/gather-material.js";
import { importRows } from "../src/import/import-updates.js";
import { memoryStore } from "./fixtures/drafting/memory-store.js";
import { offlineParts as parts } from "./helpers/offline-parts.js";

/**
 * Round thirty-five's console trial (docs/understanding.md 第三十五轮 trial34's leftovers): what the offline drafter still
 * wrote the chat's way. Each class in other words than the trial's:
 * - staff's own list number before a date (「1.2026年12月5日…」「2、11月12日…」): not kept before the draft's own
 *   number (「1.1.2026年…」), and the date then not right after the ordinal (the 公文 check's 「序号后紧跟日期」);
 * - 去 + a place (+ a bare activity noun): 赴 + the place (+ 开展), as 去了 + place already was;
 * - projects and subjects (项目、课题) set up, accepted, approved: counted in 项, not 个;
 * - near-identical items reported by two people: the opening quotes the figure once;
 * - the card's label says 上报, not 报上去.
 */
const org = parseOrg(JSON.parse(readFileSync(new URL("../data/org.example.json", import.meta.url), "utf8")));

async function draftOf(rows: Array<{ author: string; section: string; date: string; text: string }>) {
  const store = memoryStore();
  await importRows(
    store,
    org,
    rows.map((r, i) => ({ row: i + 1, ...r })),
    new Date("2026-12-20T00:00:00Z"),
  );
  return draftOffline(org, groupMaterial(org, { year: 2026 }, store.updates));
}

describe("an item the staff numbered themselves, with a date and 去 (round thirty-five)", () => {
  it.each([
    ["1.2026年11月20日去柳河乡中心小学防溺水讲座，学生300余人参加", "赴柳河乡中心小学开展防溺水讲座"],
    ["2、11月12日去石板村科普宣讲 群众80多人参加", "赴石板村开展科普宣讲"],
    ["（3）带队去县科技馆参观，学生60人参加", "带队赴县科技馆参观"],
    ["11月18日带队去县工业园走访企业4家", "带队赴县工业园走访企业4家"],
  ])("「%s」", async (text, want) => {
    const d = await draftOf([{ author: "chen-kp", section: "popsci", date: "2026-11-28", text }]);
    const part = d.parts.find((p) => p.kind === "section" && p.items.length > 0)!;
    const item = part.items[0]!.text;
    expect(item).toContain(want);
    expect(item).not.toMatch(/^(?:\d+[.．、]|[（(]\d)/u);
    expect(item).not.toContain("去");
    const numberRuns = checkGongwen(d, { year: 2026 }).filter((f) => f.rule === "number-run");
    expect(numberRuns, JSON.stringify(numberRuns)).toEqual([]);
  });

  it.each([
    ["去年在城关镇建成的科普示范点今年接待群众2000人次", "城关镇建成"],
    ["发放科普资料1.5万份", "1.5万份"],
  ])("「%s」 keeps 「%s」 (去年 is no going, 1.5 no list number)", async (text, kept) => {
    const d = await parts("popsci", "chen-kp", "2026-11-28", text);
    expect(d.work).toContain(kept);
    expect(d.work).not.toContain("赴");
  });
});

describe("projects counted in 项 (round thirty-five)", () => {
  it.each([
    ["rd", "li-rd", "今年县级科技计划项目立项12个，下达经费180万元", "立项12项"],
    ["rd", "li-rd", "县级科技项目验收了6个", "6项"],
    ["transfer", "zhao-zh", "软科学研究课题结题3个", "结题3项"],
  ])("%s (%s): 「%s」 → %s", async (section, author, text, want) => {
    const d = await parts(section, author, "2026-11-28", text);
    expect(d.work).toContain(want);
  });

  it("a work station is still counted in 个", async () => {
    const d = await parts("envoy", "sun-tp", "2026-11-28", "新建科技特派员工作站5个");
    expect(d.work).toContain("5个");
  });
});

describe("the opening quotes near-identical items of two people once (round thirty-five)", () => {
  it("two reports of the same applications", async () => {
    const d = await draftOf([
      { author: "li-rd", section: "rd", date: "2026-11-10", text: "组织企业申报省级科技项目，报上去15个" },
      {
        author: "he-gq",
        section: "rd",
        date: "2026-11-12",
        text: "指导企业申报省级科技项目，报上去15个左右",
      },
    ]);
    const opening = d.parts.find((p) => p.kind === "opening")!.paragraphs.join("");
    expect(opening.match(/申报省级科技项目/gu) ?? [], opening).toHaveLength(1);
  });

  it("two different works of one section are both quoted", async () => {
    const d = await draftOf([
      { author: "li-rd", section: "rd", date: "2026-11-10", text: "全年争取上级科技资金420万元" },
      { author: "he-gq", section: "rd", date: "2026-11-12", text: "全年组织申报省级科技项目15项" },
    ]);
    const opening = d.parts.find((p) => p.kind === "opening")!.paragraphs.join("");
    expect(opening).toContain("420万元");
    expect(opening).toContain("15项");
  });
});

describe("the card's label says 上报 (round thirty-five)", () => {
  it.each([
    ["递上去", "上报"],
    ["交上去了", "报送"],
  ])("%s → %s", (said, want) => {
    const label = cardFigure({
      raw: "12个",
      value: 12,
      unit: "个",
      kind: "achieved",
      context: `帮企业申报市级项目，${said}`,
    } as Parameters<typeof cardFigure>[0]);
    expect(label).toContain(want);
    expect(label).not.toContain("上去");
  });
});

describe("a way of writing named in a rewrite instruction is no phrase to remove (round thirty-five)", () => {
  const v = DraftVersionSchema.parse({
    version: 1,
    createdAt: "2026-12-05T00:00:00Z",
    createdBy: "zhou-ju",
    note: "生成",
    title: "示例县科学技术局2026年工作总结",
    offline: true,
    parts: [
      {
        key: "section:popsci",
        kind: "section",
        sectionId: "popsci",
        sectionName: "科普宣传与培训",
        heading: "重科普，强培训",
        origin: "offline",
        items: [{ title: "", text: "赴城关镇开展科普讲座，群众150余人参加。", sourceIds: ["u1"] }],
      },
    ],
  });
  it.each(["不要太口语化", "少用套话", "别用大白话"])("「%s」", (said) => {
    const out = applySteps(v, v.parts, readInstruction(said, v, v.parts[0]));
    const notDone = out.notDone.join("\n");
    expect(notDone).toContain("文风");
    expect(notDone).not.toContain("这几个字");
  });
});
