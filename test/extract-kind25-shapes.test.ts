import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

/**
 * Round twenty-five's clause-kind classes (docs/extraction.md, 第二十五轮, kind25), on wording of its own
 * (none of these sentences is in the corpus), with near misses that must stay.
 */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const DAY = "2026-12-03";
const read = (text: string, time?: string, today = DAY) =>
  (extractUpdate(text, org, { today, time }).clauses ?? []).map((c) => [
    c.kind,
    c.text.replace(/[，。]$/, ""),
  ]);
const kindOf = (text: string, part: string, time?: string) =>
  read(text, time).find(([, t]) => t?.includes(part))?.[0];

describe("dialect time words: 上昼/下昼, 今朝/明朝/昨朝, 前晌/后晌 (a3-, c2-, d1-, e0-; a2- 今朝)", () => {
  it("a time word in dialect opens the next clause as its Mandarin word does, typed with or without a comma", () => {
    const a = "上昼陪县里查了两家食品厂的台账下昼去城南工业区看消防通道";
    expect(read(a, "09:05")).toEqual([
      ["done", "上昼陪县里查了两家食品厂的台账"],
      ["plan", "下昼去城南工业区看消防通道"],
    ]);
    expect(kindOf("报表都对过一遍了明朝去乡里补签字", "补签字")).toBe("plan");
    expect(kindOf("报表都对过一遍了，明朝去乡里补签字", "补签字")).toBe("plan");
    expect(kindOf("昨朝把敬老院的热水器换好了", "热水器")).toBe("done");
  });

  it("晋/陕/冀 前晌/后晌 (头晌/过晌) are 上午/下午 (a4- a6- a8- c1- c4- c7- c8- e1-; written after e1-'s first sight)", () => {
    expect(read("前晌把几个合作社的冬剪台账对完了后晌去北坡村看花椒地", "08:50")).toEqual([
      ["done", "前晌把几个合作社的冬剪台账对完了"],
      ["plan", "后晌去北坡村看花椒地"],
    ]);
    expect(kindOf("晌午饭后开了个短会", "短会", "14:00")).toBe("done");
  });

  it("今日、昨日 are 今天、昨天 (c0- e0-; 71- a3- write them)", () => {
    expect(read("昨日把9户独居老人的取暖器送到了今日下午再去河口村装烟感", "09:30")).toEqual([
      ["done", "昨日把9户独居老人的取暖器送到了"],
      ["plan", "今日下午再去河口村装烟感"],
    ]);
  });

  it("near misses: the Ming dynasty, and a time ahead inside a condition whose outcome is bad", () => {
    expect(kindOf("修缮了明朝的古桥两座", "古桥")).toBe("done");
    expect(kindOf("明朝年间的老祠堂屋顶漏雨", "漏雨")).toBe("problem");
    const c = "水泵今朝修好了，但是明朝要是再停电，还得停产";
    expect(kindOf(c, "修好了")).toBe("done");
    expect(kindOf(c, "停产")).toBe("problem");
  });
});

describe("a step glued onto a problem, opened only by its time (d1-, e0-, b8-)", () => {
  it("a month's part, the next quarter or this week opens the step when both sides say a whole clause", () => {
    const a = "剩下4户的档案材料还没交齐12月下旬再收一次";
    expect(kindOf(a, "还没交齐")).toBe("problem");
    expect(kindOf(a, "再收一次")).toBe("plan");
    const b = "抽水泵的配件一直缺货下季度统一换新的";
    expect(kindOf(b, "一直缺货")).toBe("problem");
    expect(kindOf(b, "统一换新的")).toBe("plan");
    // A short problem before the time is whole too.
    expect(read("要等拨款12月中旬验收")).toEqual([
      ["problem", "要等拨款"],
      ["plan", "12月中旬验收"],
    ]);
  });

  it("near misses: a time governed by what comes before it, or a step with its time, stays one clause", () => {
    expect(read("剩下的3家于12月中旬完成复查")).toEqual([["plan", "剩下的3家于12月中旬完成复查"]]);
    expect(read("按计划12月中旬完成验收")).toEqual([["plan", "按计划12月中旬完成验收"]]);
  });
});

describe("a count typed straight into a problem, first in its sentence with no 了 (e0-, d1-; fig23's class)", () => {
  it("the count stands as work done before the problem", () => {
    const a = "防汛知识培训结业56人真正会用救生设备的没几个";
    expect(kindOf(a, "结业56人")).toBe("done");
    expect(kindOf(a, "没几个")).toBe("problem");
  });

  it("near misses: a bare topic and its count before a problem, and people before their plan, stay", () => {
    expect(read("辖区内老旧电梯60多部安全隐患大")).toEqual([["problem", "辖区内老旧电梯60多部安全隐患大"]]);
    expect(kindOf("村里的党员十五个明儿去县里参加培训", "党员十五个")).toBe("plan");
  });
});
