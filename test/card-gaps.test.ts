import { describe, expect, it } from "vitest";
import type { Reply } from "../src/conversation/types.js";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { appPerTest } from "./helpers/app-per-test.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * A figure the author does not have yet (「数据还没出」「具体多少还在统计」「若干家」) reads the same
 * on the staff card and in the leaders' draft: the card lists it under 待补数字 as the draft writes it
 * (「研发投入×元」), never as a problem or a plan; the draft has the same placeholder under 一、
 * and nothing of it under 二、. Own phrasings, written before the card changed (first sight: 0 of 8
 * cards showed the gap, 4 of 8 filed it as a problem).
 */
const { open } = appPerTest();
const all = (rs: Reply[]) => rs.map((r) => r.text).join("\n");
const api = (t: TestApp) => t.app.services.features.drafting as DraftingApi;

const CASES: Array<{ text: string; gaps: string[]; problem?: string }> = [
  {
    text: "今年高企认定了12家，研发投入数据统计局还没出，入库科技型中小企业若干家",
    gaps: ["研发投入×元", "入库科技型中小企业×家"],
  },
  { text: "科普大篷车下乡跑了8个乡镇 受益群众具体多少还在统计😅", gaps: ["受益群众×人次"] },
  { text: "技术合同登记了23项，成交额还没汇总完，回头补", gaps: ["成交额×元"] },
  { text: "新认定市级星创天地2个，带动就业人数等人社局反馈", gaps: ["带动就业人数×人"] },
  { text: "专利授权量暂时不清楚，申请量是146件", gaps: ["专利授权量×件"] },
  { text: "組織特派員下鄉指導若干次，培训农民600多人次", gaps: ["组织特派员下乡指导×次"] },
  { text: "全县R&D投入强度的数据統計局還沒出來，高企新增9家", gaps: ["全县R&D投入强度×%"] },
  {
    text: "举办科普培训班3期，参加人数具体多少还在统计，主要问题是经费紧张",
    gaps: ["参加人数×人"],
    problem: "经费紧张",
  },
  // Round ten's draft classes beside a gap (own phrasings): a shortfall is the card's problem and the
  // draft's 二、; 「多少户」 counts in 户 on both.
  {
    text: "高企申报完成11家，离年初定的20家目标还差9家，研发投入数据统计局还没出",
    gaps: ["研发投入×元"],
    problem: "还差9家",
  },
  { text: "科普e站建成15个，具体多少户受益还在统计", gaps: ["受益×户"] },
];

/** The card's blocks by their heading (工作事项, 待补数字, 问题与困难, …). */
function blocksOf(card: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const b of card.split(/\n(?=[^\s·\d][^\n]*\n)/u)) {
    const head = /^(\S+?)(?:（|\n)/u.exec(b)?.[1];
    if (head) out.set(head, b);
  }
  return out;
}

describe("a figure not known yet: the card and the draft agree", () => {
  for (const c of CASES) {
    it(c.text, async () => {
      const t = await open({ now: "2026-11-20T10:00:00+08:00" });
      const card = all(await t.say("li-rd", c.text));
      const blocks = blocksOf(card.replace(/^【[^】]*】\n/u, ""));
      const pending = blocks.get("待补数字") ?? "";
      for (const g of c.gaps) expect(pending, card).toContain(`· ${g}`);
      expect(pending, card).toContain("「修改 1」");
      const problems = blocks.get("问题与困难") ?? "";
      const plans = blocks.get("下一步计划") ?? "";
      if (c.problem) expect(problems, card).toContain(c.problem);
      else expect(problems, card).toBe("");
      // 「回头补」「等…反馈」 are no plans.
      expect(plans, card).toBe("");
      expect(all(await t.say("li-rd", "确认"))).toContain("已确认");

      await t.say("zhou-ju", "生成总结 2026");
      await api(t).whenIdle();
      const draft = all(await t.say("zhou-ju", "查看草稿 2026"));
      const [work, rest] = draft.split("二、存在的问题");
      for (const g of c.gaps) {
        expect(work, draft).toContain(g);
        expect(rest, draft).not.toContain(g);
      }
      if (c.problem) expect(rest).toContain(c.problem);
    });
  }

  it("a problem or a plan that is not a missing figure stays one", async () => {
    const t = await open({ now: "2026-11-20T10:00:00+08:00" });
    const card = all(
      await t.say("li-rd", "申报了省级项目5个，补贴资金还没到位，验收还没通过，明年再申报3个"),
    );
    expect(card).not.toContain("待补数字");
    expect(card).toMatch(/问题与困难\n1\. [^\n]*补贴资金还没到位/u);
    expect(card).toContain("下一步计划");
  });
});

