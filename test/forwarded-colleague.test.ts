import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * A leader with no section passes on a colleague's update by name (「转发 孙磊：…」): it is recorded at once as a draft in
 * that colleague's section and confirmed with a yes; a name not on the roster, or a colleague of two sections, leaves the
 * usual question (要记为填报吗 / 属于哪个科室).
 */
const apps = appPerTest();
const now = "2026-12-16T15:00:00+08:00";

describe("a colleague's update passed on by a leader (forwarded-colleague.ts)", () => {
  it.each([
    ["zhou-ju", "转发 孙磊：今年油茶低改新做了六百亩 带动农户九十多户", "envoy"],
    ["lin-fen", "转发 李明：研发中心今年新建了两个 都验收了", "rd"],
    ["zhou-ju", "【转发】陈静：科普大篷车今年下乡跑了26趟", "popsci"],
    ["lin-fen", "转发 徐芳：支部昨天过了主题党日 十五个党员都到了", "party"],
  ])("%s: %s goes to %s, confirmed by a yes", async (who, text, section) => {
    const t = await apps.open({ now });
    const [card] = await t.say(who, text);
    expect(card?.card?.title ?? card?.text).toContain("请确认");
    const [draft] = await t.app.services.store.listUpdates({ author: who });
    expect(draft?.section).toBe(section);
    await t.say(who, "存上 没毛病");
    const [kept] = await t.app.services.store.listUpdates({ author: who });
    expect(kept?.status).toBe("confirmed");
  });
  it.each([
    ["zhou-ju", "转发 张伟：今年油茶低改新做了六百亩 带动农户九十多户"],
    ["lin-fen", "转发 何婷：帮三家企业报了高企 材料都交上去了"],
    ["zhou-ju", "转发 赵丽：这个月登记技术合同11份 成交额八百多万"],
  ])("a name not on the roster, or of two sections, is asked: %s: %s", async (who, text) => {
    const t = await apps.open({ now });
    const [asked] = await t.say(who, text);
    expect(asked?.card?.title ?? asked?.text).not.toContain("请确认");
  });
});
