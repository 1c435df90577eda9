import { describe, expect, it } from "vitest";
import { describeFigure } from "../src/conversation/render-update.js";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

/** The figure lines of the confirmation card: a label says what is counted, noun included. */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const labels = (text: string) =>
  extractUpdate(text, org, { today: "2025-12-10" }).figures.map(describeFigure);

describe("figure labels on the confirmation card", () => {
  it("keep the noun after a measure word", () => {
    expect(labels("今年服务了12个村，走访了3家企业开展调研")).toEqual(["服务了 12个村", "走访了 3家企业"]);
    expect(labels("明年计划再覆盖12个乡镇")).toEqual(["明年计划再覆盖 12个乡镇（目标）"]);
  });

  it("read a figure at the head of its clause as one phrase, not the noun twice", () => {
    expect(labels("5所学校安装了净水设备")).toEqual(["5所学校安装了净水设备"]);
  });

  it("never carry the next figure inside a label read from the words after", () => {
    expect(labels("帮2家企业申请了专利质押融资500万元")).toEqual([
      // Round thirty: the co-verb stays with the count's phrase (帮…企业, not the enterprises on their own).
      "帮企业申请了专利质押融资 2家",
      "企业申请了专利质押融资 500万元",
    ]);
  });

  it("end the counted noun where the next figure's own subject begins (十一所学校听课学生…)", () => {
    expect(labels("法治宣传走进了九所中学听讲师生三千多人")).toEqual([
      "法治宣传走进了 九所中学",
      "听讲师生 三千多人",
    ]);
    expect(labels("走访了8个社区入户登记居民560户")).toEqual(["走访了 8个社区", "入户登记居民 560户"]);
    expect(labels("新建了4个村级服务站")).toEqual(["新建了 4个村级服务站"]);
    // A one-character spoken verb with 了 right after the place ends the noun, with more figures after.
    expect(labels("上午带队去城关镇三个村搞了场农技培训，来了六十几个种植户")).toEqual([
      "带队去城关镇 三个村",
      // The event before the comma goes with the coming (round 31, fig31b).
      "农技培训来了 六十几个种植户",
    ]);
  });

  it("leave labels without a measure word as they were", () => {
    expect(labels("印发《科技惠农手册》2000册，投入资金30万元")).toEqual([
      "印发《科技惠农手册》 2000册",
      "投入资金 30万元",
    ]);
  });
});
