import { appPerTest } from "./helpers/app-per-test.js";
import { describe, expect, it } from "vitest";
import type { TestApp } from "./helpers/test-app.js";

/**
 * A leader asks the material a question (查数): the figures staff reported and confirmed that match the
 * thing asked, each with who and when; none is said plainly; nothing is added up, nothing stored.
 */
const apps = appPerTest();

async function material(): Promise<TestApp> {
  const t = await apps.open({ now: "2026-11-03T10:00:00+08:00" });
  await t.say("sun-tp", "在柳河乡举办农村实用技术培训3场，培训农民210人次");
  await t.say("sun-tp", "确认");
  await t.say("chen-kp", "组织科技活动周广场宣传，1500名群众参与，发放科普资料1.2万余份");
  await t.say("chen-kp", "确认");
  await t.say("zhao-zh", "技术合同登记86份，成交额1.2亿元");
  await t.say("zhao-zh", "1");
  await t.say("zhao-zh", "确认");
  await t.say("sun-tp", "在石桥镇又办了特派员培训2场");
  return t;
}

describe("查数", () => {
  it("「孙磊那边培训搞了几场」 lists 孙磊's confirmed trainings with the day, not a sum, and skips drafts", async () => {
    const t = await material();
    const text = await t.sayText("zhou-ju", "孙磊那边培训搞了几场");
    expect(text).toContain("孙磊 11月3日：在柳河乡举办农村实用技术培训 3场");
    expect(text).not.toContain("210人次");
    expect(text).not.toContain("2场");
    expect(text).not.toContain("5场");
  });

  it("a thing asked by its words across sections: 技术合同、科技活动周", async () => {
    const t = await material();
    expect(await t.sayText("lin-fen", "技术合同成交额今年到多少了")).toContain(
      "赵丽 11月3日：成交额 1.2亿元",
    );
    expect(await t.sayText("zhou-ju", "科技活动周来了多少人来着")).toContain("1500名");
  });

  // The thing said with its verb (b61-087, b62-129, cmd26's i26a): 成交了多少钱 asks the 成交额, said back as such.
  it("「技术合同今年成交咗几多钱」 asks the 成交额: found, and named as the material names it", async () => {
    const t = await material();
    for (const asked of ["技术合同今年成交咗几多钱", "今年技术合同成交了多少钱"]) {
      const text = await t.sayText("lin-fen", asked);
      expect(text).toContain("「技术合同成交额」");
      expect(text).toContain("赵丽 11月3日：成交额 1.2亿元");
    }
  });

  it("「研发今年投入了好多钱」 with nobody reporting it says 研发投入 has no figure", async () => {
    const t = await material();
    expect(await t.sayText("zhou-ju", "研发今年投入了好多钱 有数冇")).toContain("「研发投入」");
  });

  it("a 交易额 reported answers the 成交额 asked", async () => {
    const t = await material();
    await t.say("zhao-zh", "促成技术合同交易额3000万元");
    await t.say("zhao-zh", "1");
    await t.say("zhao-zh", "确认");
    expect(await t.sayText("zhou-ju", "技术合同今年成交了多少钱")).toContain("交易额");
  });

  it("nobody reported it: said so, no number made up", async () => {
    const t = await material();
    const text = await t.sayText("zhou-ju", "咱们高企今年是几家来着");
    expect(text).toContain("还没有人报过");
    expect(text).not.toMatch(/\d+\s*家/);
  });

  it("a figure reported is found by the section's short name (高企 → 新认定高新技术企业)", async () => {
    const t = await apps.open({ now: "2026-11-03T10:00:00+08:00" });
    await t.say("he-gq", "今年新认定高新技术企业12家");
    await t.say("he-gq", "1");
    await t.say("he-gq", "确认");
    expect(await t.sayText("zhou-ju", "咱们高企今年是几家来着")).toContain(
      "何婷 11月3日：新认定高新技术企业 12家",
    );
  });

  it("which of two figures, asked, is a count asked — never a correction to the second (round thirty-one)", async () => {
    const t = await apps.open({ now: "2026-11-03T10:00:00+08:00" });
    await t.say("he-gq", "今年新认定高新技术企业12家");
    await t.say("he-gq", "1");
    await t.say("he-gq", "确认");
    for (const asked of ["高企今年是12家还是15家来着", "咱们高企是12还是15啊"])
      expect(await t.sayText("zhou-ju", asked)).toContain("何婷 11月3日：新认定高新技术企业 12家");
    // One's own, asked the same way: the list of one's reports, nothing changed (it was read as 修改 to 15家).
    const own = await t.sayText("he-gq", "我之前报的高企是12家还是15家啊");
    expect(own).toContain("#1");
    expect(own).not.toMatch(/修改预览|没有能改成|是哪一条/);
    const [u] = await t.app.services.store.listUpdates({ author: "he-gq" });
    expect(u?.normalizedText).toContain("12家");
    // Told, not asked: 「来了300还是310人记不清了」 is no question of the material.
    expect(await t.sayText("chen-kp", "来了300还是310人记不清了")).not.toContain("只有局领导和办公室");
  });

  it("staff are told it is for leaders, and nothing is stored", async () => {
    const t = await material();
    const before = (await t.app.services.store.listUpdates({ author: "li-rd" })).length;
    expect(await t.sayText("li-rd", "咱局今年培训几场啊")).toContain("只有局领导和办公室");
    expect(await t.app.services.store.listUpdates({ author: "li-rd" })).toHaveLength(before);
  });
});
