import { describe, expect, it } from "vitest";
import { kindOf, kindsAndFigures, run, units } from "./helpers/extract-shapes.js";

/**
 * Round thirty-nine's classes (fig39), seen in h6-ximu, h7-guanxi, f14-fig38 and first in f15-fig39, tested in other
 * words than the corpus's. The rules alone.
 */
const JAN = "2026-01-20";

describe("a count left over that has to wait (剩下 + count + 得等…再…) is held up: a problem", () => {
  it("with the step after the wait, in a run-on after the check's results too", () => {
    expect(kindOf("剩下三台得等配件到了再装", "剩下三台", JAN)).toBe("problem");
    expect(kindOf("剩下7户只能等路修通了再搬", "剩下7户", JAN)).toBe("problem");
    const a = kindsAndFigures("排查了危房二十户 当场加固了十二户 剩下八户得等开春化冻再动工", JAN);
    expect(a.kinds).toEqual(["done", "problem"]);
    expect(a.figures).toEqual(["二十户:achieved", "十二户:achieved", "八户:problem"]);
  });
  it("near misses: no count (剩下的得等…再…) or no wait stays the office's plan", () => {
    expect(kindOf("剩下的得等开春了再种", "开春", JAN)).toBe("plan");
    expect(kindOf("剩下五户开春再搬", "五户", JAN)).toBe("plan");
  });
});

describe("a month and day joined by a middle dot (3·15、5·12) name a day, no figure", () => {
  it("the day's numbers are not counted, the counts after it are", () => {
    expect(kindsAndFigures("3·15那天在超市门口摆了摊 发了宣传单八百份", "2026-03-20").figures).toEqual([
      "八百份:achieved",
    ]);
    expect(kindsAndFigures("5・12防灾减灾日进了6所学校", "2026-05-20").figures).toEqual(["6所:achieved"]);
  });
  it("near miss: a decimal with a full stop stays a number", () => {
    expect(kindsAndFigures("人均增收3.5万元", "2026-05-20").figures).toEqual(["3.5万元:achieved"]);
  });
});

describe("a day of the lunar calendar (正月十五、腊月二十三) is read on the day it falls, not as a month", () => {
  // 正月初一 of 2026 is 17 February: 正月十五 is 3 March, 正月初六 22 February.
  it("ahead of the day the message is sent: a plan, even with nothing else marking it", () => {
    expect(kindOf("正月十五在文化广场办灯谜会", "灯谜", "2026-02-10")).toBe("plan");
    expect(kindOf("正月初六全局收心会", "收心会", "2026-02-12")).toBe("plan");
  });
  it("past by then, or said done: work done", () => {
    expect(kindOf("正月十五在文化广场办灯谜会", "灯谜", "2026-03-10")).toBe("done");
    expect(kindOf("腊月二十六给环卫工送了年货", "环卫工", "2026-02-20")).toBe("done");
  });
});

describe("doubt after a plan: of the plan itself, or of a thing of its own beside it", () => {
  it("够呛 said of a thing with its own subject is a problem beside the plan, the plan stays", () => {
    expect(kindsAndFigures("下个月在体育馆办一场招聘会 场地租金够呛", "2026-05-06").kinds).toEqual([
      "plan",
      "problem",
    ]);
  });
  it("near misses: doubt of the plan itself (能不能…不好说, a bare 够呛) makes it a problem", () => {
    expect(kindsAndFigures("下个月办一场招聘会 能不能办成不好说", "2026-05-06").kinds).toEqual(["problem"]);
    expect(kindsAndFigures("下个月办一场招聘会 够呛", "2026-05-06").kinds).toEqual(["problem"]);
  });
});

describe("都走了 said of places is a round made; said of people it is who left", () => {
  it("a list of places or buildings, then 都走了, is work done with the findings after it", () => {
    const a = kindsAndFigures("搞了一轮消防排查 食堂宿舍实验楼都走了 发现隐患7处 当场改了4处", "2026-01-14");
    expect(a.kinds).toEqual(["done"]);
    expect(a.figures).toEqual(["7处:achieved", "4处:achieved"]);
    expect(kindOf("沿河的九个站点都走了 水质都达标", "站点", "2026-01-14")).toBe("done");
  });
  it("near misses: people who all left stay a problem", () => {
    expect(kindOf("合作社招的年轻人都走了", "年轻人", "2026-01-14")).toBe("problem");
    expect(kindOf("培训完的技术员过完年就走了", "技术员", "2026-01-14")).toBe("problem");
  });
});

