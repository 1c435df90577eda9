import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

/**
 * Words about the report rather than the work: 「11月份的也算上吧 11月20号在城关镇办了场科普讲座 80人」 asks
 * that something be counted; 「上面图是今天科普进校园的现场 …」 points at a photo sent before. Round 56's
 * console trial drafted them as they were — 「2026年11月的也算上吧11月20日在城关镇举办场科普讲座80人。」,
 * 「上面图是12月8日科普进校园的现场，…」 — and the card labelled the figure 「也算上吧11月20日…」. The aside
 * is no part of the item nor of a figure's label; the work after it is kept whole.
 */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "科普", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "陈静", role: "staff", sections: ["a"] }],
});
const read = (text: string) => extractUpdate(text, org, { today: "2026-12-08" });

describe("an aside about the report before the work", () => {
  it.each([
    ["11月份的也算上吧 11月20号在城关镇办了场科普讲座 80人", "城关镇", /也算上/],
    ["上个月的也报一下哈：在东坝乡搞了2场农技培训", "农技培训", /也报一下/],
    ["这个也记上 周三到县一中开展了防溺水科普 300多学生听", "防溺水科普", /也记上/],
    ["之前漏报的一并算进去吧，10月份给合作社送了化肥20吨", "化肥", /一并算进去|漏报/],
    ["上面图是今天科普进校园的现场 县二中 来了400多学生", "科普进校园", /上面图|现场/],
    ["发的几张照片是昨天科技下乡的情况，发放资料500份", "科技下乡", /照片|情况/],
    ["圖片是今天科普大篷车進村 看的群眾有200來人", "科普大篷车", /圖片|图片/],
  ])("「%s」", (text, kept, gone) => {
    const u = read(text);
    const all = [...u.items.map((i) => i.text), ...u.plans, ...u.problems].join("；");
    expect(all).toContain(kept);
    expect(all).not.toMatch(gone);
    for (const f of u.figures) expect(f.context, f.raw).not.toMatch(gone);
  });

  it.each([
    "这个月也算上了培训的人数 一共120人",
    "老百姓都说这个也算上了实惠 发放补贴30万元",
    "图书室的图片展 展出科普挂图40幅",
  ])("「%s」: work that only looks like an aside stays whole", (text) => {
    const u = read(text);
    const all = u.items.map((i) => i.text).join("；");
    expect(all.replace(/\s/g, "")).toContain(text.replace(/\s/g, "").slice(0, 6));
  });
});
