import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

/**
 * Round thirty-six (fig36, docs/understanding.md 第三十六轮): classes seen in f11-fig35, f12-fig36, h0- and h1-,
 * tested in other words than the corpus's. The rules alone.
 */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const read = (text: string) => extractUpdate(text, org, { today: "2026-08-12" });
const kinds = (text: string) => (read(text).clauses ?? []).map((c) => c.kind);
const kindOf = (text: string, words: string) =>
  (read(text).clauses ?? []).find((c) => c.text.includes(words))?.kind;
const figure = (text: string, raw: string) => read(text).figures.find((f) => f.raw === raw);

describe("北方 瞎了 = 坏了, 白瞎了 = wasted: a thing broken, effort lost", () => {
  it.each([
    ["乡政府会议室的投影仪瞎了 开会只能对着电脑看", "投影仪"],
    ["二楼那台复印机瞎了好几天了 材料都得跑外面印", "复印机"],
    ["水厂的加药泵瞎了快两个礼拜咧 全靠人工往里倒", "加药泵"],
    ["去年栽的那片树苗一场霜冻全白瞎了", "树苗"],
  ])("「%s」 is a problem", (text, words) => {
    expect(kindOf(text, words)).toBe("problem");
  });
  it("瞎 in 瞎搞、瞎说 is no damage, and work done stays done", () => {
    expect(kindOf("今天把村里瞎搞的几处违建拆了", "违建")).toBe("done");
  });
});

describe("a fault and how long it has lasted (坏了半拉月了) stays one problem", () => {
  it.each([
    ["村部的路灯坏了半个月了 晚上黑灯的", "路灯"],
    ["卫生室的冰箱坏了半拉月了 疫苗只能放镇上", "冰箱"],
  ])("「%s」", (text, words) => {
    expect(kinds(text)).toEqual(["problem"]);
    expect(kindOf(text, words)).toBe("problem");
  });
  it("培训了半个月 is work that took half a month", () => {
    expect(kinds("技术员培训了半个月 来了30人")).toEqual(["done"]);
  });
});

describe("damage by an agent (让雷劈了、叫耗子嗑了) and a thing kept in use ten years and more", () => {
  it.each([
    ["变压器叫雷劈了 半个村停电", "变压器"],
    ["档案室的电线叫老鼠啃了 灯一开就跳闸", "电线"],
  ])("「%s」 is a problem", (text, words) => {
    expect(kindOf(text, words)).toBe("problem");
  });
  it("救护车开了十几年 is worn out, one problem with what follows", () => {
    expect(kinds("救护车开了十几年 三天两头坏")).toEqual(["problem"]);
  });
});

describe("after a problem, a case handed on or a fix set with no plan word is the step ahead", () => {
  it.each([
    ["有两家饭店后厨老鼠乱窜 屡教不改 移交市场监管局立案", "移交"],
    ["有一个学生体温一直降不下来 按程序转到县医院发热门诊", "转到"],
    ["有六户的危房鉴定报告过期了 限他们十天内重新鉴定", "限他们"],
    ["值班室太挤 几个人轮班都没地方躺 把隔壁库房腾出来当休息室", "腾出来"],
    ["所里的两台电脑老死机 打报告申请换新的", "打报告"],
    ["上次培训有几个网格员没到 给没到的单独补一次课", "补一次"],
  ])("「%s」: the remedy is the plan", (text, words) => {
    expect(kindOf(text, words)).toBe("plan");
  });
  it("said with 已经…了 it is done", () => {
    expect(kindOf("有两家饭店后厨老鼠乱窜 已经移交市场监管局立案了", "移交")).not.toBe("plan");
  });
});

describe("after a problem, a remedy there and then (当场、当即) is work done", () => {
  it.each([
    ["有十几户的炉筒子堵了 当场就给捅开了", "当场"],
    ["仓库里的鞭炮堆得太多了 当场叫老板拉走一车", "当场"],
  ])("「%s」", (text, words) => {
    expect(kindOf(text, words)).toBe("done");
    expect(kinds(text)).toEqual(["problem", "done"]);
  });
});

describe("a bare 个 of people", () => {
  it("those able to do a thing (会…的) counted with 个 are people", () => {
    expect(figure("林场会开拖拉机的就三个 忙不过来", "三个")?.unit).toBe("人");
  });
  it("who went, counted with 个, with another party's turn glued on", () => {
    expect(figure("防汛抢险队去了四十多个镇上也派了人", "四十多个")?.unit).toBe("人");
  });
  it("N个来小时 is hours, about N", () => {
    const f = figure("抢修队连夜干了五个来小时", "五个来小时");
    expect(f?.value).toBe(5);
    expect(f?.unit).toMatch(/小时/);
  });
});
