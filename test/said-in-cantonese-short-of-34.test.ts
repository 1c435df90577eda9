import { describe, expect, it } from "vitest";
import { kindOf, units } from "./helpers/extract-shapes.js";

/**
 * 粤 得 = 只有/才 right before a count (docs/understanding.md, 第三十四轮 fig34): after who or what is short — a
 * person noun, a 的-phrase, 人手, 工资 — it says how few, a problem, and the count is read as after 才.
 * A verb's 得 (获得、得了) and what each gets (每人得两千) are left alone.
 */
describe("粤 得 before a count", () => {
  it("reads 得 + count after people as a shortfall", () => {
    const t = "今日喺陆川搞生猪防疫 打针一万四千几头防疫员得三个人 搞到夜晚九点先收工";
    expect(kindOf(t, "打针")).toBe("done");
    expect(kindOf(t, "防疫员")).toBe("problem");
    expect(units("新增特困供养九人愿意集中供养嘅得两个 其他都想住自己屋企")).toContain("两个=2人");
  });

  it("reads 工资得 + a bare sum as money, a problem", () => {
    const t = "吸纳就业四百来人工资得一千八左右 后生仔唔愿做";
    expect(units(t)).toContain("一千八左右=1800元");
    expect(kindOf(t, "工资")).toBe("problem");
  });

  it("leaves a verb's 得 and what each gets as they were", () => {
    expect(kindOf("获得三个奖项", "奖项")).toBe("done");
    expect(units("每人得两千")).toContain("两千=2000元");
  });
});
