import { describe, expect, it } from "vitest";
import { describeFigure } from "../src/conversation/render-update.js";
import { findStatedFigures } from "../src/domain/figures.js";

/**
 * Figure labels seen on cards in a console trial (round 29): 「今年1到6月份派特派员下乡服务了260多人次」 was
 * labelled 「1到派特派员下乡服务了」 (a span of months with its first 月 left out was half removed);
 * 「研发投入统计方面还有五家企业报表不规范」 was 「还有 五家」 (what is left names nothing); 「已签约42户」 lost its
 * 约 as if it were an estimate (「已签 42户」); 「12个村没有覆盖」 counted 「村没」.
 */
/** As the card lists them (render-update.ts). */
const labels = (text: string) => findStatedFigures(text).map(({ figure }) => describeFigure(figure));

describe("figure labels: spans of months, what is left, 签约, a negation after the noun", () => {
  it("a span of months with the first 月 left out is a time word, removed whole", () => {
    expect(labels("今年1到6月份派特派员下乡服务了260多人次")).toEqual(["派特派员下乡服务了 260多人次"]);
    expect(labels("1-6月派特派员下乡服务260人次")).toEqual(["派特派员下乡服务 260人次"]);
    expect(labels("一至三月共办培训班7期")).toEqual(["办培训班 7期"]);
    expect(labels("全年开展培训12期，其中3到5月份集中培训8期")).toEqual(["开展培训 12期", "集中培训 8期"]);
  });

  it("还有 / 还剩下 before a count says how many are left; the label names what they are", () => {
    expect(labels("研发投入统计方面还有五家企业报表不规范")).toEqual(["五家企业报表不规范"]);
    expect(labels("科技型企业评价还剩下6家没有入库")).toEqual(["科技型企业评价 6家"]);
    expect(labels("已签约42户，还有3户没签约")).toEqual(["已签约 42户", "没签约 3户"]);
  });

  it("约 in 签约、预约、节约 is part of the word, not an estimate", () => {
    expect(labels("技术合同签约 5项")).toEqual(["技术合同签约 5项"]);
    expect(labels("专家门诊预约 120人次")).toEqual(["专家门诊预约 120人次"]);
    expect(labels("来的人大约 300人")).toEqual(["来的人 300人"]);
  });

  it("a negation after the counted noun ends the noun (12个村没有覆盖 counts 村)", () => {
    expect(labels("全县还有12个村没有覆盖")).toEqual(["全县 12个村"]);
    expect(labels("有3个企业不愿意参加")).toEqual(["3个企业不愿意参加"]);
    expect(labels("帮扶5名未成年人")).toEqual(["帮扶 5名"]);
  });

  it("a light verb alone before the count takes the work said after the noun's 的 (完成了2家企业的…审核)", () => {
    expect(labels("2、完成了2家企业的研发中心申报材料审核")).toEqual(["完成了研发中心申报材料审核 2家企业"]);
    expect(labels("开展了3个乡镇的科技特派员考核")).toEqual(["开展了科技特派员考核 3个乡镇"]);
    expect(labels("完成12家企业的研发费用归集辅导，其中5家已入库")).toEqual([
      "完成研发费用归集辅导 12家企业",
      "已入库 5家",
    ]);
    // A verb that says what was done keeps its own label.
    expect(labels("走访了12家企业的研发中心")).toEqual(["走访了 12家企业"]);
  });

  it("people counted and then 参加 (18名党员参加) keep the words as said, not 「党员参加人数」", () => {
    expect(labels("支部开展主题党日，18名党员参加")).toEqual(["18名党员参加"]);
    expect(labels("义诊来了五百来号人")).toEqual(["义诊参加人数 五百来号人"]);
  });
});
