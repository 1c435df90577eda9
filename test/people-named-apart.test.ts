import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

/**
 * Round thirty-one (kind31): a bare 个 counting people whose noun is not right after it — named before
 * and then picked (优秀网格员评了12个), a grade of a group of people just counted (优秀8个), who they
 * are said by what only people do (210个创业的), households who came (来了五十多个养殖户现场…), and a
 * count of 个 running into 月底. Sentences written for this test, not corpus lines.
 */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const units = (text: string) =>
  extractUpdate(text, org, { today: "2026-12-04" }).figures.map((f) => `${f.value}${f.unit}`);

describe("people counted with 个 apart from their noun", () => {
  it("people named, then picked or taken on, then the count", () => {
    expect(units("今年的优秀护林员选了九个")).toEqual(["9人"]);
    expect(units("十佳村医推荐了6个，下个月公示")).toEqual(["6人"]);
    expect(units("示范户评了8个")).toEqual(["8个"]);
    expect(units("老人活动室建了3个")).toEqual(["3个"]);
  });
  it("a count of 个 running into 月底、月初 is not months", () => {
    expect(units("致富能手评了11个月底发牌子")).toEqual(["11人"]);
    expect(units("试点搞了3个月")).toEqual(["3个月"]);
  });
  it("a grade or a part of people just counted, told by how they do", () => {
    expect(units("全镇网格员42个 称职的35个 有3个根本不在岗")).toEqual(["42人", "35人", "3人"]);
    expect(units("验收了10个项目 合格8个")).toEqual(["10个", "8个"]);
  });
  it("who they are said by what only people do, then 的", () => {
    expect(units("贴息贷款帮了八十多个返乡的，今年还要扩面")).toEqual(["80人"]);
    expect(units("比对后查出5个已经去世的还在领补贴")).toEqual(["5人"]);
    expect(units("建了4个创业的孵化基地")).toEqual(["4个"]);
  });
  it("households who came, with a place named later in the clause", () => {
    expect(units("开了现场会来了三十来个种植户会场都坐满了")).toEqual(["30人"]);
    expect(units("来了3个村的村民")).toEqual(["3个"]);
  });
});
