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

describe("dialect time words: 上昼/下昼, 今朝/明朝/昨朝 (a3-, c2-, d1-, e0-; a2- 今朝)", () => {
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

  it("near misses: the Ming dynasty, and a time ahead inside a condition whose outcome is bad", () => {
    expect(kindOf("修缮了明朝的古桥两座", "古桥")).toBe("done");
    expect(kindOf("明朝年间的老祠堂屋顶漏雨", "漏雨")).toBe("problem");
    const c = "水泵今朝修好了，但是明朝要是再停电，还得停产";
    expect(kindOf(c, "修好了")).toBe("done");
    expect(kindOf(c, "停产")).toBe("problem");
  });
});
