import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Round twenty-six's console trial as 王志强 (office director, two sections, may use leaders' commands):
 * 「综合那块今年组织安全生产检查6次，整改隐患23处」 was read as 重写 of the draft's 综合 part (整改's 改) and answered
 * 「还没有草稿」 — the report lost; he then sent 「综合」 alone, was asked whether to record it, said 「确认」, and
 * 「综合」 became a draft update. Work written the 公文 way under a section word is a report; a section's name
 * alone is kept only by the 记为填报 button, never by a loose yes.
 */
const { open } = appPerTest();

describe("a section word heading work said the 公文 way", () => {
  it.each([
    ["wang-ban", "综合那块今年组织安全生产检查6次，整改隐患23处"],
    ["wang-ban", "党建这块 全年开展主题党日12次 专题党课4次"],
  ])("%s: 「%s」 is a report card, not a rewrite", async (who, said) => {
    const t = await open({ now: "2026-12-03T10:00:00+08:00" });
    const out = await t.sayText(who, said);
    expect(out).toContain("请确认填报内容");
    expect(out).not.toContain("草稿");
    expect(await t.app.services.store.listUpdates({ author: who })).toHaveLength(1);
  });

  it("an instruction about a part is still one (写进去、应该是、写具体点)", async () => {
    const t = await open({ now: "2026-12-03T10:00:00+08:00" });
    for (const said of ["综合那块把检查6次写进去", "（二）数据不对 应该是23处", "问题部分写具体点"]) {
      await t.sayText("zhou-ju", said);
    }
    expect(await t.app.services.store.listUpdates({ author: "zhou-ju" })).toHaveLength(0);
  });
});

describe("a section's name alone, asked about", () => {
  it("a loose yes keeps nothing and says why; the 记为填报 button still keeps it", async () => {
    const t = await open({ now: "2026-12-03T10:00:00+08:00" });
    expect(await t.sayText("wang-ban", "综合")).toContain("这条要记为工作填报吗");
    const yes = await t.sayText("wang-ban", "确认");
    expect(yes).toContain("只是科室名称");
    expect(yes).not.toContain("请确认填报内容");
    expect(await t.app.services.store.listUpdates({ author: "wang-ban" })).toHaveLength(0);
    expect(await t.sayText("wang-ban", "记为填报")).toContain("请确认填报内容");
    expect(await t.app.services.store.listUpdates({ author: "wang-ban" })).toHaveLength(1);
  });

  it("a short remark that is not a section's name is still kept by a yes", async () => {
    const t = await open({ now: "2026-12-03T10:00:00+08:00" });
    await t.sayText("chen-kp", "科普讲座");
    await t.sayText("chen-kp", "是的");
    expect(await t.app.services.store.listUpdates({ author: "chen-kp" })).toHaveLength(1);
  });
});
