import { describe, expect, it } from "vitest";
import { run } from "./helpers/extract-shapes.js";

/**
 * A thing named with an attribute (…的 + noun, nothing done to it), dictated right after work done and right before
 * a step that opens with a time ahead, is that step's subject (src/domain/subject-before-step.ts). Round twenty-nine
 * left 「…交上去了还有我们科跟的2个项目月底前要去验收」 with the 2 个项目 read as work done; kind30's f4-leibie30 had
 * the same shape without 还有 (「…报上去了市里要的科技统计年报下周三前也要交」).
 */
const ex = (text: string) => run(text, "2026-12-04");
const read = (text: string) => (ex(text).clauses ?? []).map((c) => [c.kind, c.text.replace(/[，。]$/, "")]);
const figs = (text: string) => ex(text).figures.map((f) => `${f.raw}|${f.kind}`);

describe("a named thing before a time-led step", () => {
  it("goes with the step, not with the work done before it", () => {
    expect(read("监测数据表今天上午填完报上去了市里要的统计年报下周三前也要交")).toEqual([
      ["done", "监测数据表今天上午填完报上去了"],
      ["plan", "市里要的统计年报下周三前也要交"],
    ]);
    expect(read("茶叶加工项目的中期报告昨天交上去了还有我们股负责的3个项目月底前要去验收")).toEqual([
      ["done", "茶叶加工项目的中期报告昨天交上去了"],
      ["plan", "我们股负责的3个项目月底前要去验收"],
    ]);
    expect(figs("茶叶加工项目的中期报告昨天交上去了还有我们股负责的3个项目月底前要去验收")).toEqual([
      "3个|target",
    ]);
  });

  it("leaves a count that is the object of the verb before, and work done after the named thing", () => {
    // 十二万 is what was paid out: the cut does not move it.
    expect(read("补助资金上礼拜拨下去了十二万今年新建的团队下周要下乡对接")[0]).toEqual([
      "done",
      expect.stringContaining("拨下去了十二万"),
    ]);
    // What there is (欠费的有…) or a count after 的 is no named thing: it stays where it was.
    expect(read("水费一直收不齐，欠费的有三百多户，下个月开始挨户上门催缴")[0]?.[0]).toBe("problem");
    expect(read("培训班结业了培训五十二人拿到证的四十七个明年计划再办四期")[0]?.[1]).toContain(
      "拿到证的四十七个",
    );
    // Something done to the named thing (验收了) keeps it with the work.
    expect(read("材料报上去了县里的两个站验收了下周再去看看")[0]?.[1]).toContain("两个站验收了");
  });
});
