import { describe, expect, it } from "vitest";
import { planEdit } from "../src/conversation/edit-update.js";

/**
 * lead47 (console; dlg47's d47-d10): 「修改 1 大概七百户」 on 「今年走访慰问困难户六百五十户…」 was added to the end (「…。大概七百户」) — a
 * second, contradicting figure — while 「修改 1 七百户」 changed 650 to 700. An estimate word before the new value still says
 * only a value; the estimate goes in with it (困难户大概七百户), an exact value takes the old estimate away (card44).
 */
const base = "今年走访慰问困难户六百五十户 发放慰问金三十二万元";
describe("a new value said roughly changes the figure and keeps its estimate word", () => {
  const cases: Array<[string, string, string]> = [
    [base, "大概七百户", "今年走访慰问困难户大概七百户 发放慰问金三十二万元"],
    [base, "约700户", "今年走访慰问困难户约700户 发放慰问金三十二万元"],
    [base, "差不多七百户", "今年走访慰问困难户差不多七百户 发放慰问金三十二万元"],
    [base, "大概是七百户", "今年走访慰问困难户大概七百户 发放慰问金三十二万元"],
    [base, "大概三十五万", "今年走访慰问困难户六百五十户 发放慰问金大概三十五万元"],
    [base, "大概七百户吧", "今年走访慰问困难户大概七百户 发放慰问金三十二万元"],
    ["来了六百人", "估计有六百五十人", "来了估计六百五十人"],
    ["签约项目12个", "大约15个", "签约项目大约15个"],
    ["參加培訓的有六百人", "大概七百人", "參加培訓的有大概七百人"],
  ];
  for (const [old, said, want] of cases)
    it(`${said} on 「${old}」`, () => {
      const p = planEdit(old, said);
      expect(p.how).toBe("substitute");
      expect(p.text).toBe(want);
    });

  it("an estimate already before the old figure stays, and is not said twice", () => {
    expect(planEdit("参加培训的大概有六百人", "估计有七百人").text).toBe("参加培训的大概有七百人");
    expect(planEdit("来了大概六百人", "大概六百五十人").text).toBe("来了大概六百五十人");
  });
  it("an exact value still takes the old estimate away", () => {
    expect(planEdit("来了大概六百人", "六百五十人").text).toBe("来了六百五十人");
  });
  const added: Array<[string, string]> = [
    [base, "另外还有五户没领到"],
    [base, "大概是这样"],
    [base, "约了三家企业下周座谈"],
  ];
  for (const [old, said] of added)
    it(`${said} is no new value for a figure`, () => expect(planEdit(old, said).how).not.toBe("substitute"));
});
