import { describe, expect, it } from "vitest";
import { kindOf } from "./helpers/extract-shapes.js";

/**
 * A step to take up with a body (跟…商量、对接、联系、打报告), said bare after a problem with nothing done of it, is the
 * plan — typed with a comma or glued on (docs/understanding.md, 第三十三轮 fig33).
 */
describe("a step taken up with a body", () => {
  it("reads it as the plan after a problem", () => {
    expect(kindOf("企业招不上人跟人社局对接一下", "跟人社局对接")).toBe("plan");
    expect(kindOf("卫生室没人值班跟卫健局反映", "跟卫健局反映")).toBe("plan");
    expect(kindOf("卫生室没人值班跟卫健局反映", "没人值班")).toBe("problem");
  });

  it("leaves it done when it was done", () => {
    expect(kindOf("今天跟住建局对接了项目资料", "跟住建局对接")).toBe("done");
    expect(kindOf("上午已经跟镇里商量好了", "跟镇里商量")).toBe("done");
  });
});
