import { describe, expect, it } from "vitest";
import { saysNothing } from "../src/conversation/guided-answers.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 赵丽 answered the guided 「4/4 下一步有什么打算？」 with 「好了」 (that's all): the card listed a plan 「2. 好」.
 * 好了、可以了、行了、完事了、差不多了、暂时就这些、就酱 say "done, nothing more" to any question — found in
 * console trials. A bare 好 stays an acknowledgement, and an answer with content stays content.
 */
const { open } = appPerTest();

describe("done, nothing more, in the guided questions", () => {
  it.each([
    "好了",
    "可以了",
    "行了～",
    "完事了",
    "差不多了",
    "暂时就这些",
    "就酱",
    "好了好了",
    "OK了",
    "先这些吧",
  ])("「%s」 says nothing for the question", (s) => expect(saysNothing(s)).toBe(true));
  it.each(["好好干", "可以开展培训", "行政审批还慢了", "这些企业还没认定"])("「%s」 is an answer", (s) =>
    expect(saysNothing(s)).toBe(false));

  it.each(["好了", "可以了", "就这些吧"])("「%s」 to the last question adds no plan", async (done) => {
    const t = await open({ now: "2026-12-01T10:00:00+08:00" });
    await t.say("zhao-zh", "填报");
    await t.say("zhao-zh", "成果转化");
    await t.say("zhao-zh", "今年促成技术合同登记28项，成交额4600万");
    await t.say("zhao-zh", "没有");
    await t.say("zhao-zh", "明年争取技术合同成交额突破6000万");
    const card = await t.sayText("zhao-zh", done);
    expect(card).toContain("请确认填报内容");
    expect(card).not.toMatch(/\d\. (?:好|可以|就这些)/u);
    await t.say("zhao-zh", "确认");
    const [u] = await t.app.services.store.listUpdates({ author: "zhao-zh" });
    expect(u?.plans).toHaveLength(1);
  });
});
