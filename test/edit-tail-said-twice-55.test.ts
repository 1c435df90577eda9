import { describe, expect, it } from "vitest";
import { planEdit } from "../src/conversation/edit-update.js";

// 「80来个改成85人」 on 「…来了80来个人」: the new words end with the noun that follows the old ones in the text,
// so the edited text says it once (「来了85人」), never 「来了85人人」.
describe("an edit whose new words end with what follows the old ones", () => {
  it.each([
    ["这礼拜去了三个村搞了食用菌技术培训 来了80来个人", "80来个改成85人", "来了85人", "85人人"],
    ["组织专家下乡服务，走访了十几户农户", "十几户改成16户农户", "走访了16户农户", "农户农户"],
    ["举办培训班2期，培训学员一百二十名左右", "一百二十名左右改成126名", "培训学员126名", "126名左右"],
  ])("%s + %s", (old, said, has, never) => {
    const plan = planEdit(old, said);
    expect(plan.how).toBe("substitute");
    expect(plan.text).toContain(has);
    expect(plan.text).not.toContain(never);
  });

  it("never cuts a name that happens to end as the text goes on", () => {
    const plan = planEdit("负责人李四三月已到岗", "李四改成张三");
    expect(plan.text).toBe("负责人张三三月已到岗");
  });

  it("keeps a new unit that differs from the words after the old value", () => {
    const plan = planEdit("来了80来个人", "80来个改成85个");
    expect(plan.text).toBe("来了85个人");
  });
});
