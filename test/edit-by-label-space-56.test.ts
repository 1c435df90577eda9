import { describe, expect, it } from "vitest";
import { planCorrection } from "../src/conversation/correction-request.js";

/**
 * Staff type clauses apart with a space as often as with a comma: in 「申请了发明专利12件 授权了8件」
 * the words 授权了 belong to 8件 (before it), not to 12件 (they only follow it across the space). 「改成授权9件」
 * used to be asked about (two 件 figures both "named" 授权); it changes 8件. A counted noun right after a figure
 * (「帮3家企业」) is still that figure's own.
 */
describe("a correction's label across a space", () => {
  it.each([
    ["今年帮企业申请了发明专利12件 授权了8件", "我报的第一条能不能改成授权9件", "8件", "9件"],
    ["今年帮企业申请了发明专利12件 授权了8件", "申请的是13件", "12件", "13件"],
    ["下乡培训了5场 发放资料300份 咨询群众200人次 接待来访90人次", "咨询的是210人次", "200人次", "210人次"],
    ["走访企业6家 帮3家企业理清台账", "帮了4家企业", "3家", "4家"],
    // Before a figure, its words run back only to a space (b14-d15): 整改 is 四处's, 排查隐患 is 五处's.
    ["今天组织了消防演练，排查隐患五处 整改四处", "整改是六处", "四处", "六处"],
    ["今天组织了消防演练，排查隐患五处 整改四处", "排查隐患是七处", "五处", "七处"],
    ["培训 120人 发资料 300份", "培训的是150人", "120人", "150人"],
  ])("on 「%s」 「%s」 changes %s", (old, said, from, to) => {
    expect(planCorrection(old, said)).toMatchObject({ kind: "substitute", from, to });
  });

  it("two figures with no words of their own are still asked about", () => {
    expect(planCorrection("完成12件 又完成8件", "改成9件").kind).toBe("which");
  });
});
