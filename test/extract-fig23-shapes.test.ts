import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

/**
 * Round twenty-three (fig23): the kind of a figure goes wrong when the clause around it is read
 * wrong — a count typed straight into the problem or plan that follows it with no comma
 * (b4-wulatan, and nine other writers' files), and a number taken back 「哦不对 是…」 read as a
 * problem. Sentences written for this test, not corpus lines.
 */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const kinds = (text: string, today = "2026-12-03") =>
  extractUpdate(text, org, { today }).figures.map((f) => `${f.raw}:${f.kind}`);

describe("a count typed straight into the problem or plan after it", () => {
  it("keeps the count with the work told before it", () => {
    expect(kinds("图书馆今年新进图书1200册，借阅量1.6万人次问题是周末人手不够")).toEqual([
      "1200册:achieved",
      "1.6万人次:achieved",
    ]);
    expect(kinds("秸秆综合利用完成了，回收3400吨打捆机太少下个月再调两台")).toEqual([
      "3400吨:achieved",
      "两台:target",
    ]);
    expect(kinds("走访慰问搞完了，发放慰问金3.2万元困难是资金还有缺口")).toEqual(["3.2万元:achieved"]);
    // An approximate count with 几 in it (四十几万) is a count all the same.
    expect(kinds("直播带货搞完了，卖了四十几万运费太贵")).toEqual(["四十几万:achieved"]);
  });

  it("reads the part after the count as what it says", () => {
    const u = extractUpdate("消防演练搞完了，参演职工86人问题是灭火器过期了好几个", org, {
      today: "2026-12-03",
    });
    expect(u.clauses?.map((c) => c.kind)).toEqual(["done", "problem"]);
  });

  it("leaves a part singled out of a whole, and a count the next words need as their subject", () => {
    // 其中…: the part with the problem.
    expect(kinds("今年排查危房120户，其中9户屋顶漏雨")).toEqual(["120户:achieved", "9户:problem"]);
    // …还…: the count is the subject of what is still wrong.
    expect(kinds("整改了隐患40处，剩余问题隐患6处还没销号")).toContain("6处:problem");
    // 个 runs on to its noun (发现3个|老人…): not cut apart.
    expect(kinds("走访独居老人30户，发现4个老人腿脚不便")).toEqual(["30户:achieved", "4个:achieved"]);
  });

  it("first in its sentence, a count with no work told in it stays the topic of the problem", () => {
    expect(kinds("辖区老旧电梯60多部安全隐患大")).toEqual(["60多部:problem"]);
  });

  it("cuts before a month said right after a count", () => {
    expect(kinds("招商引资到位1.8亿元了，全年目标还差6000万元12月份重点推进两个项目", "2026-11-20")).toEqual([
      "1.8亿元:achieved",
      "6000万元:problem",
      "两个:target",
    ]);
  });
});

describe("a number taken back", () => {
  it("is no problem, typed with spaces or in 闽南话", () => {
    expect(kinds("今年义诊看了八百多人哦毋着是九百多人")).toEqual(["九百多人:achieved"]);
    expect(kinds("冬季送温暖活动搞完了，送棉被三千 哦不对 是3600床")).toEqual(["3600床:achieved"]);
  });

  it("drops a bare number said first, so the label is the words before it", () => {
    const f = extractUpdate("全年培训农民两千八 说错了 是2.8万人次", org, { today: "2026-12-03" }).figures;
    expect(f.map((x) => `${x.value}${x.unit}`)).toEqual(["28000人次"]);
    expect(f[0]?.context).toContain("培训农民");
    expect(f[0]?.context).not.toContain("说错");
  });
});

describe("people who came through a screening, counted with a bare 个", () => {
  const units = (text: string) =>
    extractUpdate(text, org, { today: "2026-12-03" }).figures.map((f) => `${f.value}${f.unit}`);

  it("counts people when the sentence is about people or the clause names the screening", () => {
    expect(units("组织护林员培训，到了五十二个，结业的四十八个")).toEqual(["52人", "48人"]);
    expect(units("今年征兵体检通过的十一个")).toEqual(["11人"]);
    expect(units("办了两期育婴师培训，考试合格三十五个")).toEqual(["2期", "35人"]);
    expect(units("驾驶员培训结束了，体检过了的二十六个")).toEqual(["26人"]);
  });

  it("leaves things that passed a check, and a thing named before the word", () => {
    expect(units("抽检蔬菜80批次，合格的78个")).toEqual(["80批次", "78个"]);
    expect(units("村卫生室验收合格9个")).toEqual(["9个"]);
    expect(units("退役军人服务站规范化建设达标24个")).toEqual(["24个"]);
  });
});

describe("people taken on for a post, or those taken on, counted with a bare 个", () => {
  const units = (text: string) =>
    extractUpdate(text, org, { today: "2026-12-03" }).figures.map((f) => `${f.value}${f.unit}`);

  it("counts people hired into a post or leaving after being brought in", () => {
    expect(units("今年护路公益岗招了十八个")).toEqual(["18人"]);
    expect(units("年初招来的辞了三个")).toEqual(["3人"]);
  });

  it("leaves projects brought in", () => {
    expect(units("今年招商引资招了五个项目，走了一个")).toEqual(["5个"]);
  });
});