describe("a step led by a time before something, then what the check found: told done", () => {
  // 开学 (September) is ahead when said in late August; the findings say the check was made.
  it("findings (发现、查出 + a count) within the next pieces make the step done", () => {
    const a = kindsAndFigures(
      "开学前到7所学校查食堂 抽了菜品二十个样 查出不合格2个 当场封存了",
      "2026-08-25",
    );
    expect(a.kinds).toEqual(["done"]);
    expect(a.figures).toEqual(["7所:achieved", "二十个:achieved", "2个:achieved"]);
  });
  it("near miss: with no findings the step before the holiday stays a plan", () => {
    expect(kindsAndFigures("开学前到7所学校查食堂 看看后厨卫生", "2026-08-25").kinds).toEqual(["plan"]);
  });
});

describe("a count that is a list's next member after a coverb (给A和六处B…) does not end a clause", () => {
  it("the whole step reads as one, with what it did", () => {
    // 清明 (5 April) is ahead on 1 April; the step is told done (做了) all the same.
    const a = kindsAndFigures("清明前给县光荣院和三处红色教育基地做了消防检查", "2026-04-01");
    expect(a.kinds).toEqual(["done"]);
    expect(a.figures).toEqual(["三处:achieved"]);
  });
});

describe("等哈 (川渝: 等一下) before the number said instead takes the one before back", () => {
  it("only the number said instead is kept, and the clause stays work done", () => {
    const a = kindsAndFigures("五月份进社区讲了6场 等哈 是7场 来听的八百多人次", "2026-05-30");
    expect(a.kinds).toEqual(["done"]);
    expect(a.figures).toEqual(["7场:achieved", "八百多人次:achieved"]);
  });
  it("near miss: 等哈 as later (等哈再去) takes nothing back", () => {
    expect(kindsAndFigures("今天走了3个村 等哈再去2个村", "2026-05-30").figures).toEqual([
      "3个:achieved",
      "2个:target",
    ]);
  });
});

describe("damage or decay as a share, or a loss told by its share, is a problem", () => {
  it("the part named by its damage (烂果、撂荒的) with or without 的, and 死了/冻坏了 + a share", () => {
    expect(kindOf("今年雨水多 裂果占了三成多", "裂果", "2026-08-10")).toBe("problem");
    expect(kindOf("承包出去的地撂荒的占了一成", "撂荒", "2026-08-10")).toBe("problem");
    expect(kindOf("倒春寒一来 刚栽的苗冻死了快一半", "冻死", "2026-08-10")).toBe("problem");
  });
  it("near misses: a good part's share or a share sold stays as it was", () => {
    expect(kindOf("今年的果子一级果占了六成 收购价也不错", "一级果", "2026-08-10")).not.toBe("problem");
  });
});

describe("个 after who was counted: farm households named before the count, those who spoke at a meeting", () => {
  it("农户/养殖户 + N个 and 发言的 + N个 count people", () => {
    expect(kindsAndFigures("在村部办了养蜂培训 来了蜂农和养殖户五十来个", "2026-05-10").figures).toEqual([
      "五十来个:achieved",
    ]);
    expect(units("开了村民代表座谈会 发言的十一个 提了建议23条", "2026-05-10")).toEqual([
      "十一个=11人",
      "23条=23条",
    ]);
    expect(units("入户核查了种植户四十几个", "2026-05-10")).toEqual(["四十几个=40人"]);
  });
  it("near misses: 个 of places or of the households' own things stays 个", () => {
    expect(units("去了12个农户家里看了看", "2026-05-10")).toEqual(["12个=12个"]);
    expect(units("收集农户反映的问题十三个", "2026-05-10")).toEqual(["十三个=13个"]);
    expect(units("给村里十二个低保户送了米面", "2026-05-10")).toEqual(["十二个=12个"]);
  });
});

