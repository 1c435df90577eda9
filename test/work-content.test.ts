import { describe, expect, it } from "vitest";
import { intentText } from "../src/conversation/intent-lexicon.js";
import { judgeWork, measureWork } from "../src/conversation/work-content.js";
import { FIGURE } from "../src/conversation/work-lexicon.js";

/**
 * The rule for 「too little work content to store」 (docs/understanding.md): what a message names
 * is measured — a figure, a work object, a verb — and what is left once the day, the duration and
 * the figures are gone. Sentences here are written for this test, not taken from the corpus.
 */
const judge = (s: string) => {
  const t = intentText(s);
  return judgeWork(t.norm, t.core);
};

describe("work content", () => {
  it("a duration is not a figure of work, and 今天/下午 carry no content", () => {
    const w = measureWork(intentText("今天下午开了三个小时会").norm);
    expect(w.figure).toBe(false);
    expect(w.content).toBe(3); // 开了会
    expect(measureWork(intentText("培训农民120人次").norm)).toMatchObject({ figure: true, beyondFigures: 4 });
  });

  it("counts cases (31起、两起) but not 一起 meaning together", () => {
    expect(FIGURE.test("受理纠纷12起")).toBe(true);
    expect(FIGURE.test("处理交通事故两起")).toBe(true);
    expect(FIGURE.test("处置火情一起，无伤亡")).toBe(true);
    expect(FIGURE.test("排除了一起隐患")).toBe(true);
    expect(FIGURE.test("和乡里一起去看了现场")).toBe(false);
  });

  it("short lines that name no work object are asked about, never stored", () => {
    for (const s of ["开了三个会", "忙了一整天", "在改材料", "整理了一上午文件", "下午去市里", "上午有个会"])
      expect(judge(s), s).toBe("unclear");
    for (const s of ["今天好热啊", "这两天有点累"]) expect(judge(s), s).toBe("chat");
    expect(judge("那个事咋样了")).toBe("question");
    expect(judge("表格交了没")).toBe("question");
  });

  it("a work verb that names a thing (调研会、培训通知) or is negated (没对接) says no work was done", () => {
    expect(judge("这周要开个调研会")).toBe("unclear");
    expect(judge("合作社那边一直没对接")).toBe("unclear");
    expect(judge("对接合作社两家，签了意向书")).toBe("report");
  });

  it("a work object with a figure, or a done verb and enough words, is a report without a listed verb", () => {
    for (const s of [
      "检修路灯36盏，更换灯杆4根",
      "调处邻里纠纷两起",
      "疏通了村东头那段排水沟渠",
      "全乡本年度未发生森林火情",
      "抽查校园食堂9所",
    ])
      expect(judge(s), s).toBe("report");
  });
});
