import { describe, expect, it } from "vitest";
import { cardFigure } from "../src/conversation/render-update.js";
import { findFigures } from "../src/domain/figures.js";

/**
 * Trial36b (left over by trial36's console run): the confirm card showed labels as said — 「学生有 500多人」
 * 「还发了科普读物 300册」「已经通过认定的有 9家」 — while its other labels name what is counted. Two classes of chat at a
 * label's edges: 有 (共有、大概有, or 「…的有」) ending it after what is counted, and 还 (also) opening a label of work done.
 */
const labels = (text: string) => findFigures(text).map((f) => cardFigure(f.figure));

describe("a card label without the chat at its edges", () => {
  it.each([
    ["在实验小学开了场防溺水宣讲 家长有300多人", "家长 300多人"],
    ["组织果树修剪培训，果农大概有60人", "果农 60人"],
    ["走访规上企业15家，还送了政策汇编200本", "发放政策汇编 200本"],
    ["另外还帮企业争取补助资金40万元", "帮助企业争取补助资金 40万元"],
    ["排查隐患点23处，已经整改到位的有18处", "已整改到位 18处"],
    ["来听讲座的有120人", "来听讲座 120人"],
  ])("「%s」 → %s", (text, want) => {
    const got = labels(text);
    expect(got).toContain(want);
    expect(got.join("|")).not.toMatch(/有 \d|^还|\|还/u);
  });

  it.each([
    // 没有、只有、现有、还有 say something else: kept.
    ["全乡现有家庭农场45家", "全乡现有家庭农场 45家"],
    ["全县共有学校12所", "全县共有学校 12所"],
    ["这次培训只有8人参加", "这次培训只有 8人"],
  ])("unchanged: 「%s」 → %s", (text, want) => {
    expect(labels(text)).toContain(want);
  });
});
