import { describe, expect, it } from "vitest";
import { kindOf } from "./helpers/extract-shapes.js";

/**
 * 粤 识 = 会 and 明 = 懂 after 唔 (唔识用电脑、听唔明普通话) — docs/understanding.md, 第三十四轮 fig34:
 * what people cannot do is a problem, cut from the check before it and the step after it.
 */
describe("粤 唔识、唔明", () => {
  it("reads 唔识 as 不会, a problem between the check and the step", () => {
    const t = "琴日同卫健局一齐去查了五个村卫生室有三个村医唔识用电脑报数下礼拜集中培训";
    expect(kindOf(t, "卫生室")).toBe("done");
    expect(kindOf(t, "唔识")).toBe("problem");
    expect(kindOf(t, "集中培训")).toBe("plan");
  });

  it("reads 听唔明 as 听不懂, a problem before the step glued after it", () => {
    const t = "今日喺博白搞桑蚕技术培训 来咗九十几个蚕农好多老人家听唔明普通话下次请个讲白话嘅老师";
    expect(kindOf(t, "听唔明")).toBe("problem");
    expect(kindOf(t, "白话")).toBe("plan");
  });
});
