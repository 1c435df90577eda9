import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 「我这周报的都确认了没」 asks whether one's own reports went through: the list answers it, each with its
 * state (console trial, round sixteen: it got the generic 「有什么需要帮忙的？」).
 */
describe("whether one's own reports went through", () => {
  const { open } = appPerTest();

  it("is answered with the list and each one's state", async () => {
    const t = await open({ now: "2026-12-02T10:00:00+08:00" });
    await t.sayText("赵丽", "这周帮3家企业申报了专利，又去省里对接了个科技成果转化项目");
    await t.sayText("赵丽", "确认");
    await t.sayText("赵丽", "今天又帮2家企业办了专利质押融资，金额500万");
    for (const said of ["我这周报的都确认了没", "我报的东西都提交成功了吗"]) {
      const reply = await t.sayText("赵丽", said);
      expect(reply).toContain("已确认 1 条");
      expect(reply).toContain("待确认");
      expect(reply).not.toContain("有什么需要帮忙的");
    }
  });
});
