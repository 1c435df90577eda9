import { describe, expect, it } from "vitest";
import { planEdit } from "../src/conversation/edit-update.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 「修改 1 帮9家企业申报」 on 「本月帮8家企业申报高新技术企业 预计通过6家」: a stretch of the update said again with a
 * figure changed changes that figure in place — it is never added to the end as a second, contradicting figure
 * (which put both 8家 and 9家 into the leaders' material).
 */
describe("a stretch of the update said again with its figures changed", () => {
  const base = "本月帮8家企业申报高新技术企业 预计通过6家";
  it.each([
    ["帮9家企业申报", "本月帮9家企业申报高新技术企业 预计通过6家"],
    ["预计通过7家", "本月帮8家企业申报高新技术企业 预计通过7家"],
    ["帮9家企业申报高新技术企业，预计通过7家", "本月帮9家企业申报高新技术企业 预计通过7家"],
  ])("「%s」 → 「%s」", (typed, after) => {
    const plan = planEdit(base, typed);
    expect(plan.how).toBe("substitute");
    expect(plan.text).toBe(after);
  });

  it("leaves what is not a restatement alone: new words are added, an unchanged figure is no change", () => {
    expect(planEdit(base, "获奖总数比去年增加35%").how).toBe("append");
    expect(planEdit(base, "帮8家企业申报").how).not.toBe("substitute");
    // the unit differs: not the same figure said again
    expect(planEdit(base, "帮9个企业申报").text).not.toBe("本月帮9个企业申报高新技术企业 预计通过6家");
  });

  const { open } = appPerTest();
  it("through the bot: the preview and the saved update hold 9家 and not 8家", async () => {
    const t = await open({ now: "2026-12-01T10:00:00+08:00" });
    await t.say("he-gq", base);
    await t.say("he-gq", "确认");
    const preview = (await t.say("he-gq", "修改 1 帮9家企业申报")).map((r) => r.text).join("\n");
    expect(preview).toContain("只把「8家」改成「9家」");
    await t.say("he-gq", "确认");
    const [u] = await t.app.services.store.listUpdates({ author: "he-gq" });
    expect(u?.normalizedText).toContain("帮9家企业申报");
    expect(u?.normalizedText).not.toContain("8家");
  });
});
