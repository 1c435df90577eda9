import { describe, expect, it } from "vitest";
import { planCorrection } from "../src/conversation/plan-correction.js";

/**
 * 「是二十六个 不是二十个」 for 「来了二十个财务」: the old figure is read as a count of people (20人, counted 财务), so its unit
 * is not the 个 said; the old figure as the update writes it (or counted near) is the one replaced — never another figure,
 * and nothing when no figure of the update has that value. Lines written for the test; docs 第四十七轮 dlg47 (d47-d01).
 */
const base = "今天去万山给四家锰企讲研发费用加计扣除 来了二十个财务";

describe("the old figure named as the update writes it", () => {
  it.each([
    ["要不得 搞错了 是二十六个 不是二十个", "二十六个"],
    ["是二十六个，不是二十个", "二十六个"],
    ["不是二十个 是二十六个", "二十六个"],
    ["是26个 不是20个", "26个"],
  ])("%s", (said, to) => {
    expect(planCorrection(base, said)).toMatchObject({ kind: "substitute", from: "二十个", to });
  });
  it.each(["是二十六个 不是二十一个", "是二十六个 不是十个"])("no figure of that value: %s", (said) => {
    expect(planCorrection(base, said).kind).toBe("not-found");
  });
  it("四家 is not taken for 二十个: 「是五家 不是四家」 still changes 四家", () => {
    expect(planCorrection(base, "是五家 不是四家")).toMatchObject({ kind: "substitute", from: "四家" });
  });
});
