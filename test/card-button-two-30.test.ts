import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * A bare 「2」 or 「3」 typed to a draft's card, whose buttons the console numbers [1 确认] [2 修改] [3 撤回], round
 * thirty (docs/understanding.md 第三十轮 intent30). 「2」 naming no draft is the card's 修改: the draft is opened for
 * editing (the reply asks what to change, nothing changes until the new words come); 「3」 (撤回) stays asked.
 */
describe("「2」 and 「3」 to a draft's card, round thirty", () => {
  const { open } = appPerTest();
  const report = "今天帮3家企业做了研发费用加计扣除辅导";

  it("「2」 to the one draft's card opens it for editing, nothing changed", async () => {
    const t = await open({ now: "2026-12-02T10:00:00+08:00" });
    await t.sayText("李明", report);
    const reply = await t.sayText("李明", "2");
    expect(reply).toContain("请发送 #1 的修改内容");
    expect(reply).not.toContain("是指卡片上的");
    const [u] = await t.app.services.store.listUpdates({ author: "li-rd" });
    expect(u!.status).toBe("draft");
    expect(u!.normalizedText).toContain("加计扣除辅导");
  });

  it("「2」 when the card's draft is #2 itself still asks what to do with #2", async () => {
    const t = await open({ now: "2026-12-02T10:00:00+08:00" });
    await t.sayText("李明", "上午组织了2场项目申报培训，来了60人");
    await t.sayText("李明", "确认");
    await t.sayText("李明", report);
    const reply = await t.sayText("李明", "2");
    expect(reply).toContain("是要确认 #2 吗");
    expect((await t.app.services.store.findBySeq("li-rd", 2))?.status).toBe("draft");
  });

  it("「3」 to the one draft's card is asked, the draft kept", async () => {
    const t = await open({ now: "2026-12-02T10:00:00+08:00" });
    await t.sayText("李明", report);
    const reply = await t.sayText("李明", "3");
    expect(reply).toContain("「3」是指卡片上的「撤回」吗");
    expect((await t.app.services.store.findBySeq("li-rd", 1))?.status).toBe("draft");
  });

  it("「这个是科普那块的」 to the card of someone reporting for one section says the section stands, not 「没看出」", async () => {
    const t = await open({ now: "2026-12-02T10:00:00+08:00" });
    await t.sayText("陈静", "下午在东郊镇搞了场科普进村 资料发了三百多份");
    const reply = await t.sayText("陈静", "这个是科普那块的哦");
    expect(reply).toContain("科室就是「科普宣传与培训」");
    expect(reply).not.toContain("没看出");
  });
});