describe("a count in 块 whose thing (地块、牌子、展板) was named a little before it is pieces, not money", () => {
  it("the topic named first, the count closing the clause", () => {
    expect(units("村口的指示牌让风刮坏了 这礼拜又补了六块", "2026-04-10")).toEqual(["六块=6块"]);
    expect(units("违规建大棚的田块退了十一块", "2026-04-10")).toEqual(["十一块=11块"]);
  });
  it("near misses: money said between them, or a sum paid per thing, stays money", () => {
    expect(units("展板做好了 一共花了八百块", "2026-04-10")).toEqual(["八百块=800元"]);
    expect(units("地块流转 每亩补了三百块", "2026-04-10")).toEqual(["三百块=300元"]);
  });
});

describe("a month's end in words (八月底前、十一月底前) is one time in a voice run-on, not 八|月底前", () => {
  it("the plan keeps its month, what was done before it stays done", () => {
    // A run-on read piece by piece once a space-separated problem opens it (汛期雨水多 …).
    const a = run(
      "汛期雨水多 河道边私搭的棚子冒出来二十来个 联合城管和镇里拆了十四个 剩下的八月底前拆完",
      "2026-08-12",
    );
    expect((a.clauses ?? []).map((c) => [c.kind, c.text.replace(/[，,\s]/g, "")])).toEqual([
      ["problem", "汛期雨水多河道边私搭的棚子冒出来二十来个"],
      ["done", "联合城管和镇里拆了十四个"],
      ["plan", "剩下的八月底前拆完"],
    ]);
  });
});

describe("来 after a round number closing a crowd's count is rough, as 多 is (九千来)", () => {
  it("the crowd is counted", () => {
    expect(units("庙会那天逛的群众八千来 挺热闹", "2026-02-20")).toEqual(["八千=8000人"]);
  });
  it("near miss: 来了 after the number is the verb, nothing is read", () => {
    expect(units("观众一千来了又走了", "2026-02-20")).toEqual([]);
  });
});

describe("one singled out after where it is (北山有家…、河边有个…) is a problem, as 有一家… is", () => {
  it("the wrongdoing of one named party, with nothing told done of it", () => {
    expect(kindOf("南沟有家砖厂私自取土", "砖厂", "2026-06-10")).toBe("problem");
    const a = kindsAndFigures("河边有个砂场晚上偷偷挖沙 已经立案 罚了五万块", "2026-06-10");
    expect(a.kinds).toEqual(["problem", "done"]);
  });
  it("near miss: one singled out for what it did well, or told done, is no problem", () => {
    expect(kindOf("村里有户人家评上了文明家庭", "文明家庭", "2026-06-10")).toBe("done");
  });
});

describe("a bad state as a 的-attribute of what a repair worked on is work done (补了缺苗的地)", () => {
  it("the repair with its count", () => {
    const a = kindsAndFigures("到合作社看玉米出苗 补种了缺苗的地二十亩", "2026-05-20");
    expect(a.kinds).toEqual(["done"]);
    expect(a.figures).toEqual(["二十亩:achieved"]);
  });
  it("near miss: the bad state said of its own stays a problem", () => {
    expect(kindOf("东头那片缺苗的地还有二十亩", "缺苗", "2026-05-20")).toBe("problem");
  });
});

describe("a shortage of hands told on: part of them taken away, and …了也没… (even after that, not)", () => {
  it("the staff sent elsewhere and the one not back belong to the shortage, one problem", () => {
    const a = kindsAndFigures(
      "防汛期间人手紧 所里才九个人 一半抽到防汛指挥部了 借调去县里的老王去了三个月了也没回来",
      "2026-07-20",
    );
    expect(a.kinds).toEqual(["problem"]);
  });
  it("near misses: staff sent down as the work told (派下去了6个工作组) stays done; 了也没什么问题 is no cut either", () => {
    expect(kindsAndFigures("汛前派下去了6个工作组 挨村查了一遍", "2026-05-20").kinds).toEqual(["done"]);
    expect(kindsAndFigures("培训完了也没什么问题", "2026-05-20").kinds).toEqual(["done"]);
  });
});
