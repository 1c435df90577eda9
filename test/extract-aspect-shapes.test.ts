import { describe, expect, it } from "vitest";
import { extractFigures } from "../src/domain/figures.js";
import { kindOf, kinds } from "./helpers/extract-shapes.js";
import { planYearSign } from "../src/domain/plan-year.js";

/**
 * Round eleven's classes (docs/extraction.md, 第十一轮), each on wording of its own — none of these
 * sentences is in the corpus: a stretch typed or dictated with no comma, cut where its kind turns
 * (kind-turns.ts); aspect and modality said in chat (aspect.ts); labels of figures said in speech;
 * this year's near deadlines kept out of the next year's plan.
 */

describe("a stretch with no comma, cut where its kind turns", () => {
  it("work done, then a problem, then a plan, with no marker between them", () => {
    expect(kinds("村里的自来水管网改造铺了三千米老百姓反映水压有点低打算开春加个泵站")).toEqual([
      "done",
      "problem",
      "plan",
    ]);
    expect(kinds("敬老院今年新添了护理床二十张护工就两个人忙不过来")).toEqual(["done", "problem"]);
    expect(kinds("秋粮收购收了一万二千吨仓容不太够")).toEqual(["done", "problem"]);
  });

  it("a count before a part singled out stands; the part and its trouble go together", () => {
    expect(kinds("这周入户核查了五十八户有三户的房子漏雨")).toEqual(["done", "problem"]);
    expect(kindOf("这周入户核查了五十八户有三户的房子漏雨", "有三户")).toBe("problem");
    expect(kinds("街道今年调解纠纷九十多起个别老上访户还是不满意")).toEqual(["done", "problem"]);
  });

  it("what is not a turn: an object after 了, a planned thing named, a problem noun as the work's object", () => {
    expect(kinds("今天帮合作社协调解决了冷库用电问题")).toEqual(["done"]);
    expect(kinds("明年要建的两个冷链仓库已经选好址了")).toEqual(["done"]);
    expect(kinds("镇里研究了年后复工的事下周把方案报上来")).toEqual(["done", "plan"]);
  });
});

describe("准备 as the work of getting ready, not an intention", () => {
  it("helping someone get materials ready is work done, one clause; 准备 before an act or a time ahead is a plan", () => {
    expect(kinds("这周帮3家企业准备高企认定材料")).toEqual(["done"]);
    expect(kinds("协助两个乡镇准备迎检台账，跑了一整天")).not.toContain("plan");
    expect(kinds("迎检材料准备好了，下周准备组织演练")).toEqual(["done", "plan"]);
    expect(kinds("准备下个月去乡里开展培训")).toEqual(["plan"]);
    expect(kinds("明年准备申报材料")).toEqual(["plan"]);
  });
});

describe("aspect and modality said in chat", () => {
  it("a gentle complaint is a problem", () => {
    expect(kindOf("图书室开起来了，就是地方有点小", "地方有点小")).toBe("problem");
    expect(kindOf("新设备装好了，村干部用得不太熟", "不太熟")).toBe("problem");
    expect(kindOf("夜市清理以后，回头又摆回来了", "回头又摆回来了")).toBe("problem");
    // 有点 before something gained is no complaint.
    expect(kinds("试点两个月，已经有点起色了")).toEqual(["done"]);
  });

  it("what is about to happen, and what is left to finish, lie ahead", () => {
    expect(kindOf("便民窗口装修好了，马上就能开门了", "马上")).toBe("plan");
    expect(kindOf("标牌做好了，这两天挂上去", "这两天")).toBe("plan");
    expect(kindOf("入户登记做了八成，剩下的本周登完", "剩下的")).toBe("plan");
    expect(kindOf("汛后排查做完了，入冬再看一遍", "再看一遍")).toBe("plan");
    // Told of a call-out that happened, 马上 is no plan.
    expect(kinds("接到报警后马上组织人员赶到了现场")).toEqual(["done"]);
  });

  it("a deadline ahead governs the verb after it; a quota said with 是 is to meet", () => {
    expect(kindOf("路灯装了一半，元旦前争取全部装完", "元旦前", "2026-12-10")).toBe("plan");
    expect(kinds("今年植树任务是三千亩", "2026-03-10")).toEqual(["plan"]);
  });

  it("a day of this month still to come lies ahead", () => {
    expect(kindOf("方案昨天批了28号上午开始试运行", "28号", "2026-12-20")).toBe("plan");
  });
});

describe("figures said in speech", () => {
  it("来了八十来号人 is labelled by who came, not by the coming", () => {
    const [f] = extractFigures("防诈骗讲座来了九十来号人");
    expect(f?.value).toBe(90);
    expect(f?.context).toBe("防诈骗讲座参加人数");
    expect(extractFigures("宣传折页我们印了三百来份")[0]?.context).toBe("宣传折页");
  });

  it("distances in hundreds of metres, words in ten thousands, a service's number", () => {
    expect(extractFigures("管子还剩五百米没铺").map((f) => `${f.value}${f.unit}`)).toEqual(["500米"]);
    expect(extractFigures("志书写了三十多万字").map((f) => `${f.value}${f.unit}`)).toEqual(["300000字"]);
    expect(extractFigures("110报警服务台接警2000多起").map((f) => f.value)).toEqual([2000]);
  });
});

describe("this year's near deadlines are no plan for the next year", () => {
  const said = { year: 2026, month: 12, day: 16 };
  it("days and weeks from the day said are this year's", () => {
    for (const t of ["周四前报上来", "这两天去复查", "马上开始", "后天再去一趟", "30号晚上值班"])
      expect(planYearSign(t, said), t).toBe("this");
    expect(planYearSign("明年3号开工", said)).toBe("next");
  });
});
