import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

/**
 * Round six's classes (docs/extraction.md, 第六轮), each on wording of its own: shortfalls against
 * a plan, a target set badly, a due date that is no plan, a stock set against too few to serve it,
 * means cut, work carried on, a festival naming the work, ongoing work, and a spoken opener that
 * names the person spoken to.
 */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const run = (text: string) => extractUpdate(text, org, { today: "2026-12-09" });
const kinds = (text: string) => (run(text).clauses ?? []).map((c) => [c.kind, c.text]);
const figures = (text: string) => run(text).figures.map((f) => `${f.value}${f.unit}:${f.kind ?? "achieved"}`);

describe("problems said without a problem word", () => {
  it("a shortfall against the plan or target is a problem; more than planned is not", () => {
    expect(kinds("招录社区工作者14名，比计划少了6名")).toEqual([
      ["done", "招录社区工作者14名"],
      ["problem", "比计划少了6名"],
    ]);
    expect(figures("招录社区工作者14名，比计划少了6名")).toEqual(["14名:achieved", "6名:problem"]);
    expect(kinds("新建充电桩40个，比计划多了8个")).toEqual([["done", "新建充电桩40个，比计划多了8个"]]);
  });

  it("a target set or judged badly is a problem, a target still to reach is a plan", () => {
    expect(kinds("有3个乡镇的考核目标设置偏高")[0]?.[0]).toBe("problem");
    expect(kinds("有2个部门绩效目标设定不科学")[0]?.[0]).toBe("problem");
    expect(kinds("目标是明年新增高企5家")[0]?.[0]).toBe("plan");
  });

  it("a due date next year is when a debt falls due, not a plan", () => {
    expect(kinds("财政压力大，下个月到期的贷款有8000万")).toEqual([
      ["problem", "财政压力大，下个月到期的贷款有8000万"],
    ]);
    expect(figures("财政压力大，下个月到期的贷款有8000万")).toEqual(["80000000元:problem"]);
  });

  it("a stock set against too few to serve it, or grown old, is part of the problem", () => {
    expect(kinds("敬老院现在住着38个老人，护工只有3个")).toEqual([
      ["problem", "敬老院现在住着38个老人，护工只有3个"],
    ]);
    expect(kinds("卫生院现有医生23名，其中55岁以上的9名")[0]?.[0]).toBe("problem");
    // Said after the work that made it, the stock is that work's result.
    expect(kinds("敬老院改造完成，现在住了30个老人，护工只有3个")).toEqual([
      ["done", "敬老院改造完成，现在住了30个老人"],
      ["problem", "护工只有3个"],
    ]);
    // A breakdown of people served is no complaint.
    expect(kinds("培训农民1200人，其中返乡青年300人")[0]?.[0]).toBe("done");
  });

  it("means cut are a problem; spending the office cuts on itself is a saving", () => {
    expect(kinds("农技培训经费今年砍了一半多")[0]?.[0]).toBe("problem");
    expect(kinds("项目资金被压减了200万")[0]?.[0]).toBe("problem");
    expect(kinds("三公经费压减了12%")[0]?.[0]).toBe("done");
  });
});

describe("the same classes said another way (the self-written check batch 30-zice)", () => {
  it("still short, done too much, owed by a date: problems", () => {
    expect(kinds("卫生室还缺3个村医")[0]?.[0]).toBe("problem");
    expect(figures("卫生室还缺3个村医")).toEqual(["3人:problem"]);
    expect(kinds("考核指标定得太细")[0]?.[0]).toBe("problem");
    expect(kinds("欠款还有600万，月底前要还的有200万")).toEqual([
      ["problem", "欠款还有600万，月底前要还的有200万"],
    ]);
    expect(figures("欠款还有600万，月底前要还的有200万")).toEqual(["6000000元:problem", "2000000元:problem"]);
    expect(kinds("村卫生室运行补助少了三成")[0]?.[0]).toBe("problem");
  });

  it("a time ahead that names the thing, and work under way, are work done", () => {
    expect(kinds("明年要办的民生实事清单已经报上去了")[0]?.[0]).toBe("done");
    expect(kinds("正在和银行谈贷款展期")[0]?.[0]).toBe("done");
  });

  it("a total or a part of an amount just named is money too; titles and 年轻的 are people", () => {
    expect(figures("发放创业担保贷款，共520万")).toEqual(["5200000元:achieved"]);
    expect(figures("线上线下销售茶叶1200多万，其中线上90万")).toEqual([
      "12000000元:achieved",
      "900000元:achieved",
    ]);
    expect(figures("全所民警就4个，明年再聘5个年轻的")).toEqual(["4人:problem", "5人:target"]);
  });
});

