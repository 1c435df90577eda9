import { describe, expect, it } from "vitest";
import { kindsAndFigures, run } from "./helpers/extract-shapes.js";

/** Two classes the lead met in a console trial of round thirty-seven (docs/understanding.md, 第三十七轮 fig37b). */

describe("a thing that keeps breaking down (故障多、故障频繁、毛病不少), said after work done", () => {
  it("is a problem clause of its own", () => {
    expect(kindsAndFigures("图书馆全年接待读者3.4万人次，自助借还机故障比较多")).toEqual({
      kinds: ["done", "problem"],
      figures: ["3.4万人次:achieved"],
    });
    expect(kindsAndFigures("文化站今年放映电影86场，放映机故障频繁").kinds).toEqual(["done", "problem"]);
    expect(kindsAndFigures("体育馆接待健身群众2万人次 跑步机毛病太多").kinds).toEqual(["done", "problem"]);
    expect(kindsAndFigures("村里监控探头故障率高").kinds).toEqual(["problem"]);
  });
  it("leaves faults fixed as work done", () => {
    expect(kindsAndFigures("全年排除线路故障46起").kinds).toEqual(["done"]);
    expect(kindsAndFigures("维修队处理设备故障较多的12个村，已全部恢复").kinds).not.toContain("problem");
  });
});

describe("work counted by times held (12场、30期、1.5万人次), then a bare state", () => {
  it("stays work done, the state is the problem", () => {
    expect(kindsAndFigures("送戏下乡演出24场，舞台设备老化")).toEqual({
      kinds: ["done", "problem"],
      figures: ["24场:achieved"],
    });
    expect(kindsAndFigures("农家书屋轮换图书40批次，场地太小").kinds).toEqual(["done", "problem"]);
    expect(kindsAndFigures("法律明白人讲座办了30期，人手紧").kinds).toEqual(["done", "problem"]);
  });
  it("leaves a bare stock, a shortfall or a bad event whole as the problem", () => {
    expect(kindsAndFigures("辖区内老旧电梯60多部，安全隐患大").kinds).toEqual(["problem"]);
    expect(kindsAndFigures("今年科普讲座只有3场，覆盖面窄").kinds).toEqual(["problem"]);
    expect(kindsAndFigures("全年停电12次，群众意见大").kinds).toEqual(["problem"]);
  });
});

describe("a number taken back as a slip of any verb (弄错了、讲错了、算错了、记错了), a filler before it or not", () => {
  it("keeps only the number said after it", () => {
    for (const slip of ["哦 弄错了", "讲错了", "啊 算错了", "记错了"]) {
      const t = `前三季度签订技术合同48份 ${slip} 是52份 成交额8600万`;
      expect(kindsAndFigures(t).figures).toEqual(["52份:achieved", "8600万:achieved"]);
    }
  });
  it("leaves a count of mistakes found alone", () => {
    const raws = kindsAndFigures("抽查台账30本，其中5本数据算错了").figures.map((f) => f.split(":")[0]);
    expect(raws).toEqual(["30本", "5本"]);
  });
});

describe("a mistake found in what was counted (其中5本数据搞错了), another count after it", () => {
  it("keeps the count: the 错 is said of the thing, no slip of the speaker", () => {
    for (const v of ["搞错了", "算错了", "记错了"]) {
      const raws = kindsAndFigures(`抽查台账30本，其中5本数据${v}，另有3本缺页`).figures.map(
        (f) => f.split(":")[0],
      );
      expect(raws).toEqual(["30本", "5本", "3本"]);
    }
  });
});

