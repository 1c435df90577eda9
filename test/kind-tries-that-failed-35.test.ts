import { describe, expect, it } from "vitest";
import { kindOf, run } from "./helpers/extract-shapes.js";

/**
 * Tries counted, then that they came to nothing (docs/understanding.md, 第三十五轮 fig35): 「厂家来了两趟还没搞好」
 * 「跑了两趟还没修好」「招了三回都没招满」 is one problem — typed with no comma, the count of times (回、趟、次、遍)
 * is no end of a clause done, and the times are a problem figure (README: 「两回」「三趟」 count times).
 */
describe("tries that failed", () => {
  it("reads the tries and their failure as one problem", () => {
    const t = "村级光伏电站检修了14座有2座逆变器老是跳闸，厂家来了两趟还没搞好";
    expect(kindOf(t, "检修了")).toBe("done");
    expect(kindOf(t, "厂家来了两趟")).toBe("problem");
    expect(run(t).figures.find((f) => f.raw === "两趟")?.kind).toBe("problem");
    expect(kindOf("厂家的人跑了两趟还没修好 病人只能往县医院跑", "跑了两趟")).toBe("problem");
  });

  it("keeps tries that worked as work done", () => {
    expect(kindOf("今天去了两趟东村都办好了", "去了两趟")).toBe("done");
  });
});
