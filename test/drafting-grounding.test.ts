import { describe, expect, it } from "vitest";
import { type GroundNotes, groundingFor, groundText } from "../src/drafting/ground-figures.js";
import { countListedNames } from "../src/drafting/count-listed.js";
import { countPlaceholders } from "../src/drafting/count-placeholders.js";
import { upd } from "./fixtures/drafting/make-material.js";

/**
 * Grounding that knows Chinese counting: a model's rewording of a reported figure is kept,
 * an invented figure is never kept, and a sentence whose only claim is an invented figure goes.
 */
const material = [
  upd({
    section: "rd",
    normalizedText:
      "报一下项目：今年申报省级项目2项，都批了。跟陕西汉王中药科技有限公司和略阳县诚久农业有限公司签了合作协议。" +
      "新建育苗大棚190米×24米。科技活动周受训群众1500人次，新增3家企业入库，全年技术合同成交额1.4亿元。",
    plans: ["明年力争研发投入强度达到2.5%"],
  }),
];
const g = groundingFor(material, ["2025年", "2026年"]);

function ground(text: string): { text: string; notes: GroundNotes } {
  const notes: GroundNotes = { unverified: [], dropped: [] };
  return { text: groundText(text, g, notes), notes };
}

describe("grounding with Chinese counting", () => {
  it.each([
    ["measure-word variant 2项 → 2个项目", "成功申报2个省级项目。"],
    ["listed pair → 两家企业", "与两家企业签订合作协议。"],
    ["listed pair → 2家企业", "与2家企业签订合作协议。"],
    ["家 → 个 for the same noun", "新增3个企业入库。"],
    ["Chinese numeral → 三家企业", "新增三家企业入库。"],
    ["scale words 1.4亿元 → 14000万元", "技术合同成交额14000万元。"],
    ["people 1500人次 kept with approximation word", "受训群众1500余人次。"],
    ["a target from the plans", "力争研发投入强度达到2.5%。"],
    ["multiplication between measured quantities", "新建190米×24米育苗大棚。"],
  ])("keeps a true figure: %s", (_label, text) => {
    const r = ground(text);
    expect(r.text).toBe(text);
    expect(r.notes).toEqual({ unverified: [], dropped: [] });
  });

  it("blanks a misquoted figure of a reported fact and lists it", () => {
    const r = ground("科技活动周受训群众1600人次，新增3家企业入库。");
    expect(r.text).toBe("科技活动周受训群众×人次，新增3家企业入库。");
    expect(r.notes.unverified).toEqual(["1600人次"]);
  });

  it("never keeps an invented figure: a different count of the same noun is not grounded", () => {
    expect(ground("与5家企业签约。").text).not.toContain("5家");
    expect(ground("新增4个企业入库。").text).not.toContain("4个");
    expect(ground("申报省级项目3项。").text).not.toContain("3项");
  });

  it("removes a clause whose only claim is an invented growth rate, keeping the sentence end", () => {
    const r = ground("全年技术合同成交额1.4亿元，同比增长87.3%。");
    expect(r.text).toBe("全年技术合同成交额1.4亿元。");
    expect(r.notes.dropped).toEqual(["同比增长87.3%"]);
    expect(ground("同比增长87.3%。现将2025年工作总结如下：").text).toBe("现将2025年工作总结如下：");
  });

  it("removes a growth rate the model left blank itself, keeps an ordinary blank", () => {
    const r = ground("技术合同成交额1.4亿元，同比增长×%。完成投资×万元。");
    expect(r.text).toBe("技术合同成交额1.4亿元。完成投资×万元。");
    expect(r.notes.dropped).toEqual(["同比增长×%"]);
  });

  it("removes a whole invented sentence with its bare date lead", () => {
    const r = ground("2025年，全县研发投入10亿元。2025年，我局在县委、县政府的坚强领导下开展工作。");
    expect(r.text).toBe("2025年，我局在县委、县政府的坚强领导下开展工作。");
    expect(r.notes.dropped).toEqual(["2025年，全县研发投入10亿元"]);
  });

  it("removes invented totals for things nobody reported a figure for", () => {
    const r = ground("新建示范基地12个，培育新型农业经营主体45家。");
    expect(r.text).toBe("");
    expect(r.notes.dropped).toEqual(["新建示范基地12个", "培育新型农业经营主体45家"]);
  });
});

describe("listed names and placeholders", () => {
  it("counts names joined by 、 和 及", () => {
    const c = countListedNames("走访了甲乙科技有限公司、丙丁食品厂和戊己生物集团，与一所大学座谈");
    expect(c.filter((x) => x.unit === "家").map((x) => x.value)).toEqual([3]);
    expect(countListedNames("与甲乙科技有限公司签约")).toEqual([]);
  });

  it("a multiplication sign between quantities is not a blank; a placeholder is", () => {
    expect(countPlaceholders("新建大棚190米×24米")).toBe(0);
    expect(countPlaceholders("规格3×5")).toBe(0);
    expect(countPlaceholders("完成投资×万元，建成基地×个")).toBe(2);
    expect(countPlaceholders("发放资料**份，X家企业")).toBe(2);
  });
});
