import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

/**
 * Round thirty-one (kind31), from g1-sangqian and f4/f5: a bare 万 handed down (拨下去、兑下去) or cashed after
 * a count of vouchers is money; a temperature (零下二十度) is no figure; the label of 户 with the households
 * named after it keeps its co-verb (为、给、帮), as 名 and 家 do. Sentences written for this test.
 */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const figs = (text: string) => extractUpdate(text, org, { today: "2026-12-04" }).figures;
const units = (text: string) => figs(text).map((f) => `${f.value}${f.unit}`);

describe("money, temperature and a co-verb's label", () => {
  it("a bare 万 handed down or cashed is money", () => {
    expect(units("奖补资金核定了90万 已经划过去60万")).toEqual(["900000元", "600000元"]);
    expect(units("消费券发了1200张兑现了36万")).toEqual(["1200张", "360000元"]);
    expect(units("发了宣传单3万")).toEqual(["30000"]);
  });
  it("a temperature is no figure", () => {
    expect(units("昨儿夜里零下十八度 水管冻了{3处}".replace(/[{}]/g, ""))).toEqual(["3处"]);
    expect(units("用电量增加了十五度")).toEqual(["15度"]);
  });
  it("户 with the households named after it keeps 为/给/帮 in the label", () => {
    expect(figs("为30户低保家庭送了取暖煤")[0]?.context).toBe("为低保家庭送了取暖煤");
    expect(figs("给全村80户发了米和油")[0]?.context).toBe("发了米和油");
  });
});
