import { describe, expect, it } from "vitest";
import { kindOf, kindsAndFigures, run, units } from "./helpers/extract-shapes.js";

/**
 * Round forty's classes (fig40), seen in h8-bayuan, f15-fig39, h9-lixi, f14-fig38 and first in f16-fig40, tested in
 * other words than the corpus's. The rules alone.
 */
const texts = (text: string, today: string) =>
  (run(text, today).clauses ?? []).map((c) => [c.kind, c.text.replace(/[，,\s]/g, "")]);

describe("a two-figure month's end (十一月底前、十二月底前) is one time after a comma too, not 十一|月底前", () => {
  it("at the head of a message and after work done", () => {
    expect(texts("十二月底前把取暖补贴发到户，已经摸了底", "2026-11-05")[0]).toEqual([
      "plan",
      "十二月底前把取暖补贴发到户",
    ]);
    expect(texts("花名册报上去了，十一月底前组织体检", "2026-10-20")).toEqual([
      ["done", "花名册报上去了"],
      ["plan", "十一月底前组织体检"],
    ]);
  });
  it("near miss: a bare 月底前 after work done still opens the plan", () => {
    expect(texts("花名册报上去了，月底前组织体检", "2026-10-20")).toEqual([
      ["done", "花名册报上去了"],
      ["plan", "月底前组织体检"],
    ]);
  });
});

describe("a deadline ahead, then 把 + what + a bare verb + 了 (年底前把合同签了), is the step to do by then: a plan", () => {
  it("said in October of what is due by the year's or the month's end", () => {
    expect(kindOf("年底前把联建协议签了", "协议", "2026-10-20")).toBe("plan");
    expect(kindOf("接着跟学院谈合作 月底前把合同签了", "合同", "2026-10-20")).toBe("plan");
  });
  it("near misses: a verb with a result or an extent, or 已, still tells it done by then", () => {
    expect(kindOf("国庆前把各乡镇的台账查了一遍", "台账", "2026-10-20")).toBe("done");
    expect(kindOf("年前把申报材料收齐了", "申报材料", "2026-02-26")).toBe("done");
    expect(kindOf("月底前已经把合同签了", "合同", "2026-10-20")).toBe("done");
  });
});

describe("a bare 个 count of what befalls only people, of their wages, of a head count (人数) or of talent applicants is people", () => {
  it("after the count, before it, or framing it", () => {
    expect(units("高温天 工地上的小工中暑了三个", "2026-07-20")).toEqual(["三个=3人"]);
    expect(units("还有四十多个常年卧床的 上门办", "2026-07-20")).toEqual(["四十多个=40人"]);
    expect(units("排查出五个已经去世了的还在领补贴", "2026-07-20")).toEqual(["五个=5人"]);
    expect(units("抽查了护林员考勤 二十三个都在岗", "2026-07-20")).toEqual(["二十三个=23人"]);
    expect(units("养老护理班结业 四十二个拿到了证", "2026-07-20")).toEqual(["四十二个=42人"]);
    expect(units("讨薪的有十几个的工资还没到手", "2026-07-20")).toEqual(["十几个=10人"]);
    expect(units("把护林员的人数保持在三百个左右", "2026-07-20")).toEqual(["三百个左右=300人"]);
    expect(units("乡村振兴人才计划推荐了六个 过了初审四个", "2026-07-20")).toEqual(["六个=6人", "四个=4人"]);
  });
  it("near misses: what counts places, things or works stays 个", () => {
    expect(units("安置点十七个都在建", "2026-07-20")).toEqual(["十七个=17个"]);
    expect(units("推荐了六个项目 过了初审四个", "2026-07-20")).toEqual(["六个=6个", "四个=4个"]);
    expect(units("人才公寓建了两个", "2026-07-20")).toEqual(["两个=2个"]);
  });
});