describe("the second self-written check batch (31-zijian), its classes said another way", () => {
  it("a capacity nearly used up, spending rising, a gap in the ranks: problems", () => {
    expect(kinds("日间照料中心床位30张，现在住了29个，快住不下了")).toEqual([
      ["problem", "日间照料中心床位30张，现在住了29个，快住不下了"],
    ]);
    expect(figures("日间照料中心床位30张，现在住了29个，快住不下了")).toEqual([
      "30张:problem",
      "29人:problem",
    ]);
    expect(kinds("合作医疗支出上涨太快")[0]?.[0]).toBe("problem");
    expect(kinds("乡村医生断档")[0]?.[0]).toBe("problem");
    expect(figures("村干部里35岁以下的只有2个")).toEqual(["2人:problem"]);
  });

  it("an amount said with 就 after a problem is how bad it got; the first months are a period", () => {
    expect(kinds("报销压力大，前10个月就花了3000多万")).toEqual([
      ["problem", "报销压力大，前10个月就花了3000多万"],
    ]);
    expect(figures("报销压力大，前10个月就花了3000多万")).toEqual(["30000000元:problem"]);
  });
});

describe("the third self-written check batch (32-zhoubao2), its classes said another way", () => {
  it("a part found failing is a problem, unless an order to fix it follows at once", () => {
    expect(kinds("有2家没按时报送安全台账")[0]?.[0]).toBe("problem");
    expect(kinds("抽查了9家加油站，有2家没按规定设置警示标志，已经责令限期整改")).toEqual([
      ["done", "抽查了9家加油站，有2家没按规定设置警示标志，已经责令限期整改"],
    ]);
    expect(kinds("完成12个村的矛盾问题排查")[0]?.[0]).toBe("done");
    expect(kinds("资料室的柜子早就满了")[0]?.[0]).toBe("problem");
  });

  it("posts advertised are work done, applicants too few a problem; 下个礼拜 is ahead", () => {
    expect(kinds("公开招聘社工12名，报名的才7个")).toEqual([
      ["done", "公开招聘社工12名"],
      ["problem", "报名的才7个"],
    ]);
    expect(figures("公开招聘社工12名，报名的才7个")).toEqual(["12名:achieved", "7人:problem"]);
    expect(kinds("下个礼拜组织复查")[0]?.[0]).toBe("plan");
  });

  it("tax relief is money; 来 is approximate before any measure", () => {
    expect(figures("帮企业落实减免税额2100多万")).toEqual(["21000000元:achieved"]);
    expect(figures("收集群众意见六十来条")).toEqual(["60条:achieved"]);
  });

  it("a dictated opener with the month after it: 「喂张科长我汇报一下这周啊 就是…」", () => {
    const ex = run(
      "喂张科长我汇报一下这周啊 就是我们站这周巡查了河道三十多公里 清理漂浮物五吨左右 就是有一段护栏被冲坏了 下个礼拜找人来修",
    );
    expect((ex.clauses ?? []).map((c) => c.kind)).toEqual(["done", "problem", "plan"]);
    expect(ex.items.map((i) => i.text).join("")).not.toMatch(/科长|汇报/);
  });
});

describe("plans and work done read by when", () => {
  it("work carried on from here is a plan; carried on and done is work done", () => {
    expect(kinds("今天继续清查出租房")[0]?.[0]).toBe("plan");
    expect(kinds("还有2件积案没办结，继续跟踪调处")).toEqual([
      ["problem", "还有2件积案没办结"],
      ["plan", "继续跟踪调处"],
    ]);
    expect(kinds("本周继续开展了两轮排查")[0]?.[0]).toBe("done");
    // 继续教育 is continuing education, a kind of training.
    expect(kinds("专业技术人员继续教育培训1200人次")[0]?.[0]).toBe("done");
    expect(kinds("继续教育学时审核完成860人")[0]?.[0]).toBe("done");
  });

  it("春节前走访慰问 names the kind of work; 春节前完成 is a deadline", () => {
    expect(kinds("春节前走访慰问低保户120户，发放慰问金6万元")[0]?.[0]).toBe("done");
    expect(kinds("春节前完成剩余5户搬迁")[0]?.[0]).toBe("plan");
  });

  it("work already under way is work done", () => {
    expect(kinds("已经在和省农科院对接争取试验站落地")[0]?.[0]).toBe("done");
  });
});

describe("a dictated opener that names the person spoken to", () => {
  it("drops 「李科长我给您汇报一下 就是」 and reads the rest", () => {
    const text =
      "李科长我给您汇报一下 就是我们村今年种了二百多亩辣椒 每亩收入大概三千出头 就是价格不稳 明年想搞个烘干房";
    expect(kinds(text)).toEqual([
      ["done", "我们村今年种了二百多亩辣椒，每亩收入大概三千出头"],
      ["problem", "价格不稳"],
      ["plan", "明年想搞个烘干房"],
    ]);
    expect(figures(text)).toEqual(["200亩:achieved", "3000元:achieved"]);
  });
});
