import { describe, expect, it } from "vitest";
import { findStatedFigures } from "../src/domain/figures.js";

/**
 * Round 32 (val32): a bare 个 that counts people — after work done for them (给老人量血压九十几个, b4-wulatan) and
 * in a sentence that opens on people and their assessment (科技特派员年度考核…一共38个，优秀8个, g3-ounan); one of a
 * list of counts (送去一台洗衣机、两台空调); a price of 块 and a tenth before 左右 (三块八左右); a sum per bed or
 * shed (一床得一千出头).
 */
const read = (text: string) => findStatedFigures(text).map(({ figure: f }) => `${f.value}${f.unit}`);

describe("work done for people, then their count in 个", () => {
  it("counts people", () => {
    expect(read("重阳节给老人理发三十来个")).toEqual(["30人"]);
    expect(read("义诊现场帮村民测血糖六十多个，")).toEqual(["60人"]);
  });
  it("counts people typed straight into the next clause too", () => {
    expect(read("给群众量血压八十几个天太冷人不多")).toEqual(["80人"]);
  });
  it("a thing named after the count stays a thing", () => {
    expect(read("给老人送去米面油二十个")).toEqual(["20个"]);
  });
});

describe("people assessed, then counts in 个", () => {
  it("the whole, a grade and a part count people", () => {
    expect(read("村医年度考核搞完了，共52个，优秀6个，不合格1个")).toEqual(["52人", "6人", "1人"]);
    expect(read("网格员述职评议结束，合格的有40个")).toEqual(["40人"]);
  });
  it("a place or body after the count stays a count of 个", () => {
    expect(read("网格员考核下来，优秀的有5个村")).toEqual(["5个"]);
  });
  it("an assessment of things counts things", () => {
    expect(read("项目年度考核完成，一共12个")).toEqual(["12个"]);
  });
});

describe("一 in a list of counts", () => {
  it("counts as the others do", () => {
    expect(read("给学校捐了一台投影仪和三台电脑")).toEqual(["1台", "3台"]);
    expect(read("新挂牌一家农家书屋、两家文化礼堂")).toEqual(["1家", "2家"]);
  });
  it("一 with no list stays unread", () => {
    expect(read("开了一次会，布置了冬季防火")).toEqual([]);
  });
});

describe("small prices and per-thing sums", () => {
  it("块 and a tenth before 左右 is 元", () => {
    expect(read("玉米收购价一斤一块二左右")).toEqual(["1.2元"]);
  });
  it("a sum per bed or shed is money", () => {
    expect(read("护理床太贵，一床要三千多")).toEqual(["3000元"]);
    expect(read("大棚补贴一棚给五千")).toEqual(["5000元"]);
  });
});

describe("Cantonese 间 of firms", () => {
  it("counts 家 where the sentence counts firms in 家", () => {
    expect(read("规上企业走访咗15家，有三间话订单少咗")).toEqual(["15家", "3家"]);
  });
  it("rooms stay 间", () => {
    expect(read("企业宿舍新建了12间")).toEqual(["12间"]);
  });
});
