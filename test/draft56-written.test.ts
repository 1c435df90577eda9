import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";
import { cardRows } from "./helpers/card-rows.js";
import { writtenClause } from "./helpers/spoken-clauses.js";

/**
 * draft56: the lead's console leftovers and the 大理 set's classes, in own sentences (docs/understanding.md 第五十六轮 draft56).
 */
const w = (said: string, kind: "work" | "problem" | "plan" = "work") =>
  writtenClause({ kind, said, bad: [], keep: [] });
const rows = (said: string) => cardRows(said).join(" | ");

describe("a card label names what is counted when the sentence says it", () => {
  it.each([
    ["高新技术企业 新增认定3家", "新增认定高新技术企业 3家"],
    ["高企申报这块本月新增认定3家", "新增认定高新技术企业 3家"],
    ["高企培育那边 今年认定了5家", "认定高新技术企业 5家"],
    ["科小入库27家", "科技型中小企业入库 27家"],
    ["专精特新企业 今年备案4家", "备案专精特新企业 4家"],
    ["组织3家企业去昆明参加科技成果交易会", "组织参加科技成果交易会的企业 3家"],
    ["带领了12名农户去宾川参观学习", "带领参观学习的农户"],
    ["組織5家企業參加農博會", "参加农博会的企业 5家"],
    ["帮小杨报一下 她今天去州里开会了 她这个月走访了6家乳扇加工企业", "走访 6家乳扇加工企业"],
  ])("%s → %s", (said, row) => {
    expect(rows(said)).toContain(row);
    expect(rows(said)).not.toMatch(/^[她他]/u);
  });
  it("leaves an organised count with nothing to take part in as it was", () => {
    expect(rows("组织了12名科技特派员下乡")).toBe("组织 12名科技特派员");
  });
  it("writes the draft with the same names", () => {
    expect(w("高企申报这块本月新增认定3家")).toContain("新增认定高新技术企业3家");
    expect(w("科小入库27家 比去年多了九家")).toContain("科技型中小企业入库27家");
  });
});

describe("开展 + a touring or visiting event's name is written 开展…活动", () => {
  it.each([
    ["开展科普大篷车进乡村 跑了九个村", "开展科普大篷车进乡村活动"],
    ["今年开展科普大篷车 去了5个村", "开展科普大篷车活动"],
    ["開展非遺進校園 12场", "开展非遗进校园活动12场"],
    ["开展科技三下乡，发放资料500份", "开展科技三下乡活动"],
  ])("%s", (said, written) => {
    expect(w(said)).toContain(written);
  });
  it.each(["开展科普进村活动 8场", "开展送科技下乡活动", "开展科普大篷车巡展3场"])("%s stays", (said) => {
    expect(w(said)).not.toContain("活动活动");
    expect(w(said)).not.toMatch(/巡展活动/u);
  });
});

describe("西南官话/大理 words written as the draft writes them", () => {
  it.each([
    ["扎染体验 今年整了六场 来了两百多人", "举办6场", "整了"],
    ["还有两家在整申报材料", "准备申报材料", "整"],
    ["下面乡镇哪样仪器都莫得", "缺少仪器", "哪样"],
    ["宣传折页么有三百多份", "宣传折页有300多份", "么"],
    ["核桃嫁接推广了两千亩 板扎得很！", "推广", "板扎"],
    ["娃娃些参赛八十几人 娃娃们喜欢得很", "学生参赛80余人", "娃娃"],
    ["来学的农户有六十几个", "参训农户", "来学的"],
    ["争取上面的资金一百二十万", "上级资金", "上面"],
  ])("%s", (said, has, never) => {
    const got = w(said);
    expect(got).toContain(has);
    expect(got).not.toContain(never);
  });
  it.each([
    ["经费紧得很 村里哪样设备都莫得", "经费紧张", "莫得"],
    ["小合作社整不来 材料太复杂咯", "难以独立完成", "整不来"],
    ["资金到位慢 拖了大半年", "滞后半年以上", "拖了"],
    ["技术员留不住 来了三年就跑到昆明去了", "年即离开", "跑到"],
  ])("problem %s", (said, has, never) => {
    const got = w(said, "problem");
    expect(got).toContain(has);
    expect(got).not.toContain(never);
  });
  it.each([
    ["明年扎染要多整几场体验活动 给得行嘛", "开展更多体验活动", "给得行"],
    ["明年乳扇标准化继续抓 莫松劲", "乳扇标准化", "莫松劲"],
    ["明年科普大篷车再跑十五个村", "再走进15个村", "再跑"],
  ])("plan %s", (said, has, never) => {
    const got = w(said, "plan");
    expect(got).toContain(has);
    expect(got).not.toContain(never);
  });
});

const { open } = appPerTest();
describe("a 代报's card items drop why the colleague is away, as the draft does", () => {
  it.each([
    ["帮何婷报一下 她今天去市里开会了 高企申报这块本月新增认定3家", "开会", "新增认定高新技术企业 3家"],
    ["替孙磊报一下 他这几天请假了 在两个村教果农嫁接 来了40多户", "请假", "嫁接"],
  ])("%s", async (text, never, has) => {
    const t = await open({ now: "2026-12-08T10:00:00+08:00" });
    const card = await t.sayText("li-rd", text);
    expect(card).toContain("代");
    expect(card).toContain(has);
    expect(card).not.toContain(never);
  });
});

describe("a problem or plan said under a topic keeps the topic", () => {
  it.each([
    ["民族刺绣这块 绣娘年纪偏大 年轻人不愿学", "民族刺绣绣娘年龄偏大"],
    ["核桃这块 价格低", "核桃价格低"],
    ["科普这块 经费不够", "科普经费不足"],
    ["乳扇那边，銷路不好 😟", "乳扇销路不好"],
  ])("problem %s", (said, has) => {
    expect(w(said, "problem")).toContain(has);
  });
  it("leaves whoever speaks out of it", () => {
    expect(w("我们这块 人手不够", "problem")).toBe("人手不足");
  });
  it.each([
    ["扎染这块明年要多整几场体验活动 板扎", "扎染方面，开展更多体验活动"],
    ["高企这块明年争取再培育5家", "争取再培育高新技术企业5家"],
    ["科小那边 明年新增入库三十家", "科技型中小企业新增入库30家"],
  ])("plan %s", (said, has) => {
    expect(w(said, "plan")).toContain(has);
  });
});