describe("the share of those lacking something, the thing lacked said first (知识产权没有的占了三成), among a set", () => {
  it("is a problem, in Mandarin and in 吴 (呒没…个占了)", () => {
    expect(kindsAndFigures("库里的企业 知识产权没有的占了三成").figures).toEqual(["三成:problem"]);
    expect(kindsAndFigures("来报名的农户 医保没交的占了一成多").kinds).toEqual(["problem"]);
    expect(kindsAndFigures("走访个40家企业里 财务制度呒没建个占了两成 下个月开培训会")).toEqual({
      kinds: ["problem", "plan"],
      figures: ["40家:problem", "两成:problem"],
    });
  });
  it("leaves a good share and a count of two alone", () => {
    expect(kindsAndFigures("参训的学员 考核合格的占了九成").kinds).toEqual(["done"]);
    expect(kindsAndFigures("培训的80名学员里 考核合格的占了九成").kinds).toEqual(["done"]);
    expect(kindsAndFigures("今年新建的5个站里 两个占了村部的房子").kinds).not.toContain("problem");
  });
});

describe("what is left, waiting on a thing with no step of the office's after it (剩下17个等材料)", () => {
  it("is the shortfall", () => {
    expect(kindsAndFigures("倒塌的棚子已经帮20个修好 剩下17个等材料")).toEqual({
      kinds: ["done", "problem"],
      figures: ["20个:achieved", "17个:problem"],
    });
    expect(kindsAndFigures("危房改造完成了40户，剩下6户还在等资金").kinds).toEqual(["done", "problem"]);
    expect(kindsAndFigures("路灯装好了80盏 剩余12盏等着电力公司批复").kinds).toEqual(["done", "problem"]);
  });
  it("leaves a wait with the office's own step or a time ahead as the plan", () => {
    expect(kindsAndFigures("危房改造完成了40户，剩下6户等开春再动工").kinds).toEqual(["done", "plan"]);
    expect(kindsAndFigures("危房改造完成了40户，剩下6户等资金到了就开工").kinds).not.toContain("problem");
  });
});

describe("going to look into how bad it is (去9个村看受灾情况、了解灾情), what was found after it", () => {
  it("is work done, the finding with it", () => {
    expect(kindsAndFigures("台风过后去9个村看受灾情况 发现大棚倒塌37个 已经帮20个修好")).toEqual({
      kinds: ["done"],
      figures: ["9个:achieved", "37个:achieved", "20个:achieved"],
    });
    expect(kindsAndFigures("暴雨后到6个组了解受灾情况，发现房屋进水12户").kinds).toEqual(["done"]);
  });
  it("leaves the stricken state said of itself a problem", () => {
    expect(kindsAndFigures("今年大棚受灾情况比较严重").kinds).toEqual(["problem"]);
    expect(kindsAndFigures("走访了8个村，有3个村受灾").kinds).toContain("problem");
  });
});

describe("吴 个 = 的 closing the 的-phrase of those few who can (会审财务报表个就两个)", () => {
  it("counts people, as 的 does", () => {
    expect(kindsAndFigures("会审财务报表个就两个 弗够用").figures).toEqual(["两个:problem"]);
    const people = (t: string) => run(t, "2026-12-05").figures.map((f) => `${f.raw}=${f.value}${f.unit}`);
    expect(people("会开挖掘机个只有三个")).toEqual(["三个=3人"]);
    expect(people("懂电商个才两个 忙弗过来")).toEqual(["两个=2人"]);
  });
  it("leaves a count said with its own 个 alone", () => {
    const raw = (t: string) => run(t, "2026-12-05").figures.map((f) => `${f.raw}=${f.value}${f.unit}`);
    expect(raw("今年建了三个 明年就两个")).not.toContain("两个=2人");
  });
});

describe("a slip said after the whole phrase (…装了墒情监测仪 说错了 是三个村)", () => {
  it("still takes the number back", () => {
    const raw = (t: string) => run(t, "2026-12-05").figures.map((f) => f.raw);
    expect(raw("又帮两个村装了墒情监测仪 说错了 是三个村")).toEqual(["三个"]);
    expect(raw("又帮两个村装了墒情监测仪，我弄错了，是三个村")).toEqual(["三个"]);
  });
});
