import { describe, expect, it } from "vitest";
import { isTopicTag, tidyForCard } from "../src/conversation/tidy-card-text.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 「党建方面，…」: a section's label said with a comma stays in the stored clause (the split by section
 * reads it to find where the message turns: split-clause-one-item, drafting-register), but the card
 * shows the work, not the label — the card's 科室 line already says it. Found in a console trial
 * (round 31): 「党建方面，本周组织支部党员学习…」 showed 「1. 党建方面」 as a work item.
 */
const { open } = appPerTest();

const itemsOf = (blocks: string[]): string => blocks.find((b) => b.startsWith("**工作事项**")) ?? "";

describe("a section label said with a comma, on the card", () => {
  it("is no item and no item's head", () => {
    expect(isTopicTag("党建方面")).toBe(true);
    expect(isTopicTag("党建方面，")).toBe(true);
    expect(isTopicTag("人才工作方面")).toBe(true);
    expect(tidyForCard("党建方面，支部开展主题党日，18名党员参加")).toBe("支部开展主题党日，18名党员参加");
    expect(tidyForCard("安全生产方面 组织消防演练1次")).toBe("组织消防演练1次");
    expect(tidyForCard("科普方面：进校园讲座3场")).toBe("进校园讲座3场");
  });

  it("keeps discourse words and content that only mention 方面", () => {
    expect(isTopicTag("一方面")).toBe(false);
    expect(isTopicTag("另一方面")).toBe(false);
    expect(tidyForCard("一方面，加强了项目过程管理")).toBe("一方面，加强了项目过程管理");
    expect(tidyForCard("各方面反映都不错")).toBe("各方面反映都不错");
    expect(tidyForCard("协调解决企业用地方面的问题3个")).toBe("协调解决企业用地方面的问题3个");
    expect(tidyForCard("这方面，还要再加强")).toBe("这方面，还要再加强");
  });

  it.each([
    ["xu-dj", "党建方面，支部开展主题党日，18名党员参加"],
    ["xu-dj", "党建方面，组织支部党员集中学习了二十届三中全会精神，参加党员15人"],
    ["wang-ban", "党建方面，这周开了支委会一次，谈心谈话6人次"],
    ["chen-kp", "科普方面，去二中搞了场讲座，学生来了三百多"],
    ["wang-ban", "安全生产方面，节前检查了12家企业"],
  ])("%s: 「%s」: the card lists the work, not the label; the stored text keeps every word", async (who, typed) => {
    const t = await open();
    const replies = await t.say(who, typed);
    const blocks = replies.flatMap((r) => r.card?.blocks ?? []);
    const items = itemsOf(blocks);
    expect(items).not.toBe("");
    expect(items).not.toMatch(/方面/);
    const ups = await t.app.services.store.listUpdates({ author: who });
    expect(ups).toHaveLength(1);
    expect(ups[0]?.originalText).toBe(typed);
  });
});
