import { describe, expect, it } from "vitest";
import { run, units } from "./helpers/extract-shapes.js";
import { cleanChat } from "../src/drafting/clean-chat.js";

/**
 * Round twenty-six (fig26): counts said the rough spoken way that the number reader did not read — an
 * Arabic round number and 几 (60几个、120几处: d3-, 74-), 把 before the scale (百把万吨) and 大几 after a
 * hundred or thousand (一百大几十万, e6-) — and a part told by its age or health (还有十来个年纪大了:
 * 99-, c5-, e2-, e3-, e6-) with no count of people before it. Sentences written for this test, not corpus lines.
 */

describe("rough counts said the spoken way", () => {
  it("reads an Arabic round number and 几 as at least that many", () => {
    expect(units("社区义诊来了80几个街坊，量血压300几人次")).toEqual(["80几个=80人", "300几人次=300人次"]);
    expect(units("河道清理了40几处垃圾点")).toEqual(["40几处=40处"]);
  });

  it("reads 把 before the scale and 大几 after a hundred or thousand", () => {
    expect(units("秸秆收储今年收了千把万斤，还差百把万斤")).toEqual([
      "千把万斤=10000000斤",
      "百把万斤=1000000斤",
    ]);
    expect(units("夜市开了一个月，摊位费收了两百大几十万")).toEqual(["两百大几十万=2000000元"]);
    expect(units("文化节来了三百大几十个人")).toEqual(["三百大几十个人=300人"]);
    expect(units("去年修路花了一千大几百万")).toEqual(["一千大几百万=10000000元"]);
  });

  it("leaves numbers that are not rough counts as they were", () => {
    expect(units("学习贯彻二十大精神，办了3期培训班")).toEqual(["3期=3期"]);
    expect(units("到6几号再说")).toEqual([]);
    expect(units("门牌5几号记不清了")).toEqual([]);
  });
});

describe("a part told by its age or health", () => {
  it("counts people with no count of people before it", () => {
    expect(units("水库移民后扶项目验收完了，还有七八个年纪大了不愿意搬")).toEqual(["七八个=7人"]);
    expect(units("护林队这块，剩下的四个身体不行了，得换人")).toEqual(["四个=4人"]);
  });

  it("leaves things told by their age as things", () => {
    expect(units("仓库里有两个年份久了的柜子")).toEqual(["两个=2个"]);
  });
});

describe("a head count in 口人 or 个人 typed straight into the next clause", () => {
  it("keeps 人 with its count and cuts after it", () => {
    const a = run("昨天在村部开了群众会，来了五六十口人老的多年轻的少", "2026-12-03");
    expect(a.figures.map((f) => `${f.raw}=${f.value}${f.unit}`)).toEqual(["五六十口人=50人"]);
    expect(a.clauses?.at(-1)?.text).toBe("老的多年轻的少");
    expect(units("夜校来了四十几个人下礼拜接着讲")).toEqual(["四十几个人=40人"]);
  });
});

describe("a sum of 万 after selling or spending, typed straight into the next clause", () => {
  it("is money as it would be with the comma typed", () => {
    expect(units("合作社帮着卖脐橙卖了30几万村民都高兴")).toEqual(["30几万=300000元"]);
    expect(units("冷库去年投了两百来万有一半是贷款")[0]).toBe("两百来万=2000000元");
    expect(units("卖生猪收了一百二十多万大伙分了红")).toEqual(["一百二十多万=1200000元"]);
  });

  it("leaves a count of villages or people as it was", () => {
    expect(units("全省覆盖了1.2万村")).toEqual(["1.2万村=12000村"]);
    expect(units("今年新收了1.2万学生")).not.toContain("1.2万=12000元");
  });
});

describe("the offline draft writes the rough counts the written way", () => {
  it.each([
    ["秸秆收储还差百把万斤", "100余万斤"],
    ["摊位费收了两百大几十万", "200多万"],
    ["义诊来了80几个街坊", "80多"],
  ])("「%s」 is written 「…%s」", (said, written) => {
    const t = cleanChat(said, "2026-12-03");
    expect(t).toContain(written);
    expect(t).not.toMatch(/把万|大几|\d几/u);
  });
});

describe("岁数 after 俩 or 仨", () => {
  it("is the part's age, not an age of two or three", () => {
    expect(units("村里电工就五个，有俩岁数大了爬不了杆")).toEqual(["五个=5人", "俩=2人"]);
    expect(units("俩岁的娃")).toEqual([]);
  });
});
