import { describe, expect, it } from "vitest";
import { kindsAndFigures, units } from "./helpers/extract-shapes.js";

/**
 * Round thirty-nine's second figure classes (fig39b), seen in h9-lixi and f15-fig39, tested in other words than the
 * corpus's. The rules alone.
 */
describe("a sum in 万块 after a verb of budgeting or putting money in (安排、投入、落实、下达) is money", () => {
  it("the 块 of tens of thousands set aside is yuan", () => {
    expect(units("镇财政今年安排了三十万块 用来修村道")).toEqual(["三十万块=300000元"]);
    expect(units("区里给这个项目投入八十万块")).toEqual(["八十万块=800000元"]);
    expect(units("省里下达一百二十万块")).toEqual(["一百二十万块=1200000元"]);
  });
  it("near miss: pieces of a thing named before stay pieces", () => {
    expect(units("老祠堂修缮安排了青砖两万块")).toEqual(["两万块=20000块"]);
  });
});

describe("academic titles counted in 个 (三个教授、两个院士) are people", () => {
  it("the count is of heads", () => {
    expect(units("农学院来了三个教授帮我们看苗情")).toEqual(["三个=3人"]);
    expect(units("请了两个副教授讲课")).toEqual(["两个=2人"]);
    expect(units("工作站引进了一个院士团队 来了院士两个")).toContain("两个=2人");
  });
  it("near miss: things counted in 个 after the people stay things", () => {
    expect(units("对接了四个教授工作室")).toEqual(["四个=4个"]);
  });
});

describe("the names of university programmes (985、211、双一流) are labels, no figure", () => {
  it("985 and 211 before 高校/院校/大学/工程 are not counted", () => {
    expect(units("跟两所985高校签了合作协议")).toEqual(["两所=2所"]);
    expect(units("今年招的选调生都是211院校毕业的 一共十二人")).toEqual(["十二人=12人"]);
    expect(units("和三家985大学对接")).toEqual(["三家=3家"]);
  });
  it("near miss: 985 of a count stays a figure", () => {
    expect(units("全年办结985件")).toEqual(["985件=985件"]);
  });
});

describe("a cultivar's number glued to its crop name (湘油708、郑单958) names it, no figure", () => {
  it("the variety's number is not counted, the yield is", () => {
    expect(units("郑单958测产 亩产六百五十公斤")).toEqual(["六百五十公斤=650公斤"]);
    expect(units("今年示范的中浙优8号和甬优1540长势都好 示范了两百亩")).toEqual(["两百亩=200亩"]);
  });
  it("near miss: a bare number after a crop with a space before the next word stays as it was read", () => {
    expect(units("收了水稻1200斤")).toEqual(["1200斤=1200斤"]);
  });
});

describe("a set of firms just counted, then the share its bad part takes (…N家企业 …的占了四成), is that problem's frame", () => {
  it("the counted set and the share read as one problem, the count with it", () => {
    const a = kindsAndFigures("走访了二十八家小微企业 财务制度不健全的占了一半", "2026-05-06");
    expect(a.kinds).toEqual(["problem"]);
    expect(a.figures).toEqual(["二十八家:problem", "一半:problem"]);
    expect(
      kindsAndFigures("园区五十六家企业 没装在线监测的占了三成 下个月挨家去讲", "2026-05-06").kinds,
    ).toEqual(["problem", "plan"]);
  });
  it("near misses: other work after the count, or a neutral share, leaves the work done", () => {
    expect(kindsAndFigures("走访了二十八家小微企业 发了政策汇编六十本", "2026-05-06").kinds).toEqual([
      "done",
    ]);
    expect(kindsAndFigures("走访了二十八家小微企业 其中制造业的占了一半", "2026-05-06").kinds[0]).toBe(
      "done",
    );
  });
});

describe("how long the weather lasted (大风刮了两天、连着下了五天雨) is the cause of a problem, no figure", () => {
  it("the wind or snow before its verb reads as the problem's cause, its span uncounted", () => {
    const a = kindsAndFigures("大风刮了两天 进山的路封了 护林员上不去", "2026-03-10");
    expect(a.kinds).toEqual(["problem"]);
    expect(a.figures).toEqual([]);
    expect(kindsAndFigures("雪下了一整天 羊圈塌了四个", "2026-01-10").figures).toEqual(["四个:problem"]);
    expect(units("连着下了五天雨 晒场上的玉米发了霉")).toEqual([]);
  });
  it("near misses: days of work stay figures", () => {
    expect(units("下了三天乡 走了十二个村")).toEqual(["三天=3天", "十二个=12个"]);
    expect(units("连着讲了三天课")).toEqual(["三天=3天"]);
  });
});

describe("plain problems of the office's own: a road closed, work sent back, a colleague hurt and off", () => {
  it("路封了、给打回来了、腰扭了 + 歇了半个月了 are problems", () => {
    expect(kindsAndFigures("去林场的路封了", "2026-01-10").kinds).toEqual(["problem"]);
    expect(kindsAndFigures("申报材料交到省里又给打回来了 说是格式不对", "2026-01-10").kinds).toEqual([
      "problem",
    ]);
    expect(kindsAndFigures("项目方案报上去被驳回了", "2026-01-10").kinds).toEqual(["problem"]);
    expect(kindsAndFigures("老刘下乡脚崴了 在家躺了一个多礼拜了", "2026-01-10").kinds).toEqual(["problem"]);
  });
  it("near misses: sending back ourselves, a closing done by us, a break in work", () => {
    expect(kindsAndFigures("把不合规的申报材料退回去了", "2026-01-10").kinds).toEqual(["done"]);
    expect(kindsAndFigures("把三口废井都封了", "2026-01-10").kinds).toEqual(["done"]);
  });
});

describe("proceeds confiscated (违法所得、所得) said in 万 without 元 are money, also after a count in another unit", () => {
  it("the sum is read in 元 when an area or weight was counted before it", () => {
    expect(units("非法采砂两千吨 没收所得十二万")).toEqual(["两千吨=2000吨", "十二万=120000元"]);
    expect(units("占用林地五亩 没收违法所得八万")).toEqual(["五亩=5亩", "八万=80000元"]);
  });
  it("near miss: 万 of a thing said after it keeps its unit", () => {
    expect(units("没收违法所得的木材两万方")).not.toContain("两万=20000元");
  });
});
