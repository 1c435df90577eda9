import { describe, expect, it } from "vitest";
import { planEdit } from "../src/conversation/edit-update.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 「修改 1 来了150个农户」 on 「…搞了两场种植技术培训，来了大概一百二三十个农户」: the update said again in fewer words,
 * nothing new in it, a figure different — the figure is corrected in place. Before, a short text not found word for
 * word in the update was added to its end, so the material held both 一百二三十个农户 and 150个农户.
 */
describe("the update said again in fewer words with a figure corrected", () => {
  it.each([
    // [update, what was typed after 修改 N, the figure that goes, the one that comes]
    [
      "这周跟农业农村局一起下乡搞了两场种植技术培训，来了大概一百二三十个农户",
      "来了150个农户",
      "一百二三十个",
      "150个",
    ],
    [
      "这周跟农业农村局一起下乡搞了两场种植技术培训，来了大概一百二三十个农户",
      "两场培训，150个农户",
      "一百二三十个",
      "150个",
    ],
    [
      "这周跟农业农村局一起下乡搞了两场种植技术培训，来了大概一百二三十个农户",
      "农户150个",
      "一百二三十个",
      "150个",
    ],
    ["11月走访规上企业23家，收集技术难题9条，已经帮对接高校解决4条", "收集难题11条", "9条", "11条"],
    ["全年组织科普大篷车下乡巡展 十六场次，受益群众八千多人次", "大篷车巡展18场次", "十六场次", "18场次"],
    [
      "配合县妇联搞了一期巾帼创业培训班，學員四十五人，结业率百分之百",
      "一共培训学员48人哈",
      "四十五人",
      "48人",
    ],
  ])("「%s」 + 「%s」: %s → %s", (base, typed, from, to) => {
    const plan = planEdit(base, typed);
    expect(plan.how).toBe("substitute");
    expect(plan.changes ?? [{ from: plan.from, to: plan.to }]).toEqual([{ from, to }]);
    expect(plan.text).toBe(base.replace(from, to).replace(`大概${to}`, to));
  });

  it.each([
    // new work (又、新增 are not in the update): added, never put in place of the figure
    ["这周跟农业农村局一起下乡搞了两场种植技术培训，来了大概一百二三十个农户", "又培训了3场"],
    ["11月走访规上企业23家，收集技术难题9条", "新增企业5家"],
    // two figures of the update could be meant (both 家): not guessed
    ["走访企业23家，其中规上企业9家", "企业25家"],
    // the same figures: nothing to change
    ["11月走访规上企业23家，收集技术难题9条", "走访企业23家"],
  ])("「%s」 + 「%s」 is not read as a corrected figure", (base, typed) => {
    const plan = planEdit(base, typed);
    expect(plan.how).not.toBe("substitute");
    expect(plan.text).toContain(base.replace(/[。]$/u, ""));
  });

  it("keeps 大概 when the new figure is a guess too", () => {
    const base = "这周跟农业农村局一起下乡搞了两场种植技术培训，来了大概一百二三十个农户";
    expect(planEdit(base, "来了一百四五十个农户").text).toContain("来了大概一百四五十个农户");
    expect(planEdit(base, "来了150个农户").text).toContain("来了150个农户");
  });

  const { open } = appPerTest();
  it("through the bot: the saved update holds 150个农户 and not 一百二三十", async () => {
    const t = await open({ now: "2026-12-01T10:00:00+08:00" });
    await t.say("li-rd", "这周跟农业农村局一起下乡搞了两场种植技术培训，来了大概一百二三十个农户");
    await t.say("li-rd", "确认");
    const preview = (await t.say("li-rd", "修改 1 来了150个农户")).map((r) => r.text).join("\n");
    expect(preview).toContain("150个农户");
    expect(preview).not.toContain("作为补充");
    await t.say("li-rd", "确认");
    const [u] = await t.app.services.store.listUpdates({ author: "li-rd" });
    expect(u?.normalizedText).toContain("150个农户");
    expect(u?.normalizedText).not.toContain("一百二三十");
    // the exact figure is no longer introduced as a guess
    expect(u?.normalizedText).toContain("来了150个农户");
  });
});
