import { describe, expect, it } from "vitest";
import { topicOf, withSubject } from "../src/drafting/plan-subject.js";
import { offlineDraftOf } from "./fixtures/drafting/one-section-draft.js";

/**
 * A plan typed after the work it carries on leaves out what it moves: 「科技活动周搞了8场活动…明年要下沉到村」
 * came out in the offline plan as a bare 「下沉到村」. In writing the measure names its subject.
 */
describe("a plan that spreads work further names the work", () => {
  const said = "科普讲座办了12场 听众900多人，明年要下沉到村";
  it.each([
    ["下沉到村", /^推动科普讲座下沉到村$/u],
    ["往社区里铺开", /^推动科普讲座向社区铺开$/u],
    ["推广到全县", /^将科普讲座推广到全县$/u],
    ["扩到10个乡镇", /^将科普讲座扩大到10个乡镇$/u],
    ["还得覆盖到所有学校", /^推动科普讲座覆盖到所有学校$/u],
  ])("「%s」", (plan, written) => {
    expect(withSubject(plan, said)).toMatch(written);
  });

  it.each([
    // a plan with its own subject, a noun made of the verb, 要 as a verb: unchanged
    ["服务站要延伸到村", "服务站延伸到村"],
    ["覆盖率提到90%", "覆盖率提到90%"],
    ["要到资金300万", "要到资金300万"],
    ["需要上级资金支持", "需要上级资金支持"],
    ["进校园搞讲座", "进校园开展讲座"],
  ])("「%s」 keeps its own subject", (plan, written) => {
    expect(withSubject(plan, said)).toBe(written);
  });

  it("takes no time or person for the work, and says 相关工作 when the message names none", () => {
    expect(topicOf("今年我们走访了企业30家")).toBe("相关工作");
    expect(topicOf("11月份组织了两场培训")).toBe("相关工作");
    expect(topicOf("农技培训搞了5期")).toBe("农技培训");
  });

  it("in the offline draft's plan", async () => {
    const d = await offlineDraftOf([
      "科技活动周搞了8场活动 群众参与1500人次，不过乡镇覆盖还不够 明年要下沉到村",
      "下一步准备进校园搞讲座",
    ]);
    const plan = d.parts.find((p) => p.kind === "plan")!;
    const text = plan.items.map((i) => i.text).join("\n");
    expect(text).toMatch(/推动科技活动周下沉到村/u);
    expect(text).toMatch(/进校园开展讲座/u);
    expect(text).not.toMatch(/(?:^|；)下沉到村/mu);
  });
});

/**
 * Tried in the console as the leader: 「…剩下3家材料不全明年再报」 gave the plan item 「报。」, which the 定稿 check then
 * called a fragment. A plan that is only a verb once its lead is gone takes back what is left, counted, before it.
 */
describe("a plan that is only a verb", () => {
  it("takes what is left, counted, from its message", () => {
    expect(withSubject("报", "今年帮企业申报高企12家 认定了9家 剩下3家材料不全明年再报")).toBe(
      "推动其余3家申报",
    );
    expect(withSubject("再交", "专利材料还有5件没交齐 下周再交")).toBe("推动其余5件提交");
  });

  it("stays as it is when the message counts nothing left", () => {
    expect(withSubject("报", "明年再报")).toBe("报");
  });

  it("in the offline draft's plan, no bare 「报。」", async () => {
    const d = await offlineDraftOf(["今年帮企业申报高企12家 认定了9家 剩下3家材料不全明年再报"]);
    const plan = d.parts.find((p) => p.kind === "plan")!;
    expect(plan.items.map((i) => i.text).join("\n")).toMatch(/推动其余3家申报/u);
  });
});
