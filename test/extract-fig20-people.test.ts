import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

/**
 * Round twenty (fig20): a bare 个 that counts people, in the shapes tools/figure-misses.ts found
 * across writers (people in 个: 9 open writers' files at first sight, 6 misses in a2-shuju20).
 * Sentences written for this test, not corpus lines.
 */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const units = (text: string) =>
  extractUpdate(text, org, { today: "2026-12-02" }).figures.map((f) => `${f.value}${f.unit}`);

describe("a bare 个 counting people", () => {
  it("people who went or were sent (去了、派了)", () => {
    expect(units("昨天省里开现场会，我们乡去了八个")).toEqual(["8人"]);
    expect(units("防汛抢险派了二十来个")).toEqual(["20人"]);
  });
  it("people who came to do something (来…的有)", () => {
    expect(units("夜校开班了，来上课的有四十多个")).toEqual(["40人"]);
  });
  it("an approximation between the count and the people (左右的)", () => {
    expect(units("带动三百个左右的村民就近务工")).toEqual(["300人"]);
  });
  it("a part of the people just counted, then what was found (查出、确诊)", () => {
    expect(units("给60位老人做了体检，有九个查出血糖偏高")).toEqual(["60位", "9人"]);
  });
  it("not people: things, and 来 of no one coming", () => {
    expect(units("招商引来三个项目落地")).toEqual(["3个"]);
    expect(units("原来的有五个村没通水")).toEqual(["5个"]);
  });
});

describe("a bare sum of 万 or 亿 (money without 元: 8 open writers' files at first sight)", () => {
  it("is money when it closes its clause or is sent on, and nothing in the clause is counted", () => {
    expect(units("帮企业算过能省税三十来万")).toEqual(["300000元"]);
    expect(units("每个示范点投了五六十万")).toEqual(["500000元"]);
    expect(units("年底前还要拨三百多万到各乡镇")).toEqual(["3000000元"]);
  });
  it("is not money among people, counts or another unit", () => {
    for (const text of ["来看灯会的群众有两万多", "公众号今年阅读量12万", "造林3.2万亩，其中新造1.4万"])
      expect(
        units(text).filter((u) => u.endsWith("元")),
        text,
      ).toEqual([]);
  });
});