describe("a month's end in words right after a worry (够呛三月底前…) opens the plan before its month", () => {
  it("near miss: 计划于六月底前… keeps the month with its plan word", () => {
    expect(texts("今年装了18台，明年计划于六月底前再装30台", "2026-12-03")).toEqual([
      ["done", "今年装了18台"],
      ["plan", "明年计划于六月底前再装30台"],
    ]);
  });
  it("the worry keeps its own piece, the plan its month", () => {
    expect(texts("有三家账目不规范，够呛九月底前上门帮着理账", "2026-07-10")).toEqual([
      ["problem", "有三家账目不规范够呛"],
      ["plan", "九月底前上门帮着理账"],
    ]);
  });
});

describe("a town, village or school named on a numeral and a measure word that never counts it (二台镇、二道沟乡) is no figure", () => {
  it("the name is skipped, the counts beside it stay", () => {
    expect(units("在二台乡推广滴灌 装了八百亩", "2026-05-20")).toEqual(["八百亩=800亩"]);
    expect(units("去三道沟村看了五户", "2026-05-20")).toEqual(["五户=5户"]);
    expect(units("给二台中学送了三十套桌椅", "2026-05-20")).toEqual(["三十套=30套"]);
  });
  it("near misses: counts of machines or of places stay", () => {
    expect(units("给三个村装了四台 村里很满意", "2026-05-20")).toEqual(["三个=3个", "四台=4台"]);
    expect(units("买了两台 镇上用", "2026-05-20")).toEqual(["两台=2台"]);
  });
});

describe("how far a vehicle has run (车…跑了二十多万公里了) or how far a place is (离镇上四十多公里) is no figure", () => {
  it("a vehicle's wear and a distance are skipped", () => {
    expect(units("所里的皮卡是一六年配的 跑了十八万多公里了 刹车老出毛病", "2026-05-20")).toEqual([]);
    expect(units("那个安置点离乡政府三十多公里 路不好走", "2026-05-20")).toEqual([]);
  });
  it("near misses: kilometres of work stay counted", () => {
    expect(units("沿河巡查跑了一百二十公里", "2026-05-20")).toEqual(["一百二十公里=120公里"]);
    expect(units("开着皮卡巡了八十公里林道", "2026-05-20")).toEqual(["八十公里=80公里"]);
    expect(units("今年修了三公里机耕路", "2026-05-20")).toEqual(["三公里=3公里"]);
  });
});

describe("voice input's homophone 在 = 再 before a step taken once more (在去瞅一趟、在催一次)", () => {
  it("a step again after a problem is a plan", () => {
    expect(kindOf("仓库的顶棚让风掀了 后晌我在去看一趟", "看一趟", "2026-06-28")).toBe("plan");
    expect(kindOf("月底前在催一次", "催一次", "2026-05-09")).toBe("plan");
  });
  it("near misses: 正在/还在/是在 is ongoing", () => {
    expect(kindOf("还在核对一遍台账", "台账", "2026-05-09")).toBe("done");
    expect(kindOf("我正在去县里的路上", "县里", "2026-05-09")).toBe("done");
  });
});

describe("a number taken back with a bare 哦不 (来了八十多 哦不 是一百多人): only the one said after counts", () => {
  it("the first number goes", () => {
    expect(units("宣讲会来了六十多 哦不 是七十多人", "2026-03-20")).toEqual(["七十多人=70人"]);
    expect(units("收了二百来份 啊不 应该是三百来份", "2026-03-20")).toEqual(["三百来份=300份"]);
  });
  it("near miss: 哦不 with no number after it takes nothing back", () => {
    expect(units("哦不 这事归乡里管 我们去了十二户", "2026-03-20")).toEqual(["十二户=12户"]);
  });
});

describe("a room or a building set up, said with a lone 一 closing its clause (新建一间、建成一栋), is counted", () => {
  it("as 新建一个 is", () => {
    expect(units("创业园里调解室新建一间 下周挂牌", "2026-08-20")).toEqual(["一间=1间"]);
    expect(units("周转房建成一栋", "2026-08-20")).toEqual(["一栋=1栋"]);
  });
  it("near miss: 一间一间 going through rooms is no count", () => {
    expect(units("宿舍一间一间地查了", "2026-08-20")).toEqual([]);
  });
});

