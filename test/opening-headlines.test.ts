import { describe, expect, it } from "vitest";
import { headlines } from "../src/drafting/choose-headlines.js";
import type { Material } from "../src/drafting/gather-material.js";
import type { Update } from "../src/domain/update.js";

/**
 * The opening quotes whole clauses of achieved work: no list numbers, no problem typed after a
 * space instead of a comma, and a figure with no words of its own keeps the clause naming the work.
 */
function material(text: string, problems: string[] = [], plans: string[] = []): Material {
  const u = {
    id: "u1",
    section: "popsci",
    date: "2026-11-30",
    normalizedText: text,
    figures: [],
    items: [],
    problems,
    plans,
  } as unknown as Update;
  return { all: [u], sections: [], period: { year: 2026 } } as unknown as Material;
}

const clauses = (m: Material) => headlines(m).map((h) => h.clause);

describe("the opening's headline clauses", () => {
  it("drop list numbers and 一是", () => {
    const got = clauses(material("1、组织申报省级项目14项；2、宣讲进企业8场次；一是新建示范基地3个"));
    expect(got).toEqual(
      expect.arrayContaining(["组织申报省级项目14项", "宣讲进企业8场次", "新建示范基地3个"]),
    );
    expect(got.join("")).not.toMatch(/\d、|一是/u);
  });

  it("stop at a space typed for a comma, so a problem after it is not quoted", () => {
    const got = clauses(material("发放资料1.2万份 问题是经费紧张", ["问题是经费紧张"]));
    expect(got).toEqual(["发放资料1.2万份"]);
  });

  it("keep the work's clause before a figure that has only 参加人员 before it, and say each figure once", () => {
    const got = clauses(material("科技活动周开展广场宣传，参加人员1500多人，发资料1.2万份"));
    expect(got).toEqual(["科技活动周开展广场宣传，参加人员1500多人", "发放资料1.2万份"]);
  });

  it("keep the work's clause before a people count led only by who came (听众、学员、观众)", () => {
    for (const [text, event] of [
      ["今年组织科普讲座12场，听众1800多人", "组织科普讲座12场，听众1800多人"],
      ["开展农民夜校培训6期，学员420人", "开展农民夜校培训6期，学员420人"],
    ] as const) {
      const got = clauses(material(text));
      expect(got).toContain(event);
      expect(got.some((c) => /^(?:听众|学员)/u.test(c))).toBe(false);
    }
  });

  it("weigh a sum and the bodies created above a year's handful of events (first sight: 8场 before 350万元)", () => {
    const got = clauses(
      material(
        "全年举办政策宣讲8场，帮助企业争取省级项目资金350万元，新认定高新技术企业5家，全年组织企业座谈会6次",
      ),
    );
    expect(got.indexOf("帮助企业争取省级项目资金350万元")).toBeLessThan(got.indexOf("全年举办政策宣讲8场"));
    expect(got.indexOf("新认定高新技术企业5家")).toBeLessThan(got.indexOf("全年举办政策宣讲8场"));
    // A year's total of something built still leads.
    const built = clauses(material("全年累计加固河堤12.5公里，组织防汛演练3次"));
    expect(built[0]).toBe("全年累计加固河堤12.5公里");
  });
});
