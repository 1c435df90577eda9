import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Guided 填报 answered two or more steps in one message (console trial, round 31): 「今天上午去城关镇走访企业
 * 6家，收集需求12条，问题是企业融资难，下周准备组织银企对接会」 to 1/4, then 2/4 asked 「有哪些关键数据？」 and
 * 3/4 「遇到了什么问题或困难？」 as if nothing had been said. A careful colleague still asks each question
 * (the steps stay), but says what is already written down and asks only for anything more.
 */
const { open } = appPerTest();

describe("a later step already answered in an earlier message", () => {
  it("each question says what was written down and asks only for more; nothing is lost", async () => {
    const t = await open();
    await t.say("li-rd", "填报");
    const q2 = await t.sayText(
      "li-rd",
      "今天上午去城关镇走访企业6家，收集需求12条，问题是企业融资难，下周准备组织银企对接会",
    );
    expect(q2).toContain("2/4");
    expect(q2).toMatch(/已记下[^\n]*6家[^\n]*12条/);
    expect(q2).toContain("还有");
    const q3 = await t.sayText("li-rd", "无");
    expect(q3).toContain("3/4");
    expect(q3).toMatch(/已记下[^\n]*融资难/);
    const q4 = await t.sayText("li-rd", "没有了");
    expect(q4).toContain("4/4");
    expect(q4).toMatch(/已记下[^\n]*银企对接会/);
    const card = await t.sayText("li-rd", "无");
    expect(card).toContain("请确认");
    const [u] = await t.app.services.store.listUpdates({ author: "li-rd" });
    expect(u?.problems.join("；")).toContain("融资难");
    expect(u?.plans.join("；")).toContain("银企对接会");
    expect(u?.figures.map((f) => f.raw)).toEqual(expect.arrayContaining(["6家", "12条"]));
  });

  it("a problem said with the figures is written down when the problems question comes", async () => {
    const t = await open();
    await t.say("li-rd", "填报");
    await t.say("li-rd", "走访企业");
    const q3 = await t.sayText("li-rd", "6家 企业反映融资难");
    expect(q3).toContain("3/4");
    expect(q3).toMatch(/已记下[^\n]*融资难/);
  });

  it("nothing said ahead: the questions are asked as always", async () => {
    const t = await open();
    await t.say("li-rd", "填报");
    const q2 = await t.sayText("li-rd", "走访企业");
    expect(q2).toContain("2/4 有哪些关键数据？");
    expect(q2).not.toContain("已记下");
    const q3 = await t.sayText("li-rd", "走访了6家");
    expect(q3).toContain("3/4 遇到了什么问题或困难？");
  });

  it("a count is shown with the noun it counts (round 52 console trial: 「已记下：两个」)", async () => {
    const t = await open();
    await t.say("chen-kp", "填报");
    const q2 = await t.sayText("chen-kp", "这周跑了三个社区搞防诈骗科普");
    expect(q2).toContain("2/4");
    expect(q2).toMatch(/已记下：三个社区/);
  });
});
