import { describe, expect, it } from "vitest";
import { planCorrection } from "../src/conversation/correction-request.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Lead54's console trial: 何婷 reported 「上个礼拜去了三个乡镇搞专利宣传…」 and then asked 「那条专利的能不能改成上周五去的」 — the
 * day it happened was wrong. The bot answered with the help line of 修改 (a how-to question, it thought) and changed nothing.
 * A day said again (改成上周五、应该是昨天、不是上周三是上周四、日期写错了 应该是11月20号) replaces the one day the update names,
 * shown as an edit preview to confirm; with no day or two days in the update nothing is guessed.
 */
describe("the day of an update corrected (when-correction.ts)", () => {
  it.each([
    [
      "上个礼拜去了三个乡镇搞专利宣传，发了260份资料",
      "能不能改成上周五去的",
      "上周五去了三个乡镇搞专利宣传，发了260份资料",
    ],
    [
      "昨天在城关镇开了知识产权培训会，来了45家企业",
      "时间写错了 应该是前天",
      "前天在城关镇开了知识产权培训会，来了45家企业",
    ],
    ["上周三带队去园区走访企业8家", "不是上周三 是上周四", "上周四带队去园区走访企业8家"],
    [
      "11月18号组织高企申报辅导，到场企业12家",
      "日期写错了 应该是11月20号",
      "11月20号组织高企申报辅导，到场企业12家",
    ],
    ["禮拜二去了兩個村搞科普 發資料300份", "改成禮拜三", "禮拜三去了兩個村搞科普 發資料300份"],
  ])("「%s」 + 「%s」", (old, said, want) => {
    const plan = planCorrection(old, said);
    expect(plan.kind).toBe("substitute");
    if (plan.kind !== "substitute") return;
    expect(old.slice(0, plan.at) + plan.to + old.slice(plan.at + plan.from.length)).toBe(want);
  });

  it.each([
    // Two days in the update: which one is not guessed.
    ["上周三去了城关镇 上周五去了河口镇 共走访企业8家", "改成上周四"],
    // No day in the update: nothing to replace.
    ["去了三个乡镇搞专利宣传，发了260份资料", "应该是上周五"],
  ])("「%s」 + 「%s」 is no substitution", (old, said) => {
    expect(planCorrection(old, said).kind).not.toBe("substitute");
  });

  it("a figure corrected is still the figure (应该是260份)", () => {
    const plan = planCorrection("上个礼拜去了三个乡镇搞专利宣传，发了两百来份资料", "应该是260份");
    expect(plan.kind).toBe("substitute");
    if (plan.kind === "substitute") expect(plan.from).toContain("两百来份");
  });
});

const { open } = appPerTest();

describe("「那条专利的能不能改成上周五去的」 in a conversation", () => {
  it("is an edit preview of that update, not the help line of 修改", async () => {
    const t = await open({ now: "2026-12-07T10:00:00+08:00" });
    await t.say("he-gq", "上个礼拜去了三个乡镇搞专利宣传，发了260份资料，现场答疑40多人次");
    await t.say("he-gq", "科室 高新技术企业与创新平台");
    await t.say("he-gq", "确认");
    const got = await t.sayText("he-gq", "那条专利的能不能改成上周五去的");
    expect(got).not.toContain("修改 编号 [新内容]");
    expect(got).toContain("修改预览（#1）");
    expect(got).toContain("上周五去了三个乡镇搞专利宣传");
    const [u] = await t.app.services.store.listUpdates({ author: "he-gq" });
    expect(u!.normalizedText).toContain("上个礼拜");
    expect(await t.sayText("he-gq", "确认")).toContain("已保存修改（#1");
    const [after] = await t.app.services.store.listUpdates({ author: "he-gq" });
    expect(after!.normalizedText).toContain("上周五去了");
  });

  it("「那条专利的能改成别的科室吗」 is still answered as a how-to question", async () => {
    const t = await open({ now: "2026-12-07T10:00:00+08:00" });
    await t.say("he-gq", "上个礼拜去了三个乡镇搞专利宣传，发了260份资料");
    await t.say("he-gq", "科室 高新技术企业与创新平台");
    await t.say("he-gq", "确认");
    const got = await t.sayText("he-gq", "那条专利的能改成别的科室吗");
    expect(got).not.toContain("修改预览");
    expect(got).toContain("科室");
  });
});
