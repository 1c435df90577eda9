import { describe, expect, it } from "vitest";
import { kindOf, kinds } from "./helpers/extract-shapes.js";

/**
 * Round twenty-four's clause-kind classes (docs/extraction.md, 第二十四轮, kind24), on wording of its own
 * (none of these sentences is in the corpus), with near misses that must stay.
 */
const DAY = "2026-12-03";

describe("what is left, or the work, waits on something else (b8-, c6-, 97-, 20-, 27-, 65-, 77-, c0-, c2-)", () => {
  it("left after a count and waiting on others or a time is a problem, typed with or without a comma", () => {
    const a = "今天复查了9家小作坊，整改好了6家，剩下3家要等电力公司来改线路";
    expect(kindOf(a, "整改好了6家", DAY)).toBe("done");
    expect(kindOf(a, "电力公司来改线路", DAY)).toBe("problem");
    expect(kindOf("今天复查了9家小作坊当场整改了6家剩下3家要等电力公司来改线路", "电力公司", DAY)).toBe(
      "problem",
    );
    expect(kindOf("已经整改了12处，剩4处得等钢材到货", "钢材到货", DAY)).toBe("problem");
    // The time waited for (年后、开春) is not when the office acts.
    expect(kindOf("消毒柜都装好了，配套的水槽得等年后", "水槽得等年后", DAY)).toBe("problem");
    const b = "查出来的线路老化的剩下2处，得等开春换下礼拜把巡查表排出来";
    expect(kindOf(b, "得等开春换", DAY)).toBe("problem");
    expect(kindOf(b, "巡查表", DAY)).toBe("plan");
  });

  it("near misses: the office's own step after the wait, or the count naming an object, stays a plan", () => {
    expect(kindOf("剩下的得等天晴了再弄", "天晴", DAY)).toBe("plan");
    expect(kindOf("等开春了把剩下的补栽上", "补栽", DAY)).toBe("plan");
    expect(kindOf("继续推进剩下九个村的改造", "九个村", DAY)).toBe("plan");
  });
});

describe("a remedy with no sign of its own typed straight after a problem (b8-, b4-, c6-, 13-)", () => {
  it("who the office goes to or how (跟…商量、联系…、帮着…) begins the plan, the problem before it stays", () => {
    const a = "学校宿舍床位紧张住不下跟教育局商量再租一栋楼";
    expect(kindOf(a, "住不下", DAY)).toBe("problem");
    expect(kindOf(a, "再租一栋楼", DAY)).toBe("plan");
    const b = "冷库容量太小装不下联系邻镇的冷链公司租两个库";
    expect(kindOf(b, "装不下", DAY)).toBe("problem");
    expect(kindOf(b, "冷链公司", DAY)).toBe("plan");
  });

  it("near misses: a head that takes the words as its complement is no turn", () => {
    const c = "新来的网格员不晓得咋个跟群众打交道";
    expect(kindOf(c, "网格员", DAY)).toBe(kindOf(c, "打交道", DAY));
    expect(kindOf("设备老化质量跟不上", "跟不上", DAY)).toBe("problem");
  });
});

describe("争取 + a target state, a rate, a threshold or coverage (93-, 97-, c6-; left from kind22 and kind23)", () => {
  it("aiming at a target is a plan, after work done in the same sentence too", () => {
    expect(kindOf("今年申报了九家，比去年多两家，争取验收合格率九成以上。", "合格率", DAY)).toBe("plan");
    expect(kindOf("明年争取自然村通5G全覆盖", "全覆盖", DAY)).toBe("plan");
  });

  it("near misses: 争取 with funds or projects as its object is what was obtained", () => {
    expect(kindOf("今年争取上级补助资金460万元", "补助资金", DAY)).toBe("done");
    expect(kindOf("争取到省里的项目3个", "项目", DAY)).toBe("done");
  });
});

describe("a part of what was counted, singled out by what is wrong with it (c0-, c1-; the shape in c4- c5- 23-)", () => {
  it("a 的-phrase that reads as a problem or denies, then a count, is how many are in trouble", () => {
    const a = "今天复核了两百来户低保，档案不全的十一户";
    expect(kindOf(a, "复核了", DAY)).toBe("done");
    expect(kindOf(a, "档案不全", DAY)).toBe("problem");
    expect(kindOf("查了八个工地，没系安全带的工人有七八个", "安全带", DAY)).toBe("problem");
  });

  it("near misses: a good or plain part counted stays work done", () => {
    expect(kindOf("体检了六百来个，合格的有五百多个", "合格", DAY)).toBe("done");
    expect(kindOf("办了两期培训，参加的有四十多人", "参加", DAY)).toBe("done");
  });
});

describe("two negatives that say every one is fine (c2-, c6-, c7-; left from kind23)", () => {
  it("none … not X and not one missed are work done, no problem piece of their own", () => {
    const a = "全镇14个村的卫生室都验收了，冇一个村唔合格的";
    expect(kinds(a, DAY)).toEqual(["done"]);
    expect(kinds("这礼拜查了31家门店，一家不落，没得一家不合规的", DAY)).toEqual(["done"]);
    expect(kinds("入户核查走了九十来户，没有一户不签字的", DAY)).toEqual(["done"]);
  });

  it("near misses: one that is not fine, or none that is fine, stays a problem", () => {
    expect(kindOf("检查了8家，有一家不合格", "有一家不合格", DAY)).toBe("problem");
    expect(kindOf("查了十家，没有一家没问题的", "没问题", DAY)).toBe("problem");
  });
});

describe("不曾 / 唔曾 / 未曾 = 没有, for the clause's kind (c2-, c6-; left from kind23)", () => {
  it("not yet done is a problem, as with 没有", () => {
    expect(kindOf("年跟前了，3个村的补助资金还不曾到账", "补助资金", DAY)).toBe("problem");
    expect(kindOf("修缮方案唔曾批下来", "修缮方案", DAY)).toBe(kindOf("修缮方案没有批下来", "修缮方案", DAY));
  });
});

describe("problem words as the object of a 把 step or of a request (c7-; the class of kind22 and kind23: 62- 93- a8- a9- c3-)", () => {
  it("the step or the request is the plan, the problem words only say which things", () => {
    expect(kindOf("年前把南街那几栋楼冻坏的暖气片全换利索", "暖气片", DAY)).toBe("plan");
    expect(kindOf("元旦前把2个村的排水沟堵塞的地方全掏通", "排水沟", DAY)).toBe("plan");
    expect(kindOf("水管又漏了，请水务公司派人下来看看那几段老管子的渗漏", "水务公司", DAY)).toBe("plan");
  });

  it("near misses: a request said to no avail stays a problem", () => {
    expect(kindOf("村里的路灯坏了好几盏，请了电工来也没修好", "电工", DAY)).toBe("problem");
  });
});

describe("a step after a condition, with a count in its 把 object or opening the message (c2-, c6-; 80- 85- say it so)", () => {
  it("等…了 / 开了春 + 把 + a counted object is the step ahead", () => {
    expect(kinds("等路面干了把6公里的边沟清一遍", DAY)).toEqual(["plan"]);
    expect(kinds("开了春把北坡剩下的200亩补种上", DAY)).toEqual(["plan"]);
    expect(kindOf("河堤有两处塌了，等水退了把西岸那3处缺口填上", "缺口填上", DAY)).toBe("plan");
  });

  it("near misses: work done after the condition stays work done", () => {
    expect(kinds("过了元旦开了一次调度会", DAY)).toEqual(["done"]);
    expect(kinds("开了春就把3000亩补栽完了", DAY)).toEqual(["done"]);
  });
});