/**
 * Notes to self (trial 5, class 2): 「（这个数我再问下财务）」「具体名称待核」「具体多少我明天再核对下」 are
 * shown on the card as 备注 and never in the draft — not as work, not as a plan. A gap gets only the
 * unit its noun fixes (money in 元, never a 万元 nobody said). Own phrasings, first sight: 0 of 9
 * drafts right (notes printed, plans 「下周再核一下」, 「立项多少要×」, 「×万元」).
 */
const NOTES: Array<{ text: string; draft: string; notes?: string[]; gaps?: string[] }> = [
  {
    text: "辅导企业申报科技型中小企业12家（这个数字我再跟财务对一下）",
    draft: "辅导企业申报科技型中小企业12家。",
    notes: ["这个数字我再跟财务对一下"],
  },
  { text: "新建院士工作站1个，具体名字待核实", draft: "新建院士工作站1个。", notes: ["具体名字待核实"] },
  {
    text: "组织科技特派员培训两期，参训人员八十人左右，具体多少我下周再核一下",
    draft: "组织科技特派员培训2期，参训人员约80人。",
    notes: ["具体多少我下周再核一下"],
  },
  {
    text: "完成农技培训12场，名单我回头再整理一下发给办公室",
    draft: "完成农技培训12场。",
    notes: ["名单我回头再整理一下发给办公室"],
  },
  {
    text: "帮三家企业对接了高校，合作金额回头问问企业再报",
    // 对接 drops its perfective 了 like the other done verbs (card38).
    draft: "帮助3家企业对接高校，合作金额×元。",
    gaps: ["合作金额×元"],
  },
  { text: "技术合同成交额还没出来，等市局反馈", draft: "技术合同成交额×元。", gaps: ["技术合同成交额×元"] },
  {
    text: "科技活动周发放资料三千份 参与群众人数还在统计 具体经费数据还没出 回头再核一下",
    draft: "科技活动周发放资料3000份，参与群众人数×人，经费×元。",
    gaps: ["参与群众人数×人", "经费×元"],
  },
  {
    text: "全年组织申报省级科技项目二十项，立项多少要等省厅公布",
    draft: "全年组织申报省级科技项目20项，立项×项。",
    gaps: ["立项×项"],
  },
  {
    text: "组织高企培育对象座谈会一次，参会企业二十家，具体多少我明天再核对下",
    draft: "参会企业20家。",
    notes: ["具体多少我明天再核对下"],
  },
  // The thing checked said after the verb (the fifth trial's lines; both kept in the draft before).
  {
    text: "新建省级星创天地1家，回头再核一下名称",
    draft: "新建省级星创天地1家。",
    notes: ["回头再核一下名称"],
  },
  // 口语 dates beside a note (said on Friday 2026-11-20): the draft writes the day, the card keeps the note.
  {
    text: "11月3号在城关小学搞了科普进校园，来了300多个学生，具体名单我回头再整理一下",
    draft: "11月3日在城关小学开展科普进校园",
    notes: ["具体名单我回头再整理一下"],
  },
  {
    text: "礼拜三给茶农搞了场技术培训，来了60多人（人数我再核一下）",
    draft: "11月18日",
    notes: ["人数我再核一下"],
  },
  {
    text: "走访科技型企业8家，这个数我再问下财务",
    draft: "走访科技型企业8家。",
    notes: ["这个数我再问下财务"],
  },
];

describe("notes to self: on the card as 备注, never in the draft", () => {
  for (const c of NOTES) {
    it(c.text, async () => {
      const t = await open({ now: "2026-11-20T10:00:00+08:00" });
      const card = all(await t.say("li-rd", c.text));
      const blocks = blocksOf(card.replace(/^【[^】]*】\n/u, ""));
      for (const n of c.notes ?? []) expect(blocks.get("备注"), card).toContain(`· ${n}`);
      for (const g of c.gaps ?? []) expect(blocks.get("待补数字"), card).toContain(`· ${g}`);
      expect(blocks.get("下一步计划") ?? "", card).toBe("");
      expect(blocks.get("问题与困难") ?? "", card).toBe("");
      for (const n of c.notes ?? []) expect(blocks.get("工作事项"), card).not.toContain(n.slice(0, 4));
      expect(all(await t.say("li-rd", "确认"))).toContain("已确认");

      await t.say("zhou-ju", "生成总结 2026");
      await api(t).whenIdle();
      const draft = all(await t.say("zhou-ju", "查看草稿 2026"));
      expect(draft).toContain(c.draft);
      expect(draft).not.toMatch(/万元|再核|待核|再问|再跟|再整理/u);
      expect(draft.split("三、")[1]).not.toMatch(/再核|整理/u);
    });
  }
});
