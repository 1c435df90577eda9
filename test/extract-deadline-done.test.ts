import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const read = (text: string, today: string) => {
  const ex = extractUpdate(text, org, { today });
  return {
    clauses: (ex.clauses ?? []).map((c) => `${c.kind}:${c.text}`),
    figures: ex.figures.map((f) => `${f.kind}:${f.value}${f.unit}`),
  };
};

// A time before a holiday or an event still ahead of the day (开学前 said in February) is a deadline —
// unless the clause says it done by then (了、已), as seven blind writers' files do.
describe("a deadline ahead with the work said done by then", () => {
  it("is work done, one clause, its counts achieved", () => {
    const a = read("开学前把全镇十二所小学的消防栓查了一遍", "2026-02-20");
    expect(a.clauses).toEqual(["done:开学前把全镇十二所小学的消防栓查了一遍"]);
    expect(a.figures).toEqual(["achieved:12所"]);
    const b = read("春耕前已经完成种子储备80吨", "2026-02-20");
    expect(b.clauses.map((c) => c.split(":")[0])).toEqual(["done"]);
  });

  it("does not cut a count from the noun it counts after a whole area or a coverb", () => {
    expect(read("五一前全镇二十三家饭店后厨看了一圈", "2026-04-10").clauses).toEqual([
      "done:五一前全镇二十三家饭店后厨看了一圈",
    ]);
    expect(read("国庆前对辖区41家加油站搞了一次消防演练", "2026-09-08").clauses).toEqual([
      "done:国庆前对辖区41家加油站搞了一次消防演练",
    ]);
  });

  it("stays a plan with nothing said done", () => {
    expect(read("开学前要把全镇十二所小学的消防栓查一遍", "2026-02-20").clauses).toEqual([
      "plan:开学前要把全镇十二所小学的消防栓查一遍",
    ]);
    expect(read("春耕前完成种子储备80吨", "2026-02-20").figures).toEqual(["target:80吨"]);
  });
});

describe("a figure after a co-verb and a whole area", () => {
  it("is labelled by what follows it, not by 把全镇 / 给全村", () => {
    const ex = extractUpdate("给全村80户发了防汛明白卡", org, { today: "2026-06-01" });
    expect(ex.figures.map((f) => f.context)).toEqual(["发了防汛明白卡"]);
    // A typed space ends the phrase: 成交额 is the next figure's, not the companies'.
    const spaced = extractUpdate("今天帮两家企业登记技术合同 成交额85万", org, { today: "2026-12-01" });
    expect(spaced.figures.map((f) => f.context)).toEqual(["帮企业登记技术合同", "成交额"]);
  });
});
