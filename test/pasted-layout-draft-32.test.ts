import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseOrg } from "../src/domain/org.js";
import { draftOffline } from "../src/drafting/draft-offline.js";
import { groupMaterial } from "../src/drafting/gather-material.js";
import { importRows } from "../src/import/import-updates.js";
import { memoryStore } from "./fixtures/drafting/memory-store.js";

/**
 * A report pasted in its own layout — its headings on lines of their own, its lines numbered — drafts as document
 * prose: no 「一、本月主要工作」「二、存在问题」「三、下步打算」 inside a part of the summary, no list numbers of the
 * message, and no two lines run together (round thirty-two, console: 「1.一、12月主要工作；1.在城关一小…；二、存在问题；
 * 三、下步打算；…」 and 「覆盖学生860人次2.科技活动周…」). Reports in other words than the trial's.
 */
const org = parseOrg(JSON.parse(readFileSync(new URL("../data/org.example.json", import.meta.url), "utf8")));

async function draft(section: string, author: string, text: string) {
  const store = memoryStore();
  await importRows(
    store,
    org,
    [{ row: 1, author, section, date: "2026-11-20", text }],
    new Date("2026-12-20T00:00:00Z"),
  );
  return draftOffline(org, groupMaterial(org, { year: 2026 }, store.updates));
}
const body = (d: Awaited<ReturnType<typeof draft>>) =>
  d.parts
    .filter((p) => p.kind === "section" || p.kind === "opening")
    .flatMap((p) => [...p.paragraphs, ...p.items.map((i) => i.text)])
    .join("\n");

const PASTED: Array<{ section: string; author: string; text: string; kept: string[] }> = [
  {
    section: "envoy",
    author: "sun-tp",
    text: "一、工作开展情况\n1、组织科技特派员下乡服务23次，培训农户410人次\n2、新建食用菌示范基地2个\n二、存在的问题\n部分村缺少冷库，鲜菇销售压力大\n三、下一步工作计划\n明年再争取建冷库1座",
    kept: ["下乡服务23次", "示范基地2个"],
  },
  {
    section: "rd",
    author: "li-rd",
    text: "本月工作：\n（1）走访规上企业14家，宣讲研发费用加计扣除政策\n（2）完成市级科技项目立项评审6项\n存在问题：\n企业研发投入统计报送不及时\n下步打算：\n督促企业按月报送研发投入",
    kept: ["走访规上企业14家", "立项评审6项"],
  },
  {
    section: "party",
    author: "xu-dj",
    text: "一、本月主要工作\n1.组织党员集中学习3次，参学率96%；\n2.开展主题党日活动2次。\n二、存在问题\n个别党员学习笔记不全。\n三、下步打算\n下月组织12名入党积极分子集中培训。",
    kept: ["集中学习3次", "主题党日活动2次"],
  },
  {
    section: "office",
    author: "wang-ban",
    text: "12月工作情况\n①完成安全生产检查5次，整改隐患7处\n②整理归档文书档案260卷\n存在困难\n档案室库房紧张\n下阶段计划\n下月起分批数字化档案300卷",
    kept: ["安全生产检查5次", "档案260卷"],
  },
];

describe("a report pasted in its own layout, drafted", () => {
  for (const p of PASTED)
    it(`${p.section}: headings and list numbers left out, lines kept apart`, async () => {
      const text = body(await draft(p.section, p.author, p.text));
      for (const k of p.kept) expect(text).toContain(k);
      expect(text).not.toMatch(
        /工作开展情况|工作情况|主要工作|存在(?:的)?(?:问题|困难)|下(?:一)?步(?:工作)?(?:计划|打算)|下阶段计划|本月工作/,
      );
      // No list number of the message inside the draft's prose (the draft's own 「1.」 opens an item only).
      expect(text).not.toMatch(
        /[\u4e00-\u9fff%；，。]\s*(?:\d[、.](?!\d)|（\d）|[①②③])|^\d\.\s*(?:\d[、.](?!\d)|[一二三]、)/mu,
      );
    });
});
