import { describe, expect, it } from "vitest";
import { cardFigure } from "../src/conversation/render-update.js";
import { findFigures } from "../src/domain/figures.js";

/**
 * Round forty-one (label41): chat fillers leave a figure's label where the label is made (domain/figure-label-filler.ts),
 * not when the card is drawn — the stored figure, the leader's figure questions and the draft read the same label the
 * card shows. Sentences written for this test, several sections, spoken and written, a few in full-width or Traditional.
 */
const stored = (text: string) =>
  findFigures(text).map((f) => `${f.figure.context}|${f.figure.counted ?? ""}`);
const card = (text: string) => findFigures(text).map((f) => cardFigure(f.figure));

describe("stored labels carry no chat fillers", () => {
  it.each([
    // A total or estimate adverb opening the label, with a spoken light verb.
    ["今年总共搞了八场科普进社区", "|科普进社区"],
    ["一共整了三期农机手培训班", "|农机手培训班"],
    // The same adverb between what is counted and its verb.
    ["高企今年共报了12家", "高企报了|"],
    ["今年成果转化合同一共签了十八项", "成果转化合同签了|"],
    ["科技特派员共下去了20多趟", "科技特派员下去了|"],
    ["全年义诊大概服务了两千多人", "义诊服务了|"],
    ["农技员一共下乡了６０来趟", "农技员下乡了|"],
    // An estimate word ending the label.
    ["回访的农户里满意的上下七成", "回访的农户里满意的|"],
    // 在 before a place alone, 县城 too.
    ["在县城搞了两场科技活动周", "县城|科技活动周"],
    // A spoken light verb after a one-character place is the next step's.
    ["差不多走了十几个村搞调研", "走了|村"],
  ])("「%s」 stores %s", (text, want) => {
    expect(stored(text)).toContain(want);
  });

  it.each([
    // Words that only look like fillers: 共有、公共、中共、共建、共同 say something; 调整 and 干部 are nouns.
    ["全镇共有专业合作社27家", "全镇共有专业合作社|"],
    ["新建公共服务平台3个", "新建公共服务平台|"],
    ["发展中共党员5名", "发展中共党员|"],
    ["和高校共建实验室2个", "和高校共建实验室|"],
    ["请了3个村干部讲课", "请了|村干部讲课"],
    ["在柳河乡推广大棚蔬菜新品种50亩", "在柳河乡推广大棚蔬菜新品种|"],
  ])("unchanged: 「%s」 stores %s", (text, want) => {
    expect(stored(text)).toContain(want);
  });

  it("the card shows what is stored, the event's name before its count", () => {
    expect(card("今年总共搞了八场科普进社区")).toContain("科普进社区 8场");
    expect(card("今年高企总共认定了十一家")).toContain("高新技术企业认定 11家");
    expect(card("上个月总共检查了企业47家")).toContain("检查企业 47家");
  });
});