describe("helping others get ready (帮四家企业准备…申报) is work under way, not a plan of the office", () => {
  it("done, with its counts achieved", () => {
    expect(kindsAndFigures("帮五家合作社准备省级示范社申报", "2026-09-20")).toEqual({
      kinds: ["done"],
      figures: ["五家:achieved"],
    });
  });
  it("near misses: 准备 of our own, or with a time ahead, stays a plan", () => {
    expect(kindOf("准备帮合作社申报示范社", "合作社", "2026-09-20")).toBe("plan");
    expect(kindOf("下个月帮三家合作社准备申报", "合作社", "2026-09-20")).toBe("plan");
  });
});

describe("a bare round head count after who signed, agreed, registered or was taken on (签约的二百出头、达成意向的六百八)", () => {
  it("counts people", () => {
    expect(units("招聘会进场企业四十家 当场签约的一百出头", "2026-03-20")).toEqual([
      "四十家=40家",
      "一百出头=100人",
    ]);
    expect(units("专场招聘会 达成就业意向的三百二", "2026-03-20")).toEqual(["三百二=320人"]);
    expect(units("返乡人员摸底 登记了的两千三百多", "2026-03-20")).toEqual(["两千三百多=2300人"]);
  });
  it("near miss: a count with its own unit keeps it", () => {
    expect(units("不动产登记的一千三百多件", "2026-03-20")).toEqual(["一千三百多件=1300件"]);
  });
});

describe("a bare 万 after social insurance paid in arrears (补缴社保…补了二十三万) or loans owed is money", () => {
  it("read as 元", () => {
    expect(units("给环卫所的临时工补缴了社保 一共补了十八万", "2026-03-20")).toEqual(["十八万=180000元"]);
  });
});
describe("near miss of the head count: a count said straight after 签约 with its own 个 counts what was signed", () => {
  it("projects stay 个", () => {
    expect(units("全年招商签约9个，比年初定的任务少了3个", "2026-12-10")).toEqual(["9个=9个", "3个=3个"]);
  });
});

describe("harm suffered (遗址让挖沙的给祸祸了、胡麻冻了三百多亩) is a problem, not work done", () => {
  it("the passive with a harm verb, a crop hit by the weather with how much", () => {
    expect(kindOf("那几块界碑让放羊的给拱倒了", "界碑", "2026-05-25")).toBe("problem");
    expect(kindsAndFigures("刚栽的树苗冻死了一千多棵", "2026-05-25")).toEqual({
      kinds: ["problem"],
      figures: ["一千多棵:problem"],
    });
  });
  it("near misses: a good passive, or the remedy said with it, is work done", () => {
    expect(kindOf("路让施工队给修好了", "路", "2026-05-25")).toBe("done");
    expect(kindOf("被评为先进单位了", "先进", "2026-05-25")).toBe("done");
    expect(kindOf("冻了的三百亩都补种了", "补种", "2026-05-25")).toBe("done");
  });
});

describe("people hurt or taken ill (中暑了两个) and what is found fake (考勤是假的) are problems", () => {
  it("with their counts", () => {
    expect(kindsAndFigures("工地上的小工中暑了三个", "2026-07-20")).toEqual({
      kinds: ["problem"],
      figures: ["三个:problem"],
    });
    expect(kindOf("有三家的台账是假的", "台账", "2026-07-20")).toBe("problem");
  });
  it("near misses: visiting the hurt or cracking down on fakes is work done", () => {
    expect(kindOf("看望了受伤的职工", "职工", "2026-07-20")).toBe("done");
    expect(kindOf("查处造假的三家", "查处", "2026-07-20")).toBe("done");
  });
});
