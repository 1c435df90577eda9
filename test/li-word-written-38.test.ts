import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";

/**
 * Card38: writing the card's labels as the draft does showed two drafting rules breaking words of their own —
 * 理了 (sorted out) → 梳理 also fired inside 整理了、清理了、办理了、处理了 (「整梳理会议纪要」「清梳理垃圾」), and 陪 → 陪同
 * left 陪着 as 「陪同着」. A verb ending in 理 drops only its 了; 陪着 + who is 陪同.
 */
const written = (t: string) => cleanChat(t, "2026-06-01");

describe("a word ending in 理 is not 理了 (sorted out)", () => {
  it.each([
    ["整理了会议纪要二十多份", "整理会议纪要20多份"],
    ["清理了垃圾3车", "清理垃圾3车"],
    ["办理了专利质押2件", "办理专利质押2件"],
    ["处理了投诉5件", "处理投诉5件"],
  ])("「%s」 → %s", (text, want) => {
    expect(written(text)).toBe(want);
    expect(written(text)).not.toContain("梳理");
  });

  it("理了 said alone is still 梳理", () => {
    expect(written("理了台账")).toBe("梳理台账");
    expect(written("我理了一遍研发费用台账")).toContain("梳理研发费用台账");
  });

  it("陪着 someone is 陪同, never 陪同着", () => {
    expect(written("陪着市里专家到3家企业")).toBe("陪同市里专家到3家企业");
    expect(written("陪市科技局的同志去了4家企业")).not.toContain("陪同着");
  });

  it("办了 + a count of cases is 办理; of events 举办", () => {
    expect(written("帮企业办了2件专利转让登记")).toBe("帮助企业办理2件专利转让登记");
    expect(written("办了3家的研发费用备案")).toContain("办理3家");
    expect(written("办了3期培训班")).toContain("举办3期培训班");
    expect(written("办了2家企业对接会")).toContain("举办");
  });

  it("弄了 the papers of an application is 准备, not 开展", () => {
    expect(written("帮2家企业弄了高企认定申报材料")).toBe("帮助2家企业准备高新技术企业认定申报材料");
    expect(written("搞了3场讲座")).toContain("举办3场讲座");
  });

  it("more done verbs drop their 了 (梳理了、准备了、填报了、申请了、对接了、辅导了)", () => {
    expect(written("帮2家企业梳理了研发费用辅助账")).toBe("帮助2家企业梳理研发费用辅助账");
    expect(written("帮4家企业准备了高企认定申报材料")).toBe("帮助4家企业准备高新技术企业认定申报材料");
    expect(written("帮3家企业申请了发明专利")).toBe("帮助3家企业申请发明专利");
    expect(written("对接了省农科院")).toBe("对接省农科院");
  });
});
